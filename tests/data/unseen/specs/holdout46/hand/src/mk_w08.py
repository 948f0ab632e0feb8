import json, os
from lay import build, emit
NAME = "w08_jinchutou_cheliang-zhidu"
C = ["# 金锄头文库 jinchutou: 公司车辆使用管理制度. GB18030, PDF wrap 30, no page markers; page-title line '…-金锄头文库'",
     "# (differs from the title), nav, info row, price row; title in the body; 一、 whole-line, 1. run-in, （1） items;",
     "# chunk counters ' N、' inserted by the site every ~170 characters, mid-word (fixes/, written by this script);",
     "# issuer/date lines belong to 六、3.; tail: end row, download row, related, footer."]
I0 = [
("t", "车辆使用管理制度"),
("s1!", "一、总则"),
("s2", "1.为加强公司车辆管理，保障行车安全，降低车辆使用成本，提高车辆使用效率，特制定本制度。"),
("s2", "2.本制度适用于公司所有公务车辆，包括公司购置、租赁的车辆，以及经批准用于公务的私人车辆。"),
("s1!", "二、管理职责"),
("s2", "1.行政部是公司车辆的归口管理部门，负责车辆的调度、维修保养、年检、保险及驾驶员的日常管理。"),
("s2", "2.财务部负责车辆费用的审核与核算，每月与行政部核对油费、路桥费及维修费用。"),
("s1!", "三、用车申请与调度"),
("s2", "1.各部门因公用车，须提前一天通过OA系统提交用车申请，写明用车事由、目的地、乘车人数及预计往返时间，经部门负责人审批后由行政部统一调度。"),
("s2", "2.调度原则如下："),
("s3", "（1）先急后缓，优先保障接待、抢修等紧急公务；"),
("s3", "（2）同一方向、同一时段的用车申请合并安排；"),
("s3", "（3）市区内短途公务原则上使用公共交通，不派车。"),
("s2", "3.节假日及下班后原则上不派车，确因工作需要的，须经分管副总经理批准。"),
("s1!", "四、驾驶员管理"),
("s2", "1.驾驶员应遵守交通法规，严禁酒后驾车、疲劳驾驶和超速行驶，行车途中不得接打手持电话。"),
("s2", "2.驾驶员每次出车前应检查车况，回车后如实填写《车辆使用登记表》，记录出车时间、行驶里程和加油情况。"),
("s2", "3.车辆停放应选择安全场所，不得私自将公务车开回家或挪作私用。发生交通违章的，由当事驾驶员自行承担罚款并负责处理。"),
("s2", "4.驾驶员应保持车辆内外整洁，不得在车内吸烟，不得搭载与公务无关的人员。"),
("s1!", "五、车辆维修与保养"),
("s2", "1.车辆实行定点维修、定期保养，每行驶5000公里或每半年保养一次。"),
("s2", "2.单次维修费用在2000元以下的，由行政部负责人审批；超过2000元的，须报分管副总经理审批。维修完成后，行政部应核对更换的配件并保存维修清单。"),
("s2", "3.车辆加油统一使用公司加油卡，驾驶员应妥善保管，每月底将加油小票交行政部核对，油耗明显异常的应说明原因。"),
("s2", "4.车辆年检、保险续保由行政部提前一个月安排，确保车辆证照齐全有效。"),
("s1!", "六、附则"),
("s2", "1.违反本制度造成车辆损失的，视情节由责任人承担部分或全部损失。"),
("s2", "2.本制度由行政部负责解释。"),
("s2", "3.本制度自发布之日起施行。"),
("p", "东岳精工机械有限公司行政部", "nw"),
("p", "二〇二三年四月六日", "nw"),
]
CLEAN = os.environ.get("CLEAN") == "1"
PUNCT = set("，。、；：？！（）《》“”")
I, fixes, k, run = [], [], 2, 0
for tag, text, *rest in I0:
    if tag.startswith("s") and not CLEAN:
        out = ""
        for i, ch in enumerate(text):
            run += 1
            if run >= 170 and i >= 4 and i + 2 < len(text) and not (set(text[i - 2:i + 2]) & PUNCT):
                bad = f"{text[i-2:i]} {k}、{text[i:i+2]}"
                fixes.append([bad, text[i - 2:i + 2], 1])
                out += f" {k}、"; k += 1; run = 0
            out += ch
        text = out
    I.append((tag, text, *rest))
head = [
("c", "单位公务车辆管理制度 精编版-金锄头文库"),
("c", "金锄头文库　┃ 首页 ┃ 行业资料 ┃ 管理制度 ┃ 办公文档 ┃ 我的文档 ┃ 上传"),
("c", "格式：DOC　页数：6页　大小：38.5KB　上传时间：2023-04-18　贡献者：清风徐来2023"),
("c", "￥ 6.8 金币　　下载到本地　|　收藏本文　|　举报"),
("c", ""),
]
L, n = build(head + I, 30, 30, 0, seed=8)
L += [("c", x) for x in [
"",
"—— 正文结束 ——",
"本文由用户上传至金锄头文库，下载后可编辑使用。",
"您还可能感兴趣：",
"公车出车登记台账样表.xls",
"专职司机安全行车守则.doc",
"车辆维修保养申请流程.doc",
"金锄头文库 www.jinchutou.com　　浙ICP备11016412号",
]]
emit(os.environ.get("OUT", NAME + ".txt"), C, L)
if not CLEAN:
    with open(os.environ.get("FIX", "../../fixes/" + NAME + ".json"), "w", encoding="utf-8") as f:
        json.dump({"replace": fixes}, f, ensure_ascii=False)
        f.write("\n")
