#!/usr/bin/env python3
"""Write the tagged source j12_juanshu_shipin-guifan.txt: an online PDF viewer showing the OCR text layer of a scanned
restaurant company's food-safety operating rules; page 1 (the cover, with the title) is an image with no text; pages
2–4 carry the OCR running header and the viewer's page separator; prose ragged-wrapped 30–40, headings and table rows
kept whole; OCR damage (stray spaces, mixed full/half-width digits) is part of the text and stays in gold."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from handlib import build

HEAD = [
    "# online PDF viewer, OCR text layer of a scanned restaurant company's 餐饮服务食品安全操作规范; UTF-16 LE with CRLF;",
    "# viewer bar, file row (a scan file name, no title), toolbar; NO TITLE (gold null): page 1, the cover, is an image",
    "# ('此页仅有图像层，无可复制文字'); viewer page separator ⧘ 第 p 页 ⧙ + OCR RUNNING HEADER (company + standard number) at every",
    "# page break, one splitting a paragraph; ragged wrap 30–40 for prose, headings and table rows whole; opening",
    "# paragraph as preamble; 一、 whole-line parts with （一） run-in items; 表1 title and three table rows are paragraphs of",
    "# 三、（一）; OCR damage kept as it stands (stray spaces inside words, full-width digits mixed in, '~' for '～');",
    "# near-miss: scanning the supplier's trace code on delivery, '见第3页表1' (it is on page 3), the sample-record sheet",
    "# printed and posted, the rules' own no-copying clause (版权-like), the company department and date lines after the",
    "# last item (they belong to 六、（二）); last-page row and viewer footer",
]

TOP = [
    "卷舒阅览 · 在线PDF阅读器　　　　　　　　　　［登录］［帮助］",
    "文件：scan_20250311_0937.pdf　　共 4 页　　文字层：OCR 自动识别，可能存在错误",
    "⊕ 放大　⊖ 缩小　⤢ 适合页宽　⟲ 旋转　⎙ 打印　⤓ 下载　｜　页码 [ 1 ] / 4",
    "",
    "⧘ 第 1 页 ⧙",
    "（此页仅有图像层，无可复制文字）",
    "⧘ 第 2 页 ⧙",
    "枳城味本家餐饮管理有限公司　　　　Q/WBJ 003-2025",
]

BODY = [
    ("p", "为规范公司各门店和中央厨房的食品加工操作，防止食品污染，保障消费者饮食安全，依据《中华人民共和国食品安全法》"
          "及相关规定，结合公司实际，制定本规范。"),
    ("s1!", "一、适用范围"),
    ("p", "本规范适用于公司所属各直营门店、中央厨房及外卖档口的食品采购、贮存、加工制作、清洗消毒等环节。加盟门店参照执行。"),
    ("s1!", "二、原料采购与验收"),
    ("s2", "（一）采购。原料由公司采购部统一向定点供应商采购，门店不得自行向流动摊贩采购肉类、水产品和冷冻食品。"),
    ("s2", "（二）验收。验收人员应核对送货单，查看原料的感官性状、生产日期和保质期。验收时用手机扫描供应商随货提供的追 溯码，"
           "核对品名、批次和检验报告，不合格的当场拒收并做好记录。"),
    ("s1!", "三、贮存"),
    ("s2", "（一）原料、半成品、成品分区存放，生熟分开，食品与非食品分开。各类食品的贮存温度要求见第3页表1。"),
    ("whole", "表1　食品贮存温度要求"),
    ("whole", "冷藏　0~8℃　　熟食、乳制品、蔬菜、半成品"),
    ("whole", "冷冻　-18℃以下　　肉类、水产品、速冻食品"),
    ("whole", "常温　阴凉干燥处　　米、面、油、调味品"),
    ("s2", "（二）食品应离地离墙１0 厘米以上存放，遵循先进先出的原则，定期检查，及时清理变质或超过保质期的食 品。"),
    ("s1!", "四、加工制作"),
    ("s2", "（一）粗加工。动物性食品、植物性食品和水产品分池清洗，水池标识清楚，不得混用。"),
    ("s2", "（二）烹饪。需要熟制的食品应烧熟煮透，中心温度不低于70℃。隔餐、隔夜的熟制品食用前须充分加热。"),
    ("s2", "（三）留样。每餐次的食品成品应留样，每个品种不少于１25克，在冷 藏条件下存放48小时以上。留样记录表打印后"
           "张贴在留样柜旁，由专人填写。"),
    ("s1!", "五、清洗消毒"),
    ("p", "餐饮具使用后应及时洗净，定位存放，保持清洁。消毒后的餐饮具应贮存在专用保洁柜内备用。采用化学消毒的，消毒液浓度"
          "应符合要求，浸泡时间不少于5分钟，消毒后用清水冲去残留的消毒液。"),
    ("s1!", "六、附则"),
    ("s2", "（一）本规范为公司内部管理文件，未经公司书面同意，不得复印或向外部单位提供。"),
    ("s2", "（二）本规范由公司食品安全管理部负责解释，自2025年3月1日起实施。"),
    ("whole", "枳城味本家餐饮管理有限公司食品安全管理部"),
    ("whole", "2025年2月20日"),
]

TAIL = [
    "",
    "—— 已显示全部 4 页 ——",
    "卷舒阅览 juanshu.cn　文档在您的设备上本地渲染，不经过我们的服务器　｜　意见反馈",
]


def main():
    def start(p):  # build's page p is the viewer's page p + 1 (page 1 is the image-only cover)
        return [f"⧘ 第 {p + 1} 页 ⧙", "枳城味本家餐饮管理有限公司　　　　Q/WBJ 003-2025"]

    body, pages = build(BODY, ragged=(30, 40), lpp=14, page_start=start, seed=12)
    assert pages == 3, pages
    lines = HEAD + ["c|" + x for x in TOP] + body + ["c|" + x for x in TAIL]
    out = Path(__file__).parent / "j12_juanshu_shipin-guifan.txt"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out, len(lines), "lines,", pages, "pages")


if __name__ == "__main__":
    main()
