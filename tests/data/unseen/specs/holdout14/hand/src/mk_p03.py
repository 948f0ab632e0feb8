import os, random, re
from wrapdoc import build, emit
C = ["# doc88 page of a 大学生职业生涯规划书: page-title line ' - 道客巴巴' is the ONLY title (the cover title was an image: gold via",
     "# fixes/); '下载积分: N 内容提示:' on its own line, then a one-line snippet of the first ~260 characters (line breaks turned into",
     "# spaces) ending '...', then the metadata row, then the full text layer (the snippet is a second copy: chrome); UTF-8 with BOM;",
     "# PDF wrap 37; cover field lines (preamble); bare page-number lines from page 2 (cover unnumbered), sentences crossing them;",
     "# 前言 line + paragraph (preamble); 一、/（一）/1． run-in, ① inside paragraphs; damage: private-use code points U+E001–E005 for",
     "# （），：。 with real marks mixed in (fixes/), the first sentence end of each run-in item and all markers left intact; not",
     "# truncated; tail: rating row, related list, footer"]
PUA = {"，": "\ue003", "（": "\ue001", "）": "\ue002", "：": "\ue004", "。": "\ue005"}
P = {"，": .85, "（": .65, "）": .65, "：": .7, "。": .8}
rng = random.Random(388)
MK = re.compile(r"^(?:[一二三四五六]、|（[一二三四五六]）|\d．)")
def dmg(tag, s):
    if os.environ.get("CLEAN"):
        return s
    pre = ""
    m = MK.match(s)
    if m:
        pre, s = m.group(0), s[m.end():]
    if tag.startswith("s") and not tag.endswith("!"):
        cut = re.search(r"[。！？；]", s)
        if cut:   # the run-in heading's own sentence end stays a real mark (the heading split is read off it)
            head, s = s[:cut.end() - 1], s[cut.end() - 1:]
            pre += "".join(PUA[c] if c in PUA and rng.random() < P[c] else c for c in head) + s[0]
            s = s[1:]
    return pre + "".join(PUA[c] if c in PUA and rng.random() < P[c] else c for c in s)
items = [
("p", "姓　　名：何雨桐", "nw"),
("p", "学　　院：护理学院", "nw"),
("p", "专　　业：护理学（本科）", "nw"),
("p", "班　　级：2022级2班", "nw"),
("p", "指导教师：苏　曼", "nw"),
("p", "完成时间：2023年5月", "nw"),
("pb", ""),
("p", "前　　言", "nw"),
("p", "有人说，护士是“白衣天使”；也有人说，护理工作又苦又累、前途有限。进入大学一年来，我在专业课学习和医院见习中逐渐认识到，护理不只是打针发药，更是一门需要扎实知识、细致观察和人文关怀的专业。为了让大学四年不虚度，也为了毕业后能尽快找准方向，我结合自身情况和职业环境，制定了这份职业生涯规划。"),
("s1!", "一、自我认知"),
("s2", "（一）职业兴趣。根据霍兰德职业兴趣测试结果，我的代码为SIA（社会型、研究型、艺术型），喜欢与人交流、乐于帮助他人，对医学知识有较强的好奇心。"),
("s2", "（二）职业性格。MBTI测评结果为ISFJ（守护者型），做事认真负责、有耐心，能够按规范完成任务，但在陌生场合表达自己时略显拘谨。"),
("s2", "（三）职业能力。优势是动手能力较强，基础护理操作考核成绩为年级前10%，并取得了红十字会救护员证；不足是英语基础一般，科研意识和临床思维还需要加强。"),
("s2", "（四）职业价值观。我最看重的是工作的意义感和稳定性，其次是个人成长空间，对薪酬的期望处于中等水平。"),
("s1!", "二、职业环境分析"),
("s2", "（一）家庭环境。我来自县城普通家庭，母亲是乡镇卫生院的护士，从小耳濡目染，家人支持我从事护理工作，并希望我毕业后回到省内工作。"),
("s2", "（二）学校环境。学校是省属医学院校，护理学专业为省级一流本科专业建设点，拥有3所直属附属医院，临床见习和实习条件较好。"),
("s2", "（三）社会环境。随着人口老龄化加快和“健康中国”战略的推进，社会对护理人员的需求持续增加，老年护理、社区护理、专科护理等方向发展迅速，具备专科资质的护士尤其紧缺。"),
("s2", "（四）职业环境。三级医院对本科护士的招聘要求越来越高，通常要求取得护士执业资格证，部分岗位还要求有规培经历或英语四级证书；同时，护士工作强度大、夜班多，职业倦怠问题较为普遍。"),
("s1!", "三、职业定位"),
("p", "综合以上分析，我的职业目标是：毕业后进入省内三级甲等医院从事临床护理工作，五年内成为一名重症监护（ICU）专科护士，十年左右成长为护理骨干，并向护理管理或护理教学方向发展。备选方向为社区卫生服务中心的慢病管理护士。"),
("s1!", "四、计划实施"),
("s2", "1．短期计划（2023—2026年，在校期间）。学好专业课程，保持绩点在3.5以上；大二通过英语四级，大三通过六级；参加学校护理技能大赛，争取获得省级奖项；实习期间在ICU轮转不少于8周，毕业当年通过护士执业资格考试。"),
("s2", "2．中期计划（2026—2030年）。入职后完成规范化培训，①熟练掌握呼吸机、血液净化等重症护理技术，②取得省级ICU专科护士培训合格证书，③每年在护理期刊上发表或参与发表1篇论文。"),
("s2", "3．长期计划（2031—2036年）。争取晋升主管护师，承担科室带教工作，视发展情况攻读护理学硕士学位，逐步走向护理管理岗位。"),
("s1!", "五、评估与调整"),
("p", "职业规划不是一成不变的。我将每学期末对照计划进行一次自我评估，重点检查学习成绩、证书考取和实践经历的完成情况；如果在实习中发现自己不适合重症护理的工作节奏，将及时把目标调整为社区护理方向，并相应调整学习重点。"),
("p", "路虽远，行则将至；事虽难，做则必成。我相信，只要脚踏实地地朝着目标努力，就一定能成为一名合格的白衣天使。"),
]
items = [(t, dmg(t, x)) + tuple(o) for t, x, *o in items]
footer = lambda p: [] if p == 1 else [str(p - 1)]
lines, pages = build(items, 37, 37, 15, footer, lambda p: [], seed=3)
flat = " ".join(x for t, x in lines)
snippet = flat[:262].rstrip()
top = [("c", "大学生职业生涯规划书（护理学专业） - 道客巴巴"),
       ("c", "下载积分: 1200 内容提示:"),
       ("c", snippet + "..."),
       ("c", "文档格式:PDF | 页数:%d | " % pages + "浏览次数:1,472 | 上传日期:2023-05-18 21:40:06 | 文档星级:★★★★"),
       ("c", "")]
tail = [("c", "大学生职业生涯规划书（护理学专业）"),
        ("c", "本文档为会员上传，下载所得积分归上传人所有"),
        ("c", "想免费下载本文？　立即下载"),
        ("c", "相关文档"),
        ("c", "护理专业大学生职业生涯规划书范文（5篇）"),
        ("c", "医学生职业生涯规划PPT模板"),
        ("c", "ICU专科护士培训考核大纲（2022版）"),
        ("c", "道客巴巴　|　关于道客巴巴　|　帮助中心　|　联系我们　|　意见反馈　　闽ICP备XXXXXXXX号")]
emit(os.environ.get("OUT", "p03_doc88_zhiye-guihua.txt"), C, top + lines + [("c", str(pages - 1))] + tail)
