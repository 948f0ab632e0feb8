import random
from lay36 import lay, emit
NAME = "v04_renrendoc_dangan-zhidu"
C = ["# 人人文库 renrendoc page of a group company's 管理制度汇编 (first rule only): nav row, file-name row (≠ title), number/date/",
     "# format/pages/size/contributor row, four '<file>_第N页' thumbnail captions, summary label; GBK; wrap 30; title over three",
     "# lines (company / 管理制度汇编 / （2024年修订）); compiler + date lines and 目录 lines with dot leaders (preamble); the rule",
     "# name line '档案管理制度' (preamble paragraph); 第X章 whole-line, 第X条 run-in or whole, （一） one-sentence items;",
     "# running header on every page + footer '— N —'; rare-character anti-copy run between two paragraphs (chrome);",
     "# truncated mid-sentence on page 4 of 48; tail: remaining-pages row, download row, copyright notice, related, footer."]
FILE = "恒川建工集团制度汇编2024版"
I = [
("t", "恒川建工集团有限公司"),
("t", "管理制度汇编"),
("t", "（2024年修订）"),
("p", "集团办公室　编印", "nw noind"),
("p", "二〇二四年二月", "nw noind"),
("pb", ""),
("p", "目　　录", "nw noind"),
("p", "档案管理制度………………………1", "nw noind"),
("p", "印章使用管理制度…………………7", "nw noind"),
("p", "公文处理办法……………………12", "nw noind"),
("p", "会议管理规定……………………19", "nw noind"),
("p", "车辆使用管理办法………………24", "nw noind"),
("p", "差旅费报销管理办法……………30", "nw noind"),
("p", "安全生产责任制…………………37", "nw noind"),
("pb", ""),
("p", "档案管理制度", "nw noind"),
("s1!", "第一章　总则"),
("s2", "第一条　为加强集团档案管理工作，有效保护和利用档案，根据《中华人民共和国档案法》及有关规定，结合集团实际，制定本制度。"),
("s2", "第二条　本制度所称档案，是指集团及所属单位在生产经营和管理活动中形成的、具有保存价值的文字、图表、声像、电子文件等各种形式的历史记录。"),
("s2", "第三条　集团档案工作实行统一领导、分级管理的原则。集团办公室是档案工作的主管部门，负责制定档案管理制度，指导、监督和检查所属单位的档案工作；各子公司、项目部应指定专（兼）职档案员，负责本单位文件材料的收集、整理和移交。"),
("s1!", "第二章　归档范围与要求"),
("s2", "第四条　下列文件材料应当归档："),
("s3", "（一）集团党委会、董事会、总经理办公会的会议记录、纪要和决议；"),
("s3", "（二）各类合同、协议及其招标投标文件；"),
("s3", "（三）工程项目从立项、勘察设计、施工到竣工验收全过程形成的文件材料；"),
("s3", "（四）财务会计凭证、账簿和报表；"),
("s3", "（五）人事任免、劳动工资、职工培训等文件材料；"),
("s3", "（六）集团获得的资质证书、荣誉证书和奖杯、奖牌等实物。"),
("s2", "第五条　归档文件材料应当齐全完整、字迹清楚、签章手续完备。不得使用圆珠笔、铅笔、复写纸等不耐久的书写材料，传真件应复印后归档。"),
("NOISE", ""),
("s2", "第六条　文件材料应在办理完毕后次年3月底前归档；工程项目档案应在竣工验收后3个月内向集团档案室移交，移交时双方应清点核对并在移交清单上签字。"),
("s1!", "第三章　档案保管"),
("s2", "第七条　档案库房应做到防火、防盗、防潮、防光、防虫、防尘，库房温度控制在14～24℃，相对湿度控制在45%～60%。"),
("s2", "第八条　档案管理人员应定期检查档案保管情况，对破损、褪变的档案及时修复或复制；电子档案应每年至少进行一次异地备份。"),
("s1!", "第四章　档案借阅"),
("s2", "第九条　集团内部人员借阅档案，须填写《档案借阅登记表》，经所在部门负责人签字后办理；借阅涉密档案须经集团分管领导批准。"),
("s2", "第十条　档案借阅期限一般不超过10个工作日，确需延长的应办理续借手续。借阅人不得转借、拆散、涂改、"),
]
rng = random.Random(404)
POOL = "蕑螚蚟薘螤羕芼蒢衊袗膲莔艻蚗薽蠎螩蒆芺莏"
noise = "".join(POOL[(i * 7 + i // 20) % len(POOL)] for i in range(260))
I = [("c", noise) if t == "NOISE" else (t, x) + tuple(o) for t, x, *o in I]
HDR = "恒川建工　规章制度汇编　2024修订"
footer = lambda p, n: ["— %d —" % p]
header = lambda p, n: [HDR]
L, n = lay(I, 30, 20, footer, header, seed=404, indent="　　", sec_indent="　　", first_header=True)
top = [("c", "人人文库　　搜资料｜分门别类｜开通会员｜我要上传｜登录"),
       ("c", FILE + ".doc"),
       ("c", "ID 192874563 ｜ 2024-03-18上传 ｜ DOC ｜ 48页 ｜ 316KB ｜ 上传人：hcjt_bgs"),
       ] + [("c", "%s_第%d页" % (FILE, k)) for k in range(1, 5)] + [("c", "文档摘要")]
tail = [("c", "试看页已用完，另有44页请下载查看"),
        ("c", "↓ 下载该资料　　☆ 加入收藏　　微信扫一扫分享"),
        ("c", "提示：资料为会员上传发布，收入归上传人；若资料内容损害了您的权利，请点举报提交证明。"),
        ("c", "相关资料"),
        ("c", "施工单位文书立卷归档细则.doc"),
        ("c", "用印审批流程与登记台账.docx"),
        ("c", "renrendoc.com 人人文库　浙ICP备19023375号-4")]
emit(NAME + ".txt", C, top + L + tail)
print(NAME, n)
