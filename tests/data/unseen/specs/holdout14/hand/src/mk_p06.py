import os, json, sys
from wrapdoc import build, emit
C = ["# jinchutou (金锄头文库) page of a company notice issuing its 全员安全生产责任制: page-title line '…-金锄头文库' (differs from the",
     "# title), breadcrumb, resource row, 文档介绍 label; GB18030; Word text layer wrap 40, page footer '- N -' (a paragraph crossing",
     "# it); 文号 line above a TWO-LINE TITLE (company line + 关于印发《…》的通知); addressee, notice body, 附件 line, company, date,",
     "# then on a new page '附件' + the rules' name line (preamble); 第X章 whole-line, 第X条 run-in, （一） items; MID-BODY",
     "# '点击查看更多>>' break with the text continuing; damage: chapter headings fake-bold printed 4x ('第一章第一章第一章第一章",
     "# 总则总则总则总则') and chunk counters ' N、' inserted mid-word about every 330 characters (both fixed via fixes/); not",
     "# truncated; tail: 下载 row, notice, related list, footer links"]
CLEAN = os.environ.get("CLEAN")
def bold(m, h):
    return f"{m}　{h}" if CLEAN else f"{m * 4}　{h * 4}"
items = [
("p", "宏川安〔2024〕3号", "nw"),
("t", "宏川新材料科技有限公司"),
("t", "关于印发《全员安全生产责任制》的通知"),
("p", "各部门、各车间："),
("p", "为全面落实企业安全生产主体责任，根据新修订的《中华人民共和国安全生产法》和上级有关要求，公司安全生产委员会对2021年印发的《安全生产责任制》进行了修订，形成了《全员安全生产责任制》，经公司总经理办公会审议通过，现印发给你们，请认真组织学习，严格贯彻执行。"),
("p", "附件：全员安全生产责任制", "nw"),
("p", "宏川新材料科技有限公司", "nw"),
("p", "2024年3月25日", "nw"),
("pb", ""),
("p", "附件", "nw"),
("p", "全员安全生产责任制", "nw"),
("s1!", bold("第一章", "总则")),
("s2", "第一条　为贯彻“安全第一、预防为主、综合治理”的方针，明确公司各级负责人、各部门和全体员工的安全生产职责，依据《中华人民共和国安全生产法》《危险化学品安全管理条例》等法律法规，制定本制度。"),
("s2", "第二条　本制度适用于公司全体员工，包括劳务派遣人员、实习人员以及在公司区域内作业的外来施工人员。"),
("s2", "第三条　公司实行“党政同责、一岗双责、齐抓共管、失职追责”的安全生产责任体系，坚持“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”。"),
("s1!", bold("第二章", "主要负责人及管理人员安全生产职责")),
("s2", "第四条　总经理是公司安全生产第一责任人，对本单位安全生产工作全面负责，主要职责如下："),
("s3", "（一）建立健全并落实全员安全生产责任制，加强安全生产标准化建设；"),
("s3", "（二）组织制定并实施本单位安全生产规章制度和操作规程；"),
("s3", "（三）组织制定并实施本单位安全生产教育和培训计划；"),
("s3", "（四）保证本单位安全生产投入的有效实施；"),
("s3", "（五）组织建立并落实安全风险分级管控和隐患排查治理双重预防工作机制，督促、检查安全生产工作，及时消除生产安全事故隐患；"),
("s3", "（六）组织制定并实施本单位的生产安全事故应急救援预案；"),
("s3", "（七）及时、如实报告生产安全事故。"),
("s2", "第五条　分管安全生产的副总经理协助总经理做好安全生产工作，负责组织安全检查和隐患整改，每月至少主持召开一次安全生产例会，对分管范围内的安全生产工作负直接领导责任。"),
("s2", "第六条　安全环保部是公司安全生产综合管理部门，负责组织安全生产教育培训，监督检查危险作业审批和劳动防护用品的发放使用，建立安全生产管理台账，每季度向安全生产委员会报告安全生产情况。"),
("c", "点击查看更多>>"),
("s1!", bold("第三章", "车间及岗位人员安全生产职责")),
("s2", "第七条　车间主任对本车间的安全生产负全面责任。组织开展班前安全讲话和岗位风险辨识，对新入厂员工进行车间级安全教育，每周组织一次车间安全检查，发现隐患及时整改并上报。"),
("s2", "第八条　班组长是本班组安全生产的直接责任人。严格执行交接班制度，检查本班组员工劳动防护用品的佩戴情况，制止违章作业和违反劳动纪律的行为。"),
("s2", "第九条　岗位操作人员的安全生产职责："),
("s3", "（一）严格遵守安全生产规章制度和操作规程，服从管理，正确佩戴和使用劳动防护用品；"),
("s3", "（二）接受安全生产教育和培训，掌握本岗位所需的安全生产知识，提高安全生产技能；"),
("s3", "（三）发现事故隐患或者其他不安全因素，立即向现场安全生产管理人员或者本单位负责人报告；"),
("s3", "（四）有权拒绝违章指挥和强令冒险作业，发现直接危及人身安全的紧急情况时，有权停止作业或者在采取可能的应急措施后撤离作业场所。"),
("s1!", bold("第四章", "考核与奖惩")),
("s2", "第十条　公司每半年对全员安全生产责任制落实情况进行一次考核，考核结果与部门绩效和个人年度评先评优挂钩。"),
("s2", "第十一条　对在安全生产工作中成绩突出的部门和个人给予表彰奖励；对未履行安全生产职责或者履行不到位的，视情节给予通报批评、经济处罚直至解除劳动合同。"),
("s1!", bold("第五章", "附则")),
("s2", "第十二条　本制度由安全环保部负责解释，自2024年4月1日起施行。"),
]
# chunk counters ' N、' inserted by the site about every 330 characters of the text layer, wherever they fall
fixes = []
if not CLEAN:
    n, count, out = 0, 0, []
    for it in items:
        t, x = it[0], it[1]
        if t in ("c", "pb") or t.endswith("!"):
            out.append(it); continue
        s = ""
        for i, ch in enumerate(x):
            s += ch; count += 1
            if count >= 330 and 6 <= i < len(x) - 4 and ch not in "，。；：、（）《》“”" and x[i + 1] not in "，。；：、（）《》“”":
                n += 1; count = 0
                s += f" {n}、"
                fixes.append([x[i - 2:i + 1] + f"{n}、" + x[i + 1:i + 4], x[i - 2:i + 4], 1])
        out.append((t, s) + tuple(it[2:]))
    items = out
footer = lambda p: ["- %d -" % p]
lines, pages = build(items, 40, 40, 17, footer, lambda p: [], seed=6)
lines.append(("c", "- %d -" % pages))
top = [("c", "全员安全生产责任制（2024年修订版）-金锄头文库"),
       ("c", "金锄头文库 > 行业资料 > 安全生产 > 管理制度"),
       ("c", "资源ID：45021783　格式：DOCX　页数：%d　大小：42.3KB　上传时间：2024-04-02　下载：5 金币" % pages),
       ("c", "文档介绍")]
tail = [("c", "下载　　收藏　　举报"),
        ("c", "金锄头文库所有资源均是用户自行上传分享，仅供网友学习交流，未经上传用户书面授权，请勿作他用。"),
        ("c", "相关文档"),
        ("c", "危险化学品企业全员安全生产责任制清单（全套）"),
        ("c", "安全生产责任制考核办法及考核表"),
        ("c", "化工企业各岗位安全操作规程汇编"),
        ("c", "关于我们 | 网站声明 | 网站地图 | 资源地图 | 友情链接 | 网站客服 | 联系我们")]
emit(os.environ.get("OUT", "p06_jinchutou_anquan-zerenzhi.txt"), C, top + lines + tail)
if not CLEAN:
    for t, x, *o in items:
        if t.endswith("!"):
            m, h = x.split("　", 1)
            fixes.append([m[len(m) // 4:] + h, h[:len(h) // 4], 1])
    json.dump({"replace": fixes}, sys.stdout, ensure_ascii=False, indent=1); print()
