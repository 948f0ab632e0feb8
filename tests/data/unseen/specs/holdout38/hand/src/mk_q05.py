from layout import build, write
NAME = "q05_xueyuan_xuewei-zhaiyao"
C = ["学苑学位论文平台 (invented thesis database, record page): 硕士学位论文摘要 (Chinese + English). UTF-16 LE, no wraps.",
     "Head: nav row, breadcrumb, page title with ' - 学苑学位论文' suffix, a '摘要：' teaser (the opening of the abstract cut with",
     "'… ▾更多': a second copy, chrome), author/supervisor/degree/classification/downloads rows, button row, reader tab label.",
     "Title over two lines (main title + '——以…为例'); 摘要 label, abstract paragraphs, 关键词 line, ABSTRACT label, English",
     "paragraphs and Key words line are all preamble (no numbering). Tail: references/citations tabs, similar theses, footer."]
A1 = "混龄游戏是乡村幼儿园在生源减少、班级规模缩小背景下普遍采用的组织形式，它为不同年龄幼儿之间的模仿、协商与互助提供了天然情境，也对教师的观察与支持能力提出了更高要求。"
I = [
("c", "学苑学位论文平台　｜　学位论文　会议论文　期刊　年鉴　｜　高级检索　　机构用户登录"),
("c", "首页 › 学位论文 › 教育学 › 学前教育学"),
("c", "乡村幼儿园混龄游戏中教师支持策略研究 - 学苑学位论文"),
("c", "摘要：" + A1[:58] + "… ▾更多"),
("c", "作者：郑雨桐　　　导师：胡立言（教授）"),
("c", "授予单位：澜江师范大学　　学位：硕士（教育专业学位）　　专业：学前教育　　年份：2024"),
("c", "中图分类号：G612　　页数：96　　下载：312　　被引：2"),
("c", "⬇ 整本下载　　▤ 按章下载　　☰ 在线阅读　　❝ 导出题录　　☆ 收藏"),
("c", ""),
("c", "【原文首页】"),
("t", "乡村幼儿园混龄游戏中教师支持策略研究"),
("t", "——以澜江省青梧县三所幼儿园为例"),
("p", "摘　　要"),
("p", A1),
("p", "本研究以青梧县三所乡村幼儿园的混龄班为个案，综合运用非参与式观察、半结构访谈和实物收集等方法，历时四个月记录了42次混龄游戏，对6名教师的支持行为进行编码分析。研究发现：教师在游戏前的环境准备较为充分，但游戏中的支持以直接指导为主，对大龄幼儿“小老师”角色的利用不足；教师对年龄差异引发的冲突多采用隔离处理，较少引导幼儿自主协商；游戏后的分享环节流于形式，未能将同伴经验转化为新的学习契机。"),
("p", "造成上述问题的原因主要包括：教师对混龄教育价值的认识偏差、观察记录能力不足、园本教研缺少针对性支持以及乡村幼儿园师资流动频繁。基于此，本研究从观念更新、观察支架、同伴互助机制和园际联合教研四个方面提出了改进策略，以期为乡村幼儿园提升混龄游戏质量提供参考。"),
("p", "关键词：混龄游戏；乡村幼儿园；教师支持；个案研究"),
("p", "ABSTRACT"),
("p", "Mixed-age play has become a common form of organization in rural kindergartens as enrollment declines and classes shrink. It offers natural situations for imitation, negotiation and mutual help among children of different ages, and it places higher demands on teachers' observation and support."),
("p", "Taking the mixed-age classes of three rural kindergartens in Qingwu County as cases, this study recorded 42 play sessions over four months through observation, semi-structured interviews and artifact collection, and coded the support behaviors of six teachers. The findings show that teachers prepared the environment well but relied mainly on direct instruction during play, seldom used older children as peer tutors, tended to separate children in age-related conflicts, and treated the sharing session after play as a formality. Strategies are proposed in four areas: renewing beliefs, scaffolding observation, building peer-help mechanisms and joint teaching research among kindergartens."),
("p", "Key words: mixed-age play; rural kindergarten; teacher support; case study"),
("c", ""),
("c", "参考文献（87）　　引证文献（2）　　同专业论文（20）"),
("c", "▍同专业论文"),
("c", "幼儿园区域游戏中同伴冲突的教师介入研究　　硕士　　2023"),
("c", "混龄教育背景下大班幼儿亲社会行为的个案追踪　　硕士　　2022"),
("c", "乡村小规模幼儿园一日活动安排现状调查　　硕士　　2024"),
("c", "论文全文权利归属作者本人，平台依授予单位授权展示，请勿擅自复制传播或商用。"),
("c", "学苑知识服务中心　版权所有　　京ICP证170418号　　京公网安备11010502047731号"),
]
L, _ = build(I)
write(NAME + ".txt", C, L)
