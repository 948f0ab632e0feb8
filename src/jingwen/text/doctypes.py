"""What marks a line as a Chinese title or an issuer: document-type words that end titles (…工作总结,
…实施方案, …的通知), most specific first, a subtitle run on after the title, and the words that
end the name of an issuing body (…人民政府办公室)."""

from __future__ import annotations

import re

# Most specific first: the first one found at the end of the title wins.
DOC_TYPES = (
    "工作总结", "年度总结", "个人总结", "述职报告", "工作报告", "调研报告", "调查报告", "自查报告", "实习报告",
    "可行性研究报告", "研究报告", "开题报告", "工作计划", "年度计划", "教学计划", "实施方案", "工作方案", "设计方案",
    "应急预案", "活动方案", "施工方案", "招标文件", "投标文件", "投标书", "标书", "管理办法", "实施细则",
    "管理制度", "规章制度", "管理规定", "合同书", "合同", "协议书", "协议", "说明书", "操作手册", "使用手册",
    "教学设计", "教案", "课件", "讲话稿", "讲话", "发言稿", "发言", "致辞", "演讲稿", "演讲", "心得体会", "读后感",
    "论文", "综述", "试题", "试卷", "考试题", "习题", "练习题", "答案", "通知", "通报", "通告", "公告",
    "决定", "意见", "批复", "请示", "函", "纪要", "简报", "条例", "规定", "办法", "细则", "章程", "制度", "责任制",
    "总结", "计划", "方案", "报告", "预案", "申请书", "倡议书", "承诺书", "责任书", "证明", "简介", "指南",
    "判决书", "裁定书", "决定书", "起诉书", "答辩状", "起诉状", "邀请函", "简历", "教程", "手册", "标准", "规范",
    "规程", "须知", "守则", "公约", "指引", "招标公告", "公示", "声明", "启事", "贺信", "感谢信", "倡议",
    "建议书", "任务书", "意向书", "计划书", "策划书", "调解书", "委托书", "授权书", "保证书", "检讨书", "介绍信",
    "表扬信", "说课稿", "主持词", "观后感", "讲义", "年度报告", "年报", "实验报告", "记录表", "登记表", "申请表",
    "真题", "模拟题", "施工组织设计", "组织设计", "简章", "意见书", "导游词", "剧本", "思想汇报", "汇报",
    "大事记", "年鉴", "公报", "白皮书", "提案", "议案", "决议", "备忘录", "会议记录", "访谈录", "工作日志", "周报",
    "旬报", "月报", "大纲", "清单", "名单", "一览表", "教学反思", "导学案", "学案", "复习提纲", "开幕词", "闭幕词",
    "欢迎词", "贺词",
    "颁奖词", "公开信", "评估报告", "分析报告", "监理规划", "读书笔记", "攻略", "评析", "测评", "评测", "招股说明书",
    "申报书", "条款", "讲稿", "案例", "规划", "规划书", "指导书", "事迹材料", "交底", "鉴定书", "随笔", "手记",
    "日记", "周记", "提纲", "汇编", "检查材料", "对照检查材料", "发言材料", "汇报材料", "交流材料", "学习材料",
    "申报材料", "问卷", "调查问卷", "同意书", "知情同意书", "告知书", "规约", "民约", "工作要点", "要点", "自我鉴定",
    "述评", "游记", "议程", "纲要", "课程纲要", "说明书",
    "辩护词", "代理词", "辩护意见", "代理意见", "上诉状", "申诉书", "答辩书", "悼词", "解说词", "串词", "自荐信",
    "求职信", "推荐信", "一封信", "解读", "释义", "问答", "誓词", "宣言", "课堂实录", "实录", "听课记录", "检查记录",
    "记录", "心得", "感想", "体会", "笔记", "单元测试", "测试", "规则", "流程", "范文", "范例", "模板",
    "安排", "说明", "答复", "招聘", "日程", "日程表",
)
TITLE_END = re.compile("(" + "|".join(map(re.escape, DOC_TYPES)) + r")[)）\]】]*$")


def ends_with_type(text: str) -> bool:
    return bool(TITLE_END.search(text.strip()))


# A title with its subtitle run on after a blank ("守一方讲台　育满园桃李 ——在…大会上的发言 …"),
# where the line breaks were lost: the title is what stands before the dash.
SUBTITLED = re.compile(r"^(?P<t>[^。！？；;，,：:]{4,40}?)[ \u3000]+——")

ISSUER_END = re.compile(
    r"(人民政府|委员会|办公室|办公厅|人民代表大会|常务委员会|局|厅|部|公司|集团|学校|学院|大学|中学|小学|幼儿园|中心|协会|学会|"
    r"研究院|医院|支部|党委|工会|小组|联合会|法院|检察院|气象台|监测站|管理站|管理处|管理所)(文件)?$"
)


# A site's decorations around a page title: the site's name after a dash or underscore (" - 学海文库",
# "_知行资料网", "-原创力文档"), a file extension, a thumbnail caption, a recommendation tag.
_SITE_NAME = r"[\w\u4e00-\u9fff.]{0,12}(?:文库|文档|资料|网|库|站|平台|台|中心|社区|论坛|圈|吧|博客|\.com|\.cn|\.net)"
# After an underscore any short name is the site's ("…导游词_山水说"): no title has one there; so is a
# short name after a dash with blanks around it ("… - 智能家电板块 - 数码控社区"), a board's or a site's.
_SITE_SUFFIX = re.compile(rf"\s*(?:[-_–—|｜]\s*{_SITE_NAME}|_第\d+页|_[^\s_|｜，。；：、！？,.;:!?]{{1,10}}"
                          r"|_[^\s_|｜，。；：、！？,.;:!?]{1,10}[-–·\s][A-Za-z][A-Za-z .]{0,16}"
                          r"|\s[-–—]\s[^\s\-–—，。；：、！？,.;:!?]{1,12}"
                          # (or the section and the site after plain dashes: "…全家都要查吗？-健康科普-沐城三院")
                          r"|(?<=[\u4e00-\u9fff？！?!）)》”])(?:-[\u4e00-\u9fff]{2,16}){1,2}-[\u4e00-\u9fff]{1,14}"
                          r"(?:网|站|平台|中心|社区|论坛|医院|大学|学院|学校|政府|官网|集团|公司|协会|频道|门户))\s*$")
# After a bar, a short name that does not end a title ("…导游词｜山水说", not "关于A｜B的通知").
_BAR_SUFFIX = re.compile(r"\s*[|｜]\s*([^\s_|｜，。；：、！？,.;:!?]{1,10})\s*$")
FILE_TYPES = r"(?:docx?|pdf|pptx?|xlsx?|txt|wps)"
"""The formats a document site's files come in (a file's name, a listed document's format)."""
FILE_NAMED = re.compile(rf"\.{FILE_TYPES}\b", re.IGNORECASE)
"""A file's name in a line ("…（2024版）.docx(9页)")."""
_FILE_EXT = re.compile(rf"\.{FILE_TYPES}\s*$", re.IGNORECASE)
# A post's time stamp after its headline, the site's way (2023-04-12 09:31:07, in brackets or not),
# and a word or a mark after it ("转载▼"): an author writes 2023年4月12日, and not after a title.
_STAMP_SUFFIX = re.compile(r"\s*[（(\[]?\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
                           r"\s*[)）\]]?\s*[\u4e00-\u9fff]{0,4}[▼▲↓]?\s*$")
_TAG = re.compile(r"^\s*【[^】]{1,16}】\s*")  # 【推荐】, 【本篇可直接用于教资面试】: the site's badge
BYLINE_WORDS = ("文", "图", "撰文", "作者", "记者", "通讯员", "编辑", "责编", "整理", "口述", "摄影", "供稿")
BYLINE = re.compile("^(?:" + "|".join(BYLINE_WORDS) + r")\s*[／/｜|:：]")
"""Who wrote, photographed, reported or compiled it (文／周以宁…, 图|…, 撰文：…): a line under a title."""
TRAILING_NOTE = re.compile(r"[(（【\[][^)）】\]]{1,12}[)）】\]]\s*$")
"""A note after a title, not its type: "(含答案)", "（范本）", "(word版)"."""


def strip_site(text: str) -> str:
    """A page title without the site's decorations: "【推荐】X（2024年修订）.docx - 学海文库" → "X（2024年修订）"."""
    s = text.strip()
    for _ in range(3):
        before = s
        if "-" in s or "/" in s:
            s = _STAMP_SUFFIX.sub("", s)
        s = _FILE_EXT.sub("", _SITE_SUFFIX.sub("", _TAG.sub("", s)))
        bar = _BAR_SUFFIX.search(s)
        if bar and bar.start() and "的" not in bar.group(1) and not ends_with_type(bar.group(1)):
            s = s[:bar.start()]
        if s == before:
            break
    return s.strip()


def suffixed_title(text: str) -> str | None:
    """The title a page title names, where the site's decorations stand after it (" - 观潮社区",
    "_范文网", ".docx"); None for a line without such a suffix."""
    s = text.strip()
    bare = strip_site(s)
    return bare if bare != s and s.startswith(bare) else None


def bare_title(text: str) -> str:
    """A title reduced for comparison: decorations, a trailing note "(含答案)" and blanks gone."""
    return "".join(TRAILING_NOTE.sub("", strip_site(text)).split())


def same_title(a: str, b: str) -> bool:
    """Two lines naming one document: equal once reduced, one the start of the other, or most of the
    shorter one's characters in order in the longer one (a page title beside the author's own)."""
    a, b = bare_title(a)[:80], bare_title(b)[:80]
    if len(a) < 4 or len(b) < 4:
        return False
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    if a.endswith(b) or b.endswith(a):
        # a site's generic headline for the document's own (团队建设活动方案 / 研发中心2024年…团队建设活动方案)
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return _common(short, long_) >= 0.7 * len(short) and len(short) >= 0.5 * len(long_)


def _common(a: str, b: str) -> int:
    """The length of the longest common subsequence of two short strings (titles: tens of characters)."""
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0]
        for j, other in enumerate(b):
            cur.append(prev[j] + 1 if ch == other else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
