import os, random, re
from wrapdoc import build, emit
C = ["# doc88 page of a hospital's 医院感染管理制度: page-title line ' - 道客巴巴' (wording differs from the document's title line);",
     "# '下载积分: N 内容提示:' and the snippet (the first ~270 characters of the text layer, line breaks turned into spaces, same",
     "# damage) on ONE line ending '...', then the metadata row, then the full text layer (the snippet is a second copy: chrome);",
     "# UTF-8 with BOM; PDF wrap 33; title line + 文件编号 field line (preamble); RUNNING HEADER (hospital + 制度汇编 volume) from page 2",
     "# and footer '· N ·' on every page, sentences crossing them; 一、/（一）/1． run-in; a download-form sentence (content); damage:",
     "# private-use U+E001–E005 for （），：。 (doc88's map) with real marks mixed in (fixes/), each run-in item's first sentence end and",
     "# every marker left real; not truncated; tail: uploader row, other docs of the uploader, download button, footer"]
PUA = {"，": "\ue003", "（": "\ue001", "）": "\ue002", "：": "\ue004", "。": "\ue005"}
P = {"，": .9, "（": .7, "）": .6, "：": .75, "。": .85}
rng = random.Random(1603)
MK = re.compile(r"^(?:[一二三四五六]、|（[一二三四五六]）|\d．)")
def sub(s):
    return "".join(PUA[c] if c in PUA and rng.random() < P[c] else c for c in s)
def dmg(tag, s):
    if os.environ.get("CLEAN") or tag in ("t",) or tag.endswith("!"):
        return s
    pre = ""
    m = MK.match(s)
    if m:
        pre, s = m.group(0), s[m.end():]
    if tag.startswith("s"):
        cut = re.search(r"[。！？；]", s)
        if cut and cut.end() < len(s):   # a run-in heading's own sentence end stays a real mark (the heading split is read off it)
            return pre + sub(s[:cut.end() - 1]) + s[cut.end() - 1] + sub(s[cut.end():])
    return pre + sub(s)
items = [
("t", "医院感染管理制度"),
("p", "文件编号：NCRY-YG-001　　版本号：2024-A　　生效日期：2024年3月1日", "nw"),
("s1!", "一、总则"),
("s2", "（一）为有效预防和控制医院感染，保障医疗安全，提高医疗质量，根据《医院感染管理办法》《医疗机构感染预防与控制基本制度（试行）》等规定，结合本院实际，制定本制度。"),
("s2", "（二）医院感染管理是医疗质量管理的重要组成部分。全院各科室和全体工作人员都应当严格执行本制度，落实医院感染预防与控制措施。"),
("s1!", "二、组织管理"),
("s2", "（一）医院感染管理委员会。由院长任主任委员，分管副院长任副主任委员，成员由医务科、护理部、院感科、检验科、药剂科、总务科及主要临床科室负责人组成。委员会每季度至少召开一次会议，研究解决医院感染管理中的重大问题。"),
("s2", "（二）院感科。在委员会领导下具体负责全院医院感染的监测、培训、督查和指导工作，配备专职人员不少于3人。"),
("s2", "（三）科室感染管理小组。各临床科室成立由科主任、护士长和兼职监控医生、监控护士组成的感染管理小组，负责本科室医院感染管理的各项工作。"),
("s1!", "三、监测与报告"),
("s2", "1．院感科对住院患者开展医院感染病例前瞻性监测，重点监测重症医学科、新生儿科、手术室等高风险部门。"),
("s2", "2．临床医生发现医院感染病例，应当于24小时内通过信息系统上报院感科；发现疑似医院感染暴发（3例以上同种同源感染病例）时，应当立即报告科主任和院感科。"),
("s2", "3．院感科接到暴发报告后，应当在2小时内到达现场调查核实，并按规定向县卫生健康局报告。"),
("s2", "4．每季度对环境卫生学和消毒灭菌效果进行监测，监测结果不合格的，科室须查找原因并整改，复测合格后方可使用。"),
("s1!", "四、手卫生管理"),
("s2", "1．全院工作人员应当严格遵守《医务人员手卫生规范》，认真执行“两前三后”的洗手指征。"),
("s2", "2．各病区应当配备非手触式水龙头、洗手液、干手纸巾及速干手消毒剂，病房每床配备速干手消毒剂。"),
("s2", "3．院感科每月对各科室手卫生依从性进行抽查，并将结果纳入科室质量考核。各科室可在院内办公系统“院感专栏”下载《手卫生依从性观察记录表》开展自查。"),
("s1!", "五、消毒隔离与医疗废物管理"),
("s2", "（一）进入人体无菌组织、器官的医疗器械和物品必须灭菌；接触皮肤、黏膜的医疗器械和物品必须消毒。一次性使用的医疗器械和物品不得重复使用。"),
("s2", "（二）对传染病患者及多重耐药菌感染患者，应当按照接触、飞沫或空气传播途径采取相应隔离措施，并在床头卡和病历上作出隔离标识。"),
("s2", "（三）医疗废物应当按照感染性、损伤性、病理性、药物性、化学性分类收集，使用专用包装物和容器，由专人每日定时收集，交接登记资料保存3年。"),
("s1!", "六、附则"),
("p", "本制度由院感科负责解释，自发布之日起施行。原《医院感染管理制度（2019版）》同时废止。"),
]
items = [(t, dmg(t, x)) + tuple(o) for t, x, *o in items]
footer = lambda p: ["· %d ·" % p]
header = lambda p: ["南川县人民医院管理制度汇编　　　　　院感管理分册"]
lines, pages = build(items, 33, 33, 14, footer, header, seed=16)
lines.append(("c", "· %d ·" % pages))
flat = " ".join(x for t, x in lines if t not in ("c", "x"))
snippet = flat[:270].rstrip()
top = [("c", "医院感染管理制度（2024年修订版） - 道客巴巴"),
       ("c", "下载积分: 600 内容提示: " + snippet + "..."),
       ("c", "文档格式:DOCX | 页数:%d | 浏览次数:3,208 | 上传日期:2024-03-11 09:15:47 | 文档星级:★★★★★" % pages),
       ("c", "")]
tail = [("c", "上传者：杏林小筑　　　该用户的其他文档"),
        ("c", "医院感染暴发报告及处置制度.doc"),
        ("c", "多重耐药菌医院感染预防与控制措施.pdf"),
        ("c", "手术室医院感染管理规范（2023）.docx"),
        ("c", "下载此文档　　加入VIP，免费下载"),
        ("c", "道客巴巴　　关于我们　　帮助中心　　诚聘英才　　联系我们　　网站地图　　©2008-2024 doc88.com")]
emit(os.environ.get("OUT", "q03_doc88_ganran-zhidu.txt"), C, top + lines + tail)
print(pages, snippet[-20:])
