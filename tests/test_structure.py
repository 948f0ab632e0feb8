from __future__ import annotations

from pathlib import Path

import pytest

from jingwen import Options, process_bytes, process_text
from jingwen.structure.meta import doc_type, find_dates
from jingwen.structure.tree import split_heading
from jingwen.text.doctypes import strip_site
from jingwen.text.markers import read_marker


@pytest.mark.parametrize(
    ("text", "family", "number", "written"),
    [
        ("一、工作背景", "cn", 1, "一、"),
        ("十二、其他", "cn", 12, "十二、"),
        ("（三）主要任务", "cn_paren", 3, "（三）"),
        ("(三)主要任务", "cn_paren", 3, "(三)"),
        ("（三)主要任务", "cn_paren", 3, "（三)"),
        ("2.城市环境整治", "arabic", 2, "2."),
        ("2、城市环境整治", "arabic", 2, "2、"),
        ("2．城市环境整治", "arabic", 2, "2．"),
        ("（4）加强领导", "arabic_paren", 4, "（4）"),
        ("③落实责任", "circled", 3, "③"),
        ("1.2 研究方法", "dotted2", 2, "1.2"),
        ("第二十一条 本办法自发布之日起施行。", "article", 21, "第二十一条"),
        ("第三章 监督管理", "chapter", 3, "第三章"),
        ("第二节 一般规定", "section", 2, "第二节"),
        ("第一部分 总体要求", "part", 1, "第一部分"),
        ("附件2：名单", "appendix", 2, "附件2"),
        ("9．分解因式：x²-9=____．", "arabic", 9, "9．"),
        ("2.项目概况与招标范围", "arabic", 2, "2."),
        ("1)利用校园广播宣传", "arabic_paren", 1, "1)"),
        # A character that can be a unit opens the heading when a blank stands before it.
        ("2.1　个人信息保护", "dotted2", 1, "2.1"),
        ("4.1 项目概况", "dotted2", 1, "4.1"),
        ("3.1.2　家校合作，营造氛围", "dotted3", 2, "3.1.2"),
        ("3.1.2家校合作", "dotted3", 2, "3.1.2"),  # two dots: no decimal
    ],
)
def test_markers_of_every_family(text: str, family: str, number: int, written: str) -> None:
    m = read_marker(text)
    assert m is not None and (m.family, m.number, m.text) == (family, number, written)


@pytest.mark.parametrize("text", ["1.5亿元用于改造", "2.3%的增长", "2024.3.1召开", "3、4月份完成", "10:30开会",
                                  "一是加强领导", "第三条规定的情形", "2024年启动", "12月底前", "3.2节中结合编码",
                                  "(1)式中：C1为", "附件：1.名单", "0.6~0.9之间", "4)，B(-4，1)",
                                  "1.5 亿元用于改造", "3.5家企业", "2.3 %", "2.5kg/袋，保质期12个月", "1.9m合格"])
def test_numbers_that_are_not_markers(text: str) -> None:
    assert read_marker(text) is None


def test_heading_line_item_and_run_in_heading() -> None:
    assert split_heading("政策法规制定") == ("政策法规制定", "")
    assert split_heading("建设高水平的城市环境,提升居民生活质量;") == ("建设高水平的城市环境,提升居民生活质量;", "")
    assert split_heading("加大整治力度。在市政府的指导下,各区加强督查。") == ("加大整治力度。", "在市政府的指导下,各区加强督查。")


DOC = """关于做好2024年防汛工作的通知
各区人民政府:
为切实做好防汛工作,现将有关事项通知如下。
一、提高思想认识
各地要充分认识防汛工作的重要性。
二、落实工作责任
（一）压实属地责任
1.建立健全责任体系。各级要明确责任人。
2.加强督查检查。
（二）加强监测预警
四、强化保障
某某市人民政府
2024年5月6日"""


def test_tree_title_preamble_levels_and_numbering_warnings() -> None:
    doc = process_text(DOC)
    assert doc.title == "关于做好2024年防汛工作的通知" and doc.doc_type == "通知"
    assert doc.preamble == ["各区人民政府:", "为切实做好防汛工作,现将有关事项通知如下。"]
    top = doc.sections
    assert [s.marker for s in top] == ["一、", "二、", "四、"]
    assert [c.marker for c in top[1].children] == ["（一）", "（二）"]
    item = top[1].children[0].children[0]
    assert (item.marker, item.heading, item.paragraphs, item.level) == ("1.", "建立健全责任体系。", ["各级要明确责任人。"], 3)
    assert top[2].paragraphs == ["某某市人民政府", "2024年5月6日"]
    assert "numbering jumps from 二 to 四 at line 11" in doc.warnings
    assert doc.metadata.date == "2024-05-06"
    assert doc.metadata.issuer == "某某市人民政府"


def test_skipped_level_nests_under_the_outer_family() -> None:
    doc = process_text("工作方案\n一、目标\n1.第一项\n2.第二项\n（二）补充\n二、措施")
    one = doc.sections[0]
    assert [c.marker for c in one.children] == ["1.", "2.", "（二）"]
    assert [s.marker for s in doc.sections] == ["一、", "二、"]


def test_doc_type_and_dates() -> None:
    assert doc_type("2024年创建卫生城市工作开展情况工作总结") == "工作总结"
    assert doc_type("某某公司劳动合同") == "合同"
    assert find_dates("二〇二四年三月十五日") == ["2024-03-15"]
    assert find_dates("2024年3月") == ["2024-03"]


def test_truncated_preview_is_flagged_with_a_reason() -> None:
    doc = process_text("工作计划\n一、目标\n将加大对社区卫生宣传力度,通过举办座谈会、宣传活动、定期清洁日等方式,提高市民的")
    assert doc.truncated
    assert any("mid-sentence" in w for w in doc.warnings)
    assert not process_text("工作计划\n一、目标\n全面完成任务。").truncated


def test_regulation_articles_number_through_chapters_and_sections() -> None:
    doc = process_text("第一章　总则\n第一条　为了加强管理，制定本条例。\n第二章　保护区\n第一节　划定\n"
                       "第二条　保护区分为一级和二级。\n第二节　管理\n第三条　禁止下列行为：\n（一）设置排污口；\n（二）堆放垃圾。")
    ch2 = doc.sections[1]
    assert [s.marker for s in doc.sections] == ["第一章", "第二章"]
    assert [s.marker for s in ch2.children] == ["第一节", "第二节"]
    art = ch2.children[1].children[0]
    assert (art.marker, art.level, [c.marker for c in art.children]) == ("第三条", 3, ["（一）", "（二）"])


def test_contract_articles_nest_under_its_chinese_numbered_parts() -> None:
    doc = process_text("劳动合同书\n一、合同期限\n第一条　本合同为固定期限劳动合同。\n二、工作内容\n第二条　乙方同意担任技术岗位。\n"
                       "第三条　乙方的工作地点为本市。")
    assert [(s.marker, [c.marker for c in s.children]) for s in doc.sections] == [
        ("一、", ["第一条"]), ("二、", ["第二条", "第三条"])]


def test_exam_questions_nest_under_their_part_and_options_stay_with_the_question() -> None:
    doc = process_text("期末试卷\n一、选择题（本大题共2小题。每小题3分）\n1．下列计算正确的是（　　）\nA．a+a=a²　　B．a·a=2a\n"
                       "2．点A(3，2)关于x轴的对称点是（　　）\n二、填空题\n3．分解因式：x²-9=______．")
    one, two = doc.sections
    assert one.heading == "选择题（本大题共2小题。每小题3分）"
    assert [(q.marker, q.paragraphs) for q in one.children] == [("1．", ["A．a+a=a²　　B．a·a=2a"]), ("2．", [])]
    assert [q.marker for q in two.children] == ["3．"]


def test_flattened_speech_keeps_title_subtitle_and_salutation_apart() -> None:
    # Line breaks lost: the whole speech is one line, its breaks now single blanks.
    body = ("龙腾新岁启新程　奋楫扬帆正当时 ——校长在2024年春季开学典礼上的讲话 亲爱的老师们、同学们： "
            "大家早上好！春风送暖，万象更新。在这龙年新春的美好时节，我们满怀希望迎来了新学期。 "
            "刚刚过去的一年，是我们学校奋力拼搏、收获满满的一年，地点：学校操场。")
    doc = process_text(body, options=Options(keywords=0))
    # (the speech's subtitle, which ends in its kind, is the title's: see test_generic_rules)
    assert doc.title == "龙腾新岁启新程　奋楫扬帆正当时——校长在2024年春季开学典礼上的讲话"
    assert doc.preamble[:2] == ["亲爱的老师们、同学们：",
                                "大家早上好！春风送暖，万象更新。在这龙年新春的美好时节，我们满怀希望迎来了新学期。"]
    assert doc.preamble[2].endswith("地点：学校操场。")  # a colon inside a sentence cuts nothing


def test_flattened_notice_keeps_its_addressees_apart() -> None:
    body = ("关于开展安全生产大检查的通知 各科室、各车间、各子公司： 为深入贯彻落实上级关于安全生产工作的部署要求，"
            "全面排查整治各类安全隐患，公司决定开展安全生产大检查。现将有关事项通知如下： 一、检查时间 2024年3月1日至3月31日。")
    doc = process_text(body, options=Options(keywords=0))
    assert doc.preamble[0] == "各科室、各车间、各子公司："


def test_a_line_opening_with_the_number_the_line_before_waits_for_is_not_a_section() -> None:
    raw = ("一、教学内容\n　　人教版小学数学一年级上册第七单元《认识钟表》，教材第90～91页例\n1、例2及“做一做”。\n"
           "二、教学目标\n1、结合生活经验，学会看钟表。\n2、体验时间的宝贵。\n")
    doc = process_text(raw, options=Options(keywords=0))
    assert [s.marker for s in doc.sections] == ["一、", "二、"]
    assert doc.sections[0].paragraphs == ["人教版小学数学一年级上册第七单元《认识钟表》，教材第90～91页例1、例2及“做一做”。"]
    assert [c.marker for c in doc.sections[1].children] == ["1、", "2、"]


def test_the_next_item_of_a_list_begun_after_a_colon_is_a_paragraph_not_a_section() -> None:
    raw = ("一、工作要求\n各地要严格执行值班制度。\n　　附件：1．青川市2024年防汛重点部位责任人名单\n"
           "　　　　　2．青川市2024年防汛物资储备情况表\n")
    doc = process_text(raw, options=Options(keywords=0))
    assert [s.marker for s in doc.sections] == ["一、"] and doc.sections[0].children == []
    assert doc.sections[0].paragraphs[-1] == "2．青川市2024年防汛物资储备情况表"


def test_an_equation_number_after_a_wide_gap_opens_no_section() -> None:
    raw = "2.3目标函数\n建立目标函数如下：\nmin Z = C1 + C2 + C3 + C4 + C5　　　　　　　(1)\n式中：C1为车辆固定成本。\n"
    doc = process_text(raw, options=Options(keywords=0))
    assert [s.marker for s in doc.sections] == ["2.3"] and doc.sections[0].children == []
    assert "min Z = C1 + C2 + C3 + C4 + C5　　　　　　　(1)" in doc.sections[0].paragraphs


def test_a_flattened_papers_english_title_and_authors_stand_apart() -> None:
    body = ("张辉,李新华(安徽大学电子科学技术学院,安徽合肥230039)摘要:V4L2是Linux2.6内核的一大特征。"
            "关键词:V4L2;USB摄像头中图分类号:TP316文献标识码:A文章编号:1009-3044(2010)15-3988-03"
            "TheVideoDeviceDriverProgrammingBasedonV4L2ZHANGHui,LIXin-hua(SchoolofElectronicScience,AnhuiUniversity)"
            "Abstract:V4L2isamajorfeatureoftheLinuxkernel.")
    doc = process_text(body, options=Options(keywords=0))
    assert "TheVideoDeviceDriverProgrammingBasedonV4L2" in doc.preamble
    assert any(p.startswith("ZHANGHui,LIXin-hua") for p in doc.preamble)
    assert any(p.endswith("文章编号:1009-3044(2010)15-3988-03") for p in doc.preamble)


def test_a_flattened_toc_that_lists_itself_keeps_that_entry_with_the_others() -> None:
    body = ("海康威视全数字可视对讲系统设 计 方 案 杭州海康威视数字技术股份有限公司 年月日 目录 目录.1 前言.2 "
            "第一章概述.3 项目背景介绍.3 设计原则.3 设计依据.4 第二章系统设计.6 设计思路.6 项目需求.6 系统总体设计架构.7")
    doc = process_text(body, options=Options(keywords=0))
    assert "目录" in doc.preamble
    assert any(p.startswith("目录.1 前言.2") for p in doc.preamble)


def test_truncation_reads_a_cut_enumeration_and_ignores_a_folio_left_at_the_end() -> None:
    from jingwen.structure.meta import ends_mid_sentence

    assert ends_mid_sentence("（二）加强隐患排查，对重点部位实行每日巡查；")  # the next item was cut off
    assert not ends_mid_sentence("[8]王立新.绩效工资分配改革的实践探索[J].教育财会研究,2020,31(4):62-66.·37·")
    assert not ends_mid_sentence("以上各项工作要求，请各单位认真抓好落实。- 12 -")
    assert ends_mid_sentence("各单位要按照要求，认真组织开展自查，并于")


BODY = ("当前我县中稻已陆续进入分蘖期，稻瘟病、纹枯病、稻飞虱等主要病虫害将进入发生盛期，"
        "为科学有效开展防控，现提出以下技术要点，请各地结合实际参照执行。")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # an issuer, its title and the title's edition note: three lines, one title
        ("槐安县人民医院\n病历书写规范\n（2024年修订版）", "槐安县人民医院病历书写规范（2024年修订版）"),
        # a question and its subtitle
        ("为什么秋天的树叶会变色？\n——从叶绿素、类胡萝卜素到花青素",
         "为什么秋天的树叶会变色？——从叶绿素、类胡萝卜素到花青素"),
        # who wrote it and when, in brackets under the title: not part of it
        ("水稻主要病虫害绿色防控技术要点\n（槐安县农业技术推广中心　2024年5月）", "水稻主要病虫害绿色防控技术要点"),
        # a title opened by its year: the issuer above says whose
        ("清屿市第二人民医院\n2024年公开招聘编外工作人员简章", "清屿市第二人民医院2024年公开招聘编外工作人员简章"),
        # a title over three lines, a place's name first
        ("梧冈新区纬三路（经五路—经九路）\n道路及配套工程\n竣工验收报告", "梧冈新区纬三路（经五路—经九路）道路及配套工程竣工验收报告"),
        # a plan and the years it covers; a title wrapped before its kind (…检查材料)
        ("芷江路小学数学教师个人三年专业发展规划\n（2024—2027年）", "芷江路小学数学教师个人三年专业发展规划（2024—2027年）"),
        ("县水利局党组书记、局长2023年度\n专题民主生活会个人对照检查材料", "县水利局党组书记、局长2023年度专题民主生活会个人对照检查材料"),
        # a school over a term's report, a company over its prospectus: the body heads its title
        ("槐安县实验小学\n2023—2024学年第一学期学校安全工作总结", "槐安县实验小学2023—2024学年第一学期学校安全工作总结"),
        ("浙江澄波智能装备股份有限公司\n首次公开发行股票并在主板上市招股说明书\n（申报稿）",
         "浙江澄波智能装备股份有限公司首次公开发行股票并在主板上市招股说明书（申报稿）"),
    ],
)
def test_titles_over_several_lines_join_where_the_lines_below_complete_them(head: str, title: str) -> None:
    doc = process_text(head + "\n" + BODY + "\n" + BODY, options=Options(keywords=0))
    assert doc.title == title


@pytest.mark.parametrize(
    ("page_title", "bare"),
    [
        ("青嶂山景区导游词_山水说", "青嶂山景区导游词"),  # any short name after an underscore
        ("青嶂山景区导游词｜山水说", "青嶂山景区导游词"),  # or after a bar
        ("公司章程.docx - 学海文库", "公司章程"),
        ("关于A｜B的通知", "关于A｜B的通知"),  # a bar inside a title: what follows ends a title
        ("数学｜工作方案", "数学｜工作方案"),
    ],
)
def test_a_page_titles_site_name_is_cut_whatever_the_site_calls_itself(page_title: str, bare: str) -> None:
    assert strip_site(page_title) == bare


def test_a_page_of_one_chapter_takes_the_chapter_for_its_title() -> None:
    para = "　　江城的雾总是从江面上先起来的。天还没亮透，码头上的灯一盏一盏还亮着，像是被雾泡软了。"
    doc = process_text("\n".join(["第七章　雾里的渡船", "", para, "", para.replace("江城", "渡口")]),
                       options=Options(keywords=0))
    assert doc.title == "第七章　雾里的渡船" and doc.sections == [] and len(doc.preamble) == 2
    # a regulation's first chapter under its own title stays a chapter
    doc = process_text("\n".join(["槐安县村规民约", "第一章　总则", "第一条　为加强村民自治，维护社会秩序，制定本村规民约。"]),
                       options=Options(keywords=0))
    assert doc.title == "槐安县村规民约" and doc.sections[0].marker == "第一章"


def test_a_text_ending_on_a_sites_icon_is_not_cut_mid_sentence() -> None:
    from jingwen.structure.meta import ends_mid_sentence

    assert not ends_mid_sentence("扫描二维码关注公众号，岗位表、面试真题实时推送 ▣")
    assert ends_mid_sentence("为科学有效开展防控，减少化学农药使用，保障水稻生产安全和稻米质量")


def test_a_note_signed_after_a_dash_is_not_cut_mid_sentence() -> None:
    from jingwen.structure.meta import ends_mid_sentence

    assert not ends_mid_sentence("【编辑按】语言干净，意象朴素而有温度，结构完整。——本期值班编辑 青禾")
    assert ends_mid_sentence("语言干净，意象朴素而有温度，结构完整——本期值班编辑")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a site's badge or frame above the document's own title is no title
        ("📌 置顶公告\n关于小区二次供水设施改造期间临时停水安排的公告", "关于小区二次供水设施改造期间临时停水安排的公告"),
        ("※ 作者保留一切权利 · 营利性场合使用须另行签约 ※\n对口相声《手机里的家》", "对口相声《手机里的家》"),
        # a byline under a question's title, both long, stays apart from it
        ("实际施工人能否突破合同相对性向发包人主张工程款？——评一起建设工程施工合同纠纷案\n文／周以宁　北辰律师事务所合伙人",
         "实际施工人能否突破合同相对性向发包人主张工程款？——评一起建设工程施工合同纠纷案"),
        # a forum's page title: its board and site after dashes
        ("极光T7 Pro扫拖一体机器人三个月深度体验 - 智能家电板块 - 数码控社区", "极光T7 Pro扫拖一体机器人三个月深度体验"),
    ],
)
def test_site_badges_bylines_and_boards_stay_out_of_the_title(head: str, title: str) -> None:
    doc = process_text(head + "\n\n" + "\n".join([BODY] * 4), options=Options(keywords=0))
    assert doc.title == title


@pytest.mark.parametrize(
    "headline",
    [
        # a post's or a news item's title asks or exclaims inside it; a score in it is no site's rating
        "研究生复试自我介绍怎么写？附中英文范文",
        "2026年度城乡居民医保开始缴费！这些问题一次说清",
        "云溪2025年中考体育方案出炉：总分提至70分，游泳、跳绳可选考",
    ],
)
def test_a_headline_that_asks_or_exclaims_is_the_title(headline: str) -> None:
    doc = process_text(headline + "\n\n" + "\n".join([BODY] * 4), options=Options(keywords=0))
    assert doc.title == headline


def test_a_title_letter_spaced_on_a_cover_over_the_title_set_in_full_is_the_full_one() -> None:
    head = "绵 江 市 涪 溪 区 农 业 农 村 局\n行 政 处 罚 决 定 书\n\n绵江市涪溪区农业农村局\n行政处罚决定书\n\n"
    doc = process_text(head + "\n".join([BODY] * 4), options=Options(keywords=0))
    assert doc.title == "绵江市涪溪区农业农村局行政处罚决定书"


def test_a_title_and_its_long_subtitle_are_one_title() -> None:
    head = "“鲜到宿舍”校园生鲜即时配送平台创业计划书\n——第十四届“挑战杯”大学生创业计划竞赛校级参赛作品\n\n"
    doc = process_text(head + "\n".join([BODY] * 4), options=Options(keywords=0))
    assert doc.title == "“鲜到宿舍”校园生鲜即时配送平台创业计划书——第十四届“挑战杯”大学生创业计划竞赛校级参赛作品"


def test_a_page_title_the_sites_name_was_cut_from_gives_way_to_the_documents_own() -> None:
    # the page names the document otherwise ("…（范本）"); once " - 道客巴巴" is cut it is a page title still
    raw = "家装施工合同（范本） - 道客巴巴\n下载积分：1200\n\n家庭居室装饰装修工程施工合同\n\n" + "\n".join([BODY] * 4)
    doc = process_text(raw, options=Options(keywords=0))
    assert doc.title == "家庭居室装饰装修工程施工合同"
    assert [r.rule for r in doc.removed if r.line == 1 and not r.partial] == ["generic.page_title"]

@pytest.mark.parametrize(("first", "second", "named"), [
    ("基于PLC的小区恒压供水", "控制系统设计", True),  # the page title names the two as one
    ("城南片区雨污分流", "改造工程监理规划", True),
    ("城南片区雨污分流", "监理单位：华鼎监理", False),  # a field row under it: no title of both
])
def test_a_title_wrapped_where_no_word_says_so_joins_where_the_site_names_both_lines_as_one(
        first: str, second: str, named: bool) -> None:
    page = f"{first}{second.split('：')[0]}_毕业论文 - 文库站\n" if named else f"{first}{second}_毕业论文 - 文库站\n"
    raw = page + "上传者：某用户　　下载：12次\n\n本科毕业设计\n" + f"{first}\n{second}\n\n" + "\n".join([BODY] * 4)
    doc = process_text(raw, options=Options(keywords=0))
    if named:
        assert doc.title == first + second
    else:
        assert doc.title != first + second and second in doc.text


def test_a_headline_that_asks_stands_apart_from_its_authors_line_under_it() -> None:
    head = "留学签证资金证明怎么准备？银行流水说明信这样写（附英文模板）\n许嘉禾　留学签证规划师\n"
    doc = process_text(head + "\n".join([BODY] * 4), options=Options(keywords=0))
    assert doc.title == "留学签证资金证明怎么准备？银行流水说明信这样写（附英文模板）"
    # a greeting that goes on after its mark is a sentence wrapped, not a headline
    doc = process_text("大家好！首先感谢分行党委给了我们这次公开竞聘的机会，也感\n谢各位同事多年来的帮助。\n"
                       + "\n".join([BODY] * 4), options=Options(keywords=0))
    assert doc.title is None and "也感谢各位同事" in doc.text


def test_a_long_unwrapped_note_ended_by_its_full_stop_is_not_run_into_the_title_under_it() -> None:
    # (a held-out page, now tuned on: a site's note set unwrapped over a letter wrapped narrow)
    raw = Path(__file__).parent / "data/unseen/holdout19/raw/w10_jianmo_biaoyangxin.txt"
    doc = process_bytes(raw.read_bytes(), options=Options(keywords=0))
    assert doc.title == "表扬信" and not any(p.endswith("。表扬信") for p in doc.preamble)


def test_an_opening_sentence_that_exclaims_is_no_title() -> None:
    # a greeting or an opening sentence: a sentence ended, or too long for a headline
    for first in ("同学们好！今天我们一起来聊一聊怎样写好期末评语。", "春天来了！校园里的桃花开了，操场上的孩子们跑着、笑着，老师们也忙着准备新学期的课程。"):
        doc = process_text(first + "\n\n" + "\n".join([BODY] * 4), options=Options(keywords=0))
        assert doc.title is None


def test_a_sites_generic_headline_over_the_documents_own_title_is_its_page_title() -> None:
    raw = "团队建设活动方案（精选范文，可直接套用）\n研发中心2024年春季团队建设活动方案\n" + "\n".join([BODY] * 3)
    doc = process_text(raw, options=Options(keywords=0))
    assert doc.title == "研发中心2024年春季团队建设活动方案"
    assert [r.rule for r in doc.removed if r.line == 1] == ["generic.page_title"]


def test_a_heading_letter_spaced_right_after_its_marker_is_one_heading() -> None:
    from jingwen.structure import segment
    from jingwen.text.blocks import Block

    assert [b.text for b in segment.segment([Block("一、样 品 信 息", 9, 9, True)], False)] == ["一、样 品 信 息"]
    # a spaced run inside a line of text still stands apart (a cover word)
    assert [b.text for b in segment.segment([Block("本公司 投 标 书 如下", 1, 1, False)], False)] == [
        "本公司", "投 标 书", "如下"]



def test_a_title_over_several_blocks_records_what_its_decorations_lost() -> None:
    from jingwen.structure.finish import _span_decoration
    from jingwen.text.blocks import Block

    span = [Block("【推荐】槐安县人民医院", 4, 4, False), Block("病历书写规范 - 学海文库", 5, 5, False)]
    cut = _span_decoration(span, "槐安县人民医院病历书写规范")
    assert [(r.line, r.text, r.partial) for r in cut] == [(4, "【推荐】", True), (5, "- 学海文库", True)]
    assert _span_decoration(span[:1], "【推荐】槐安县人民医院") == []


def test_a_records_bracketed_fields_make_no_title_of_their_values() -> None:
    fields = ["【时　　效】现行有效", "【效力级别】地方行政执法文书", "【文书类别】行政复议决定（撤销）"]
    doc = process_text("\n".join(["沣洲市人民政府行政复议决定书", *fields,
                                  "申请人林某某，男，1979年3月出生，住沣洲市青岚区。", "被申请人沣洲市市场监督管理局。"]))
    assert doc.title == "沣洲市人民政府行政复议决定书"


def test_a_slides_contents_numbered_with_a_leading_zero_open_no_section() -> None:
    # "01 经营概况" is a slide's ordinal, not a standard's top-level number (though 4.87亿元 reads as N.M).
    doc = process_text("\n".join(["三季度经营分析汇报", "目　录", "01 经营概况", "02 存在问题", "一、经营概况",
                                  "三季度实现销售额4.87亿元，同比增长6.2%，毛利率22.2%。", "二、存在问题",
                                  "大卖场客流下滑，9家店中有6家销售负增长。"]))
    assert [s.marker + s.heading for s in doc.sections] == ["一、经营概况", "二、存在问题"]


def test_bare_numbers_before_the_first_with_subsections_are_the_same_numbering() -> None:
    lines = ["外周静脉留置针护理操作规范", "1　目的规范外周静脉留置针的置入、维护和拔除操作，保障患者输液安全。",
             "2　适用范围", "本规范适用于全院各临床科室。", "3　用物准备", "治疗盘、留置针、无菌透明敷贴。",
             "4　操作流程", "4.1　置管前评估", "核对医嘱，评估患者病情。", "5　拔管", "拔管后按压穿刺点。"]
    doc = process_text("\n".join(lines))
    assert [s.marker for s in doc.sections][-4:] == ["2", "3", "4", "5"]


def test_an_entrys_subject_named_over_its_opening_is_its_title_a_contents_entry_is_not() -> None:
    lines = ["永济桥", "永济桥，位于青岚区永济镇东街，横跨清溪，是一座五孔联拱石桥，始建于清乾隆二十三年。",
             "2009年，永济桥被公布为省级文物保护单位。", "目录", "1 历史沿革", "2 建筑形制",
             "1 历史沿革", "据县志记载，清溪旧有木桥，每逢春汛即被冲毁。", "2 建筑形制", "桥身用当地青石砌筑，五孔拱券均为半圆形。"]
    doc = process_text("\n".join(lines))
    assert doc.title == "永济桥"


def test_names_whole_needs_marks_around_the_name_or_a_page_titles_start() -> None:
    from jingwen.text.lines import names_whole
    assert names_whole("第十二章借灯", "渡口人家_第十二章借灯_雾栖小说网")
    assert names_whole("山居秋暝", "山居秋暝原文、注释、译文及赏析｜王维", opening=True)
    assert not names_whole("山居秋暝", "山居秋暝原文、注释、译文及赏析｜王维")  # not a page title: no start
    assert not names_whole("通知公告", "首页新闻通知公告")  # run into a menu's other words
    assert not names_whole("青山区人民法院", "审理法院：青山区人民法院")  # a field's value
    assert not names_whole("借款合同", "借款合同")  # itself


def test_a_thesis_cover_label_gives_way_to_the_subject_title_under_it() -> None:
    head = ("临川农商学院\n本科毕业论文（设计）\n县域农产品冷链物流配送路径优化研究\n——以汾川县为例\n"
            "学　　院：经济管理学院\n学生姓名：黎思远\n\n")
    doc = process_text(head + "\n".join([BODY] * 4), options=Options(keywords=0))
    assert doc.title == "县域农产品冷链物流配送路径优化研究——以汾川县为例"
    # an issuer over a bare kind that is the whole title (a court's judgment) is one title still
    doc = process_text("江州市临川区人民法院\n民事判决书\n（2024）江0102民初58号\n\n" + "\n".join([BODY] * 4),
                       options=Options(keywords=0))
    assert doc.title == "江州市临川区人民法院民事判决书"


def test_a_tables_numbered_rows_in_a_document_numbered_n_m_are_rows_not_headings() -> None:
    text = ("3.4　人员与机械配置\n本项目拟投入养护工28人，主要机械设备如下：\n序号　设备名称　数量　用途\n"
            "1　绿篱修剪机　6台　绿篱及灌木修剪\n2　高枝油锯　4把　乔木修剪\n3.5　应急保障措施\n" + BODY + "\n")
    doc = process_text(text, options=Options(keywords=0))
    headings = [s.heading for s in doc.sections]
    assert not any("绿篱修剪机" in h or "高枝油锯" in h for h in headings)
    assert "1　绿篱修剪机　6台　绿篱及灌木修剪" in doc.text
    # a thesis's top-level number without a dot beside its N.M subsections is a heading still
    doc = process_text("1　绪论\n1.1　研究背景\n" + BODY + "\n2　相关理论\n2.1　冷链物流\n" + BODY + "\n",
                       options=Options(keywords=0))
    assert [s.heading for s in doc.sections][:2] == ["绪论", "相关理论"]


def test_a_speechs_subtitle_ending_in_its_kind_joins_its_title() -> None:
    head = "青春与责任同行\n——在五四青年节表彰大会上的演讲\n\n"
    doc = process_text(head + "\n".join([BODY] * 4), options=Options(keywords=0))
    assert doc.title == "青春与责任同行——在五四青年节表彰大会上的演讲"


def test_a_listings_headline_over_the_document_gives_way_to_its_own_title() -> None:
    head = ("2025年餐厅燃气泄漏应急预案(通用6篇)_某某文库\n某某文库 › 餐饮美食 › 门店安全管理\n"
            "2025年餐厅燃气泄漏应急预案(通用6篇)\n上传者　2025-03-18上传　共6页　阅读2071\n"
            "蓉味坊餐饮管理有限公司\n燃气泄漏事故专项应急预案\n文件编号：RWF-AQ-2025-03\n")
    doc = process_text(head + "\n".join([BODY] * 4), options=Options(keywords=0))
    assert doc.title == "蓉味坊餐饮管理有限公司燃气泄漏事故专项应急预案" and "通用6篇" not in doc.text
    # a contract template's own title with its note stays whole
    doc = process_text("房屋租赁合同（范本）\n\n" + "\n".join([BODY] * 4), options=Options(keywords=0))
    assert doc.title == "房屋租赁合同（范本）"
