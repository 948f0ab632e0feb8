import os, random, re
from wrapdoc import build, emit
C = ["# doc88 page of a 房屋装修合同 (家庭居室装饰装修): page-title ' - 道客巴巴' line; '下载积分：' on its OWN line, then '内容提示：' + a",
     "# SHORT damaged snippet (~150 chars, same damage) on the next line ending '……' (a second copy: chrome), metadata row with full-",
     "# width colons; UTF-8 with BOM; PDF wrap 31; footer '- N -' only (no header), sentences crossing it; 合同编号 + party lines",
     "# (preamble); 第X条 whole-line headings with 1. / 2. run-in items (half-width dots); damage: private-use U+E003/E004/E005 (，：。)",
     "# and U+E001/E002 (（）) with real marks mixed in (fixes/); markers and run-in sentence ends left real; not truncated; tail:",
     "# 相关文档 list, 下载/收藏 row, footer"]
PUA = {"，": "\ue003", "（": "\ue001", "）": "\ue002", "：": "\ue004", "。": "\ue005"}
P = {"，": .85, "（": .6, "）": .6, "：": .7, "。": .8}
rng = random.Random(1803)
MK = re.compile(r"^(?:第[一二三四五六七八九十]+条|\d+\.)")
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
("t", "家庭居室装饰装修工程施工合同"),
("p", "合同编号：JZ-2023-0417", "nw"),
("p", "发包人（甲方）：蒋慧敏　　身份证号：3502**********2046", "nw"),
("p", "承包人（乙方）：厦门木禾家装饰工程有限公司", "nw"),
("p", "依照《中华人民共和国民法典》及有关法律、法规的规定，结合家庭居室装饰装修工程的特点，甲乙双方在平等、自愿、协商一致的基础上，就乙方承包甲方的家庭居室装饰装修工程事宜，订立本合同。"),
("s1!", "第一条 工程概况"),
("s2", "1.工程地点：思明区莲前西路188号翠湖花园7栋1502室，住房结构为框架结构，套内建筑面积112平方米。"),
("s2", "2.装修内容：水电改造、厨卫防水、墙地面铺贴、吊顶、墙面乳胶漆及木作柜体制作安装，具体见工程报价单。"),
("s2", "3.承包方式：乙方包工包辅料，主材（瓷砖、地板、洁具、橱柜）由甲方自行采购。"),
("s2", "4.工期：自2023年5月8日开工，至2023年7月20日竣工，共计74天。"),
("s1!", "第二条 工程价款及支付方式"),
("s2", "1.本合同工程价款为人民币壹拾叁万陆仟元整（¥136,000元）。"),
("s2", "2.工程款分四期支付：合同签订后3日内支付30%；水电隐蔽工程验收合格后支付30%；木作及油漆工程完工后支付30%；竣工验收合格后支付剩余10%。"),
("s2", "3.施工中如需增加或变更项目，双方应签订书面变更单，变更费用在下一期工程款中一并结算。"),
("s1!", "第三条 双方责任"),
("s2", "1.甲方应在开工前3日腾空房屋，并向物业管理部门办理装修报备手续，由乙方协助提供施工资质材料。"),
("s2", "2.乙方应指派项目经理郑凯负责现场管理，严格按照施工图纸和国家有关规范施工，不得擅自拆改承重墙体和燃气管道。"),
("s2", "3.乙方应遵守物业管理规定，施工时间为每日8:00—12:00、14:00—18:00，做好施工现场的安全防护和垃圾清运工作。"),
("s1!", "第四条 工程验收与保修"),
("s2", "1.隐蔽工程完工后，乙方应通知甲方验收，经甲方签字确认后方可进入下一道工序。"),
("s2", "2.工程竣工后，双方共同按照《住宅装饰装修工程施工规范》进行验收，验收合格后签署竣工验收单。"),
("s2", "3.本工程保修期为2年，水电隐蔽工程和防水工程保修期为5年，自竣工验收合格之日起计算。"),
("s1!", "第五条 违约责任"),
("s2", "1.因乙方原因延误工期的，每逾期1日，乙方按工程价款的千分之一向甲方支付违约金。"),
("s2", "2.甲方未按约定支付工程款的，每逾期1日，按应付金额的千分之一向乙方支付违约金。"),
("s1!", "第六条 争议解决"),
("p", "本合同履行中发生争议的，双方协商解决；协商不成的，任何一方均可向工程所在地人民法院提起诉讼。"),
("s1!", "第七条 其他"),
("p", "本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。工程报价单、施工图纸及变更单为本合同附件，与本合同具有同等法律效力。"),
("p", "甲方（签字）：　　　　　　　乙方（盖章）：", "nw"),
("p", "2023年4月17日　　　　　　　2023年4月17日", "nw"),
]
items = [(t, dmg(t, x)) + tuple(o) for t, x, *o in items]
footer = lambda p: ["- %d -" % p]
header = lambda p: []
lines, pages = build(items, 31, 31, 19, footer, header, seed=18)
lines.append(("c", "- %d -" % pages))
flat = "".join(x for t, x in lines if t not in ("c", "x"))
snippet = flat[:150]
top = [("c", "家装施工合同（范本） - 道客巴巴"),
       ("c", "下载积分：1200"),
       ("c", "内容提示：" + snippet + "……"),
       ("c", "文档格式：PDF｜页数：%d｜浏览次数：87｜上传日期：2023-11-02 14:31:09｜文档星级：★★★☆☆" % pages),
       ("c", "")]
tail = [("c", ""),
        ("c", "相关文档"),
        ("c", "住宅室内装饰装修施工合同示范文本.doc"),
        ("c", "全包装修合同（含报价单）.pdf"),
        ("c", "下载文档　　收藏　　分享赚积分"),
        ("c", "道客巴巴网站　版权所有　|　©2008-2023　|　网站地图　|　帮助中心")]
emit(os.environ.get("OUT", "v03_doc88_zhuangxiu-hetong.txt"), C, top + lines + tail)
print(pages)
