from lay import build, emit
NAME = "v09_doc88_hushizhang-shuzhi"
C = ["# 道客巴巴 doc88 (newer 2024 page) text: 护士长年度述职报告. UTF-8, wrap 36, final newline; page-title line ' - 道客巴巴';",
     "# header/nav, breadcrumb, file row (格式/页数/大小/热度/上传时间), tags row, **'文档摘要' teaser (second copy, chrome)**",
     "# then reader toolbar; **title over two lines** (wrapped); salutation preamble; 一、 whole-line, （一） run-in, 1. items;",
     "# footer '· N / 4 ·' (one inside a paragraph); **private-use punctuation** U+E003 ，/ U+E004 ：/ U+E005 。 in the body",
     "# (fixes/); signature/date after the last item; tail: comments, related list with page counts, footer."]
P = {"，": "\ue003", "：": "\ue004", "。": "\ue005"}
def pua(s, sec=False):
    out, k, stop = [], 0, sec   # in a run-in heading the first 。 stays real (the heading ends there)
    for ch in s:
        if ch in P:
            k += 1
            if ch == "。" and stop:
                out.append(ch); stop = False
            else:
                out.append(P[ch] if k % 5 != 3 else ch)   # most marks obfuscated, some real ones left
        else:
            out.append(ch)
    return "".join(out)
TITLE = "立足岗位抓质量　凝心聚力促发展——心血管内科护士长2024年度述职报告"
BODY = [
("p", "尊敬的各位领导、各位同事："),
("p", "2024年，我在护理部和科主任的领导下，带领心血管内科全体护理人员，围绕护理质量、患者安全和团队建设开展工作。现将一年来的履职情况报告如下，请予评议。"),
("s1!", "一、主要工作"),
("s2", "（一）抓护理质量，保障患者安全。坚持护士长每日晨间查房和夜查房，重点检查危重患者、术后患者的护理措施落实情况。全年科室护理质量综合考评平均96.8分，高于全院平均水平；未发生Ⅱ级及以上护理不良事件。"),
("s3", "1. 规范高危药品管理，胺碘酮、硝普钠等药品单独存放、专人核对，全年无用药差错。"),
("s3", "2. 落实跌倒、压力性损伤风险评估，高风险患者床头悬挂警示标识，全年跌倒发生率较上年下降40%。"),
("s2", "（二）抓优质服务，提升患者满意度。推行责任制整体护理，每名责任护士分管6至8名患者；开设“心脏康复小课堂”，每周四下午为患者及家属讲解用药和饮食知识，全年开课46次。第三方满意度调查结果为97.3%。"),
("s2", "（三）抓人才培养，建设护理团队。制定分层级培训计划，低年资护士重点培训基础操作，高年资护士重点培训危重症护理和带教能力。全年科室护士参加院级技能竞赛获二等奖1项，1人取得心血管专科护士资格证书，发表护理论文2篇。"),
("s2", "（四）抓科室管理，控制运行成本。实行耗材二级库管理，每月盘点一次，对高值耗材实行条码追溯；推行节约型病房，科室百元医疗收入卫生材料消耗较上年下降6.2%。"),
("s1!", "二、存在的不足"),
("p", "一是护理科研意识不强，课题申报仍是空白；二是护理人力相对紧张，节假日排班压力较大；三是本人在管理方法上创新不够，与兄弟科室交流学习较少。"),
("s1!", "三、2025年工作打算"),
("p", "一是申报一项院级护理科研课题，带动科室护理科研起步；二是推行弹性排班，合理调配人力；三是完善胸痛患者绿色通道护理流程，缩短急诊PCI患者入室时间；四是加强自身学习，提高管理水平。"),
("p", "以上是我的述职报告，不当之处，恳请各位领导和同事批评指正。"),
("p", "述职人：罗素琴"),
("p", "2025年1月10日"),
]
I = [
("c", TITLE + " - 道客巴巴"),
("c", "道客巴巴　　文档　专辑　书房　　　　　　　　　　　上传　　登录　　注册"),
("c", "首页 > 医药卫生 > 护理学 > 护理管理"),
("c", TITLE),
("c", "文档格式：.docx　　文档页数：PAGES页　　文档大小：23.6K　　文档热度：1　　上传时间：2025-02-11"),
("c", "文档标签：述职报告　护士长　心血管内科　　系统标签：述职　护理　护士长"),
("c", "文档摘要：" + pua(TITLE + BODY[0][1] + BODY[1][1][:88]) + "……"),
("c", "⊕ 放大　　⊖ 缩小　　⛶ 全屏　　↓ 下载　　　1 / PAGES"),
("t", pua(TITLE)),
] + [(t, pua(x, t.startswith("s"))) for t, x in BODY]
ftr = lambda p, n: ["", f"· {p} / {n} ·", ""]
L, n = build(I, 36, 36, 10, footer=ftr)
I = [(t, x.replace("PAGES", str(n))) for t, x in I]
L, n = build(I, 36, 36, 10, footer=ftr)
L += [("c", x) for x in ftr(n, n)]
L += [("c", x) for x in [
"评论（0 条）　　我来说两句",
"相关文档",
"2024年内科护士长年终述职报告.doc　　5页",
"护士长述职述廉报告范文（精选）.docx　　3页",
"心内科护理质量持续改进案例.pdf　　12页",
"道客巴巴　doc88.com　　联系客服　　沪ICP备10036828号-3",
]]
emit(NAME + ".txt", C, L)
