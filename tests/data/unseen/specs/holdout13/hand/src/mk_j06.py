"""j06 (荷塘文库, student-union election rules): writes the tagged source j06_hetang_huanjie-xuanju.txt (hard wrap 34,
three pages with the document's own running footer, login break mid-body)."""
from handlib import build

C = ["# document site, PDF text layer; GB18030; hard wrap 34; TITLE ONLY in the page-title line",
     "# '…_荷塘文库' (the first page's title is an image: gold title via fixes/); site rows; 一、/（一）/1．/（1）; near-miss: ballots",
     "# printed and stamped by the Youth League committee, candidates' list checked by scanning a QR code, 'see the table on p.3';",
     "# running FOOTER (document short name + page number) at every page break, one splitting a paragraph; LOGIN break",
     "# mid-body with the text continuing; end row, share row, related list, footer"]
top = [("c", "茗川职业技术学院学生会第十二届委员会换届选举办法_荷塘文库"),
       ("c", "荷塘文库 / 校园文档 / 学生工作 / 团学组织"),
       ("c", "分享者 青荷 · 2024-05-16 · 3页 · 浏览 906 · 下载 41 · 好评率 96%"),
       ("c", "")]
body = [
 ("p", "为进一步加强学院学生会自身建设，保证换届选举工作公开、公平、公正，根据《中国共产主义青年团章程》《学生会组织章程》和学院有关规定，结合实际，制定本办法。"),
 ("s1!", "一、选举原则"),
 ("s2", "（一）坚持党委领导、团委指导，严格按照章程和程序办事。"),
 ("s2", "（二）坚持民主集中制，充分尊重和体现广大同学的意愿。"),
 ("s2", "（三）坚持德才兼备、以德为先的标准，选出品学兼优、热心服务的学生干部。"),
 ("s1!", "二、代表名额和产生办法"),
 ("p", "第十二次学生代表大会设正式代表180名，按各二级学院在校生人数比例分配，每个二级学院不少于15名。代表由各班级团支部推荐、二级学院团总支审核，名额分配表见第3页附表。"),
 ("s1!", "三、候选人条件"),
 ("s2", "（一）政治立场坚定，遵守国家法律法规和学院规章制度，无违纪处分记录。"),
 ("s2", "（二）学习成绩良好，上一学年必修课程无不及格记录，综合测评排名在本专业前40%。"),
 ("s2", "（三）有较强的组织协调能力和服务意识，担任过班级或社团干部的优先。"),
 ("c", "🔒 登录后可继续阅读 · 荷塘文库会员另享无水印下载　　［扫码登录］　［账号登录］"),
 ("s1!", "四、选举程序"),
 ("s2!", "（一）候选人提名"),
 ("s3", "1．个人自荐或团支部推荐，填写《学生会委员候选人推荐表》，交二级学院团总支初审。"),
 ("s3", "2．校团委组织资格复审，并对初步人选进行面试和民主测评。"),
 ("s3", "3．候选人名单在学院官网和宣传栏公示5个工作日，同学们也可以扫描海报上的二维码查看候选人简介。公示期间对候选人有异议的，可向校团委实名反映。"),
 ("s2!", "（二）大会选举"),
 ("s3", "1．选举采用无记名投票方式，实行差额选举，差额比例不少于20%。"),
 ("s3", "2．选票由校团委统一印制，加盖校团委印章后有效。有下列情形之一的选票作废："),
 ("s4", "（1）所选人数多于应选人数的；"),
 ("s4", "（2）无法辨认投票人意愿的；"),
 ("s4", "（3）未加盖校团委印章的。"),
 ("s3", "3．候选人获得赞成票超过实到代表半数的，始得当选。获得过半数赞成票的候选人多于应选名额时，以得票多少为序确定当选人；票数相等不能确定当选人时，应当就票数相等的候选人再次投票。"),
 ("s2", "（三）主席团产生。新一届学生会委员会召开第一次全体会议，选举产生主席、副主席，报学院团委审批。"),
 ("s1!", "五、纪律要求"),
 ("p", "选举工作必须严格遵守纪律，严禁拉票贿选、打击报复。对违反纪律的候选人，一经查实取消其候选人资格或当选资格；情节严重的，按照学院学生违纪处分规定处理。"),
 ("p", "本办法由茗川职业技术学院团委负责解释，自发布之日起施行。"),
 ("p", "共青团茗川职业技术学院委员会"),
 ("p", "2024年5月10日"),
 ("end", ""),
]
tail = [("c", ""), ("c", "—— 已经到底啦 · 本文 3 页全部读完 ——"),
        ("c", "转发：朋友圈　QQ好友　复制链接　　　👍 82　　⭐ 收藏"),
        ("c", "荷塘文库·相关推荐"),
        ("c", "『学生社团年度注册及考核细则』 ○ 『团支部推优入党工作流程』 ○ 『学生干部述职测评表（可打印）』"),
        ("c", "荷塘文库 hetangwenku.cn　本站只做信息存放，不编辑内容　投诉信箱 ts@hetangwenku.cn　苏ICP备2023XXXXXX号-1")]
foot = lambda p: ["", f"学生会换届选举办法（修订稿）　　{p}", ""]
lines, pages = build(body, width=34, lpp=17, page_chrome=foot)
with open("j06_hetang_huanjie-xuanju.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(C + [f"{t}|{x}" for t, x in top] + lines + [f"{t}|{x}" for t, x in tail]) + "\n")
print("j06 pages", pages)
