import json, os, re
from lay36 import lay, emit
NAME = os.environ.get("NAME", "v08_jinchutou_cangchu-hetong")
CLEAN = bool(os.environ.get("CLEAN"))
C = ["# 金锄头文库 page of a 仓储保管合同: page title '…-金锄头文库' (≠ title), nav row, format/pages/size/date row, action",
     "# row; UTF-8, final newline; PDF wrap 32; footer '第N页'; title printed four times over (fake bold; fixes/);",
     "# 合同编号 + party/address lines + 根据… paragraph preamble; 第X条 run-in or whole-line, （一） items; fee table one",
     "# row per line; signature lines belong to 第九条; damage: chunk counters ' N、' inserted every ~170 characters,",
     "# mostly mid-word (fixes/); not truncated."]
TITLE = "仓储保管合同"
I = [
("t", TITLE if CLEAN else TITLE * 4),
("p", "合同编号：HY-CC-2024-0356", "nw"),
("p", "存货人（甲方）：绍安市鲜达食品贸易有限公司", "nw"),
("p", "地址：绍安市滨江区望湖路188号", "nw"),
("p", "保管人（乙方）：绍安市通顺仓储物流有限公司", "nw"),
("p", "地址：绍安市经济开发区工业三路26号", "nw"),
("p", "根据《中华人民共和国民法典》及相关法律法规的规定，甲乙双方本着平等自愿、诚实信用的原则，就甲方委托乙方保管货物事宜，经协商一致，订立本合同。"),
("s1", "第一条　仓储物。甲方委托乙方保管的货物为预包装休闲食品，品名、规格、数量以双方签字确认的入库单为准，预计月均库存量约1200托。甲方应如实告知货物的性质及保管要求。"),
("s1!", "第二条　仓储场所与保管条件"),
("s2", "（一）乙方提供位于经济开发区的1号库常温库区，面积约2400平方米，库内温度应保持在25℃以下，相对湿度不高于70%。"),
("s2", "（二）乙方应按照先进先出的原则管理货物，按品种、批次分区码放，堆码高度不超过四层。"),
("s2", "（三）乙方不得将甲方货物与有毒有害、有异味的物品混存。"),
("s2", "（四）乙方应配备必要的消防器材和视频监控设备，库区实行24小时值班制度。"),
("s1", "第三条　仓储期限。自2024年8月1日起至2025年7月31日止。期满需续签的，甲方应提前30日书面通知乙方。"),
("s1", "第四条　入库与出库。货物入库时，双方应共同清点验收，对外包装破损、数量不符的，乙方应当场拍照并在入库单上注明。甲方提货应出具加盖公章或预留印鉴的提货单，乙方凭单在24小时内备货出库。"),
("s1!", "第五条　仓储费及支付方式"),
("p", "项目　计费标准　结算方式", "nw"),
("p", "仓储费　每托每日2.2元　按月结算", "nw"),
("p", "装卸费　每托12元　入库、出库分别计收", "nw"),
("p", "乙方每月5日前向甲方提供上月费用对账单，甲方核对无误后10个工作日内支付，乙方开具增值税专用发票。"),
("s1", "第六条　保险。乙方应为仓库及库内货物投保财产一切险，保险费由乙方承担；发生保险事故时，乙方应及时通知甲方并协助办理理赔。"),
("s1", "第七条　违约责任。因乙方保管不善造成货物毁损、灭失的，乙方应按货物入库时的进价予以赔偿；甲方逾期支付费用的，每逾期一日按应付金额的万分之五支付违约金。乙方无正当理由拒绝或拖延甲方提货的，每延误一日，按该批货物价值的千分之一向甲方支付违约金。"),
("s1", "第八条　争议解决。本合同履行中发生争议的，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。"),
("s1", "第九条　其他。本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。未尽事宜，双方可另行签订补充协议。"),
("p", "甲方（盖章）：　　　　　　　　乙方（盖章）：", "nw"),
("p", "法定代表人或委托代理人：　　　法定代表人或委托代理人：", "nw"),
("p", "签订日期：2024年7月18日　　　签订日期：2024年7月18日", "nw"),
]
# chunk counters: ' N、' every ~170 characters of body text (not in titles, not in the first 8 characters of an item)
fixes = [[TITLE * 4, TITLE, 1]]
if not CLEAN:
    pos, k, out = 0, 2, []
    nxt = 170
    for t, x, *o in I:
        if t == "t" or "nw" in (o[0] if o else ""):
            out.append((t, x, *o)); pos += len(x); continue
        s = x
        while pos + len(s) > nxt:
            cut = nxt - pos
            if cut < 8:
                cut = 8
            if cut >= len(s) - 2:
                break
            bad = s[cut - 2:cut] + "%d、" % k + s[cut:cut + 2]
            fixes.append([bad, s[cut - 2:cut + 2], 1])
            s = s[:cut] + " %d、" % k + s[cut:]
            shift = len(" %d、" % k)
            pos += shift
            k += 1; nxt += 170
        out.append((t, s, *o)); pos += len(s)
    I = out
    os.makedirs("../../fixes", exist_ok=True)
    with open("../../fixes/%s.json" % NAME, "w", encoding="utf-8") as f:
        json.dump({"replace": fixes}, f, ensure_ascii=False, indent=1); f.write("\n")
footer = lambda p, n: ["第%d页" % p]
L, n = lay(I, 32, 20, footer, seed=808, indent="　　")
L.append(("c", "第%d页" % n))
top = [("c", "仓储保管合同标准范本【可编辑】-金锄头文库"),
       ("c", "金锄头文库　｜　首页　行业资料　办公文档　教育专区　｜　上传　登录"),
       ("c", "格式 DOCX ｜ 共%d页 ｜ 38.2KB ｜ 2024-07-22上传 ｜ 需要0金贝" % n),
       ("c", "点击预览全文　　　下载到本地　　　收藏")]
tail = [("c", "提醒：本资料为网友所传，本站仅做存放；如有侵权，请与站方联系删除。"),
        ("c", "同类资料推荐：物流仓储服务协议（通用）　冷库租赁合同范本　货物运输合同"),
        ("c", "jinchutou.com 金锄头文库　｜　鲁ICP备14027521号")]
emit(NAME + ".txt", C, top + L + tail)
print(NAME, n, fixes)
