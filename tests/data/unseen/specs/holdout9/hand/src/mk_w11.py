"""w11: criminal defence statement on a legal-template site; hard wrap 36, page footer + running header between pages;
truncated preview."""
import os
from wrapdoc import build, emit

C = ["# criminal defence statement (帮信罪, plea for leniency) on a legal-template site; GB18030; hard wrap 36; title on one line",
     "# under a channel row and a record row; salutation and opening as preamble; 一、 one-sentence headings with run-in （一） items",
     "# and an unnumbered paragraph; references to case-file pages (见侦查卷二第37页, 证据卷第3页) and the defendant downloading a",
     "# remote-control app (content); page footer (firm + page) and running header (firm letterhead line) between pages, breaks",
     "# splitting sentences; truncated mid-sentence (2 of 6 declared) + preview-end rule, member row, price row, similar list, footer"]
top = [("c", "执言文书网｜法律文书范本库　　　　刑事 ▸ 辩护词 ▸ 帮信罪"),
       ("c", "☰ 文书编号 ZY-XS-20419　整理：律所实习生阿执　页数：6　更新：2024-09-03　浏览 2.6k"),
       ("c", "")]
items = [
    ("t", "被告人范某某帮助信息网络犯罪活动案辩护词"),
    ("p", "审判长、审判员："),
    ("p", "浙江执中律师事务所依法接受被告人范某某近亲属的委托，指派我担任范某某涉嫌帮助信息网络犯罪活动罪一案的辩护人。接受委托后，辩护人查阅了本案全部卷宗材料，多次会见被告人，并参加了今天的庭审。辩护人对起诉书指控的罪名不持异议，但认为范某某犯罪情节较轻，依法应当从轻处罚。现发表如下辩护意见，供合议庭参考："),
    ("s1", "一、范某某主观明知程度较低，犯罪情节较轻。"),
    ("s2", "（一）范某某出借银行卡时对上游犯罪并不知情。范某某供述，2023年8月，其在网上看到“出租银行卡日赚三百”的广告后，经人介绍将本人名下的两张银行卡交给他人使用，对方称用于“公司走账避税”（见侦查卷二第37页）。现有证据不能证明范某某知道对方从事电信网络诈骗。"),
    ("s2", "（二）范某某没有参与转账操作。按照对方的要求，范某某只是在手机上下载了一款远程控制软件，并将收到的验证码告知对方，资金的转入、转出均由对方操作完成。"),
    ("s2", "（三）涉案资金流水虽达86万元，但经查证属实的被害人损失为3.2万元，范某某本人获利仅1200元。"),
    ("s1", "二、范某某具有多项法定和酌定从轻处罚情节。"),
    ("s2", "（一）范某某系从犯。在共同犯罪中，范某某仅提供银行卡，起次要、辅助作用，依照《中华人民共和国刑法》第二十七条的规定，应当从轻、减轻处罚或者免除处罚。"),
    ("s2", "（二）范某某到案后如实供述自己的罪行，当庭自愿认罪认罚，依法可以从轻处罚。"),
    ("s2", "（三）范某某已退缴全部违法所得1200元，并主动赔偿被害人损失5000元，取得了被害人的谅解（见被害人谅解书，证据卷第3页）。"),
    ("s2", "（四）范某某系初犯、偶犯，此前无任何违法犯罪记录，所在社区出具了表现良好的证明。"),
    ("s1", "三、对范某某适用缓刑不致再危害社会。"),
    ("p", "范某某今年23岁，大学在读期间因急需用钱而走上歧途，归案后深刻悔悟。其父母表示将加强监管，学校也出具了愿意接收其继续"),
]
footer = lambda p: [f"浙江执中律师事务所　　　　　　　　　　　　 ·{p}·"]
header = lambda p: ["执中律师事务所　　　　　　　　　　　　　刑事辩护业务用笺"]
lines, pages = build(items, 36, 36, 17, footer, header, seed=11)
tail = [("c", "▁▁▁▁▁▁ 免费试看部分已结束（2/6）▁▁▁▁▁▁"),
        ("c", "开通执言会员可阅读全部 6 页并下载可编辑的 Word 版"),
        ("c", "¥ 单篇 5 元　｜　月卡 19 元　｜　律所团体版请咨询客服"),
        ("c", "同类文书：帮信罪无罪辩护词｜诈骗罪从犯辩护意见｜取保候审申请书"),
        ("c", "执言文书网 zhiyanwenshu.com　范本只作参考，个案请找执业律师面谈　浙ICP备2020XXXXXX号-4")]
emit(os.environ.get("OUT", "w11_zhiyan_bianhu-ci.txt"), C, top + lines + tail)
print(pages)
