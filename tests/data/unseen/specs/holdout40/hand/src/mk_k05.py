from lay import build, emit
NAME = "k05_wenkuwap_yaqiang-ceshi"
C = ["# 百度文库 mobile (wap) page of a 八年级物理《压强》单元测试题（含答案）, saved from a phone browser. UTF-8 CRLF, no wraps;",
     "# SHORT: about 390 characters of the test under 17 lines of chrome; the page heading is the only title there is",
     "# (gold title); rating/reads/pages row, uploader row, app banner, AI-summary line (chrome); 一、 whole-line, 1．–3．",
     "# whole-line stems, option lines (two options on one line once), 【答案】/【解析】 lines as paragraphs; **truncated**",
     "# mid-sentence in 3.'s 解析 (2 of 6 pages) + pages-left/open-app prompt; tail: related tests, search chips, footer with",
     "# the copyright sign damaged to '?'."]
I = [
("t", "八年级物理《压强》单元测试题（含答案）"),
("s1", "一、选择题（每小题3分，共24分）"),
("s2!", "1．下列实例中，属于增大压强的是（　　）"),
("p", "A．书包带做得较宽"),
("p", "B．铁轨铺在枕木上"),
("p", "C．菜刀磨得很锋利"),
("p", "D．载重汽车装有很多车轮"),
("p", "【答案】C"),
("s2!", "2．关于液体压强，下列说法正确的是（　　）"),
("p", "A．液体只对容器底部有压强"),
("p", "B．液体压强随深度的增加而增大"),
("p", "C．液体压强与液体的密度无关"),
("p", "D．同一深度处液体向下的压强大于向上的压强"),
("p", "【答案】B"),
("s2!", "3．一名质量为50kg的中学生双脚站立在水平地面上，每只鞋底与地面的接触面积约为200cm²，他对地面的压强约为（g取10N/kg）（　　）"),
("p", "A．1.25×10³Pa　　B．2.5×10³Pa"),
("p", "C．1.25×10⁴Pa　　D．2.5×10⁴Pa"),
("p", "【答案】C"),
("p", "【解析】人对地面的压力F=G=mg=50kg×10N/kg=500N，双脚站立时的受力面积S=2×200cm²=0.04m²，所以他对地面的压强p=F/S=500N÷0.04m²="),
]
L, last, n = build(I, 0)
top = [
"百度文库",
"‹　　　　　输入关键词找文档　　　　　☰",
"",
]
mid = [
"4.6分 · 1.2万次阅读 · 共6页",
"物理老师小周　上传于2023-04-02　　已认证",
"本文由AI概括：本卷围绕压力和压强展开，共包含选择题、填空题和计算题三种题型，每题都配有答案与解析。",
"用App打开　全文免费看  ›",
"",
]
tail = [
"",
"﹋﹋﹋﹋﹋﹋﹋﹋﹋﹋",
"余下4页内容未展开",
"到文库App里 看整套试卷",
"保存到手机　　　下载到电脑",
"相似试卷推荐",
"八年级下册物理第九章压强测试卷.doc　4.8分　6页",
"液体压强专项练习（附详细解析）　4.5分　3页",
"大气压强基础题20道（有答案）　4.7分　5页",
"大家都在搜：压强计算题　浮力单元测试　物理期中试卷八年级下",
"App专享　|　意见反馈　|　用户协议",
"?2024 百度　京ICP证030173号",
]
L = [L[0]] + [("c", x) for x in mid] + L[1:]
emit(NAME + ".txt", C, [("c", x) for x in top] + L + [("c", x) for x in tail])
