import os, json, re
from lay import build, emit
NAME = "k07_jinchutou_gongche-banfa"
C = ["jinchutou page of a 公务车辆管理办法 whose cover (with the title) had no text layer: **no title anywhere (gold null)**;",
     "a category breadcrumb (no page title) and a bare '1、' line open the page; UTF-8; PDF wrap 38; running header (company +",
     "制度文件) and footer '— 第N页 —' on every page; 第X章 whole-line, 第X条 run-in (level 2); amounts and percentages in",
     "text; damage: chunk counters ' N、' inserted every ~170 characters, mid-word, each glued after a space (fixes/); tail:",
     "preview/download row and site footer"]
items = [
("s1!", "第一章　总则"),
("s2", "第一条　为加强公司公务车辆管理，保障工作用车需要，降低车辆运行成本，确保行车安全，结合公司实际，制定本办法。"),
("s2", "第二条　本办法所称公务车辆，是指公司购置或者租赁，用于项目巡查、物资运送、客户接待等公务活动的各类机动车辆。"),
("s2", "第三条　公务车辆实行统一管理、集中调度、定车定人的原则，由行政部归口管理，各项目部协助做好本部门用车的登记和监督工作。"),
("s1!", "第二章　车辆调度与使用"),
("s2", "第四条　用车部门应提前一个工作日通过OA系统提交用车申请，写明用车事由、时间、路线和乘车人数，经部门负责人审核后由行政部统一派车。紧急情况下可先电话申请，事后一个工作日内补办手续。"),
("s2", "第五条　车辆使用实行出车登记制度，驾驶员应如实填写《车辆行驶登记表》，记录出发时间、返回时间、起止里程和用途。行政部每月月初汇总上月车辆使用情况，对未登记出车或者登记内容与实际不符的，视情节对驾驶员予以批评教育或者扣发当月绩效。"),
("s2", "第六条　严禁公车私用，严禁将车辆交给无驾驶资格或者未经公司授权的人员驾驶。节假日期间车辆应停放在公司指定地点，车钥匙交行政部统一保管。"),
("s1!", "第三章　费用管理"),
("s2", "第七条　车辆燃油实行加油卡管理，一车一卡。行政部每月核对加油记录与行驶里程，百公里油耗超过核定标准10%以上的，驾驶员应书面说明原因。"),
("s2", "第八条　车辆维修保养实行定点管理。单次维修费用在2000元以下的，由行政部负责人审批；2000元以上的，报分管副总经理审批后方可送修。"),
("s2", "第九条　车辆保险由行政部统一办理，每年续保前对比三家以上保险公司的报价，择优确定承保单位。车辆年检、保险到期前一个月，行政部应提醒驾驶员做好准备。"),
("s2", "第十条　停车费、过路过桥费凭票据按月报销。无正当理由产生的超速、违停等罚款由驾驶员本人承担。"),
("s1!", "第四章　安全管理"),
("s2", "第十一条　驾驶员应严格遵守道路交通安全法律法规，每次出车前检查车辆制动、灯光、轮胎等情况，严禁酒后驾车和疲劳驾驶。"),
("s2", "第十二条　发生交通事故后，驾驶员应立即停车，保护现场，及时报警并报告行政部。因驾驶员违章造成的经济损失，根据责任大小由驾驶员承担10%至30%。"),
("s2", "第十三条　行政部每季度组织一次驾驶员安全教育，每年对全部车辆进行一次安全技术检测，检测不合格的车辆不得派出。"),
("s2", "第十四条　车辆达到国家规定的报废标准，或者维修费用超过车辆残值50%的，由行政部提出处置意见，经总经理办公会研究后按规定程序报废或者更新。"),
("s1!", "第五章　附则"),
("s2", "第十五条　本办法由公司行政部负责解释。"),
("s2", "第十六条　本办法自2024年3月1日起施行，原《车辆使用管理规定》同时废止。"),
]
CJK = lambda c: "\u4e00" <= c <= "\u9fff"
fixes, out, seen, k = [], [], 0, 2
for t, x, *o in items:
    start = x.find("。") + 1 if t == "s2" else len(x)
    i = max(start, 3)
    while i < len(x) - 3:
        if seen + i >= (k - 1) * 170 and CJK(x[i - 1]) and CJK(x[i]) and "。" not in x[i - 3:i + 3]:
            ctr = "%d、" % k
            fixes.append([x[i - 3:i] + ctr + x[i:i + 3], x[i - 3:i] + x[i:i + 3], 1])
            x = x[:i] + " " + ctr + x[i:]
            i += len(ctr) + 1; k += 1
        i += 1
    seen += len(x)
    out.append((t, x) + tuple(o))
HEAD = "江澄物业　·　内部管理制度"
lines, pages = build(out, 38, 38, 15, lambda p, n: ["— 第%d页 —" % p], lambda p, n: [HEAD], seed=4207, head_first=True)
top = [("c", "金锄头文库 › 管理制度 › 行政后勤类"),
       ("c", "1、")]
tail = [("c", ""),
        ("c", "已显示全部内容　　下载需5金币　　收藏　　纠错"),
        ("c", "浙ICP备18049853号　　金锄头文库 www.jinchutou.com　　投稿　　帮助")]
emit(os.environ.get("OUT", NAME + ".txt"), C, top + lines + tail)
if not os.environ.get("OUT"):
    json.dump({"replace": fixes}, open("../../fixes/%s.json" % NAME, "w"), ensure_ascii=False, indent=1)
print(NAME, pages, len(fixes))
