from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jingwen.rules import periodic
from jingwen.rules.damage import _CJK_BLANK, _PUA_ANY, _REPEAT3, _TOKEN3, PUA, punct_map, repair
from jingwen.rules.periodic import periodic_lines
from jingwen.text.lines import lines_matching


def fixed(text: str) -> tuple[str, list[str]]:
    out, reps = repair([text])
    return out[0], sorted({r.rule for r in reps})


def test_fake_bold_overprint_is_collapsed() -> None:
    text, rules = fixed("1 1 1 1 V4L2V4L2V4L2V4L2 简介简介 video4linux2 是内核驱动 1.11.11.11.1 ioctlioctlioctlioctl 命令")
    assert text == "1 V4L2 简介 video4linux2 是内核驱动 1.1 ioctl 命令"
    assert rules == ["damage.overprint"]


def test_chunk_counters_inserted_mid_word_are_removed() -> None:
    filler = "视频设备的内核驱动为用户空间提供字符设备接口，" * 12
    text, rules = fixed("1、V4L2 简介 " + filler + "#define 2、VIDIO_G_FMT " + filler + "获得格3、式")
    assert "1、" not in text and "2、" not in text and "3、" not in text
    assert "#define VIDIO_G_FMT" in text and "获得格式" in text
    assert rules == ["damage.chunk_counter"]


def test_a_counter_run_found_mid_text_without_its_first_counter() -> None:
    # a preview that starts after the chrome, its "1、" lost: three counters counting up mid-word
    body = ["当前我县中稻已陆续进入分蘖期，各地要结合实际做好防控工作，" * 4 + "力争危害损失率控制 2、在5%以内。",
            "选用抗病品种，合理密植，科学管水，控氮增钾，增强植株抗病能力。" * 7 + "延缓抗药 3、性产生。",
            "保护利用天敌，减少化学农药使用，推广生物农药和理化诱控技术。" * 7 + "发挥自然控 4、害作用。"]
    out, reps = repair(body)
    assert "控制在5%以内" in out[0] and "抗药性产生" in out[1] and "控害作用" in out[2]
    assert {r.rule for r in reps} == {"damage.chunk_counter"}


def test_counters_a_short_chunk_apart_are_found_too() -> None:
    # A site whose chunks are a hundred-odd characters: three counters mid-sentence, "1、" before 的.
    body = ["毕业实习是物流管理专业人才培养方案中的重要实践环节。通过实习，我希望把课堂上学到的仓储管理、运输组织和",
            "供应链管理等理论知识运用到企业实际工作中，了解现代物流企业 1、的业务流程和管理模式，提高发现问题、分析",
            "问题和解决问题的能力，为毕业后走上工作岗位打下基础。远帆供应链管理有限公司成立于2012年，是一家集仓储、",
            "配送、干线运输和供应链金融服务于一体的第三方物流企业。我实习的岗位是武昌配送中心的仓储 2、管理助理。",
            "货物到达后，我跟随收货组长核对送货单与采购订单，检查外包装、数量和批号，对破损和短少的货物拍照记录",
            "并当场签注。验收合格的货物由系统根据库位规则生成上架任务，叉车司机扫描托盘标签后将货物 3、送至库位。"]
    out, reps = repair(body)
    assert "物流企业的业务流程" in out[1] and "仓储管理助理" in out[3] and "将货物送至库位" in out[5]
    assert {r.rule for r in reps} == {"damage.chunk_counter"}
    # An author's enumeration run on inside a sentence keeps its numbers: its items are shorter.
    item = "要加强组织领导，明确责任分工，把各项任务落实到具体科室和具体人员"
    inline = ["今年重点抓好三项工作，1、安全生产" + item + "，2、质量管理" + item + "，3、成本控制" + item + "。"]
    assert repair(inline)[0] == inline


def test_counters_ninety_characters_apart_one_set_off_at_a_lines_start() -> None:
    # A site that numbers chunks of ninety-odd characters; one counter landed at a wrapped line's start
    # behind a blank, the line above unfinished.
    body = ["第二条　出资方式及数额。合伙人 1、共出资人民币40万元，其中甲方出资24万元，占60%；乙方出资16万元，",
            "占40%。出资于本协议签订之日起10日内存入合伙账户，用于店铺租金、装修、设备采购和首批原料。第三条　利润",
            "分配。每月核算上月经营情况，剩余利润按出资比例分配。第四条　合伙事务执行。甲方负 2、责店铺日常经营，",
            "乙方负责财务核算和外卖平台运营，每月领取工资4500元。单笔超过2万元的支出须经双方书面同意，账目每月公开一次，票据由双方共同保管。合伙人不得将其财",
            " 3、产份额转让或出质给第三人。第五条　入伙与退伙。新合伙人入伙须经全体合伙人一致同意，合伙人退伙应提前三个",
            "月书面通知对方，退伙时按上一月末的账面净资产结算。第六条　其他。本协议一式两份，双方各执一份。甲方（签 4、字）："]
    out, reps = repair(body)
    assert "合伙人共出资" in out[0] and "甲方负责" in out[2] and out[4].strip().startswith("产份额") and "（签字）" in out[5]
    assert {r.rule for r in reps} == {"damage.chunk_counter"}


def test_a_counter_at_a_lines_start_under_an_unfinished_line_goes_on_the_run_but_starts_none() -> None:
    # The run's counters stand mid-sentence; its fifth fell at a wrapped line's start, no blank before it.
    clause = "甲方委托乙方保管货物，乙方应按约定的温度和湿度条件妥善保管，"
    body = [clause * 3 + "就甲方委托乙 2、方保管货物事宜", clause * 3 + "库内温度应保持在25℃以下，相 3、对湿度不高于70%",
            clause * 3 + "甲方应提前30日书面 4、通知乙方", clause * 3 + "乙方每月5日前向 5、甲方提供对账单，" + clause * 3 + "按应付金",
            "6、额的万分之五支付违约金。" + clause * 3, "本合同一式两份，双方可另行签订补充 7、协议。"]
    out, reps = repair(body)
    assert {r.rule for r in reps} == {"damage.chunk_counter"}
    assert out[4].startswith("额的万分之五") and "补充协议" in out[5] and "相对湿度" in out[1]
    # an author's list item under an unfinished line, with no run of counters around it, stays
    items = ["第六条　违约责任。甲方逾期支付费用的，按应付", "2、金额的万分之五支付违约金。"]
    assert repair(items)[0] == items


def test_an_authors_numbering_is_not_a_counter_run() -> None:
    long_item = "".join(f"第{n}项工作要加强组织领导，明确责任分工" for n in range(12))
    lines = ["1、" + long_item + "。", "2、" + long_item + "。", "3、" + long_item + "。"]
    assert repair(lines)[0] == lines
    inline = ["主要做法：1、" + long_item + "；2、" + long_item + "；3、" + long_item + "。"]
    assert repair(inline)[0] == inline


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("1111 总论总论总论总论", "1 总论"),  # the number overprinted with its heading
        ("2222 项目建设的必要性项目建设的必要性项目建设的必要性", "2 项目建设的必要性"),
        ("第一章　编编制制说说明明", "第一章　编制说明"),  # bold printed twice, character by character
        ("公公司司簡簡介介", "公司簡介"),
        ("一、筚路蓝缕（1956—1965）筚路蓝缕（1956—1965）", "一、筚路蓝缕（1956—1965）"),  # a heading's text twice
        ("项目实施方案 项目实施方案", "项目实施方案"),
        ("第一条第一条　保密信息的范围保密信息的范围", "第一条　保密信息的范围"),  # its number twice too
        ("（二）（二）乙方的保密义务乙方的保密义务", "（二）乙方的保密义务"),
    ],
)
def test_headings_printed_twice_are_printed_once(damaged: str, clean: str) -> None:
    assert fixed(damaged) == (clean, ["damage.overprint"])


@pytest.mark.parametrize(
    "clean",
    [
        "大家高高兴兴、干干净净地过年。",  # two doubled characters: Chinese
        "签订日期：2024年2月20日　　　签订日期：2024年2月20日",  # two parties' fields, a gap apart
        "十八、本办法自2023年9月1日起施行。本办法自2023年9月1日起施行。",  # a sentence, not a heading
        "谢谢谢谢谢谢",
        "编号1111的水泵已于2222年前报废。",  # a run of one digit is a number where nothing is overprinted
        "1.1.项目概况",  # a section's number, not 1. twice
        "第一条第一条规定的期限内，应当完成申报。",  # a number twice in a sentence: the author's
    ],
)
def test_doubling_that_is_the_authors_stays(clean: str) -> None:
    assert fixed(clean) == (clean, [])


def test_doc88_private_use_punctuation_is_restored() -> None:
    assert fixed("摘要\ue004介绍了原理\ue003给出了程序\ue005") == ("摘要：介绍了原理，给出了程序。", ["damage.private_use_punct"])


def test_blanks_pdf_put_inside_words_are_removed_where_a_word_spans_them() -> None:
    text, rules = fixed("用 户名和密码 与前端 硬盘录像 机统一 (出厂默 认用户 名: admin )")
    assert text == "用户名和密码 与前端 硬盘录像机统一 (出厂默认用户名: admin )"
    assert rules == ["damage.pdf_space"]


@pytest.mark.parametrize(
    "clean",
    [
        "我们要认真研究研究这个问题，讨论讨论再决定。",
        "哈哈哈哈哈哈，太好了……………………",
        "服务器地址为10.10.10.190，端口8080，编号1111111。",
        "合计　1 1 1 1　元",
        "海康威视全数字可视对讲系统 设 计 方 案",
        "第一条、第二条和第三条分别规定了1、2、3项内容。",
        "姓名：张三　　性别：男",
    ],
)
def test_repairs_leave_clean_text_alone(clean: str) -> None:
    assert fixed(clean) == (clean, [])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab甲乙1. \u3000", max_size=80), min_size=1, max_size=6))
def test_periodic_prefilter_never_skips_a_line_the_overprint_regex_matches(lines: list[str]) -> None:
    want = {i for i, s in enumerate(lines) if _REPEAT3.search(s)}
    assert want <= periodic_lines(lines)


def test_periodic_prefilter_finds_repeats_across_its_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(periodic, "_WINDOW", 16)
    lines = ["正文" * 3 + "x", "甲" * 30 + "V4L2V4L2V4L2" + "乙" * 30, "普通的一行文字"]
    assert periodic_lines(lines) >= {1}
    assert 2 not in periodic_lines(lines)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab甲乙1 \u3000\t\ue003", max_size=40), min_size=1, max_size=6))
def test_one_scan_finds_the_lines_a_search_per_line_finds(lines: list[str]) -> None:
    for pattern in (_PUA_ANY, _TOKEN3, _CJK_BLANK):
        assert lines_matching(pattern, "\n".join(lines)) == {i for i, s in enumerate(lines) if pattern.search(s)}


def test_zero_width_characters_go_a_blank_keeping_two_buttons_apart_and_an_emoji_joiner_stays() -> None:
    out, rules = fixed("\u200b分享")
    assert out == "分享" and rules == ["damage.zero_width"]
    assert fixed("关注问题\u200b写回答")[0] == "关注问题 写回答"
    assert fixed("本办法自2024年6月1日起施行。\ufeff")[0] == "本办法自2024年6月1日起施行。"
    family = "👨\u200d👩\u200d👧"
    assert fixed(family) == (family, [])


def test_markdown_marks_before_a_numbered_heading_go_a_lists_bullet_stays() -> None:
    assert fixed("## 一、入职当天") == ("一、入职当天", ["format.markdown_heading"])
    assert fixed("### （一）报到流程") == ("（一）报到流程", ["format.markdown_heading"])
    assert fixed("- 1、上午9:30前到人力资源部报到；") == ("- 1、上午9:30前到人力资源部报到；", [])
    assert fixed("# 2024年工作总结") == ("# 2024年工作总结", [])  # a year, no marker: the title stage's


PLAIN_TEXT = """原告：郑某某，女，1986年3月12日出生，汉族，住云杉市临湖区滨湖路88号。
被告：韩某某，男，1983年9月5日出生，汉族，住云杉市西塘区枫林苑12幢。
案由：民间借贷纠纷
诉讼请求：
1．判令被告归还借款本金260000元（暂计至2024年4月30日）；
2．判令被告承担本案的诉讼费、保全费等全部费用。
事实与理由：
原告与被告系多年朋友关系。2022年12月20日，被告以资金周转困难为由向原告借款，
双方约定借款期限六个月。借款到期后，原告多次通过电话、微信催讨，被告至今分文未还。"""


def test_a_fonts_own_code_points_for_punctuation_are_read_from_where_they_stand() -> None:
    font = {"，": "\ue0c1", "：": "\ue0c2", "、": "\ue0c3", "（": "\ue0c4", "）": "\ue0c5", "。": "\ue0c6"}
    scrambled = PLAIN_TEXT.translate(str.maketrans(font))
    assert punct_map(scrambled) == {v: k for k, v in font.items()}
    out, repairs = repair(scrambled.split("\n"))
    assert "\n".join(out) == PLAIN_TEXT
    assert {r.rule for r in repairs} == {"damage.private_use_punct"}
    # doc88's own code points keep their known meaning
    doc88 = PLAIN_TEXT.translate(str.maketrans({v: k for k, v in PUA.items()}))
    assert punct_map(doc88) == PUA and "\n".join(repair(doc88.split("\n"))[0]) == PLAIN_TEXT


def test_an_icon_fonts_code_points_opening_lines_are_left_as_they_are() -> None:
    lines = [f"\uf06c 要点{k}：按时完成各项工作任务" for k in "一二三四五六七八"]
    assert punct_map("\n".join(lines)) == {}
    assert repair(lines)[0] == lines


def test_a_heading_in_bold_printed_twice_with_its_marker_is_read_once() -> None:
    assert fixed("一一、、存存在在的的突突出出问问题题") == ("一、存在的突出问题", ["damage.overprint"])
    assert fixed("高高兴兴地去上学，，") == ("高高兴兴地去上学，，", [])


def test_a_fonts_brackets_are_read_as_a_pair_when_a_wrap_falls_between_them() -> None:
    font = {"，": "\ue5a1", "。": "\ue5a2", "、": "\ue5a3", "（": "\ue5a5", "）": "\ue5a6"}
    text = ("受助学生每学期提交一份学习情况汇报，由学校审核。\n学校每学期向捐赠方通报受助学生的学业情况（不含学生个人隐私信\n"
            "息）。\n捐赠方有权了解资金使用情况，包括受助学生人数、发放金额和受助学生名单。\n"
            "因国家政策调整、不可抗力等原因导致本协议无法履行的，双方协商解决。")
    got, drawn = _read_font(font, text)
    assert got == drawn


def _read_font(font: dict[str, str], text: str) -> tuple[dict[str, str], dict[str, str]]:
    """What punct_map reads from `text` drawn with `font`, and what the font draws (code point → mark)."""
    return punct_map(text.translate(str.maketrans(font))), {v: k for k, v in font.items()}


def test_a_fonts_colon_is_read_after_labels_inside_a_line_too() -> None:
    # Only ，：、 drawn by the font; its colon stands after labels in the middle of lines (…，账号：).
    font = {"，": "\ue7d1", "：": "\ue7d3", "、": "\ue7d4"}
    text = ("当事人甲方：某某健身俱乐部有限公司，住所地：滨江路168号，法定代表人：贺某，职务：执行董事。\n"
            "纠纷主要事实、争议事项：乙方在甲方处购买年卡一张，支付会员费4380元，同时购买私教课程24节。\n"
            "上述款项由甲方一次性转账至乙方指定的银行账户（户名：吴某某，开户行：某某银行，账号：6230）。\n"
            "履行方式、时限：按本协议第二条、第三条执行，双方签字后生效，此后双方不得发布不实言论。\n"
            "本协议一式三份，双方当事人各持一份，调解委员会留存一份，自各方签字之日起生效，具有法律约束力。")
    scrambled = "\n".join(line[:4] + line[4:].translate(str.maketrans(font)) for line in text.split("\n"))
    assert punct_map(scrambled) == {v: k for k, v in font.items()}


def test_a_notice_of_field_lines_holds_more_colons_than_commas_and_its_colon_is_read_after_labels() -> None:
    # The colon is the commonest mark here; it stands after each line's label, the comma inside clauses.
    font = {"，": "\ue0c2", "：": "\ue0c1"}
    text = ("项目编号：QX2025-0412\n项目名称：某医院生化分析仪采购项目\n供应商名称：某某医疗器械有限公司\n"
            "供应商地址：某市高新区科创路57号\n中标金额：268.50万元\n公告期限：自本公告发布之日起1个工作日。\n"
            "本项目于5月27日开标，共有4家供应商递交投标文件，经评审，推荐得分最高的供应商为中标候选人。\n"
            "对中标结果有异议的，可在公告期满之日起7个工作日内，以书面形式提出质疑。\n"
            "采购人：某市第二人民医院\n地址：人民东路211号\n联系人：丁老师\n联系电话：0571-68032215")
    got, drawn = _read_font(font, text)
    assert got == drawn


def test_a_fonts_colon_is_read_in_a_row_of_fields_set_apart_by_wide_gaps() -> None:
    # One row of fields at the top (人数：…　　年龄：…　　时长：…): two of its three colons stand after a
    # label that follows a wide gap, not a comma; the mark is still the colon, not 、.
    font = {"，": "\ue010", "：": "\ue012"}
    text = ("星港集市　桌游规则\n适合人数：2-4人　　适合年龄：8岁以上　　游戏时长：约30分钟\n"
            "在游戏中，玩家扮演集市摊主，通过进货、摆摊和接单来赚取金币，游戏结束时金币最多的玩家获胜。\n"
            "第一次玩时，建议先跳过事件卡，只按照订单卡的要求交付货物，熟悉流程之后再加入。\n"
            "每位玩家选择一种颜色，拿取对应的摊位板，并把金币标记放在计分轨的起点。\n"
            "洗混订单卡，给每位玩家发三张，其余放在版图旁边，翻开四张作为公共订单。")
    got, drawn = _read_font(font, text)
    assert got == drawn


def test_a_line_of_hidden_anti_copy_noise_is_removed_and_a_heading_without_function_words_stays() -> None:
    noise = "蒍螄袇芀羈蚈膁莃蒇薅螭蚷袃膈芶莁" * 5
    heading = "梓潼县农产品冷链物流中心建设项目可行性研究报告"
    out, reps = repair(["科学态度与责任：体会物理学研究中严谨求实的科学态度。", noise, heading, "四、教学重点与难点"])
    assert out[1] == "" and out[2] == heading
    assert {r.rule for r in reps} == {"damage.noise"}
    # In a document it is recorded once, as a removed line (a repair to nothing would undo nothing).
    from jingwen import process_text

    doc = process_text("\n".join(["牛顿第二定律教案", "教学目标：理解牛顿第二定律的内容，会用它解决简单的动力学问题。" * 3, noise,
                                  "教学重点：牛顿第二定律的内容、表达式及其简单应用，以及用控制变量法探究加速度与力的关系。"]))
    assert [(r.line, r.rule) for r in doc.removed] == [(3, "damage.noise")] and not doc.repairs


def test_the_shipped_common_characters_are_what_their_script_writes(tmp_path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    out = tmp_path / "common_chars.txt"
    subprocess.run([sys.executable, str(root / "tools" / "common_chars.py"), "--out", str(out)], check=True,
                   capture_output=True)
    assert out.read_text(encoding="utf-8") == (root / "src" / "jingwen" / "data" / "common_chars.txt").read_text(
        encoding="utf-8")


def test_markdown_marks_before_a_bare_numbered_heading_go() -> None:
    assert fixed("## 1 目的") == ("1 目的", ["format.markdown_heading"])
    assert fixed("### 4.2 存储管理") == ("4.2 存储管理", ["format.markdown_heading"])
    assert fixed("# 2024年工作总结") == ("# 2024年工作总结", [])


def test_brackets_holding_a_list_are_read_as_brackets_though_a_comma_stands_between_them() -> None:
    # （7:00—9:00、17:00—19:00）: the open and close marks take turns with a 、 between them.
    font = {"，": "\ue0a1", "：": "\ue0a4", "、": "\ue0a3", "（": "\ue0a5", "）": "\ue0a6"}
    text = ("调整内容：高峰时段（7:00—9:00、17:00—19:00）发车间隔由15分钟缩短至10分钟，线路走向不变。\n"
            "首末班时间：6:00—21:30（江北新城客运站首班6:30），票价不变。\n"
            "新增站点：环城南路、南湖公园、江北中学，其余站点不变。\n"
            "取消站点：东门老街、文化宫，改经环城南路运行，其余走向不变。\n"
            "票价：实行一票制，刷卡、扫码乘车享受优惠，老年卡、学生卡照常使用。")
    assert punct_map(text.translate(str.maketrans(font))) == {v: k for k, v in font.items()}


def test_a_run_of_chunk_counters_takes_its_earlier_counter_set_closer_than_the_runs_spacing() -> None:
    text = ("本期书目是迟子建的长篇小说《额尔古纳河右岸》。图书馆提前一个月采购了复本十二册，报名读者均已借 2、阅，大部分读者用三到四周读完全书。"
            "分享环节大家轮流发言，退休教师王秀兰说最打动她的是 3、小说的叙述方式，以一位老人的口吻讲述一个民族的百年变迁，语言平静却很有力量。"
            "年轻读者小林则关注书中人与自然的关系，她认为小说写出了驯鹿、森林和河流在鄂温克人生活中的分量，也写出了现代生活带来的冲击和失落。讨 4、论中大家都同意，"
            "小说并没有给出简单的答案，这正是它耐读的地方。下一期将共读一部散文集，欢迎更多居民加入我们的读书会，一起在书页之间相遇，分享阅读带来的快乐与思考，"
            "也欢迎大家推荐书目，把好书带给更多的邻居朋友。图书馆会在每期活动前两周公布书目并准备复本，方便读者提前借阅，让更多居民加入槐下共 5、读。")
    out, repairs = repair([text])
    assert "2、" not in out[0] and "借阅" in out[0] and "共读" in out[0] and len(repairs) == 4
