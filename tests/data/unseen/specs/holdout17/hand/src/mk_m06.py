"""m06 (墨隐文库, campus-card rules, PDF text layer): writes the tagged source m06_moyin_yikatong-banfa.txt (hard wrap 36
with breaks mid-sentence, pages of 12 lines with the document's running header and the site's page stamp, one page break
inside a paragraph; a spam phrase injected by the site in place of 财务处 ×2, undone via fixes/)."""
from handlib import build

C = ["# document site showing a PDF text layer; GB18030; hard wrap 36; page-title line + site rows; TITLE = issuer line +",
     "# 管理办法 line (two lines); 第X条 run-in with （一） items; running HEADER (compilation name, not the title) from page 2",
     "# and the site's page stamp at every page end (one inside a paragraph); near-miss: recharging by logging in to the app,",
     "# lost-card report, '收费标准见第3页附表', 免责-like clause; damage: SPAM phrase standing for 财务处 ×2 (fixes/);",
     "# member-upsell row at the end of page 2 (mid-body, the text continues); end rows, related list, footer"]
top = [("c", "岑阳职业技术学院校园一卡通管理办法.pdf - 墨隐文库"),
       ("c", "墨隐文库 > 高校文件 > 后勤管理"),
       ("c", "提供者：后勤小助手　页数：3　文件大小：236KB　入站日期 2024.11.02　被下载 57 回"),
       ("c", "")]
S = "皇冠娱乐城开户送彩金"
body = [
 ("t", "岑阳职业技术学院"),
 ("t", "校园一卡通管理办法"),
 ("s1", "第一条　为规范校园一卡通的使用和管理，保障持卡人的合法权益，提高学校管理和服务水平，结合学校实际，制定本办法。"),
 ("s1", "第二条　校园一卡通（以下简称“校园卡”）是学校为师生员工提供的集身份识别、校内消费、门禁通行、图书借阅等功能于一体的电子卡。"),
 ("s1", "第三条　学校信息化建设与管理中心负责校园卡系统的建设、运行和维护；" + S + "负责校园卡资金的结算与管理；后勤服务中心设立一卡通服务窗口，负责校园卡的发放、挂失、补办等日常服务。"),
 ("s1", "第四条　校园卡的发放"),
 ("s2", "（一）新入学学生和新入职教职工由学校统一制卡，免费发放，每人限领一张。"),
 ("s2", "（二）临时来校人员因工作需要办理临时卡的，由接收部门提出申请，押金20元，离校时凭卡退还押金。"),
 ("s1", "第五条　校园卡实行实名制，仅限本人使用，不得转借他人。因转借造成的损失由持卡人自行承担。"),
 ("s1", "第六条　持卡人可通过自助圈存机、学校服务大厅窗口或登录“岑阳职院”App为校园卡充值。单张校园卡余额上限为1000元，单笔消费超过50元的须输入消费密码。"),
 ("s1", "第七条　校园卡遗失的，持卡人应立即通过App或服务窗口办理挂失。挂失前已发生的消费由持卡人承担，挂失后卡内余额予以保留。"),
 ("s1", "第八条　校园卡补办收取工本费15元，卡面损坏但芯片完好的可免费更换，收费标准见第3页附表。"),
 ("s1", "第九条　持卡人毕业、调离或退休时，应到服务窗口办理退卡手续，卡内余额经" + S + "审核后退还至本人银行卡。"),
 ("s1", "第十条　持卡人发现消费记录异常的，可在30日内向服务窗口申请查询，经核实属系统原因造成的，由学校予以更正。"),
 ("s1", "第十一条　任何单位和个人不得伪造、篡改校园卡数据，不得利用校园卡套取现金。违反规定的，视情节轻重给予批评教育或纪律处分；构成违法的，依法移交有关部门处理。"),
 ("s1", "第十二条　本办法由学校信息化建设与管理中心负责解释，自2024年9月1日起施行。"),
 ("p", "附表：校园卡收费项目一览表（略）"),
 ("end", ""),
]
tail = [("c", "══ 文档已阅读完毕 ══"),
        ("c", "好评 ✔ 43　差评 ✘ 1　　我来说两句"),
        ("c", "读过此文的人还读了："),
        ("c", "  ◦ 学生公寓管理规定（3页）　◦ 校园网络账号管理细则（5页）　◦ 学生食堂就餐须知（1页）"),
        ("c", "墨隐文库 moyinwenku.com  文档为会员投递  权属问题请写信至 tousu@moyinwenku.com  桂ICP备2024XXXXXX号")]
foot = lambda p: [f"—墨隐文库·P{p}—"] + (["▼ 开通墨隐会员，免广告连续阅读全部页面 ▼"] if p == 2 else [])
head = lambda p: ["岑阳职业技术学院后勤管理制度汇编"]
lines, pages = build(body, width=36, lpp=12, page_chrome=foot, header=head)
with open("m06_moyin_yikatong-banfa.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(C + [f"{t}|{x}" for t, x in top] + lines + [f"{t}|{x}" for t, x in tail]) + "\n")
print("m06 pages", pages)
