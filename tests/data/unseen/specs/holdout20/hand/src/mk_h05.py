import os, random, re
from wrapdoc import build, emit
C = ["# doc88 page of a 桥梁定期检查报告: page-title ' - 道客巴巴' line, '内容提示：' + the first ~260 characters of the text (same",
     "# damage) ending '...' (a second copy: chrome), metadata row, then '下载积分：' row, then the full text; UTF-8; PDF wrap 34;",
     "# running header (report name) on pages 2+, footer '— N —'; **title over two lines** (bridge line + report line); field",
     "# lines preamble; 1 / 1.1 numbering with dots ('1.', '1.1'), （1） items; table rows one per line; signature/date lines at",
     "# line start; damage: private-use U+E003/E004/E005/E001/E002 for ，：。（） mixed with real marks (fixes/); not truncated"]
PUA = {"，": "\ue003", "（": "\ue001", "）": "\ue002", "：": "\ue004", "。": "\ue005"}
P = {"，": .8, "（": .55, "）": .55, "：": .65, "。": .75}
rng = random.Random(2005)
MK = re.compile(r"^(?:\d+(?:\.\d+)*\.?|（\d+）)")
def sub(s):
    return "".join(PUA[c] if c in PUA and rng.random() < P[c] else c for c in s)
def dmg(tag, s):
    if os.environ.get("CLEAN") or tag == "t" or tag.endswith("!"):
        return s
    pre = ""
    m = MK.match(s)
    if m:
        pre, s = m.group(0), s[m.end():]
    if tag.startswith("s"):
        cut = re.search(r"[。！？；]", s)
        if cut and cut.end() < len(s):
            return pre + sub(s[:cut.end() - 1]) + s[cut.end() - 1] + sub(s[cut.end():])
    return pre + sub(s)
items = [
("t", "S231线清溪河大桥"),
("t", "2023年度定期检查报告"),
("p", "委托单位：黔南州公路管理局都匀分局", "nw"),
("p", "检查单位：贵州筑路桥隧检测有限公司", "nw"),
("p", "报告编号：ZL-QJ-2023-118　　检查日期：2023年11月14日", "nw"),
("s1!", "1.桥梁概况"),
("p", "清溪河大桥位于S231线K46+318处，跨越清溪河，于2009年建成通车。桥梁全长186.0m，上部结构为4×40m预应力混凝土T梁，先简支后连续；下部结构为柱式墩、肋板式桥台，钻孔灌注桩基础。桥面净宽11.0m，设计荷载为公路—Ⅰ级。"),
("s1!", "2.检查依据与方法"),
("s2", "（1）《公路桥涵养护规范》（JTG 5120—2021）。"),
("s2", "（2）《公路桥梁技术状况评定标准》（JTG/T H21—2011）。"),
("s2", "（3）本桥竣工图纸及历年检查报告。"),
("p", "检查采用桥梁检测车配合目测、裂缝宽度观测仪和钢卷尺等工具，对上部结构、下部结构和桥面系逐跨逐构件进行检查，并对主要病害拍照记录。"),
("s1!", "3.主要病害"),
("s2!", "3.1上部结构"),
("p", "第2跨3号T梁腹板距支点约6m处发现竖向裂缝2条，长0.6～0.9m，最大宽度0.12mm，未超过规范限值；第4跨1号T梁翼缘板底面局部混凝土剥落，面积约0.3m²，钢筋外露锈蚀。"),
("s2!", "3.2下部结构"),
("p", "2号墩墩身水位变动区混凝土表面冲刷磨损，局部骨料外露；0号桥台台帽有网状裂缝，宽度小于0.1mm。"),
("s2!", "3.3桥面系"),
("p", "伸缩缝内堵塞泥沙，1号伸缩缝橡胶条局部破损；桥面铺装有横向裂缝5条，泄水孔2处堵塞。主要病害统计如下："),
("p", "部位　　　病害　　　　数量　　　标度", "nw"),
("p", "上部结构　T梁腹板裂缝　2条　　　2", "nw"),
("p", "下部结构　墩身冲刷磨损　1处　　　2", "nw"),
("p", "桥面系　　伸缩缝破损　　1道　　　3", "nw"),
("s1!", "4.技术状况评定"),
("p", "按JTG/T H21—2011评定，上部结构得分86.4，下部结构得分88.2，桥面系得分79.5，全桥技术状况评分为85.7，评定为2类桥梁。"),
("s1!", "5.养护建议"),
("s2", "（1）对T梁腹板裂缝进行封闭处理，并设置观测标记，在下次检查时复核裂缝长度和宽度。"),
("s2", "（2）凿除翼缘板剥落部位的松散混凝土，钢筋除锈后用聚合物砂浆修补。"),
("s2", "（3）清理伸缩缝和泄水孔，更换破损的橡胶条，汛期后对2号墩墩身冲刷情况进行复查。"),
("p", "检查人：杨德全　　　复核人：吴蔚", "nw"),
("p", "2023年11月30日", "nw"),
]
items = [(t, dmg(t, x)) + tuple(o) for t, x, *o in items]
lines, N = build(items, 34, 34, 21, lambda p: [], lambda p: [], seed=205)
footer = lambda p: ["— %d —" % p]
header = lambda p: ["清溪河大桥2023年度定期检查报告"]
lines, pages = build(items, 34, 34, 21, footer, header, seed=205)
lines.append(("c", "— %d —" % pages))
flat = "".join(x for t, x in lines if t not in ("c", "x"))
top = [("c", "S231线清溪河大桥2023年度定期检查报告 - 道客巴巴"),
       ("c", "内容提示：" + flat[:262] + "..."),
       ("c", "文档格式：PDF | 页数：%d | 浏览次数：64 | 上传日期：2024-01-22 09:40:17 | 文档星级：★★★★☆" % pages),
       ("c", "下载积分：1500　　　　下载　　开通VIP，积分全免"),
       ("c", "")]
tail = [("c", ""),
        ("c", "相关文档推荐"),
        ("c", "公路桥梁定期检查报告范本.doc　　14页"),
        ("c", "T梁桥裂缝成因分析及处治.pdf　　6页"),
        ("c", "收藏　　分享　　举报　　下载"),
        ("c", "doc88.com 版权所有 2008—2024　粤B2-20060315")]
emit(os.environ.get("OUT", "h05_doc88_qiaoliang-jiancha.txt"), C, top + lines + tail)
print(pages)
