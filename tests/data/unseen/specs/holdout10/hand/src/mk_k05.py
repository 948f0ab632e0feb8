import os, json
from wrapdoc import emit
C = ["# jinchutou (金锄头文库) page of a feasibility-study excerpt: page-title line '…（节选）-金锄头文库' is the ONLY title (gold via",
     "# fixes/; the cover was an image), breadcrumb, resource row; UTF-16 LE; lost wraps: one paragraph per line, no blank lines; bare",
     "# numbers 1 / 1.1 with （1） items; damage: fake-bold headings printed 4x ('1111 总论总论总论总论', '1.11.11.11.1 项目概况…')",
     "# and chunk counters ' N、' inserted mid-word (both fixed via fixes/); '资料来源：…统计年鉴' line (content); not truncated;",
     "# tail: notice, uploader's other docs, footer links"]
CLEAN = os.environ.get("CLEAN")
def bold(marker, head):
    if CLEAN:
        return f"{marker}　{head}"
    return f"{marker * 4} {head * 4}"
body = [
("s1!", bold("1", "总论")),
("s2!", bold("1.1", "项目概况")),
("s3", "（1）项目名称：梓潼县农产品冷链物流中心建设项目。"),
("s3", "（2）建设单位：梓潼县农业投资发展有限公司。"),
("s3", "（3）建设地点：梓潼县文昌镇工业集中区北区，规划用地面积约42亩。"),
("s3", "（4）建设规模及内容：新建冷藏库1.5万吨（其中低温冷冻库0.3万吨、高温保鲜库1.2万吨），分拣加工车间4800平方米，冷链配送中心及综合办公用房3200平方米，配套建设道路、停车场、给排水、供配电及消防等附属设施。"),
("s3", "（5）总投资及资金来源：项目总投资13680万元，其中申请中央预算内投资3000万元，地方政府专项债券6000万元，企业自筹4680万元。"),
("s2!", bold("1.2", "编制依据")),
("s3", "（1）《国家发展改革委关于印发“十四五”冷链物流发展规划的通知》；"),
("s3", "（2）《四川省“十四五”现代物流发展规划》；"),
("s3", "（3）《建设项目经济评价方法与参数》（第三版）；"),
("s3", "（4）建设单位提供的基础资料及现场踏勘资料。"),
("s2!", bold("1.3", "主要结论")),
("p", "项目符合国家和地方产业政策，建设条件具备，技术方案可行。经测算，项目达产后年均营业收入4260万元，年均利润总额1180万元，税后财务内部收益率8.6%，投资回收期（含建设期）10.2年，具有较好的经济效益和社会效益。建议尽快开展项目前期工作，争取早日开工建设。"),
("s1!", bold("2", "项目建设的必要性")),
("s2!", bold("2.1", "是补齐县域冷链物流短板的需要")),
("p", "梓潼县是全国粮食生产先进县和四川省特色农产品优势区，年产蔬菜28万吨、水果9.6万吨，生猪出栏42万头。但全县现有冷库总容量不足4000吨，且多为小型分散式冷库，农产品产后损耗率高达20%以上，“旺季烂市、淡季断供”的问题较为突出。"),
("s2!", bold("2.2", "是促进农民增收的需要")),
("p", "项目建成后，可为全县农产品提供预冷、分级、包装、冷藏和配送一体化服务，延长农产品销售周期，提高产品附加值，预计带动周边1.2万户农户户均增收约1500元。"),
("s2!", bold("2.3", "是完善县域商贸流通体系的需要")),
("p", "目前县城及各乡镇的生鲜超市、学校和医院食堂所需冷链食品主要依靠绵阳市区配送，配送频次低、成本高。项目建成后可作为县域冷链集散节点，向下辐射全县21个乡镇，向上对接成渝地区主要农产品批发市场。"),
("s1!", bold("3", "市场分析")),
("s2!", bold("3.1", "冷链物流需求预测")),
("p", "近五年全县生鲜农产品产量年均增长6.3%，城乡居民冷链食品消费量年均增长9.1%。按照生鲜农产品冷链流通率由目前的18%提高到2027年的35%测算，届时全县冷库需求容量约2.1万吨，扣除现有库容后缺口约1.7万吨，本项目新增1.5万吨库容可基本满足需求。"),
("p", "资料来源：《梓潼县统计年鉴（2023）》、县农业农村局提供的统计数据。"),
("s2!", bold("3.2", "竞争力分析")),
("p", "本项目位于县城北部，距京昆高速梓潼出口仅3公里，交通区位优势明显；项目由县属国有企业建设运营，可整合全县农产品产地资源，在规模、价格和服务上较分散的小型冷库具有明显优势。"),
]
# chunk counters ' N、' the site inserted mid-word: (line index, after this text, counter)
COUNTERS = [(0, "（4）建设规模及内容：新建冷藏库1.5万吨（其中低温冷冻库0.3万吨、高温保鲜库1.2万吨），分拣加", " 1、"),
            (0, "项目符合国家和地方产业政策，建设条件具备，技术方案可行。经测算，项目达产后年均营业收入4260万元，年均利", " 2、"),
            (0, "项目建成后，可为全县农产品提供预冷、分级、包装、冷藏和配送一体化服务，延长农产品销", " 3、"),
            (0, "近五年全县生鲜农产品产量年均增长6.3%，城乡居民冷链食品消费量年均增长9.1%。按照生鲜农产品冷链流通", " 4、")]
fixes = []
if not CLEAN:
    for _, pre, cnt in COUNTERS:
        idx = [i for i, (t, x) in enumerate(body) if x.startswith(pre)]
        assert len(idx) == 1, pre[:20]
        t, x = body[idx[0]]
        body[idx[0]] = (t, pre + cnt + x[len(pre):])
        fixes.append([pre[-3:] + cnt.strip() + x[len(pre):len(pre) + 3], pre[-3:] + x[len(pre):len(pre) + 3], 1])
top = [("c", "梓潼县农产品冷链物流中心建设项目可行性研究报告（节选）-金锄头文库"),
       ("c", "金锄头文库 > 行业资料 > 物流/供应链 > 可行性研究报告"),
       ("c", "资源ID：38217546　文档格式：DOC　页数：5　大小：86.5KB　上传时间：2023-11-20　上传者：zhangqh_2019　下载：6 金币")]
tail = [("c", "金锄头文库所有资源均是用户自行上传分享，仅供网友学习交流，未经上传用户书面授权，请勿作他用。"),
        ("c", "该用户的其他文档"),
        ("c", "县域农产品产地仓储保鲜冷链设施建设实施方案"),
        ("c", "某物流园区项目可行性研究报告（完整版）"),
        ("c", "冷库工程施工组织设计"),
        ("c", "关于我们 | 网站声明 | 网站地图 | 资源地图 | 友情链接 | 网站客服 | 联系我们　　金锄头文库 jinchutou.com 版权所有")]
emit(os.environ.get("OUT", "k05_jinchutou_kexingxing-baogao.txt"), C, top + [(t if t != "p" else "p", x) for t, x in body] + tail)
if not CLEAN:
    for t, x in body:   # fake-bold headings: marker x4 and heading x4 -> once
        if t.startswith("s") and t.endswith("!"):
            m, h = x.split(" ", 1)[0], x.rsplit(" ", 1)[1]
            h1 = h[:len(h) // 4]
            fixes.append([m, m[:len(m) // 4], 1])
            fixes.append([h, h1, 1])
    print(json.dumps({"replace": fixes, "title": "梓潼县农产品冷链物流中心建设项目可行性研究报告（节选）"}, ensure_ascii=False, indent=1))
