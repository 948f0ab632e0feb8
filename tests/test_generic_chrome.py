"""The generic layer, on for every document whatever its site: chrome found by what a line is,
trailers that cut only chrome, second copies, page titles of sites no pack knows, and the
near-misses that must survive it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT, clean_lines, norm, removed_rules
from jingwen.rules import chrome

CONTRACT = [
    "甲方：青禾数字科技有限公司",
    "乙方：临江云端服务有限公司",
    "第一条 甲乙双方本着平等自愿的原则，就软件运维服务事项达成如下协议。",
    "第二条 乙方应当按照甲方的要求按时完成服务，并保证服务质量符合国家标准。",
    "第三条 甲方应当按照约定支付服务费用，不得无故拖欠。",
    "第四条 本合同一式两份，双方各执一份，自签字盖章之日起生效。",
]


run = clean_lines


def rules_of(doc) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return removed_rules(doc, partial=False)


@pytest.mark.parametrize("trailer", [
    "下载文档到电脑，查找使用更方便",
    "本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。如发现有害或侵权内容，"
    "请点击这里 或 拨打24小时举报电话：4000070609 与我们联系。",
    "全文预览已结束",
])
def test_a_trailer_phrase_on_the_first_line_keeps_the_text_below_it(trailer: str) -> None:
    doc = run([trailer, *CONTRACT])
    assert [r.text for r in doc.removed if not r.partial] == [trailer]
    for line in CONTRACT[2:]:
        assert norm(line.split(" ", 1)[1]) in norm(doc.text)


def test_a_preview_break_mid_body_goes_alone_and_the_text_after_it_stays() -> None:
    doc = run([*CONTRACT[:4], "还剩3页未读，继续阅读", *CONTRACT[4:]])
    assert list(rules_of(doc)) == ["还剩3页未读，继续阅读"]
    assert norm("本合同一式两份") in norm(doc.text)


INVENTED = [  # an invented site: none of its strings is in a rule pack
    "青檀文库 | 首页 | 合同范本 | 行业报告 | 上传文档 | 登录 | 注册",
    "当前位置：青檀文库 > 合同范本 > 服务合同",
    "上传者：qt_user2291　上传时间：2024-03-05　格式：DOCX　页数：3　大小：58KB　浏览：1,872次",
    "收藏 | 分享 | 举报 | 打印",
    "",
    "软件运维服务合同",
    *CONTRACT,
    "",
    "青檀文库声明：本站文档均由网友上传，仅供学习交流，如有侵权请联系客服删除。",
    "相关推荐",
    "技术服务合同范本（通用版）.docx　6页",
    "软件开发合同模板.doc　4页",
    "青檀文库 ©2024　浙ICP备20000000号",
]


def test_an_unknown_sites_chrome_goes_by_kind_and_the_document_stays_whole() -> None:
    doc = run(INVENTED)
    rules = rules_of(doc)
    assert doc.title == "软件运维服务合同"
    assert rules[INVENTED[0]].startswith("generic.chrome.")
    assert rules[INVENTED[2]] in ("generic.chrome.meta", "generic.article_counts")  # a row of fields and counts
    assert rules[INVENTED[3]].startswith("generic.")  # the generic pack's action bar
    # The site's notice by the generic pack's disclaimer family (two of its phrases in a line at
    # the tail); the related list and footer after it by the related-list trailer.
    assert rules[INVENTED[-5]] == "generic.disclaimer_tail"
    assert all(rules.get(s, "").startswith("generic.") for s in INVENTED[-4:]), rules
    for line in CONTRACT:
        assert norm(line) in norm(doc.text)
    assert doc.source.site is None


@pytest.mark.parametrize("near_miss", [
    "第五条 乙方成为甲方VIP会员后，可享受免费下载服务，下载内容的版权归甲方所有。",
    "用户可以在官网下载最新版本的客户端，安装后登录账号即可同步收藏的文档。",
    "第六条 本办法所称版权，是指著作权人对其作品依法享有的复制、发行和信息网络传播等权利。",
    "具体操作步骤详见第3页的附图，上传前请确认文件格式为PDF或DOCX。",
])
def test_sentences_about_downloads_members_and_copyright_stay(near_miss: str) -> None:
    doc = run(["软件运维服务合同", *CONTRACT[:4], near_miss, *CONTRACT[4:]])
    assert norm(near_miss) in norm(doc.text), rules_of(doc)
    assert doc.removed == []


def test_a_numbered_list_after_a_label_and_an_exams_repeated_options_stay() -> None:
    lines = ["八年级数学单元测试", "一、选择题（每题3分）",
             "1．下列各数中，最大的数是（　　）", "A．①②③　　B．①②④　　C．①③④　　D．②③④",
             "2．下列运算正确的是（　　）", "A．①②③　　B．①②④　　C．①③④　　D．②③④",
             "3．下列图形中，是轴对称图形的是（　　）", "A．①②③　　B．①②④　　C．①③④　　D．②③④",
             "附：评分说明如下：", "- 1、每题选对得3分；", "- 2、不选或多选不得分。"]
    doc = run(lines)
    assert doc.removed == [], rules_of(doc)


def test_a_teaser_of_the_opening_above_the_full_text_is_a_second_copy() -> None:
    opening = "为全面掌握全县农村电子商务发展现状，推动电商与特色产业深度融合，县商务局组成联合调研组开展专题调研。"
    lines = [f"内容提示：关于全县农村电子商务发展情况的调研报告 {opening[:40]}...",
             "关于全县农村电子商务发展情况的调研报告", opening,
             "一、基本情况", "全县现有电商服务站点一百二十个，覆盖全部乡镇。",
             "二、存在问题", "物流成本偏高，品牌建设滞后。"]
    doc = run(lines)
    assert rules_of(doc) == {lines[0]: "generic.duplicate_copy"}
    assert doc.title == "关于全县农村电子商务发展情况的调研报告"


def test_a_teaser_of_the_opening_above_its_title_is_a_second_copy() -> None:
    opening = ("第一次读费孝通先生的《乡土中国》是在大二的社会学概论课上，那时只当作一本要考试的教材，划了不少重点，"
               "却没有真正读进去。今年春天重读，才觉出书里写的不只是过去的乡村。")
    lines = [f"摘要：{opening[:66]}……", "《乡土中国》读书笔记", "——差序格局、礼治秩序与今天的我们", opening,
             "一、全书概要", "《乡土中国》成书于1948年，由费孝通先生讲授“乡村社会学”的讲稿整理而成。"]
    doc = run(lines)
    assert rules_of(doc) == {lines[0]: "generic.duplicate_copy"}
    assert doc.title == "《乡土中国》读书笔记——差序格局、礼治秩序与今天的我们"


def test_a_teaser_over_a_site_row_and_a_title_above_text_wrapped_narrow_is_a_second_copy() -> None:
    opening = ("《登高》是杜甫于大历二年秋天在夔州所作的一首七言律诗，前人誉之为“古今七言律第一”。全诗通过登高所见的"
               "秋江景色，倾诉了诗人长年漂泊、老病孤愁的复杂感情。")
    wrapped = [opening[k:k + 20] for k in range(0, len(opening), 20)]
    lines = [f"内容速览：{opening[:56]}……", "赏析作者：枕书听雨　｜　朝代：唐　｜　收录于 2024-09-02　｜　热度 8.2k",
             "杜甫《登高》赏析", *wrapped, "一、首联", "风急天高猿啸哀，渚清沙白鸟飞回。首联写登高所见的近景。"]
    doc = run(lines)
    assert rules_of(doc)[lines[0]] == "generic.duplicate_copy"
    assert doc.title == "杜甫《登高》赏析"


def test_a_teaser_under_the_page_title_repeated_above_the_site_rows_is_a_second_copy() -> None:
    # The page title again over the site's rows does not end the search: it is no text begun.
    title = "立足岗位抓质量　凝心聚力促发展——心血管内科护士长2024年度述职报告"
    opening = "2024年，我在护理部和科主任的领导下，带领心血管内科全体护理人员，围绕护理质量、患者安全和团队建设开展工作。"
    lines = [title, f"文档摘要：{title}尊敬的各位领导、各位同事：{opening[:50]}……", "⊕ 放大　　⊖ 缩小　　⛶ 全屏　　↓ 下载",
             title, "尊敬的各位领导、各位同事：", opening, "一、主要工作", "全年科室护理质量考核综合得分98.6分，位列全院第一。"]
    doc = run(lines)
    assert rules_of(doc).get(lines[1]) == "generic.duplicate_copy"
    assert norm(opening) in norm(doc.text)


def test_an_unknown_sites_page_title_goes_above_the_documents_own_and_stays_when_it_is_the_only_one() -> None:
    own = "软件运维服务合同"
    doc = run([f"{own}.docx - 青檀文库", own, *CONTRACT])
    assert rules_of(doc) == {f"{own}.docx - 青檀文库": "generic.page_title"}
    assert doc.title == own
    alone = run([f"【推荐】{own}.docx_青檀文库", *CONTRACT])
    assert alone.title == own
    assert [(r.rule, r.partial) for r in alone.removed] == [("generic.page_title", True)]


def test_the_shipped_model_is_what_the_fitting_script_writes(tmp_path, shared) -> None:
    out = tmp_path / "model.json"
    subprocess.run([sys.executable, str(ROOT / "tools" / "fit_chrome.py"), "--shared", str(shared), "--out", str(out)],
                   check=True, capture_output=True)
    shipped = json.loads((ROOT / "src" / "jingwen" / "rules" / "chrome_model.json").read_text(encoding="utf-8"))
    assert json.loads(out.read_text(encoding="utf-8")) == shipped


def test_scores_are_probabilities_and_a_document_without_running_text_loses_nothing() -> None:
    probs = chrome.score_lines(INVENTED)
    assert all(0.0 <= p <= 1.0 for p in probs)
    assert chrome.find_chrome(["首页", "登录", "注册", "收藏"]) == {}


def test_a_standards_cover_lines_are_not_its_title() -> None:
    doc = run(["ICS 91.140.40", "P 47", "团　　体　　标　　准", "T/XXRQ 017—2023", "住宅户内智能燃气表安装技术规范",
               "2023-10-20发布　　2023-12-01实施", "1　范围", "本文件规定了住宅户内智能燃气表安装的技术要求、检验方法和验收规则。"])
    assert doc.title == "住宅户内智能燃气表安装技术规范"


def test_the_site_is_told_from_its_chrome_and_the_document_says_what_decided_it() -> None:
    from jingwen import Options, process_bytes

    data = "\n".join(["下载积分: 1500 内容提示: 项目实施方案...", "文档格式:PDF | 页数:2 | 浏览次数:18 |",
                      "项目实施方案", "一、总体要求", "按照上级部署，认真组织实施各项工作。"]).encode()
    by_content = process_bytes(data, "scrapes/0001.txt")
    assert (by_content.source.site, by_content.source.site_evidence) == ("doc88", "content")
    by_path = process_bytes(b"\xe6\x96\x87\xe6\x9c\xac\n", "www.doc88.com/p-1.txt")
    assert (by_path.source.site, by_path.source.site_evidence) == ("doc88", "path")
    forced = process_bytes(data, "x.txt", Options(sites=("docin",), keywords=0))
    assert (forced.source.site, forced.source.site_evidence) == ("docin", "option")


REPORT = ("全县现有集中供水工程四十二处，覆盖人口约二十三万人，农村自来水普及率达到百分之九十六。部分老旧管网漏损严重，"
          "个别水厂净化消毒设施不完善，水质检测能力仍显不足。下一步将加快管网改造，完善水质监测体系，确保群众喝上放心水。")
META = "上传者：qt_user2291　上传时间：2024-03-05　格式：DOCX　页数：3　大小：58KB　浏览：1,872次"


def test_a_narrow_wrapped_document_is_read_by_its_sentences_not_its_lines() -> None:
    # Wrapped at 8 characters, no line reads as running text on its own; joined, its sentences do
    # (and do in the clean text, one paragraph a line): the site's row above them is found in both.
    text = REPORT * 3
    wrapped = [text[k:k + 8] for k in range(0, len(text), 8)]
    assert chrome.find_chrome([META, "全县城乡供水情况调查报告", *wrapped]) == {0: "generic.chrome.meta"}
    assert chrome.find_chrome([META, "全县城乡供水情况调查报告", text]) == {0: "generic.chrome.meta"}


def test_a_scrap_of_text_is_left_alone_unless_the_packs_found_a_site_in_it() -> None:
    # Too little text for the context model: its finds would change with every line taken away.
    scrap = [META, "全县城乡供水情况调查报告", REPORT]
    assert chrome.find_chrome(scrap) == {}
    assert chrome.find_chrome(scrap, trailer_cut=True) == {0: "generic.chrome.meta"}
    assert 1 in chrome.find_chrome(["首页 | 合同范本 | 行业报告 | 上传文档 | 登录 | 注册", *scrap], sure=frozenset({0}))


POEM = ["故乡四题（组诗）", "文／林溪", "一、春耕", "父亲把犁铧擦得发亮，像擦一件祖传的瓷器。",
        "牛早就不在了，拖拉机在田头喘着粗气，他还是先弯下腰，抓一把土，放在鼻子底下闻。",
        "土是醒着的，带着去年稻茬的甜味。父亲说，闻得出来的人，才配往地里撒种。",
        "二、夏夜", "晒谷场上铺开一张凉席，星星一颗一颗落下来，落在母亲的蒲扇上。",
        "萤火虫提着灯笼，在稻田和池塘之间来回巡逻，那时我以为，整个夏天都不会有人离开。"]
THREAD = ["回复　举报", "沙发｜青衫客　发表于 2024-3-21 22:41", "“闻得出来的人，才配往地里撒种”，这句好。",
          "板凳｜木叶　发表于 2024-3-22 07:15", "读到秋收那首，想起我外婆家的晒谷场。问好林溪老师！",
          "问：可以改成朗诵稿吗？　答：可以，注明出处即可。　— 2024-04-19"]


def test_a_comment_thread_under_the_text_goes_by_its_bylines() -> None:
    doc = run([*POEM, *THREAD])
    rules = rules_of(doc)
    assert all(rules.get(s, "").startswith("generic.chrome.") for s in THREAD[:-1]), rules
    assert rules[THREAD[2]] == "generic.chrome.comments"
    # (the last, a reply signed with its date, the packs' signed-comment rule takes first)
    assert rules[THREAD[-1]] in ("generic.chrome.comments", "generic.comment_signed")
    for line in POEM[2:]:
        assert norm(line) in norm(doc.text)


def test_sentences_that_say_when_something_was_published_stay() -> None:
    lines = [*POEM, *POEM[3:], "这组诗最初发表于 2019年3月5日的《槐安日报》副刊，后收入诗集。",
             "其中《夏夜》一首另发表于 2020年7月1日的《星星》诗刊。", "作者附记：谨以此诗献给我的父亲。"]
    doc = run(lines)
    for line in lines[2:]:
        assert norm(line) in norm(doc.text), rules_of(doc)


SCRIPT = ["小品《退休第一天》", "人物：老周、周嫂、小赵",
          "周嫂：那你说，你想干什么？",
          "老周：（四下打量，眼睛一亮）我先把家里的电路检查一遍！这个插座，你看，接线不规范，存在安全隐患。",
          "1｜梨园剧本网 liyuanjuben.com",
          "（老周从公文包里掏出螺丝刀、电笔，蹲到墙角。周嫂无奈地摇头。）",
          "🔥 年会节目不用愁：100个爆笑小品剧本打包下载，点此领取 👉",
          "周嫂：（对观众）瞧见没？三十八年了，下了讲台还是那个物理老师。",
          "小赵：周阿姨好！周老师在家吗？社区做老年人信息登记，我来上门采集一下。",
          "老周：（从墙角站起来，手里还举着电笔）在！登记什么？我今年才六十，不算老年人吧？",
          "延伸阅读", "落叶为什么总是背面朝上？", "银杏为什么被称为“活化石”？"]


def test_a_page_footer_an_ad_opened_by_a_badge_and_a_list_of_questions_go_the_script_stays() -> None:
    doc = run(SCRIPT)
    rules = rules_of(doc)
    assert rules[SCRIPT[4]] == "generic.page_site_lead"
    assert rules[SCRIPT[6]].startswith("generic.chrome.")
    assert all(rules.get(s) == "generic.related_articles" for s in SCRIPT[-3:]), rules
    for line in SCRIPT[:4] + SCRIPT[7:10]:
        assert norm(line) in norm(doc.text)


def test_a_notice_framed_by_one_symbol_goes_a_note_opened_by_it_stays() -> None:
    notice = "※ 本文由扫描件识别生成，可能存在个别错字，请以原件为准 ※"
    note = "※ 注：本表数据截至2023年底，由各乡镇统计上报。"
    more = [clause.replace("第", "补充第") for clause in CONTRACT[2:]]
    doc = run([*INVENTED[:3], notice, "软件运维服务合同", *CONTRACT, note, *more])
    rules = rules_of(doc)
    assert rules[notice].startswith("generic.chrome.")
    assert norm(note) in norm(doc.text)


def test_readers_comments_under_a_threads_header_go_a_contact_block_and_a_dialogue_stay() -> None:
    recipe = [*POEM[:2], *(s.replace("父亲", "外婆") for s in POEM[2:]), *POEM[3:]]
    thread = ["📝 这道菜的作品（642）", "「小满吃饱了」：按步骤做的，第一次炒糖色就成功了！腐乳味很浓郁～",
              "「米粒粒」：土豆换成了芋头，绵绵的超好吃，家里小孩抢着吃。", "椰子不是橙子:收藏了,国庆就去!"]
    doc = run([*recipe, *thread])
    rules = rules_of(doc)
    assert all(rules.get(s) == "generic.chrome.comments" for s in thread), rules
    contact = ["联系方式", "联系人：王老师", "咨询电话：0571-8888XXXX", "地址：临江市文化路12号"]
    doc = run([*recipe, *contact])
    assert all(norm(s) in norm(doc.text) for s in contact), rules_of(doc)
    # under a heading of the text's own that says 作品 too, the thread's header is the one readers follow
    doc = run([*recipe[:5], "三、作品展示", *recipe[5:], *thread])
    rules = rules_of(doc)
    assert all(rules.get(s) == "generic.chrome.comments" for s in thread), rules
    dialogue = ["甲：今天咱们说段相声。", "乙：说什么呀？", "甲：说说手机里的家。"]
    talk = [*recipe[:3], *dialogue, *recipe[3:], "网友们说", *dialogue]
    doc = run(talk)
    assert norm("乙：说什么呀？") in norm(doc.text)


def test_a_framed_preview_break_mid_body_goes_a_framed_divider_stays() -> None:
    more = [clause.replace("第", "补充第") for clause in CONTRACT[2:]]
    brk = "～～～～ 游客仅可查看前半部分，登录后自动展开全文 ～～～～"
    divider = "～～～～ 补充条款 ～～～～"
    doc = run([*INVENTED[:4], "软件运维服务合同", *CONTRACT, brk, *more, divider, *more[:2]])
    rules = rules_of(doc)
    assert rules[brk].startswith("generic.chrome.")
    assert norm(divider) in norm(doc.text) and norm(more[0]) in norm(doc.text)


def test_a_row_of_fields_apart_by_box_drawing_bars_is_a_sites_row() -> None:
    row = "楼主：上岸的咸鱼　│　本科：双非一本　│　初试：384　│　录取：学硕　│　发帖时间 2024-04-12 21:03"
    doc = run([*INVENTED[:2], row, "软件运维服务合同", *CONTRACT, *(c.replace("第", "补充第") for c in CONTRACT[2:])])
    assert rules_of(doc).get(row, "").startswith("generic.chrome.")


def test_breadcrumbs_with_slashes_or_arrows_and_bulleted_buttons_are_measured_not_taken_for_text() -> None:
    head = ["您在这里：青檀文库 → 合同范本 → 服务合同 → 软件运维", "当前：合同范本 / 服务合同 / 软件运维 / 年度合同",
            "◆ 加入收藏夹　◆ 生成摘要　◆ 对比同类合同　◆ 纠错"]
    doc = run([INVENTED[0], *head, "软件运维服务合同", *CONTRACT, *(c.replace("第", "补充第") for c in CONTRACT[2:])])
    rules = rules_of(doc)
    # (the last button, glued after a blank, may go first as a fragment: the rest of its row then goes)
    assert all(rules.get(s, "").startswith("generic.") or norm(s) not in norm(doc.text) for s in head), rules
    flow = "审批流程为：申请 → 部门审核 → 分管领导审批 → 归档，各环节应在三个工作日内完成，并由经办人签字确认。"
    doc = run([*INVENTED[:4], "软件运维服务合同", *CONTRACT[:4], flow, *CONTRACT[4:]])
    assert norm(flow) in norm(doc.text)


def test_a_list_of_titles_between_a_sites_lines_goes_a_documents_own_list_at_its_end_stays() -> None:
    more = [clause.replace("第", "补充第") for clause in CONTRACT[2:]]
    items = ["· 公司年会活动策划方案（含流程表）", "· 户外拓展训练总结报告范文", "· 部门团建费用申请报告模板"]
    tail = ["[下载Word版（2 积分）]　[复制全文]　[纠错反馈]", "👀 看过这篇的人还看了：", *items,
            "青檀文库 qingtanwk.com　©2017-2024　闽ICP备17XXXXXX号"]
    doc = run([*INVENTED[:4], "软件运维服务合同", *CONTRACT, *more, *tail])
    rules = rules_of(doc)
    assert all(rules.get(s, "").startswith("generic.") for s in items), rules
    annex = ["附件：", "1. 服务内容清单", "2. 服务费用明细表", "3. 运维人员名单"]
    doc = run([*INVENTED[:4], "软件运维服务合同", *CONTRACT, *more, *annex, tail[-1]])
    assert all(norm(s) in norm(doc.text) for s in annex[1:]), rules_of(doc)


def test_a_blog_pages_rows_glued_together_and_apart_by_box_bars_go_and_its_headline_loses_its_stamp() -> None:
    raw = (ROOT / "tests" / "fixtures" / "pages" / "blog_mirror.txt").read_text(encoding="utf-8")
    doc = clean_lines(raw.splitlines())
    gone = {r.text[:4] for r in doc.removed if not r.partial}
    assert {"分享：喜", "已投稿到", "前一篇：", "后一篇：", "评论 重", "加好友发"} <= gone
    assert doc.title == "浅谈农村小学留守儿童心理健康教育"
    assert [r.rule for r in doc.removed if r.line == 3] == ["generic.tags"]
    assert [s.heading for s in doc.sections] == ["留守儿童心理问题的主要表现", "加强留守儿童心理健康教育的对策"]
    assert doc.preamble[0].startswith("近年来")
    # a paper's keywords and a sentence dated the author's way stay
    doc = clean_lines(["浅谈农村小学留守儿童心理健康教育", "关键词：留守儿童；心理健康；农村小学", *raw.splitlines()[3:8]])
    assert doc.preamble[0] == "关键词：留守儿童；心理健康；农村小学" and not doc.removed


def test_a_wechat_mirrors_follow_prompt_collection_tag_end_mark_and_pointer_go() -> None:
    raw = (ROOT / "tests" / "fixtures" / "pages" / "wechat_mirror.txt").read_text(encoding="utf-8")
    doc = clean_lines(raw.splitlines())
    assert doc.title == "初中数学“双减”背景下分层作业设计的实践与思考"
    rules = removed_rules(doc)
    assert rules["收录于合集 #教学反思 12个"] == "generic.tags"
    assert rules["END"] == rules["▼"] == "generic.rule_line"
    assert doc.sections[-1].paragraphs[-1].endswith("获得发展。")
    # a markdown heading ("# 总则") is no hashtag, and a sentence ending in "END" is text
    doc = clean_lines(["# 总则", "本办法所称END用户，是指最终使用本产品的单位和个人，其权利依照本办法予以保护。" * 2])
    assert not doc.removed or all(r.rule.startswith("format.") for r in doc.removed)


def test_a_related_tables_first_row_goes_with_the_rows_under_it_and_the_documents_own_table_stays() -> None:
    related = ["∎ 全文完", "⬇ 导出Word　｜　⎘ 一键复制　｜　⚐ 挑错有奖", "这份范本帮到你了吗？　有用 312　·　没用 6",
               "同类范本　　　　　　页数　　使用次数", "劳务外包服务合同（生产线）　　　4　　　2,817",
               "用工单位退回派遣员工通知书　　　1　　　1,095", "派遣员工三方确认书　　　　　　　2　　　　764",
               "网友点评（2）", "会飞的鱼丸 · 2天前：第四条写得明白，拿来就能套", "临江小刘 回复 会飞的鱼丸：服务费是不是偏高了"]
    doc = run(["软件运维服务合同", *CONTRACT, *related])
    assert "劳务外包服务合同" not in doc.text and not doc.truncated
    own = ["序号　　项目　　金额", "1　　驻场运维　　12万元", "2　　远程巡检　　3万元"]
    doc = run(["软件运维服务合同", *CONTRACT, *own, "版权所有 © 青檀文库　　苏ICP备2024XXXXXX号"])
    assert all(norm(s) in norm(doc.text) for s in own)


def test_a_damaged_text_layer_above_a_clean_one_is_a_second_copy_and_a_damaged_text_alone_stays() -> None:
    text = ["全县城乡供水情况调查报告", *CONTRACT]
    joined = "".join(text[1:])
    # The same text with about one character in seven lost, wrapped at other places.
    lost = "".join("□" if k % 7 == 3 else ch for k, ch in enumerate(joined))
    damaged = [lost[k:k + 30] for k in range(0, len(lost), 30)]
    doc = run([*damaged, "", *text])
    assert {rules_of(doc).get(s.strip()) for s in damaged} == {"generic.duplicate_copy"}
    assert "□" not in doc.text and norm(CONTRACT[-1]) in norm(doc.text)
    doc = run([text[0], *damaged])
    assert "□" in doc.text and not any(r.rule == "generic.duplicate_copy" for r in doc.removed)


def test_a_lossy_text_layer_above_a_clean_one_goes_the_same_text_pasted_twice_keeps_its_first_copy() -> None:
    text = ["全县城乡供水情况调查报告", *CONTRACT]
    joined = "".join(text)
    # The same text with its punctuation gone and about one letter in eleven dropped, its title
    # letter-spaced, wrapped at other places: a viewer's bad first layer.
    lossy = "".join(ch for k, ch in enumerate(joined) if ch.isalnum() and k % 11 != 5)
    layer = [" ".join(text[0]), *(lossy[k:k + 34] for k in range(len(text[0]), len(lossy), 34))]
    doc = run(["某某文库 > 合同范本 > 服务合同", *layer, *text])
    assert {rules_of(doc).get(s.strip()) for s in layer} == {"generic.duplicate_copy"}
    assert doc.title == text[0] and all(norm(s) in norm(doc.text) for s in CONTRACT)
    # a layer that dropped letters here and there but kept its punctuation, the first ones too
    dropped = "".join(ch for k, ch in enumerate("".join(text[1:])) if k % 9 != 1 or not ch.isalnum())
    layer = ["全城乡供水情况调查报告", *(dropped[k:k + 30] for k in range(0, len(dropped), 30))]
    doc = run(["某某文库 > 合同范本 > 服务合同", *layer, *text])
    assert {rules_of(doc).get(s.strip()) for s in layer} == {"generic.duplicate_copy"}
    assert doc.title == text[0] and all(norm(s) in norm(doc.text) for s in CONTRACT)
    # pasted twice, whole: the first copy stays
    doc = run([*text, *text])
    assert norm(doc.text).startswith(norm(text[0] + CONTRACT[0])) and norm(doc.text).count(norm(CONTRACT[0])) == 1


def test_the_documents_contact_person_above_a_preview_break_stays_and_the_sites_service_line_goes() -> None:
    own = "会务组联系人：倪雨桐　　电话：025-8437****　　邮箱："
    tail = ["剩余4页未读，下载后查看完整文档　　　　立即下载", "您可能还需要", "学术会议论文格式模板（Word版）　　3页",
            "青檀文库　意见反馈　侵权投诉　用户协议　客服电话：400-XXX-XXXX"]
    doc = run(["软件运维服务合同", *CONTRACT, own, *tail])
    assert norm(own) in norm(doc.text)
    assert not any(norm(s) in norm(doc.text) for s in tail)


def test_a_path_opened_by_its_label_is_a_breadcrumb_a_sentence_with_arrows_is_not() -> None:
    assert chrome._breadcrumb("所在位置：行政执法文书 ＞ 行政复议决定 ＞ 市场监管类", 0.5)
    assert chrome._breadcrumb("当前位置: 首页 > 范文大全 > 工作总结", 0.5)
    assert not chrome._breadcrumb("流程如下：提交申请材料并等待审核 > 领取受理回执 > 按通知到窗口办理", 0.5)
    assert not chrome._breadcrumb("所在位置：行政执法文书 ＞ 行政复议决定 ＞ 市场监管类", 0.05)  # sure it is text


def test_a_head_zone_is_not_ended_by_a_title_between_the_sites_rows() -> None:
    # The title (no chrome mark, so PLAIN) stands between the site's rows: the licence row under it is
    # still above the text, in the head zone, not a sentence between two of the text's.
    m = chrome.load_model()
    lines = ["博客　下载　学习　社区　搜索　登录　会员中心", "团队分支管理与提交规范（实践总结）",
             "原创　已于 2023-11-03 10:12:45 修改　·　阅读量1.6k　·　收藏 42", "团队超过5个人之后，如果没有统一的分支和提交约定，合并冲突会越来越频繁。",
             "我们在Git Flow的基础上做了简化，长期分支只保留两条，其余都是短期分支。"]
    feats = chrome.document_features(lines, m.vocab, m.items, ngrams=m.ngrams)
    measured = chrome._measured_lines(feats)
    first = chrome._first(feats, m, measured)
    median = chrome._median(first, feats)
    assert chrome._anchors(first, feats, measured, median, lines)[0] == 3


def test_a_question_pages_question_detail_and_rows_go_the_answer_stays_with_no_title() -> None:
    answer = ["尊敬的部门领导：", "您好！首先感谢您和公司三年来对我的培养与信任。经过慎重考虑，我决定辞去目前的职位。",
              "在离职之前，我会站好最后一班岗，认真做好工作交接，确保各项工作平稳过渡。"]
    lines = ["知途 · 问答　　搜索你感兴趣的问题…　　提问", "在公司干了三年想辞职，辞职报告怎么写比较得体？",
             "主要是想去外地发展，和领导关系也还可以，不想闹僵，求一份模板。", "匿名用户　　浏览 4107 次　　举报",
             "最佳答案　　　　推荐于2024-11-19 14:02:17", "职场老树根", "擅长：求职就业　劳动合同", *answer,
             "本回答由网友推荐", "其他1条回答", "2024-11-18 22:47　　热心网友", "网上搜个模板改改就行，关键是提前一个月交。"]
    doc = run(lines)
    assert doc.title is None
    kept = norm(doc.text)
    for line in lines[1:7] + lines[-4:]:
        assert norm(line) not in kept, line
    assert all(norm(s) in kept for s in answer)
    # An exam's answers (参考答案) make no question page of it.
    exam = ["三年级数学单元测验卷", "1．小明有12个苹果，分给3个同学，每人分几个？", "参考答案", "1．4个", "2．6个"]
    assert all(norm(s) in norm(run(exam).text) for s in exam)


def test_a_databases_record_over_the_documents_own_title_goes_a_documents_cover_fields_stay() -> None:
    record = ["标准编号：DB3712/T 046—2025", "标准名称：城市供水设施运行维护规范", "标准状态：现行　　　发布日期：2025-03-20",
              "起草单位：县水利局、县供水服务中心", "━━━━ 全文预览（试读前 4 页） ━━━━"]
    body = ["城市供水设施运行维护规范", "1　范围", "本文件规定了城市供水设施运行维护的基本要求、巡查检查、维护保养和应急处置，适用于城区公共供水设施。",
            "2　术语和定义", "下列术语和定义适用于本文件，供水设施包括取水、净水和输配水设施，以及与之配套的泵站、调蓄构筑物和计量设备。",
            "3　基本要求", "运行维护单位应建立设施台账，配备与维护任务相适应的人员和设备，并制定年度维护计划，按计划组织实施。",
            "4　巡查检查", "巡查人员应按规定的路线和频次巡查供水管网及附属设施，发现漏水、占压、井盖缺失等情况及时记录并上报处理。"]
    doc = run(["标准通检 · 题录与全文服务", *record, *body])
    kept = norm(doc.text)
    assert all(norm(s) not in kept for s in record) and doc.title == "城市供水设施运行维护规范"
    # The document's own fields under its title, over a rule, stay.
    own = ["城市供水设施运行维护合同", "合同编号：GS-2025-017", "甲方：县供水服务中心", "乙方：县水务工程公司", "──────────",
           "第一条　甲方委托乙方负责城区供水设施的日常运行维护。", "第二条　维护期限为一年，自2025年3月1日起。"]
    doc = run(own)
    assert all(norm(s) in norm(doc.text) for s in own[:4])


def test_a_teaser_in_private_use_punctuation_keeps_no_repair_that_would_undo_the_texts_own() -> None:
    from conftest import unaccounted
    from jingwen import process_text

    title = "立足岗位抓质量　凝心聚力促发展——心血管内科护士长2024年度述职报告"
    body = ["尊敬的各位领导、各位同事\ue004", "2024年\ue003我在护理部和科主任的领导下\ue003带领心血管内科全体护理人员\ue003围绕护理质量开展工作\ue005",
            "一、主要工作", "全年科室护理质量考核综合得分98.6分\ue003位列全院第一\ue005患者满意度保持在98%以上\ue005",
            "二、存在不足", "护理科研能力相对薄弱\ue003年轻护士的专科技能还需加强\ue005下一步将加强培训和带教\ue005"]
    teaser = f"文档摘要：{title}尊敬的各位领导、各位同事\ue0042024年\ue003我在护理部和科主任的领导下……"
    text = "\n".join([title, teaser, "⊕ 放大　　⊖ 缩小　　⛶ 全屏　　↓ 下载", title, *body]) + "\n"
    doc = process_text(text)
    assert [r.rule for r in doc.removed if r.line == 2] == ["generic.duplicate_copy"]
    assert all(r.line != 2 for r in doc.repairs)
    assert unaccounted(text, doc) == []
