"""w12: literature review on an academic document site; title is the first line of the file; hard wrap 46 with page
footer and running header; truncated preview."""
import os
from wrapdoc import build, emit

C = ["# graduate course paper (literature review) on an academic document site; UTF-8 CRLF; hard wrap 46; title = first line of the",
     "# file, site rows after it; author, affiliation, abstract and keyword lines as preamble; bare-number 1 / 2.1 whole-line",
     "# headings, 3.1 run-in; sentence on retrieving and downloading the literature from CNKI and a page reference 第3页表1",
     "# (content); checking-service ad BETWEEN subsections; page footer ⸢p⸣ and running header (course-paper line) between pages,",
     "# one splitting a paragraph; truncated mid-sentence (2 of 9) + trial block, coin row, related list, footer"]
items = [
    ("t", "乡村振兴背景下农村学前教育发展研究综述"),
    ("c", "书蠹学术文库 / 教育学 / 学前教育 / 课程论文"),
    ("c", "上传：xueba_07 ｜ 2024-06-20 ｜ 9 页 ｜ 约 8600 字 ｜ 评分 4.2/5"),
    ("c", "〖收藏〗〖引用〗〖报错〗"),
    ("c", ""),
    ("p", "刘沐阳"),
    ("p", "（岚州师范学院教育学院，浙江岚州　321000）"),
    ("p", "摘要：农村学前教育是乡村振兴战略的重要组成部分。本文梳理了2010年以来国内关于农村学前教育的研究文献，从资源配置、师资队伍和质量评价三个方面归纳了已有研究的主要观点，指出当前研究存在实证研究偏少、区域比较不足等问题，并对未来研究方向提出了建议。"),
    ("p", "关键词：乡村振兴；农村学前教育；资源配置；师资队伍"),
    ("s1!", "1　引言"),
    ("p", "党的十九大提出实施乡村振兴战略以来，农村学前教育的普及普惠发展受到越来越多的关注。本文文献主要通过中国知网（CNKI）以“农村学前教育”为主题词检索下载，时间跨度为2010—2024年，剔除会议通知、新闻报道等非学术文献后，共获得有效文献213篇，各年份发文量见本文第3页表1。"),
    ("s1!", "2　研究现状"),
    ("s2!", "2.1　农村学前教育资源配置研究"),
    ("p", "已有研究普遍认为，城乡之间学前教育资源配置不均衡的问题依然突出。周晓岚（2019）对中部三省的调查发现，农村幼儿园生均公用经费仅为城市的58%，且主要依赖县级财政投入。也有学者指出，随着农村学龄人口减少，部分乡镇中心幼儿园出现“大园空置、小园拥挤”的结构性矛盾，村级教学点的布局亟待优化。"),
    ("s2!", "2.2　农村幼儿园师资队伍研究"),
    ("p", "师资问题是制约农村学前教育质量的关键因素，相关研究集中在教师数量不足、专业化水平低和流失率高三个方面。陈明远等（2021）基于西部两省1200名农村幼儿教师的问卷调查发现，非在编教师占比超过六成，月收入低于当地平均工资水平的教师占47.3%。"),
    ("c", "📢 书蠹查重 · 毕业论文（本科）低至 ¥39 · 报告 10 分钟出 · 首次提交再减 5 元 ➝"),
    ("s2!", "2.3　农村学前教育质量评价研究"),
    ("p", "近年来，研究者开始关注农村学前教育的过程性质量。有研究运用《幼儿学习环境评价量表》对农村幼儿园进行测评，结果显示其在“语言与推理”“集体活动”两个维度上得分偏低，“小学化”倾向仍较明显；另有研究发现，家长教育观念对农村幼儿园课程实施的影响不容忽视。"),
    ("s1!", "3　研究述评与展望"),
    ("s2", "3.1　已有研究的不足。一是以思辨研究为主，基于大样本数据的实证研究偏少；二是多关注中西部欠发达地区，对东部发达地区农村的研究不足；三是对乡村振兴政策背景下"),
]
footer = lambda p: [f"⸢{p}⸣"]
header = lambda p: ["岚州师范学院研究生课程论文　　　　　　　　　　　　2023—2024学年第二学期"]
# the chrome rows after the title are 'c' items inside the item list, so wrapdoc passes them through
lines, pages = build(items, 46, 46, 16, footer, header, seed=12)
tail = [("c", "⋯⋯⋯ 试读 2 页，全文共 9 页 ⋯⋯⋯"),
        ("c", "【下载全文】12 蠹币　　【加入书架】　　【生成参考文献格式】"),
        ("c", "相关论文："),
        ("c", "　· 县域学前教育普惠发展的实证研究（6页）"),
        ("c", "　· 农村幼儿教师专业发展困境与对策（11页）"),
        ("c", "书蠹学术文库 shuduxueshu.cn　收录资料由用户分享，只供学习参考　皖ICP备2021XXXXXX号")]
emit(os.environ.get("OUT", "w12_shudu_wenxian-zongshu.txt"), C, lines + tail)
print(pages)
