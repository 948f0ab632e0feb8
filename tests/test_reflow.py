from __future__ import annotations

from jingwen.structure.reflow import estimate_width, reflow
from jingwen.text.blocks import join
from jingwen.text.lines import Line


def lines(text: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(text.split("\n"), 1)]


WRAPPED = """卫生城市是指在城市智慧化、环境整治、公共卫生保健等方
面取得重要进展,人居环境质量明显改善,居民生活水平不断提
高的城市。为了提升城市环境质量、改善公共卫生状况,我市于
2024年启动了创建卫生城市的工作。
针对城市环境中存在的各种问题,制定了整治方案,并组织
相关部门开展环境整治工作。重点清理市区内的建筑垃圾,改造
老旧小区,提升居民居住条件。加强垃圾分类和垃圾处理工作,
推广低碳出行方式,减少尾气排放。"""


def test_wrapped_lines_join_and_short_lines_end_paragraphs() -> None:
    blocks, lay = reflow(lines(WRAPPED))
    assert lay.width == 56  # half cells: 28 characters
    assert [b.text[:6] for b in blocks] == ["卫生城市是指", "针对城市环境"]
    assert blocks[0].text.endswith("创建卫生城市的工作。") and "\n" not in blocks[0].text
    assert (blocks[0].line, blocks[0].last, blocks[1].line) == (1, 4, 5)


def test_a_line_that_fills_the_width_continues_even_when_it_ends_in_a_full_stop() -> None:
    text = WRAPPED.replace("市区内的建筑垃圾,改造\n", "市区内的建筑垃圾杂物。\n")
    assert "杂物。\n老旧小区" in text
    blocks, _ = reflow(lines(text))
    assert len(blocks) == 2 and "杂物。老旧小区" in blocks[1].text


def test_paragraph_broken_by_a_removed_page_marker_is_rejoined() -> None:
    ls = lines(WRAPPED)
    ls = ls[:2] + [Line(ln.no + 1, ln.text, brk=(k == 0)) for k, ln in enumerate(ls[2:])]
    blocks, _ = reflow(ls)
    assert len(blocks) == 2 and blocks[0].text.startswith("卫生城市") and blocks[0].text.endswith("工作。")


def test_marker_lines_start_new_paragraphs_but_numbers_that_are_not_markers_do_not() -> None:
    text = "各区要加强对环境卫生管理工作的督查力度,推动环境整治工作的开展,提升城市\n1.5亿元资金全部到位。\n2.规范城市管理行为"
    blocks, _ = reflow(lines(text))
    assert [b.text[:4] for b in blocks] == ["各区要加", "2.规范"]


def test_latin_words_split_by_a_wrap_keep_a_space_cjk_gets_none() -> None:
    assert join("The video device driver", "programming") == "The video device driver programming"
    assert join("视频设备的", "内核驱动") == "视频设备的内核驱动"
    assert join("Thispa-", "per") == "Thispa-per"
    assert join("共计12", "3人") == "共计123人"
    assert join("requires Linux", "2.6 or later") == "requires Linux 2.6 or later"
    assert join("first.", "Then") == "first. Then"


def test_indentation_marks_paragraph_starts() -> None:
    text = ("　　第一段的内容比较长,一直写到这一行的末尾才会换行的样子\n继续第一段。\n"
            "　　第二段的内容比较长,一直写到这一行的末尾才会换行的样子\n继续第二段的内容,同样很长很长很长的一行文字\n"
            "　　第三段。")
    blocks, lay = reflow(lines(text))
    assert lay.indents
    assert [b.text[:3] for b in blocks] == ["第一段", "第二段", "第三段"]


def test_width_estimate_needs_a_real_cluster() -> None:
    assert estimate_width([28, 27, 28, 26, 28, 12, 15, 28]) == 28
    assert estimate_width([5, 80, 120, 33, 64]) is None


def test_a_number_that_did_not_fit_ends_a_full_line() -> None:
    text = ("要深化危险化学品安全风险集中治理，重点对涉及危险工艺的企业开展\n检查。市财政已在年度预算中安排安全生产专项资金\n"
            "1.5亿元，支持企业实施自动化改造和智能化监控，全面提升本质安全\n水平。")
    blocks, _ = reflow(lines(text))
    assert len(blocks) == 1


def test_reference_entries_and_subtitles_stand_alone() -> None:
    text = ("参考文献：\n[1]王明.整本书阅读的价值[J].中学语文教学，2019（5）：4-8.\n[2]李华.小学阅读教学的实践探索[J].小学语文，2021（3）：15-19.")
    assert len(reflow(lines(text))[0]) == 3
    text = "政府工作报告\n——2024年1月10日在云岭县第十八届人民代表大会第四次会议上\n县长　李志远"
    assert [b.text for b in reflow(lines(text))[0]][1:] == ["——2024年1月10日在云岭县第十八届人民代表大会第四次会议上", "县长　李志远"]


def test_an_enumeration_running_inside_a_paragraph_continues_across_a_wrap() -> None:
    text = ("组织开展职工文体活动，每年的主要活动安排是：(1)春季开展读书月活动，\n评选表彰年度书香家庭和优秀读书笔记，营造浓厚的读书氛围；"
            "\n(2)夏季举办职工篮球赛；(3)秋季组织职工健步走。")
    blocks, _ = reflow(lines(text))
    assert len(blocks) == 1


def test_tab_separated_table_rows_stand_alone() -> None:
    text = "各项指标完成情况如下表所示，全年主要指标全部完成，部分指标超额完成\n指标\t2023年\t增长\n生产总值\t356.2亿元\t7.1"
    blocks, _ = reflow(lines(text))
    assert [b.text.split("\t")[0] for b in blocks] == ["各项指标完成情况如下表所示，全年主要指标全部完成，部分指标超额完成", "指标", "生产总值"]
    assert not blocks[2].marker


def test_a_subtitle_that_fills_the_line_wraps_unless_it_is_whole() -> None:
    # WRAPPED gives the width (28 characters), then a subtitle at that width.
    head = WRAPPED + "\n"
    wrapped = head + "——在青川港务集团有限公司第三届职工代表大会第一次会\n议上的工作报告\n同志们：\n"
    assert [b.text for b in reflow(lines(wrapped))[0]][2:] == ["——在青川港务集团有限公司第三届职工代表大会第一次会议上的工作报告", "同志们："]
    whole = head + "——在青川港务集团有限公司第三届职工代表大会上的讲话\n同志们：\n"
    assert [b.text for b in reflow(lines(whole))[0]][2:] == ["——在青川港务集团有限公司第三届职工代表大会上的讲话", "同志们："]
    salutation = head + "——在青川港务集团有限公司第三届职工代表大会第一次会\n各位代表：\n"
    assert [b.text for b in reflow(lines(salutation))[0]][3:] == ["各位代表："]
    speaker = head + "——2024年1月10日在云岭县第十八届人民代表大会会议上\n县长　李志远\n"
    assert [b.text for b in reflow(lines(speaker))[0]][2:] == ["——2024年1月10日在云岭县第十八届人民代表大会会议上", "县长　李志远"]


def test_a_signature_after_a_full_line_stands_alone_and_a_split_number_rejoins() -> None:
    # WRAPPED's last line made to fill the width and end a sentence, then the issuer's name.
    full = WRAPPED.replace("推广低碳出行方式,减少尾气排放。", "推广低碳出行方式,减少城市机动车辆尾气排放和扬尘污染。")
    blocks = [b.text for b in reflow(lines(full + "\n东湖区人民政府办公室\n2024年3月8日"))[0]]
    assert blocks[-2:] == ["东湖区人民政府办公室", "2024年3月8日"]
    # A time split at its colon, a phone number split from its field: one paragraph each.
    ragged = "每天早上7:20至7:50、下午4:\n00至4:30，学校行政人员在校门口站岗护学。\n市防指办值班电话:\n0572-2218110。"
    assert [b.text for b in reflow(lines(ragged))[0]] == [
        "每天早上7:20至7:50、下午4:00至4:30，学校行政人员在校门口站岗护学。", "市防指办值班电话:0572-2218110。"]
    # Any other line ending in a colon still ends its paragraph before a line opening with a number.
    assert len(reflow(lines("主要做法如下：\n2023年，我们重点抓了三件事情，取得了较好的效果。"))[0]) == 2


def test_an_equation_number_joins_its_equation_and_options_leave_the_question() -> None:
    assert [b.text for b in reflow(lines("min Z = C1 + C2 + C3\n(1)\n式中：C1为车辆固定成本。"))[0]] == [
        "min Z = C1 + C2 + C3(1)", "式中：C1为车辆固定成本。"]
    # The question fills WRAPPED's width, yet its options start apart.
    question = "4．在平面直角坐标系中，点P(-3，2)关于x轴对称的点的坐标是（　　）"
    blocks = [b.text for b in reflow(lines(WRAPPED + "\n" + question + "\nA．(3，2)\nB．(-3，-2)"))[0]]
    assert blocks[-3:] == [question, "A．(3，2)", "B．(-3，-2)"]


def test_commands_and_code_keep_their_lines_and_a_title_and_a_date_stand_alone() -> None:
    from jingwen import process_text

    text = "\n".join([
        "Ubuntu 22.04下Nginx环境安装配置教程",
        "本文介绍在Ubuntu 22.04服务器上安装Nginx并完成基本配置的全过程，所有命令均以普通用户执行。",
        "执行以下命令安装Nginx，安装完成后设置开机自启并查看运行状态：",
        "sudo apt install -y nginx",
        "sudo systemctl enable --now nginx",
        "location ~ \\.php$ {",
        "    fastcgi_pass unix:/run/php/php8.1-fpm.sock;",
        "}",
        "联系人：运维小刘　电话：0571-8888XXXX",
        "2024年6月3日",
    ]) + "\n"
    doc = process_text(text)
    assert doc.title == "Ubuntu 22.04下Nginx环境安装配置教程"
    paras = doc.preamble
    for line in ("sudo apt install -y nginx", "sudo systemctl enable --now nginx", "}", "2024年6月3日"):
        assert line in paras, paras
    assert "fastcgi_pass unix:/run/php/php8.1-fpm.sock;" in paras


RAGGED_IN_PLACES = """敬爱的党组织：
自今年三月被确定为入党积极分子以来，我在党组织的培养和
教育下，在支部党员同志的帮助下，无论是思想认识还
是工作学习，都有了新的进步。现将我第三季度的思想、学习和工作情况向党组
织汇报如下。
这个季度，我把理论学习放在首位。我利用业余时间认真学习
了党章和党的二十大报告，参加了支部组织的两次专题学习和一次党课。通
过学习，我对“为什么入党、入党为什么”有了更深的认识。过去我
觉得入党是一种荣誉。
一、清醒认识当前形势，切实增强做好工作的责任感紧迫感
过去一年，全市上下坚持人民至上、生命至上，扎实推进安全生产专项整治，全
市安全生产形势总体平稳。
关键词：整本书阅读；小学语文；阅读策略；核心素养
1　引言"""


def test_a_wrap_ragged_in_places_joins_where_a_sentence_breaks_in_most_of_a_line() -> None:
    blocks, lay = reflow(lines(RAGGED_IN_PLACES))
    assert lay.width is not None
    assert [b.text[:6] for b in blocks] == ["敬爱的党组织", "自今年三月被", "这个季度，我", "一、清醒认识", "过去一年，全",
                                            "关键词：整本", "1　引言"]
    assert "培养和教育下" in blocks[1].text and "思想认识还是工作" in blocks[1].text


CHRONICLE = """1956年8月，经槐安县人民委员会批准，槐安县第一初级中学成立，
校址设在城关镇文庙旧址，首届招收初一新生4个班、学生200人，教职
工14人。
1956年9月1日，学校举行首届开学典礼，县长出席并讲话并合影。
1958年7月，学校增设高中部，更名为槐安县第一中学。同年秋，全
校师生参加农业生产劳动。
1961年7月，首届高中毕业生参加全国高考，11人被高等学校录取。
1963年3月，学校开展“学雷锋、做好事”活动，团委组织学雷锋小
组32个。"""


def test_a_chronicles_dated_entries_start_paragraphs_even_after_a_full_line() -> None:
    blocks, lay = reflow(lines(CHRONICLE))
    assert lay.dated and lay.width is not None
    assert [b.text[:7] for b in blocks] == ["1956年8月", "1956年9月", "1958年7月", "1961年7月", "1963年3月"]
    # prose that happens to wrap before a year, a full line ending in a full stop, reads on
    prose = WRAPPED.replace("市区内的建筑垃圾,改造\n老旧小区,", "市区内的建筑垃圾杂物。\n2024年6月,")
    blocks, lay = reflow(lines(prose))
    assert not lay.dated and "杂物。2024年6月" in blocks[1].text


POEM = """一、春耕
父亲把犁铧擦得发亮
像擦一件祖传的瓷器
牛早就不在了，拖拉机在田头喘着粗气
他还是先弯下腰
抓一把土，放在鼻子底下闻

土是醒着的
带着去年稻茬的甜味
父亲说，闻得出来的人
才配往地里撒种"""


def test_verse_keeps_every_line_and_a_dialogue_every_turn() -> None:
    blocks, lay = reflow(lines(POEM))
    assert lay.verse
    assert len(blocks) == len([s for s in POEM.split("\n") if s])
    script = ["老周：（看表）六点四十，还来得及！早读课可不能迟到，今天开学，初二三班的物理课，我得……（突然停住）",
              "周嫂：你得什么？昨天欢送会上，校长亲手给你戴的大红花，你忘啦？",
              "老周：（慢慢放下公文包）……没忘。（坐下，又站起来）那我总得干点什么吧？"]
    blocks, lay = reflow(lines("\n".join(script * 3)))
    assert not lay.verse and len(blocks) == 9


def test_paragraphs_a_line_each_of_like_length_are_no_wrap() -> None:
    stops = ["山门广场", "竹海景区", "听泉亭", "青嶂书院遗址", "主峰观景台", "索道站"]
    text = "\n".join(f"现在我们来到了{s}，大家请看这里的景色，它建于清代乾隆年间，距今已有二百多年的历史，"
                     f"是当地百姓为纪念修路的乡贤而建，牌坊正面刻着四个大字，背面是当年捐资修路者的名录，"
                     f"大家可以在这里拍照留念，稍后我们继续往上走。" for s in stops)
    blocks, lay = reflow(lines(text))
    assert lay.width is None and len(blocks) == len(stops)


def test_prose_wrapped_narrow_is_not_verse() -> None:
    text = "\n".join(["你来的时候没有敲门。我推开窗，整座城", "已经安静下来，像一封被人轻轻折好的信，等", "着谁来拆开。",
                      "路灯下的雪是橘色的，落在肩上，落在自", "行车的后座上，落在去年那个没有说完的句子", "上。我伸出手，它们很快化了，只留下一点凉，",
                      "像一个人欲言又止的眼神。", "祖母的炉子总是在黄昏生起来。松枝噼啪", "作响，火光把她的影子投在土墙上，又高又", "暖。"])
    blocks, lay = reflow(lines(text))
    assert not lay.verse and lay.width is not None
    assert [b.text[:4] for b in blocks] == ["你来的时", "路灯下的", "祖母的炉"]


RAGGED_RUN_IN = """尊敬的各位领导、同事们：
大家好！一年来，在总公司党委的正确领导下，我带领分公司全体员工迎难
而上，较好地完成了全年各项目标任务，现将履职情况报告如下。
（一）聚焦精细管理，运营效率明显提升。一是优化库存结构，对长期积压的
产品开展专项清理；二是强化应收账款管理。
（二）聚焦廉洁从业，树立良好形象。严
格落实“一岗双责”，在关键环节建立相互制约的审批流程。
（三）聚焦团队建设，队伍活力持续增强
二、存在的不足
回顾一年来的工作，我也清醒地认识到自身和分公司
工作还存在一些不足：一是对市场形势变化的预判不够超前。
联系人：王伟
联系电话：0571-88886666"""


def test_ragged_text_reads_on_after_a_run_in_heading_and_into_a_clause_that_looks_like_a_label() -> None:
    blocks, lay = reflow(lines(RAGGED_RUN_IN))
    assert lay.width is None
    assert [b.text[:6] for b in blocks] == ["尊敬的各位领", "大家好！一年", "（一）聚焦精", "（二）聚焦廉", "（三）聚焦团",
                                            "二、存在的不", "回顾一年来的", "联系人：王伟", "联系电话：0"]
    assert "形象。严格落实" in blocks[3].text and "分公司工作还存在" in blocks[6].text


def test_in_text_a_paragraph_a_line_a_short_numbered_heading_never_takes_the_next_line() -> None:
    para = ("过去一年，在县委、县政府的坚强领导下，各乡镇、各部门坚持人民至上、生命至上，扎实开展安全生产专项整治，"
            "全县未发生较大以上生产安全事故，安全生产形势总体平稳，这些成绩的取得凝聚着全县上下的辛勤付出。")
    text = "\n".join(["一、提高政治站位，清醒认识当前安全生产形势", para, para, "二、突出工作重点，全力防范化解重大安全风险", para, para])
    blocks, lay = reflow(lines(text))
    assert lay.width is None and lay.long >= 80
    assert [b.text[:4] for b in blocks] == ["一、提高", "过去一年", "过去一年", "二、突出", "过去一年", "过去一年"]
    # wrapped ragged, the same numbered line of twenty characters is a wrap inside an item
    ragged = "\n".join(["4．抓党建，坚持党建工作与生产经营深度", "融合，开展“党员先锋岗”创建活动。", "5．抓风险，严格客户信用评估，从源头上",
                        "控制应收账款风险。"])
    blocks, lay = reflow(lines(ragged))
    assert lay.long < 80 and len(blocks) == 2


def test_a_word_broken_before_a_colon_is_no_speakers_turn() -> None:
    # wrapped: a full line stopping on a character goes on, though the next opens "足：…"
    text = ("2023年，全县政府信息公开工作虽然取得了一定成效，但仍存在一些不\n"
            "足：一是部分乡镇、部门信息更新不够及时；二是政策解读形式较为单\n"
            "一，图解、视频等形式运用不多。\n"
            "2024年，全县将重点做好以下工作：加强日常监测和通报，推动信息及\n"
            "时更新；丰富政策解读形式。")
    blocks, lay = reflow(lines(text))
    assert lay.width is not None and [b.text[:4] for b in blocks] == ["2023", "2024"]
    # ragged: a clause broken off mid-sentence ("…轻声" / "问：要热水吗？") goes on too
    text = ("我把额头贴在冰冷的玻璃上，呵出的白气模糊了自己的脸。列车员推着小车走过，轻声\n"
            "问：要热水吗？我说要。那一杯热水，是整个冬天最温柔的问候。\n"
            "窗外的雪还在下，\n一站又一站，灯火明明灭灭。")
    blocks, _ = reflow(lines(text))
    assert blocks[0].text.endswith("最温柔的问候。")
    # …while turns that end on a mark stand apart, in either layout
    turns = "问：您在灯塔上守了多少年？\n答：整整三十年，从我父亲手里接的班。\n问：最难的是什么时候？\n答：冬天，风大，一夜要上去好几趟。"
    blocks, _ = reflow(lines(turns))
    assert len(blocks) == 4


def test_a_wrapped_line_on_a_word_that_cannot_end_a_sentence_and_a_field_after_a_comma_go_on() -> None:
    text = WRAPPED + "\n根据县委关于召开年度专题民主生活会的\n通知要求，会前我认真学习了有关文件精神。"
    blocks, lay = reflow(lines(text))
    assert lay.width == 56 and blocks[-1].text == "根据县委关于召开年度专题民主生活会的通知要求，会前我认真学习了有关文件精神。"
    text = "男方：韩志远，男，汉族，1987年4月9日出生，\n公民身份号码：4401XXXXXXXXXXXXXX，住址：珠湾市海珠区。\n女方：苏静怡，女，汉族。"
    blocks, _ = reflow(lines(text))
    assert [b.text[:2] for b in blocks] == ["男方", "女方"]


def test_numerals_listed_at_a_lines_start_after_a_broken_sentence_are_no_heading() -> None:
    text = "（一）准备阶段。课题组采用问卷调查法对本校\n八、九年级共612名学生进行了调查，回收有效问卷587份。\n五、研究成果"
    blocks, _ = reflow(lines(text))
    assert len(blocks) == 2 and "本校八、九年级" in blocks[0].text


def test_a_schedules_entries_opened_by_their_times_stand_apart_and_a_time_wrapped_in_a_sentence_joins() -> None:
    text = "（一）10月24日（星期四）\n08:00　开幕式（运动员入场、升国旗、校长致辞）\n09:00　男女子60米预赛\n10:30　男女子400米决赛"
    blocks, _ = reflow(lines(text))
    assert [b.text[:5] for b in blocks] == ["（一）10", "08:00", "09:00", "10:30"]
    text = "学生练习把3时、10时用两种方法写出来：10时写作\n10:00。会议定于下午\n14:00　在三楼会议室召开。"
    blocks, _ = reflow(lines(text))
    assert len(blocks) == 1


def test_a_schedules_day_ranges_stand_apart_and_a_time_cut_by_the_wrap_goes_on() -> None:
    lines = [Line(1, "9月15日—9月25日　学生申请、班级推荐"), Line(2, "9月26日—10月10日　学院审核、公示")]
    assert len(reflow(lines)[0]) == 2
    lines = [Line(1, "累计入住满10晚的宾客自动升级为会员，可享受延迟退房至14:0"), Line(2, "0、免费接送站等权益。")]
    assert [b.text for b in reflow(lines)[0]] == ["累计入住满10晚的宾客自动升级为会员，可享受延迟退房至14:00、免费接送站等权益。"]


def test_an_itinerarys_days_stand_apart_and_a_day_in_a_sentence_joins() -> None:
    days = ["D1乌鲁木齐接机，逛大巴扎，早点休息", "D2乌鲁木齐—克拉玛依（约310公里），傍晚去魔鬼城看日落", "第3天　布尔津—贾登峪，下午进景区"]
    assert len(reflow([Line(k + 1, s) for k, s in enumerate(days)])[0]) == 3
    text = ["行程第一天从乌鲁木齐出发，", "D2再去克拉玛依。"]
    assert len(reflow([Line(k + 1, s) for k, s in enumerate(text)])[0]) == 1


def test_a_notices_addressees_stand_alone_and_a_numbered_line_run_on_past_its_heading_joins_across_a_page() -> None:
    text = ["关于做好2024年柑橘冬季清园工作的通知", "各乡镇（街道）农业综合服务站，各柑橘专业合作社、家庭农场：",
            "冬季清园是压低柑橘病虫越冬基数、保障来年丰产稳产的关", "键措施。为切实做好今冬柑橘清园工作，现将有关事项通知如下。",
            "一、充分认识冬季清园的重要性", "近年来，我县柑橘溃疡病、红蜘蛛和介壳虫发生面积逐年扩",
            "大，部分果园因清园不彻底导致翌年春梢期病虫害暴发。各地要", "把冬季清园作为当前果园管理的头等大事，在采果后至春芽萌发",
            "前集中开展。"]
    assert reflow([Line(k + 1, s) for k, s in enumerate(text)])[0][1].text == text[1]
    body = ["课题组成员通过文献研究梳理了跨学科实践活动的内涵和特征，", "明确了活动设计的基本原则和实施路径，撰写读书笔记46篇。",
            "（二）开展现状调查。2024年10月，课题组对本市6所初中的问卷", "调查，并对其中12名教师进行了访谈，形成了调查报告一份。"]
    lines = [Line(k + 1, s, brk=(k == 3)) for k, s in enumerate(body)]
    assert any(b.text.endswith("问卷调查，并对其中12名教师进行了访谈，形成了调查报告一份。") for b in reflow(lines)[0])


def test_a_wrapped_line_that_stops_on_a_closing_book_mark_or_quote_goes_on() -> None:
    text = ["（三）公开课与竞赛。2019年在全县高中物理优质课评比中获得了一等", "奖；承担市级送教下乡公开课《动量守恒定律的应用》",
            "一节，获得听课教师的好评。所带学生在全市物理竞赛中获奖共计12人", "次，其中一等奖3人次，二等奖5人次，本人被评为全市优秀辅导教",
            "师，相关经验在全县教研活动中作了交流。"]
    assert len(reflow([Line(k + 1, s) for k, s in enumerate(text)])[0]) == 1


def test_a_markdown_heading_is_a_line_of_its_own() -> None:
    lines = [Line(1, "# MySQL定时备份实战：shell脚本+crontab自动备份并保留最近7天"), Line(2, "生产环境的数据库一定要有备份！"),
             Line(3, "## 一、环境说明"), Line(4, "操作系统为CentOS 7.9，数据库版本为MySQL 5.7.40。")]
    assert len(reflow(lines)[0]) == 4


def test_a_title_at_the_top_ends_where_site_rows_were_taken_out_under_it_and_a_wrapped_clause_goes_on() -> None:
    # Line 4 (the author's name) was taken out: the title does not run on into the author's motto
    # under it (a zhihu column, holdout10's k11), but a wrapped clause runs on across a taken-out line.
    top = [Line(3, "在职一年过四科：我的注册会计师备考经验和六科学习顺序", True),
           Line(5, "财务分析师｜CPA全科持证｜偶尔写点备考心得", True), Line(8, "目录", True)]
    assert [b.text for b in reflow(top)[0]][:2] == [top[0].text, top[1].text]
    wrapped = [Line(1, "县水利局组织力量对全县供水设施开展了专项调查，现将", True), Line(3, "有关情况报告如下。", True)]
    assert [b.text for b in reflow(wrapped)[0]] == ["县水利局组织力量对全县供水设施开展了专项调查，现将有关情况报告如下。"]


def test_three_long_paragraphs_of_like_length_a_line_each_stay_apart() -> None:
    # Three lines of 130-odd characters, each ending its sentence: no page is wrapped that wide.
    sentence = "这部电影讲的故事其实很简单，九十年代初一座南方海港小城里，邮递员老陈负责码头那一片的投递工作。"
    paras = [(sentence * 3)[:133] + "。", (sentence * 3)[2:137] + "。", (sentence * 3)[1:131] + "。",
             "当然，片子也有不足。", "四星，给老陈。"]
    blocks = [b.text for b in reflow(lines("\n".join(paras)))[0]]
    assert blocks == paras


def test_a_number_wrapped_apart_from_its_unit_on_a_short_line_goes_on() -> None:
    # The line is a few characters short of the width (a counter was cut from it), but it stops on a
    # number whose unit opens the next line: one sentence.
    text = ["第五条　仓储费及支付方式。仓储费按月结算，装卸费按次计收，费用标准",
            "见本合同附件一的费用明细表。甲方应在收到发票后按时足额支付各项费",
            "用。乙方每月5日前向甲方提供对账单，甲方核对无误后10",
            "个工作日内支付，乙方开具增值税专用发票。",
            "第六条　保险。乙方应为仓库及库内货物投保财产一切险，保险费由乙方",
            "承担；发生保险事故时，乙方应及时通知甲方并协助办理理赔手续。"]
    blocks = [b.text for b in reflow([Line(k + 1, t) for k, t in enumerate(text)])[0]]
    assert any("核对无误后10个工作日内支付" in b for b in blocks)


def test_a_books_title_left_open_goes_on_and_a_timetables_entries_stand_apart() -> None:
    text = ["二、哪些家庭成员建议检测", "根据《中国居民家庭幽门螺杆菌感染防控和管理专家共识",
            "（2021年）》，家庭中有一人确诊感染时，建议同住的成年家庭成员进行检",
            "测。以下人群尤其需要重视：", "四、时间安排",
            "10月15日前：各单位报送推荐材料（纸质版一式一份，电子版发送至研究生院）", "10月下旬：学校审定及公示"]
    blocks, _ = reflow(lines("\n".join(text)))
    assert [b.text[:6] for b in blocks] == ["二、哪些家庭", "根据《中国居", "四、时间安排", "10月15日", "10月下旬："]
