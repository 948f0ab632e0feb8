import os, random, re, json
from lay import build, emit, flat
NAME = "k02_doc88_huanping-jianben"
C = ["doc88 page of an 环境影响报告书（简本）: page-title line ' - 道客巴巴', '内容提示：' + the first ~250 characters of the",
     "text with the same damage, cut with '...' (a second copy: chrome), metadata row, points/download row; UTF-8, final newline;",
     "PDF wrap 36; **title over two lines** (project line + report line); 建设/评价单位 and date lines preamble; running header",
     "(short report name) and footer 'N／M' on every page after the first; 一、 whole-line, （一） run-in; pollutant table",
     "one row per line; damage: private-use U+E001-E005 standing for （）：，。 in body text, mixed with real marks (fixes/)"]
PUA = {"（": "\ue001", "）": "\ue002", "，": "\ue003", "：": "\ue004", "。": "\ue005"}
P = {"，": .85, "（": .5, "）": .5, "：": .7, "。": .8}
rng = random.Random(4202)
MK = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
def sub(s):
    return "".join(PUA[c] if c in PUA and rng.random() < P[c] else c for c in s)
def dmg(tag, s):
    if tag in ("t", "pb") or tag.endswith("!"):
        return s
    pre = ""
    m = MK.match(s)
    if m:
        pre, s = m.group(0), s[m.end():]
    if tag.startswith("s"):
        cut = re.search(r"[。！？；]", s)
        if cut:
            return pre + sub(s[:cut.start()]) + s[cut.start()] + sub(s[cut.end():])
    return pre + sub(s)
items = [
("t", "黔东化工产业园年产3万吨水处理剂项目"),
("t", "环境影响报告书（简本）"),
("p", "建设单位：贵州清源水处理科技有限公司", "nw"),
("p", "评价单位：黔中环境工程评价中心", "nw"),
("p", "二〇二四年三月", "nw"),
("s1!", "一、建设项目概况"),
("s2", "（一）项目名称及性质。黔东化工产业园年产3万吨水处理剂项目，属新建项目。"),
("s2", "（二）建设地点。项目位于铜仁市碧江区黔东化工产业园B区，中心坐标为东经109°11′28″、北纬27°40′52″，厂址西侧约1.2km为锦江。"),
("s2", "（三）建设内容及规模。项目占地52亩，建设聚合氯化铝生产线2条、聚丙烯酰胺生产线1条，配套建设原料罐区、成品库、污水处理站及事故应急池，建成后年产聚合氯化铝2.4万吨、聚丙烯酰胺0.6万吨。项目总投资18600万元，其中环保投资1120万元，占总投资的6.0%。"),
("s1!", "二、环境质量现状"),
("s2", "（一）大气环境。评价区域二氧化硫、二氧化氮、PM10和PM2.5年均浓度均满足《环境空气质量标准》（GB 3095—2012）二级标准，属于达标区。"),
("s2", "（二）地表水环境。锦江两个监测断面的各项指标均满足《地表水环境质量标准》（GB 3838—2002）Ⅲ类标准。"),
("s2", "（三）声环境。厂界四周昼间噪声为48.6～54.2dB(A)，夜间为41.3～45.8dB(A)，满足3类声环境功能区标准。"),
("s1!", "三、主要环境影响及防治措施"),
("s2", "（一）废气。反应釜和干燥工序产生的氯化氢、颗粒物经“旋风除尘＋碱液喷淋”处理后由25m高排气筒排放，排放浓度满足《大气污染物综合排放标准》（GB 16297—1996）二级标准。"),
("s2", "（二）废水。生产废水和初期雨水经厂内污水处理站处理后全部回用于生产，生活污水经化粪池处理后排入园区污水处理厂，项目不直接向锦江排放废水。"),
("s2", "（三）噪声。选用低噪声设备，对风机、泵类采取基础减振、加装隔声罩等措施，经预测厂界噪声贡献值可以满足标准要求。"),
("s2", "（四）固体废物。除尘灰全部回用于生产；废包装袋、废活性炭等危险废物暂存于危废间，委托有资质的单位处置。项目主要污染物排放量如下："),
("p", "污染物　　　排放量（t/a）　　总量指标来源", "nw"),
("p", "颗粒物　　　1.86　　　　　　 园区内调剂", "nw"),
("p", "氯化氢　　　0.42　　　　　　 ——", "nw"),
("p", "化学需氧量　2.35　　　　　　 纳入园区污水处理厂", "nw"),
("p", "氨氮　　　　0.21　　　　　　 纳入园区污水处理厂", "nw"),
("s1!", "四、环境风险"),
("p", "项目涉及的风险物质主要为盐酸和液碱，最大储存量分别为180t和120t。罐区设置围堰，厂区设置容积1200m³的事故应急池，并编制突发环境事件应急预案，与园区应急体系联动。在落实各项防范措施后，项目环境风险可防可控。"),
("s1!", "五、公众参与"),
("p", "建设单位在公司网站和园区公告栏进行了两次信息公示，并在《铜仁日报》刊登公告，公示期间未收到公众反对意见。"),
("s1!", "六、评价结论"),
("p", "项目符合国家产业政策和园区规划，选址合理，采取的污染防治措施技术可行、经济合理，污染物能够达标排放，对周围环境的影响在可接受范围内。从环境保护角度分析，项目建设可行。"),
]
items = [(t, dmg(t, x)) + tuple(o) for t, x, *o in items]
def header(p, n):
    return ["清源水处理剂项目环评简本"] if p >= 2 else []
def footer(p, n):
    return ["%d／%d" % (p, n)]
lines, pages = build(items, 36, 36, 18, footer, header, seed=4202)
teaser = flat(lines)[:248]
top = [("c", "黔东化工产业园年产3万吨水处理剂项目环境影响报告书（简本） - 道客巴巴"),
       ("c", "内容提示：" + teaser + "..."),
       ("c", "%d页 | PDF | 213人看过 | 2024-04-08 16:22 上传 | 评分 ★★★☆☆" % pages),
       ("c", "所需积分 2000　　　　下载到电脑　　　会员享积分抵扣"),
       ("c", "")]
tail = [("c", ""),
        ("c", "读者还浏览了"),
        ("c", "聚合氯化铝扩建环评表（报批版）.doc　　58页"),
        ("c", "园区化工项目风险评价要点汇总.pdf　　9页"),
        ("c", "收藏　　转发　　投诉"),
        ("c", "道客巴巴 doc88.com　粤ICP备10213367号-1")]
emit(os.environ.get("OUT", NAME + ".txt"), C, top + lines + tail)
if not os.environ.get("OUT"):
    json.dump({"pua": {v: k for k, v in PUA.items()}}, open("../../fixes/%s.json" % NAME, "w"), ensure_ascii=False, indent=1)
print(NAME, pages)
