from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import unaccounted
from jingwen import Options, RulesError, process_text
from jingwen.rules.engine import detect_sites
from jingwen.rules.packs import all_packs, builtin_packs, parse_pack

NOTICE = """- 1、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用。
- 2、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。
"""
BODY = """关于加强校园安全管理的通知
一、总体要求
各学校要高度重视校园安全工作,落实安全责任制。
"""


def test_book118_notices_page_markers_and_footer_are_removed_with_their_rule_ids() -> None:
    raw = NOTICE + BODY + "第1页共2页\n二、工作措施\n加强门卫管理。\n第2页共2页\n文档评论(0)"
    doc = process_text(raw)
    rules = {r.line: r.rule for r in doc.removed}
    assert rules == {1: "book118.notice", 2: "book118.notice", 6: "generic.page_of", 9: "generic.page_of",
                     10: "book118.comments"}
    assert doc.source.site == "book118"
    assert doc.pages.declared == 2 and doc.pages.seen == 2
    assert "原创力文档" not in doc.text and "第1页" not in doc.text
    assert unaccounted(raw, doc) == []


def test_related_trailer_titles_go_to_related_and_spam_is_repaired() -> None:
    raw = BODY + "您可能关注的文档\n- 2024(必威体育精装版)安全工作计划.pdf\n- 校园安全预案 .pdf\n文档评论(0)"
    doc = process_text(raw)
    assert doc.related == ["2024(最新版)安全工作计划.pdf", "校园安全预案 .pdf"]
    assert [(r.line, r.rule, r.before, r.after) for r in doc.repairs] == [
        (5, "spam.betway_newest", "必威体育精装版", "最新版")]
    assert all(r.rule == "book118.related" for r in doc.removed)


def test_spam_standing_for_the_site_name_is_restored_to_the_detected_sites_name() -> None:
    raw = "- 2、有哪些信誉好的足球投注网站(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权。\n" + BODY
    doc = process_text(raw)
    assert doc.repairs[0].after == "原创力文档"
    assert doc.removed[0].rule == "book118.notice"


def test_spam_without_a_known_replacement_is_cut_with_context_recorded() -> None:
    raw = BODY + "请各校于月底前上报必威体育工作总结。"
    doc = process_text(raw)
    assert "必威体育" not in doc.text
    (rep,) = doc.repairs
    assert rep.before.replace("必威体育", "") == rep.after and rep.after in doc.text
    assert unaccounted(raw, doc) == []


@pytest.mark.parametrize(
    "line",
    [
        "乙方成为甲方VIP会员后,可享受免费下载服务,下载内容的版权归甲方所有。",
        "- 1、各部门应于每月5日前报送数据。",
        "具体要求见第3页附表。",
        "相关文件",
        "第1页共4页的内容请见附件。",
        "3/2",
    ],
)
def test_near_misses_survive(line: str) -> None:
    raw = BODY + line + "\n加强门卫管理。"
    doc = process_text(raw)
    assert not doc.removed, doc.removed
    assert line.replace(" ", "") in doc.text.replace(" ", "")


def test_site_rules_only_run_where_the_site_is_detected() -> None:
    raw = BODY + "文档评论(0)"  # book118's footer, but nothing says this is book118
    assert not any(r.rule.startswith("book118.") for r in process_text(raw).removed)
    # The generic layer, on for every site, still takes a comments header with its count for what it
    # is (文档评论(0), 坊友点评（3）), and what follows it.
    removed = process_text(raw + "\n相关推荐").removed
    assert not any(r.rule.startswith("book118.") for r in removed)
    assert [(r.line, r.rule) for r in removed] == [(4, "generic.comments"), (5, "generic.comments")]
    forced = process_text(raw, options=__import__("jingwen").Options(sites=("book118",)))
    assert [r.rule for r in forced.removed] == ["book118.comments"]


def test_running_header_found_by_repetition_at_page_boundaries() -> None:
    page = "各学校要高度重视校园安全工作,落实安全责任制,加强\n门卫管理和值班巡查制度。\n"
    raw = "阳光市教育局\n校园安全工作方案\n" + page + "第1页共3页\n阳光市教育局\n" + page + "第2页共3页\n阳光市教育局\n" + page
    doc = process_text(raw)
    header = [r.line for r in doc.removed if r.rule == "generic.running_header"]
    # The copy above page 1's own title is the running header too.
    assert header == [1, 6, 10]
    assert doc.title == "校园安全工作方案"


def test_a_running_header_that_is_the_title_stays_once_as_the_title() -> None:
    page = "各学校要高度重视校园安全工作,落实安全责任制,加强\n门卫管理和值班巡查制度。\n"
    raw = "校园安全工作方案\n" + page + "第1页共2页\n校园安全工作方案\n" + page
    doc = process_text(raw)
    assert [r.line for r in doc.removed if r.rule == "generic.running_header"] == [5]
    assert doc.title == "校园安全工作方案"


def test_a_short_form_of_a_cover_title_is_a_running_header_on_every_page() -> None:
    # The cover sets the title over three lines; each page from the second opens with a short form of
    # it (the first copy with no page marker above it): all copies go, and the title is the cover's.
    page1 = ("本工程于2023年3月开工，2024年7月完工，主要工程量：沥青混凝土路面55,800平方米，人行道\n"
             "铺装14,900平方米，雨水管道3.72公里，污水管道3.65公里，检查井236座，路灯124基，\n")
    page2 = ("路基压实度抽检86点，合格率100%；沥青面层压实度抽检42点，合格率100%；路面弯沉值代表\n"
             "值小于设计值；路面平整度抽检120处，合格率97.5%。各分项工程质量检验\n")
    page3 = "雨水、污水管道闭水试验共进行38段，全部合格。管道检测共检测管段64段，未发现三级以上缺陷。\n"
    head = "纬三路道路及配套工程竣工验收报告"
    raw = ("梧冈新区纬三路（经五路—经九路）\n道路及配套工程\n竣工验收报告\n编制日期：二〇二四年八月\n" + head + "\n"
           + page1 + "1 ┊ 24\n" + head + "\n交通标志牌48块，行道树1,120株。\n" + page2 + "2 ┊ 24\n" + head + "\n"
           + "记录详见附件3第12页至第18页。\n" + page3)
    doc = process_text(raw)
    assert [r.line for r in doc.removed if r.rule == "generic.running_header"] == [5, 9, 14]
    assert [r.text for r in doc.removed if r.rule == "generic.page_slash"] == ["1 ┊ 24", "2 ┊ 24"]
    assert "路灯124基，交通标志牌48块" in doc.text
    assert doc.title == "梧冈新区纬三路（经五路—经九路）道路及配套工程竣工验收报告"
    # A title on one line whose running header is the title itself stays once, as the title.
    doc = process_text(head + "\n" + page1 + "1 ┊ 24\n" + head + "\n" + page2 + "2 ┊ 24\n" + head + "\n" + page3)
    assert [r.line for r in doc.removed if r.rule == "generic.running_header"] == [5, 9]
    assert doc.title == head


def test_a_table_row_of_two_numbers_is_no_page_marker() -> None:
    # (nor is its |---|---| row a rule drawn in symbols)
    raw = ("各项指标汇总如下表所示，其中第一列为序号，第二列为本季度完成的检测批次，供各部门核对。\n"
           "| 序号 | 批次 |\n| --- | --- |\n| 1 | 24 |\n| 2 | 31 |\n"
           "从表中可以看出，第二季度的检测批次明显多于第一季度，主要原因是新增了两条生产线。\n")
    assert not process_text(raw).removed


def test_a_running_header_under_a_notice_and_over_the_documents_own_title_is_a_header() -> None:
    page = ("各学校要高度重视校园安全工作,落实安全责任制,加强门卫管理和值班巡查制度,确保\n"
            "师生人身安全和学校财产安全,切实维护正常的教育教学秩序。\n")
    raw = ("本文由扫描件识别生成，可能存在个别错字。\n阳光一中校史资料汇编·大事记\n阳光市第一中学大事记（1956—2023）\n"
           + page + "第1页共2页\n阳光一中校史资料汇编·大事记\n" + page)
    doc = process_text(raw)
    assert [r.line for r in doc.removed if r.rule == "generic.running_header"] == [2, 7]
    assert doc.title == "阳光市第一中学大事记（1956—2023）"


def test_a_two_field_header_where_a_page_broke_a_sentence_is_a_header_once() -> None:
    head = "清衡律师事务所　　　　　　　　　　　　法律意见书"
    raw = ("关于某某公司贷款事项的法律意见书\n"
           "公司拟以项目收费权为本次贷款提供质押担保。经核查，该收费权系公司依法取得，权属清晰，截至本\n"
           "法律意见书出具之日，未被司法机关查封或冻结。该质押须依法办理登记，登记后方可对抗善意\n"
           "1/2页\n" + head + "\n第三人。本所律师认为，上述担保安排合法有效。\n"
           "甲方：某某公司　　　　　　　　　　乙方：某某银行\n")
    doc = process_text(raw)
    assert [r.text for r in doc.removed if r.rule == "generic.running_header"] == [head]
    assert "对抗善意第三人" in doc.text and "乙方：某某银行" in doc.text
    # Printed over the title on the first page too, it goes there as well and the title stands alone.
    doc = process_text("下载积分：5　内容提示：关于某某公司贷款事项的法律意见书……\n" + head + "\n" + raw)
    assert [r.line for r in doc.removed if r.rule == "generic.running_header"] == [2, 7]
    assert doc.title == "关于某某公司贷款事项的法律意见书"


def test_bare_page_numbers_counting_up_are_page_markers() -> None:
    para = "各学校要高度重视校园安全工作,落实安全责任制,加强门卫管理。\n" * 5
    raw = "校园安全工作方案\n" + para + "1\n" + para + "2\n" + para + "3\n"
    doc = process_text(raw)
    assert [r.line for r in doc.removed if r.rule == "generic.page_number"] == [7, 13, 19]
    assert doc.pages.seen == 3


def test_builtin_packs_load_and_every_rule_has_an_id_kind_and_reason() -> None:
    packs = builtin_packs()
    ids = [r.id for p in packs for r in p.rules]
    assert len(ids) == len(set(ids))
    assert {"generic", "spam", "book118"} <= {p.id for p in packs}
    assert all(r.reason and r.kind for p in packs for r in p.rules)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[pack]\nid="mine"\n[[rule]]\nid="x"\nkind="line"\npattern="("\nreason="r"', "rule 'x': invalid regular expression"),
        ('[pack]\nid="mine"\n[[rule]]\nid="x"\nkind="lines"\npattern="a"\nreason="r"', "rule 'x': 'kind' must be one of"),
        ('[pack]\nid="mine"\n[[rule]]\nid="x"\nkind="line"\npattern="a"', "rule 'x': 'reason' is required"),
        ('[pack]\nid="mine"\n[[rule]]\nid="x"\nkind="line"\npattern="a"\nreason="r"\nfoo=1', "unknown key(s) foo"),
        ('[pack]\nid="mine"\n[[rule]]\nkind="line"\npattern="a"\nreason="r"', "rule #1: 'id'"),
        ("[pack\nid=", "not valid TOML"),
    ],
)
def test_malformed_rules_file_names_file_rule_and_problem(toml: str, message: str) -> None:
    with pytest.raises(RulesError) as e:
        parse_pack(toml, "my_rules.toml")
    assert "my_rules.toml" in str(e.value)
    assert message in str(e.value)


def _user_pack(folder: Path, pattern: str) -> str:
    """A user's rules file with one line rule "mine.stamp"; its path."""
    f = folder / "my_rules.toml"
    f.write_text(f'[pack]\nid="mine"\n[[rule]]\nid="stamp"\nkind="line"\npattern="{pattern}"\nreason="our stamp"\n',
                 encoding="utf-8")
    return str(f)


def test_user_rules_file_adds_a_pack(tmp_path: Path) -> None:
    f = _user_pack(tmp_path, "^内部资料$")
    doc = process_text(BODY + "内部资料\n", options=Options(rules=(f,)))
    assert [r.rule for r in doc.removed] == ["mine.stamp"]
    assert [p.id for p in all_packs((f,))][-1] == "mine"


def test_a_numbered_heading_repeated_after_page_markers_is_content() -> None:
    raw = ("工作报告\n一、目标\n内容一。\n第1页共3页\n（一）工作要求\n内容二。\n二、措施\n第2页共3页\n（一）工作要求\n内容三。")
    doc = process_text(raw)
    assert [r.rule for r in doc.removed] == ["generic.page_of", "generic.page_of"]
    assert [c.heading for s in doc.sections for c in s.children] == ["工作要求", "工作要求"]


def _site_pack(pid: str, *detect: str) -> str:
    pats = ", ".join(f"'{d}'" for d in detect)
    return (f'[pack]\nid = "{pid}"\nname = "{pid}"\ndetect = [{pats}]\n\n[[rule]]\nid = "x"\nkind = "line"\n'
            f'pattern = "^{pid}-only$"\nreason = "test"\n')


@pytest.mark.parametrize("text", ["ABCD", "xxBCDxx ABC", "BCD", "none here", "ABC\nBCD", "(?i) ABCD"])
def test_site_detection_finds_what_each_pattern_finds_alone(text: str) -> None:
    # Overlapping detect patterns of different packs ("ABC", "BCD" in "ABCD"), a named group, a pack
    # with a user pattern carrying its own flags (which cannot be combined with the rest).
    packs = [parse_pack(_site_pack("one", "ABC"), "one.toml"), parse_pack(_site_pack("two", "BCD", "(?P<n>Z)\\\\d"), "two.toml"),
             parse_pack(_site_pack("three", "^BCD$"), "three.toml")]
    expected = [p.id for p in packs if any(d.search(text) for d in p.detect)]
    assert [p.id for p in detect_sites(text, packs)] == expected
    flagged = [*packs, parse_pack(_site_pack("four", "(?i)abcd"), "four.toml")]
    expected = [p.id for p in flagged if any(d.search(text) for d in p.detect)]
    assert [p.id for p in detect_sites(text, flagged)] == expected


def test_a_user_rule_with_its_own_global_flags_works_beside_the_builtin_rules(tmp_path: Path) -> None:
    f = _user_pack(tmp_path, "(?i)^internal only$")
    doc = process_text(BODY + "Internal Only\n", options=Options(rules=(f,)))
    assert [r.rule for r in doc.removed] == ["mine.stamp"]


def test_lines_that_recur_at_a_period_are_not_headers_when_they_are_much_of_the_text() -> None:
    # A register or form repeats its own lines at a regular period; running headers are a page's
    # line or two. (Found by the property tests: "第{i%97}项工作" a line, 20,000 lines.)
    text = "\n".join(f"第{i % 97}项工作" for i in range(2000))
    doc = process_text(text, options=Options(keywords=0))
    assert not [r for r in doc.removed if r.rule == "generic.running_header"]


def test_every_rule_id_the_code_gives_is_listed_by_jingwen_rules() -> None:
    # Ids written in the code (not in a pack): "damage.x", "pdf.x", RULE = "..." constants.
    import re as _re

    from click.testing import CliRunner

    from jingwen.cli import main

    src = Path(__file__).resolve().parent.parent / "src" / "jingwen"
    code = "\n".join(p.read_text(encoding="utf-8") for p in src.rglob("*.py") if p.name != "catalog.py")
    used = set(_re.findall(r'"((?:damage|pdf|generic|format)\.[a-z_]+)"', code))
    used |= {f"pdf.{band}" for band in ("header", "footer")}  # made as f"pdf.{_RULE[band]}"
    listed = {json.loads(x)["id"] for x in CliRunner().invoke(main, ["rules", "--json"]).output.splitlines()}
    assert used and used <= listed, used - listed


ARTICLE_HEAD = "首页 > 范文大全 > 发言稿\n{headline}\n时间：2023-09-08 16:42:15　　来源：网友投稿　　阅读：3281\n"
SPEECH = "尊敬的各位领导、亲爱的老师们：\n大家好！能作为优秀教师代表在这里发言，我感到十分荣幸。\n"


@pytest.mark.parametrize(
    ("below", "title"),
    [
        ("守一方讲台　育满园桃李\n——在2023年教师节表彰大会上的发言\n",
         "守一方讲台　育满园桃李——在2023年教师节表彰大会上的发言"),  # own title + its subtitle, which ends in its kind
        ("守一方讲台　育满园桃李 ——在2023年教师节表彰大会上的发言 尊敬的各位领导：大家好！\n", "守一方讲台　育满园桃李"),  # flattened
        ("教师节优秀教师代表发言稿\n", "教师节优秀教师代表发言稿"),  # the headline again
    ],
)
def test_an_article_sites_headline_above_its_byline_gives_way_to_the_documents_own_title(below: str, title: str) -> None:
    raw = ARTICLE_HEAD.format(headline="教师节优秀教师代表发言稿") + below + SPEECH
    doc = process_text(raw)
    assert doc.title == title
    assert [(r.line, r.rule) for r in doc.removed if r.line == 2] == [(2, "generic.page_title")]
    assert doc.text.count("教师节优秀教师代表发言稿") == (1 if title == "教师节优秀教师代表发言稿" else 0)
    assert unaccounted(raw, doc) == []


def test_an_article_sites_headline_is_the_title_when_the_document_gives_none_of_its_own() -> None:
    raw = ARTICLE_HEAD.format(headline="教师节优秀教师代表发言稿") + SPEECH
    doc = process_text(raw)
    assert doc.title == "教师节优秀教师代表发言稿"
    assert all(r.rule != "generic.page_title" for r in doc.removed)
    # Nor is a title line given up for a subtitle-less second line with nothing of the site between.
    raw = "守一方讲台　育满园桃李\n教师节优秀教师代表发言稿\n——在2023年教师节表彰大会上的发言\n" + SPEECH
    assert all(r.rule != "generic.page_title" for r in process_text(raw).removed)


def test_options_carry_the_parsed_packs_not_the_file(tmp_path: Path) -> None:
    """A user's rules file is read once, where the Options are made: the packs travel inside them
    (pickled to a worker process, or to a Ray node), so the file need not exist where they are used."""
    f = Path(_user_pack(tmp_path, "^内部资料$"))
    options = Options(rules=(str(f),), keywords=0)
    assert "mine" in [p.id for p in options.packs]
    f.unlink()
    data = pickle.dumps(options)
    # A fresh interpreter, where the file is gone, unpickles them and applies the rule.
    script = ("import pickle, sys\nfrom jingwen import process_text\n"
              "options = pickle.loads(sys.stdin.buffer.read())\n"
              f"doc = process_text({BODY + '内部资料' + chr(10)!r}, options=options)\n"
              "print(','.join(r.rule for r in doc.removed))\n")
    res = subprocess.run([sys.executable, "-c", script], input=data, capture_output=True, check=True)
    assert res.stdout.decode().strip() == "mine.stamp"


try:  # the regex parser: where Python keeps it
    import re._constants as _sc
    import re._parser as _sp
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sc  # type: ignore[no-redef]
    import sre_parse as _sp  # type: ignore[no-redef]


def _crosses_lines(op, av) -> bool:  # type: ignore[no-untyped-def]
    """A negated character class that matches a line break."""
    if op is _sc.NOT_LITERAL:
        return av != 10
    if op is _sc.IN and av and av[0][0] is _sc.NEGATE:
        return not any((o is _sc.LITERAL and a == 10) or (o is _sc.RANGE and a[0] <= 10 <= a[1])
                       or (o is _sc.CATEGORY and a in (_sc.CATEGORY_SPACE, _sc.CATEGORY_NOT_WORD))
                       for o, a in av[1:])
    return False


def _unbounded_across_lines(tree) -> list[str]:  # type: ignore[no-untyped-def]
    bad = []
    for op, av in tree:
        if op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT):
            _, hi, sub = av
            if hi is _sc.MAXREPEAT and len(sub) == 1 and _crosses_lines(*sub[0]):
                bad.append(str(sub[0]))
            bad += _unbounded_across_lines(sub)
        elif op is _sc.SUBPATTERN:
            bad += _unbounded_across_lines(av[-1])
        elif op is _sc.BRANCH:
            for b in av[1]:
                bad += _unbounded_across_lines(b)
        elif op in (_sc.ASSERT, _sc.ASSERT_NOT):
            bad += _unbounded_across_lines(av[1])
    return bad


def test_no_rule_pattern_runs_unbounded_across_line_breaks() -> None:
    # Line rules are gated by one search of the whole text: "[^。]*" there runs past every line
    # break to the end and back, for each line: a million short lines took hours.
    bad = {r.id: b for p in builtin_packs() for r in p.rules if (b := _unbounded_across_lines(_sp.parse(r.pattern.pattern)))}
    assert bad == {}


def test_a_header_seen_at_page_edges_goes_also_over_page_ones_first_heading_under_the_contents() -> None:
    title = "某某化工有限公司生产安全事故综合应急预案"
    para = "为规范公司生产安全事故应急管理工作，提高应对和防范生产安全事故的能力，迅速有效地控制和处置事故。\n" * 4
    raw = (f"{title}\n编号：YA-2024-01\n目　　录\n一、总则……………………1\n二、组织机构……………………3\n{title}\n一、总则\n"
           f"{para}1\n{title}\n{para}二、组织机构\n{para}2\n{title}\n{para}")
    doc = process_text(raw)
    assert [r.line for r in doc.removed if r.rule == "generic.running_header"] == [6, 13, 24]
    assert doc.title == title


def test_the_always_on_packs_keep_a_whole_text_gate_for_their_line_and_fragment_rules() -> None:
    # A lookaround or \A in one rule would leave the whole text without a gate: every line of every
    # document then goes through the per-line loop (it once cost the pipeline 8%).
    from jingwen import Options
    from jingwen.rules import engine

    p = engine.plan("", Options().packs, "", Options().sites)
    assert p.match["line"].scans_text and p.match["fragment"].scans_text


def test_a_letterhead_at_a_pages_top_is_a_header_even_once_and_after_a_finished_sentence() -> None:
    head = "执中律师事务所　　　　　　　　　　　　　刑事辩护业务用笺"
    raw = ("关于范某某案的辩护词\n审判长、审判员：\n"
           "本所依法接受被告人近亲属的委托，指派我担任辩护人。辩护人查阅了本案全部卷宗材料，多次会见被告人。\n"
           "辩护人对起诉书指控的罪名不持异议，但认为其犯罪情节较轻，依法应当从轻处罚，现发表如下辩护意见。\n"
           "浙江执中律师事务所　　　　　　　　　　　　 ·1·\n" + head + "\n"
           "一、被告人具有多项法定和酌定从轻处罚情节，到案后如实供述自己的罪行，依法可以从轻处罚。\n")
    doc = process_text(raw)
    assert [r.text for r in doc.removed] == ["浙江执中律师事务所　　　　　　　　　　　　 ·1·", head]


def test_a_header_of_dotted_fields_seen_once_where_a_page_broke_a_sentence_is_a_header() -> None:
    head = "城南水厂改造工程 · 施工招标文件 · 第三章"
    raw = ("城南水厂改造工程施工招标文件\n"
           "3.1　初步评审。评标委员会依据本章第2.1款规定的标准对投标文件进行初步评审，有一项不符合\n"
           "❬1❭ ⁄ 2\n" + head + "\n评审标准的，其投标作废标处理。\n"
           "3.2　详细评审。评标委员会按本章第2.2款规定的量化因素和分值进行打分，并计算出综合评估得分。\n")
    doc = process_text(raw)
    assert [r.text for r in doc.removed] == ["❬1❭ ⁄ 2", head]
    assert "有一项不符合评审标准的" in doc.text
    # The same fields after a finished sentence are the document's (a heading set in parts).
    doc = process_text(raw.replace("有一项不符合\n", "有一项不符合评审标准的，其投标作废标处理。\n", 1))
    assert head in doc.text


def test_a_footer_of_the_documents_name_and_its_page_far_right_is_a_running_footer() -> None:
    pages = ["学生会换届选举办法由校团委负责解释，各学院学生会参照执行，选举结果报校团委备案。",
             "候选人应当品学兼优，热心为同学服务，在同学中有较高威信，近一学年无违纪处分记录。",
             "选举采用无记名投票方式进行，得票超过应到人数半数的候选人方可当选，票数相同者再次投票。"]
    foot = "学生会换届选举办法（修订稿）　　　　{}"
    raw = "学生会换届选举办法\n" + "".join(f"{p}\n{foot.format(k + 1)}\n—{k + 1}—\n" for k, p in enumerate(pages))
    doc = process_text(raw)
    assert not any("修订稿" in ln for ln in doc.text.splitlines())


def test_a_footer_partnering_a_periodic_header_goes_its_last_copy_under_the_last_page_too() -> None:
    # Pages of running text, each ended by a footer ("资料整理分享") over the next page's header ("可编辑
    # 文档"); the last page's footer, off the period, has no header under it and goes all the same.
    page = ["为全面推进城乡供水一体化建设，县水利局组织力量对全县供水设施开展了专项调查。",
            "全县现有集中供水工程四十二处，覆盖人口约二十三万人，农村自来水普及率达到百分之九十六。",
            "部分老旧管网漏损严重，个别水厂净化消毒设施不完善，水质检测能力仍显不足。",
            "下一步将加快管网改造，完善水质监测体系，确保群众喝上放心水。"] * 3
    lines = ["全县城乡供水情况调查报告", "可编辑文档"]
    for n in range(3):  # (the last page short: its footer off the period)
        lines += [f"第{n + 1}部分情况。", *(page if n < 2 else page[:2])]
        lines += ["资料整理分享", "可编辑文档"] if n < 2 else ["县水利局", "资料整理分享"]
    doc = process_text("\n".join(lines) + "\n", options=Options(keywords=0))
    gone = [r.text for r in doc.removed if r.rule == "generic.running_header"]
    assert gone.count("资料整理分享") == 3 and gone.count("可编辑文档") == 3
    assert "县水利局" in doc.text


def test_a_header_of_two_fields_a_line_apart_goes_even_twice_a_forms_blank_fields_stay() -> None:
    def body(n: int, k: int) -> str:
        return "".join(f"第{n + j}处集中供水工程运行正常，覆盖人口约{j + 2}万人，水质检测合格。\n" for j in range(k))

    header = "澜溪水务集团·内部资料　　　　　　　　　　版本：B/2\n"
    form = "".join(f"调查人签字：　　　　　　　　　　日期：\n{body(40 + 10 * j, 8)}" for j in range(2))
    text = "全县城乡供水情况调查报告\n" + body(1, 9) + header + body(10, 9) + header + body(20, 3) + form
    doc = process_text(text, options=Options(keywords=0))
    assert [(r.line, r.rule) for r in doc.removed] == [(11, "generic.running_header"), (21, "generic.running_header")]


def test_bare_numbers_two_to_a_page_between_the_texts_page_markers_are_its_own() -> None:
    # A table printed one cell a line: its row numbers count up a few lines apart, like page numbers;
    # the page markers show them on one page. The same numbers a page apart are page numbers.
    rows = [x for n, (item, sum_) in enumerate([("土建工程", "4,862,315.40"), ("装饰装修工程", "2,136,902.18"),
                                                 ("安装工程", "1,978,455.30")], 1) for x in (str(n), item, sum_, "审定", "备注")]
    body = [f"第{n}项审核意见已经双方确认，审定金额以本报告为准。" for n in range(6)]
    text = "\n".join(["工程结算审核报告", *body, "第 1 页 共 2 页", *rows, *body, "第 2 页 共 2 页"]) + "\n"
    doc = process_text(text, options=Options(keywords=0))
    assert not [r for r in doc.removed if r.rule == "generic.page_number"]
    pages = "\n".join(["工程结算审核报告", *body, "1", *body, "2", *body, "3"]) + "\n"
    doc = process_text(pages, options=Options(keywords=0))
    assert [r.text for r in doc.removed if r.rule == "generic.page_number"] == ["1", "2", "3"]


def test_a_browsers_printed_header_and_footer_go_on_every_page() -> None:
    header = "2025/11/14 16:08　　　　　　　为什么深秋的银杏叶会变黄？ | 某某科普"
    pages = [[f"第{p}页的第{n}句讲的是叶绿素和类胡萝卜素在秋天的变化，颜色由此而来。" for n in range(12)] for p in range(3)]
    lines = ["为什么深秋的银杏叶会变黄"]
    for p, page in enumerate(pages, 1):
        lines += [*page, f"https://kepu.example.cn/talk/2291　　　　　　　　{p}/3", header]
    doc = process_text("\n".join(lines[:-1]) + "\n", options=Options(keywords=0))
    gone = [r.text for r in doc.removed if r.rule == "generic.running_header"]
    assert len(gone) == 5 and all(t.startswith(("https://", "2025/11/14")) for t in gone)
    assert doc.title == "为什么深秋的银杏叶会变黄" and all(s in doc.text for s in pages[2])


def test_a_watermark_of_fields_apart_by_dots_goes_wherever_it_recurs_a_refrain_stays() -> None:
    stamp = "内部资料 严禁外传 · 韦某某 · 0317"
    body = [f"第{n}项整改措施已经落实，责任人按期完成并提交了验证记录。" for n in range(20)]
    lines = ["订单系统数据库故障复盘报告", *body[:5], stamp, *body[5:11], stamp, *body[11:], stamp]
    doc = process_text("\n".join(lines) + "\n", options=Options(keywords=0))
    assert [r.text for r in doc.removed] == [stamp] * 3
    refrain = "春风吹过柳梢头"
    lines = ["春日", *body[:5], refrain, *body[5:11], refrain, *body[11:], refrain]
    doc = process_text("\n".join(lines) + "\n", options=Options(keywords=0))
    assert not doc.removed
