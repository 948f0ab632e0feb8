"""w09: mediation agreement read through a library's PDF text layer: lost line breaks (one block per line), a watermark
line and a page label at each page boundary, one boundary splitting a block mid-sentence; private-use code points for
punctuation in the body (own map U+E7D1-E7D6), real marks mixed in. CLEAN=1 writes the damage-free copy."""
import os
import random
from wrapdoc import emit

C = ["# people's mediation agreement (consumer dispute) in a digital library's PDF reader; UTF-16 LE; PDF text layer with lost line",
     "# breaks (each block on one line); reader row, record row, toolbar; title on its own line; case number, party lines, dispute",
     "# facts and 经调解… line as preamble; 一、…五、 one-sentence items (all heading); a VIP annual card and a no-reposting clause",
     "# (content); reader watermark + page label at page boundaries, one splitting the dispute block mid-sentence; damage: private-use",
     "# code points (U+E7D1-E7D6) for ，。：、“” in the body from the dispute facts on, real marks mixed in (fixed via fixes/);",
     "# performance/effect/signature/date lines after the last item; delivery note, related holdings row, footer"]
PUA = {"，": "\ue7d1", "。": "\ue7d2", "：": "\ue7d3", "、": "\ue7d4", "“": "\ue7d5", "”": "\ue7d6"}
rng = random.Random(9)

def dmg(s):
    if os.environ.get("CLEAN"):
        return s
    head = s[:2] if s[1:2] == "、" else ""  # an item's marker stays readable
    return head + "".join(PUA[c] if c in PUA and rng.random() < 0.7 else c for c in s[len(head):])

def wm(p, tag):
    return [(tag, "〔青简数字图书馆 · 读者证 0387 · 2024-11-02 14:08 · 仅限在线阅览〕"), (tag, f"⁅{p}⁆")]

top = [("c", "青简数字图书馆 · 馆藏文献在线阅读　　　　　　　　　　　　　　　［读者证登录］"),
       ("c", "题名：人民调解协议书（消费纠纷）｜来源：基层调解文书选编（内部印行）｜共3页｜PDF文字层阅读"),
       ("c", "▭ 单页　▯▯ 双页　⊞ 放大一级　⊟ 缩小一级　⤓ 申请文献传递"),
       ("c", "")]
facts_a = dmg("纠纷主要事实、争议事项：乙方于2023年10月1日在甲方处购买VIP年卡一张（有效期至2024年9月30日），支付会员费4380元，同时购买私教课程24节，支付费用7200元，已上课16节。2024年6月10日起，甲方因场馆装修停业，")
facts_b = dmg("未能按约定继续提供服务。乙方要求甲方退还剩余期限的会员费和未上私教课的费用，双方协商未果。乙方于2024年7月2日向岚东区消费纠纷人民调解委员会申请调解。")
body = [
    ("t", "人民调解协议书"),
    ("p", "（2024）岚东消调字第087号"),
    ("p", "当事人甲方：岚东区悦动健身俱乐部有限公司，住所地：岚东区滨江路168号三楼，法定代表人：贺振，职务：执行董事。"),
    ("p", "当事人乙方：吴某某，女，1991年5月出生，汉族，住岚东区桂苑小区7幢。"),
    ("p", facts_a),
    *wm(1, "x"),
    ("+", facts_b),
    ("p", dmg("经调解，双方自愿达成如下协议：")),
    ("s1", dmg("一、甲方同意退还乙方VIP年卡剩余期限（2024年6月10日至2024年9月30日）按日折算的会员费1356元，以及未上私教课8节的费用2400元，合计人民币3756元。")),
    ("s1", dmg("二、上述款项由甲方于2024年7月20日前一次性转账至乙方指定的银行账户（户名：吴某某，开户行：岚州银行岚东支行，账号：6230 XXXX XXXX 1187）。")),
    ("s1", dmg("三、乙方收到上述款项后，双方签订的会员服务合同及私教课程协议同时解除，乙方应于收款之日起三日内将VIP会员卡交回甲方前台。")),
    ("s1", dmg("四、乙方在社交平台发布的关于本纠纷的文字和视频，应于收款之日起三日内自行删除，此后双方均不得在网络上发布、转载涉及本纠纷的不实言论。")),
    *wm(2, "c"),
    ("s1", dmg("五、本协议履行完毕后，双方就本纠纷再无其他争议。")),
    ("p", dmg("履行方式、时限：按本协议第二条、第三条执行。")),
    ("p", dmg("本协议一式三份，双方当事人、人民调解委员会各持一份，自各方签字（盖章）之日起生效。当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。")),
    ("p", "甲方（盖章）：岚东区悦动健身俱乐部有限公司　　乙方（签名）：吴某某"),
    ("p", "人民调解员（签名）：钟立　　记录人：许佳"),
    ("p", "岚东区消费纠纷人民调解委员会（印）"),
    ("p", "2024年7月12日"),
]
tail = [("c", "〔青简数字图书馆 · 读者证 0387 · 2024-11-02 14:08 · 仅限在线阅览〕"), ("c", "⁅3⁆"),
        ("c", "文献传递说明：本文献共3页，已全部呈现，无需申请传递。"),
        ("c", "相关馆藏 ▸ 人民调解文书格式汇编（2019版） ▸ 消费纠纷调解典型案例选 ▸ 预付式消费维权指南"),
        ("c", "青简数字图书馆 qingjianlib.org　馆藏数字资源限于读者本人学习与研究　京ICP备2016XXXXXX号")]
emit(os.environ.get("OUT", "w09_qingjian_tiaojie-xieyi.txt"), C, top + body + tail)
