import random
from wrapdoc import build, emit
C = ["# education-aid donation agreement; CRLF; hard wrap 32; title on one line under nav, breadcrumb and metadata rows; agreement number,",
     "# party lines and recital as preamble; 第X条 run-in articles (one-sentence articles all heading) with （一） and 1． items; clause on",
     "# naming rights and a clause on the donor downloading the annual audit report from the foundation's site (content); damage: private-use",
     "# code points (own map U+E5A1-E5A6) for ，。、；（） in articles 三-七, real marks mixed in (fixed via fixes/); signature lines after",
     "# the last article; end line, template buttons, related list, Q&A, footer"]
top = [("c","橄榄文档　/ 合同 / 协议 / 公益慈善 /　　　　　　　[ 我要上传 ]　[ 我的橄榄 ]"),("c","导航：橄榄文档 ＞ 协议书 ＞ 捐赠协议"),
       ("c","✎ 贡献者：律途阿橄　☐ 已核验格式　⌚ 2024.04.11　▤ 2 页　⇣ 1,576 次使用"),("c","")]
PUA = {"，":"\ue5a1","。":"\ue5a2","、":"\ue5a3","；":"\ue5a4","（":"\ue5a5","）":"\ue5a6"}
rng = random.Random(5)
import os
def dmg(s):
    if os.environ.get("CLEAN"): return s
    if s.startswith("第") and "。" in s:
        a, b = s.split("。", 1)
        return a + "。" + dmg(b)
    return "".join(PUA[c] if c in PUA and rng.random() < 0.75 else c for c in s)
items = [
("t","教育助学捐赠协议书"),
("p","协议编号：JJH-ZX-2024-017"),
("p","捐赠方（甲方）：宁川昌泰建材有限公司"),
("p","法定代表人：孔德昌　　联系电话：0571-XXXXXXXX"),
("p","受赠方（乙方）：宁川市教育发展基金会"),
("p","法定代表人：葛素华　　联系电话：0571-XXXXXXXX"),
("p","为支持家乡教育事业发展，帮助家庭经济困难学生完成学业，甲方自愿向乙方捐赠资金，用于设立专项助学金。根据《中华人民共和国公益事业捐赠法》《中华人民共和国慈善法》等法律法规，甲乙双方经友好协商，订立本协议。"),
("s1","第一条　捐赠财产。甲方向乙方捐赠人民币伍拾万元整（￥500,000.00），分两期支付：第一期30万元于本协议签订后15个工作日内支付，第二期20万元于2025年3月31日前支付。"),
("s1","第二条　捐赠用途。捐赠资金用于设立“昌泰助学金”，资助对象及标准如下："),
("s2","（一）宁川市普通高中家庭经济困难的在校学生，每人每学年资助3000元；"),
("s2","（二）考入全日制本科院校的家庭经济困难新生，每人一次性资助5000元；"),
("s2","（三）受资助学生名单由乙方会同市教育局学生资助管理中心审核确定。"),
("s1",dmg("第三条　甲方的权利和义务")),
("s2",dmg("1．甲方有权了解捐赠资金的使用情况，有权查阅与捐赠资金有关的财务账目。")),
("s2",dmg("2．甲方享有助学金的冠名权，冠名期限为五年，期满后双方可协商续签。")),
("s2",dmg("3．甲方可在乙方官方网站下载乙方经审计的年度财务报告，乙方不再向甲方单独寄送纸质报告。")),
("s2",dmg("4．甲方应按照本协议约定的时间和金额足额支付捐赠款项。")),
("s1",dmg("第四条　乙方的权利和义务")),
("s2",dmg("1．乙方应当为捐赠资金单独建账、专款专用，不得挪作他用。")),
("s2",dmg("2．乙方应当在收到捐赠款项后10个工作日内向甲方开具公益事业捐赠票据，甲方可据此依法享受税收优惠。")),
("s2",dmg("3．乙方每学年结束后一个月内，向甲方书面报告助学金的发放情况，包括受助学生人数、发放金额和受助学生的学业情况（不含学生个人隐私信息）。")),
("s1",dmg("第五条　受助学生的义务。受助学生应当遵守学校纪律、努力学习，每学年向乙方提交一份学习情况汇报；受助学生自愿参加甲方组织的公益活动、实践活动。")),
("s1",dmg("第六条　协议的变更和解除。因国家政策调整、不可抗力等原因致使捐赠目的无法实现的，经双方协商一致，可以变更或者解除本协议；乙方违反本协议约定使用捐赠资金的，甲方有权要求乙方改正，拒不改正的，甲方有权解除协议并要求退还尚未使用的捐赠资金。")),
("s1",dmg("第七条　争议解决。因本协议发生的争议，双方应友好协商解决；协商不成的，任何一方均可向乙方住所地人民法院提起诉讼。")),
("s1","第八条　本协议一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。"),
("p","甲方（盖章）：宁川昌泰建材有限公司　　乙方（盖章）：宁川市教育发展基金会"),
("p","法定代表人（签字）：　　　　　　　　法定代表人（签字）："),
("p","2024年4月8日　　　　　　　　　　　　2024年4月8日"),
]
lines, pages = build(items, 32, 32, 27, lambda p: [f"≪{p}≫"], lambda p: [], seed=3)
tail = [("c","≪2≫"),("c","▲ 以上为协议全部条款"),("c","［ 套用此模板 ］［ 存为 docx ］［ 打印 ］"),("c","同类协议推荐：企业向学校捐赠物资协议｜个人定向捐款协议｜冠名奖学金设立协议"),
        ("c","问：捐赠票据能抵税吗？　答：依法可在年度利润总额12%以内扣除，具体以税务机关口径为准。"),("c","橄榄文档 ganlanwendang.com　模板仅供参考，不构成法律意见　浙ICP备2022XXXXXX号")]
emit(os.environ.get("OUT","v10_ganlan_juanzeng-xieyi.txt"), C, top + lines + tail)
print(pages)
