#!/usr/bin/env python3
"""Write the tagged source j06_puwei_xunhe-zhidu.txt: a document-site preview of a village river-patrol rule,
PDF text layer hard-wrapped at 32, page marker ⦗ p / 5 ⦘, private-use punctuation (own map) in 第三条–第六条,
cut mid-sentence on page 2 of 5. CLEAN=1 writes the same document without the private-use damage (to OUT, default
/tmp/j06_clean.txt), for checking fixes/j06_puwei_xunhe-zhidu.json."""
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from handlib import build

PUA = {"，": "\ue346", "。": "\ue34b", "、": "\ue352", "；": "\ue35d", "：": "\ue361", "（": "\ue36f", "）": "\ue370"}
CLEAN = os.environ.get("CLEAN") == "1"
rng = random.Random(615)


def damage(text, marker_len=None):
    """Private-use code points for the author's punctuation after the marker (after the run-in heading's 。 for a
    第X条 line, so that the heading ends where it does in the clean text); about one mark in six stays real."""
    if CLEAN:
        return text
    if marker_len is None:
        marker_len = text.index("。") + 1
    head, body = text[:marker_len], text[marker_len:]
    return head + "".join(PUA[c] if c in PUA and rng.random() > 0.17 else c for c in body)


HEAD = [
    "# document-site preview of a village river-patrol rule (村级河长巡河工作制度); GB18030; PDF text layer hard-wrapped",
    "# at 32; NO TITLE in the body (the first page's title is an image): gold title = the page-title line before",
    "# '_蒲苇资料馆' (fixes/); URL, holding-number row, toolbar; date line and opening paragraph as preamble; 第X条 run-in",
    "# with （一） items; near-miss: patrol check-in, photos uploaded in a phone app, paper records scanned and uploaded,",
    "# '巡河记录表样式见第3页' (page 3 is not in the preview); DAMAGE: private-use code points (own map U+E346 ， U+E34B 。",
    "# U+E352 、 U+E35D ； U+E361 ： U+E36F （ U+E370 ）) in 第三条–第六条 after the markers, about one mark in six",
    "# real (fixes/ pua; each 第X条 run-in heading's 。 left real); page marker ⦗ p / 5 ⦘ between two of 第三条's items; TRUNCATED mid-sentence on page 2 of 5 + preview-end",
    "# row, price row, TAB-separated related table, footer",
]

TOP = [
    ("c", "漕溪县杉坞村村级河长巡河工作制度_蒲苇资料馆"),
    ("c", "https://www.puweiziliao.cn/doc/5520718.html"),
    ("c", "馆藏号 PW-5520718　|　贡献者：杉坞小吴　|　5页　|　PDF　|　约3100字"),
    ("c", "⊞ 全屏　⤓ 下载（3积分）　☆ 收藏　⚐ 举报"),
    ("c", ""),
]

BODY = [
    ("p0", "2024年3月12日村两委会议讨论通过"),
    ("p0", "为全面落实河长制，加强本村河道、山塘的日常管护，根据《漕溪县河长制工作规定》和镇河长办的有关要求，结合本村实际，经村两委会议讨论，制定本制度。本制度所称村级河长，是指由村党组织书记或村委会主任担任的本村河道管护第一责任人。"),
    ("s1", "第一条　巡河范围。本村村级河长负责巡查杉坞溪流经本村的3.2公里河段，以及村内4座山塘和2条灌溉渠道。"),
    ("s1", "第二条　巡河频次。"),
    ("s2", "（一）村级河长每周巡河不少于1次，汛期（4月15日至10月15日）每周不少于2次；"),
    ("s2", "（二）遇暴雨、台风等极端天气，应在雨前、雨中、雨后各巡查1次；"),
    ("s2", "（三）河道保洁员每日巡查，发现问题当日报告村级河长；"),
    ("s2", "（四）镇河长办不定期开展暗访抽查，抽查结果在全镇通报。"),
    ("s1", damage("第三条　巡河内容。村级河长巡河时重点查看以下内容：")),
    ("s2", damage("（一）河面有无漂浮物、垃圾和病死畜禽；", 3)),
    ("s2", damage("（二）河岸有无乱堆乱放、乱搭乱建，有无新增排污口；", 3)),
    ("s2", damage("（三）有无非法采砂、电鱼、毒鱼等行为；", 3)),
    ("s2", damage("（四）山塘堤坝有无渗漏、裂缝，溢洪道是否畅通。", 3)),
    ("s1", damage("第四条　巡河记录。村级河长巡河时须打开“漕溪河长通”手机应用签到，沿途发现的问题拍照上传，巡河轨迹由系统自动记录。"
                  "不会使用手机应用的，可填写纸质巡河记录表，每月底交村委会统一扫描上传。巡河记录表样式见第3页。")),
    ("s1", damage("第五条　问题处置。对巡河中发现的问题，能现场处理的立即处理；不能现场处理的，应在24小时内报告镇河长办，"
                  "并跟踪督促整改到位。涉及违法行为的，及时报告镇综合行政执法队。")),
    ("s1", damage("第六条　保洁管护。村委会聘请河道保洁员2名，负责河道和山塘水面的日常保洁，保洁经费由村集体经济列支，"
                  "镇里按每公里每年3000元给予补助。保洁员每季度考核一次，考核内容包括保洁质量、巡查记录和群众评价三个方面，考核结果与报酬挂钩，连续两次考核不合格的予以解聘，"
                  "由村委会另行")),
]

TAIL = [
    ("c", ""),
    ("c", "┅┅┅ 前 2 页已看完，其余 3 页下载后可见 ┅┅┅"),
    ("c", "支付 3 积分即可下载全文　　[ 立即下载 ]　[ 开通馆员卡 ]"),
    ("c", "同类资料"),
    ("c", "序号\t资料名称\t页数\t热度"),
    ("c", "01\t村级河长制工作职责及巡河记录表汇编\t6\t★★★★"),
    ("c", "02\t村级山塘水库日常巡查规程\t4\t★★★"),
    ("c", "03\t河道保洁员日常考核办法\t3\t★★★"),
    ("c", "蒲苇资料馆 puweiziliao.cn ｜ 资料权利属于原作者 ｜ 侵权投诉：0551-6XXXXXXX ｜ 皖ICP备2024XXXXXX号"),
]


def main():
    items = [(t if t != "p0" else "p", x) for t, x in BODY]
    body, pages = build(items, width=32, lpp=17, page_end=lambda p: [f"⦗ {p} / 5 ⦘"], seed=6)
    assert pages == 2, pages
    lines = HEAD + ["c|" + x for _, x in TOP] + body + ["c|" + x for _, x in TAIL]
    out = os.environ.get("OUT", "/tmp/j06_clean.txt") if CLEAN else str(Path(__file__).parent / "j06_puwei_xunhe-zhidu.txt")
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out, len(lines), "lines,", pages, "pages")


if __name__ == "__main__":
    main()
