import random
from lay import build, emit
NAME = "d04_renrendoc_kecheng-sizheng"
C = ["# 人人文库 renrendoc page of a 课程思政教学案例 (食品微生物检验). GBK, wrap 30, bare page numbers at page ends. Head: .doc",
     "# file-name row (differs from the title), breadcrumb, 编号/上传/格式/页数/大小/贡献者 row, action row, three '_第N页' thumbnail",
     "# captions, '资料简介' + the opening ~120 characters cut with '……' (a second copy: chrome). Title, designer line",
     "# (preamble); 一、 headings printed twice (fake bold, fixes/); field lines; （一） run-in; a rare-character anti-copy run",
     "# between two paragraphs (chrome). Truncated mid-sentence on page 3 of 9 + read-progress row, download row, notice, related."]
TITLE = "《食品微生物检验》课程思政教学案例"
FN = "课程思政优秀案例：食品微生物检验菌落总数测定课例"
B = [
("t", TITLE),
("p", "案例设计：食品检验检测技术专业教研室", "nw"),
("s1!", "一、案例基本信息一、案例基本信息"),
("p", "课程名称：食品微生物检验", "nw"),
("p", "授课对象：食品检验检测技术专业二年级学生", "nw"),
("p", "教学内容：项目三　菌落总数的测定（4学时）", "nw"),
("p", "思政元素：职业诚信、法治意识、工匠精神", "nw"),
("p", "教学方法：案例教学、任务驱动、小组互评", "nw"),
("s1!", "二、案例设计思路二、案例设计思路"),
("p", "菌落总数是判定食品被细菌污染程度的重要指标，检验结果直接关系到一批食品能否出厂、能否上市。本案例从一起检测机构因数据造假被查处的事件切入，引导学生认识“每一个数据背后都是消费者的健康”，在掌握国家标准检验方法的同时，树立依法检验、如实记录、客观报告的职业操守。"),
("p", "案例遵循“情境导入—知识讲授—实训操作—反思提升”的思路，把思政内容融入操作规范和原始记录的每一个环节，避免“两张皮”。评价环节除考核操作结果外，还将原始记录的规范性、真实性纳入成绩，占实训成绩的20%，让学生从制度上体会“诚信也是一项技能”。"),
("s1!", "三、教学实施过程三、教学实施过程"),
("s2", "（一）案例导入（10分钟）。教师播放市场监管部门通报的某检测机构出具虚假检验报告被处罚的新闻，提出问题：“检验员少做一个稀释度、随手改一个数字，会带来什么后果？”学生分组讨论，教师小结，引出本次课的学习任务。"),
("s2", "（二）知识讲授（30分钟）。依据GB 4789.2—2022，讲解样品制备、十倍系列稀释、倾注培养和菌落计数的操作要点。讲到“选取菌落数在30～300 CFU之间的平板计数”时，强调标准中的每一条规定都有科学依据，不能凭经验随意取舍。"),
("NOISE", ""),
("s2", "（三）实训操作（100分钟）。学生两人一组完成市售袋装面包的菌落总数测定，全程填写原始记录。教师设置“记录互查”环节：各组交换原始记录，检查是否有涂改、漏记，涂改处是否按要求划改并签名，查出的问题当场纠正。"),
("s2", "（四）反思提升（20分钟）。结合实训中发现的记录不规范问题，请学生谈一谈：“如果我是检验员，面对委托方提出的‘数据做得好看一点’的要求，我会怎么做？”教师引导学生认识到，检验人员要对出具的每一份报告负责，守住数据真实这条底线，就是守住了"),
]
rng = random.Random(44)
pool = "蒹葭萋苒芣苢蘩藻荇菽蓼薇蕨葑菲苌楚蔚萧艾蓬蒿葛藟蘋蘩茆荼蓷萑苇蔹蓍"
noise = "".join(pool[(i * 7) % len(pool)] if i % 5 else rng.choice(pool) for i in range(180))
NL = [("c", noise[i:i + 30]) for i in range(0, len(noise), 30)]
B2 = []
for it in B:
    if it[0] == "NOISE":
        B2.append("NOISE")
    else:
        B2.append(it)
items = []
for it in B2:
    if it == "NOISE":
        items += NL
    else:
        items.append(it)
teaser = " ".join(x for t, x, *o in B[:9])[:150].rstrip("，、 ")
H = [
("c", FN + ".doc"),
("c", "人人文库 > 教育资源 > 高等教育 > 教学研究"),
("c", "资料号 202503187412009 · 2025-03-18上传 · DOC · 9页 · 86KB · 分享人：青柠教研"),
("c", "【下载本文档】　收藏　分享　举报"),
("c", FN + "_第1页"),
("c", FN + "_第2页"),
("c", FN + "_第3页"),
("c", "资料简介"),
("c", teaser + "……"),
]
T = [
("c", "试读进度 3/9 页　剩下的 6 页需获取文档后查看"),
("c", "【0元获取】　【会员畅享全部资料】"),
("c", "说明：资料系网友分享所得，收入归分享者；权利人如有异议，可联系客服申请下架或认领。"),
("c", "相关资料"),
("c", "《食品理化检验》课程思政案例集.doc"),
("c", "高职专业课思政融入点设计样例.docx"),
]
ftr = lambda p, n: [f"{p}"]
L, n = build(items, 30, 30, 13, footer=ftr)
L = H + L + T
emit(NAME + ".txt", C, L)
