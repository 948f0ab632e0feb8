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
    "教学设计", "教案", "课件", "讲话稿", "讲话", "发言稿", "发言", "致辞", "演讲稿", "心得体会", "读后感",
    "论文", "综述", "试题", "试卷", "考试题", "习题", "练习题", "答案", "通知", "通报", "通告", "公告",
    "决定", "意见", "批复", "请示", "函", "纪要", "简报", "条例", "规定", "办法", "细则", "章程", "制度",
    "总结", "计划", "方案", "报告", "预案", "申请书", "倡议书", "承诺书", "责任书", "证明", "简介", "指南",
)
TITLE_END = re.compile("(" + "|".join(map(re.escape, DOC_TYPES)) + r")[)）\]】]*$")


def ends_with_type(text: str) -> bool:
    return bool(TITLE_END.search(text.strip()))


# A title with its subtitle run on after a blank ("守一方讲台　育满园桃李 ——在…大会上的发言 …"),
# where the line breaks were lost: the title is what stands before the dash.
SUBTITLED = re.compile(r"^(?P<t>[^。！？；;，,：:]{4,40}?)[ \u3000]+——")

ISSUER_END = re.compile(
    r"(人民政府|委员会|办公室|办公厅|人民代表大会|常务委员会|局|厅|部|公司|集团|学校|学院|大学|中心|协会|学会|"
    r"研究院|医院|支部|党委|工会|小组|联合会)(文件)?$"
)
