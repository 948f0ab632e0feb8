import os, json, sys
from wrapdoc import build, emit
C = ["# jinchutou (金锄头文库) page of an excerpt of a group's 内部控制手册 (资金活动): page-title line '…（节选）-金锄头文库' (differs from",
     "# the title), breadcrumb, resource row, '文档介绍'; GB18030; Word text layer wrap 42; RUNNING HEADER (manual + version) from page 2,",
     "# no page numbers, a sentence crossing it; damage: the TITLE line and the level-1 headings fake-bold printed 4x ('1111　目的目的",
     "# 目的目的'), chunk counters 'N、' inserted about every 300 characters, mid-word, no spaces around them (fixes/, title too);",
     "# bare-number numbering 1 / 5.1 / 5.1.1 (whole-line and run-in); a table extracted with its cells GLUED one row per line",
     "# (paragraphs, kept as they stand); form-code lines 'JL-NK-03-01　…' as paragraphs of 7; not truncated; tail: end-of-preview",
     "# line, download row, notice, related list, footer"]
CLEAN = os.environ.get("CLEAN")
TITLE = "资金活动内部控制手册"
def bold(m, h):
    return f"{m}　{h}" if CLEAN else f"{m * 4}　{h * 4}"
items = [
("t", TITLE if CLEAN else TITLE * 4),
("p", "文件编号：JL-NK-03　　版本：A/1　　编制部门：财务管理部　　批准：总经理办公会", "nw"),
("s1!", bold("1", "目的")),
("p", "为规范公司资金活动，防范资金活动风险，保证资金安全，提高资金使用效益，根据财政部等五部委《企业内部控制基本规范》及《企业内部控制应用指引第6号——资金活动》，结合集团实际，制定本手册。"),
("s1!", bold("2", "适用范围")),
("p", "本手册适用于集团本部及所属全资、控股子公司的筹资、投资和资金营运活动。"),
("s1!", bold("3", "职责")),
("s2", "3.1　财务管理部是资金活动的归口管理部门，负责资金计划编制、资金调度、银行账户管理和资金收付。"),
("s2", "3.2　审计部负责对资金活动内部控制的执行情况进行监督检查，每半年至少开展一次专项审计。"),
("s2", "3.3　各子公司财务负责人对本单位资金安全负直接责任。"),
("s1!", bold("4", "主要风险")),
("s2", "4.1　资金调度不合理、营运不畅，可能导致企业陷入财务困境或资金冗余。"),
("s2", "4.2　资金活动管控不严，可能导致资金被挪用、侵占、抽逃或遭受欺诈。"),
("s2", "4.3　筹资决策不当，可能导致资本结构不合理或融资成本过高。"),
("s1!", bold("5", "控制活动")),
("s2!", "5.1　不相容岗位分离"),
("s3", "5.1.1　资金支付的申请、审批与办理岗位应当分离；出纳人员不得兼任稽核、会计档案保管和收入、支出、费用、债权债务账目的登记工作。"),
("s3", "5.1.2　办理资金业务的人员应当定期轮岗，出纳岗位连续任职一般不超过5年。"),
("s2!", "5.2　资金支付审批"),
("s3", "5.2.1　资金支付实行分级授权审批，审批权限如下表："),
("p", "审批事项部门负责人财务总监总经理董事长", "nw"),
("p", "单笔5万元以下审批备案——", "nw"),
("p", "单笔5万元至50万元审核审批备案—", "nw"),
("p", "单笔50万元以上审核审核审核审批", "nw"),
("s3", "5.2.2　严禁未经授权的机构或人员办理资金业务或直接接触资金。对于重大资金支付，应当实行集体决策，任何个人不得单独决策或者擅自改变集体决策意见。"),
("s2!", "5.3　银行账户管理"),
("s3", "5.3.1　银行账户的开立、变更和撤销由财务管理部提出申请，报财务总监和总经理审批，各子公司不得擅自开立银行账户。"),
("s3", "5.3.2　财务管理部每月末应当指定非出纳人员核对银行存款余额，编制银行存款余额调节表；对未达账项，应当查明原因并跟踪处理。"),
("s2!", "5.4　现金管理"),
("p", "库存现金限额为3万元，超过限额的现金应当当日送存银行。出纳人员每日终了应当盘点现金，做到日清月结；财务管理部负责人每月至少进行一次不定期抽查盘点。"),
("s1!", bold("6", "监督检查")),
("p", "审计部应当将资金活动纳入年度审计计划，对发现的内部控制缺陷，及时督促责任部门整改，并将整改情况向董事会审计委员会报告。"),
("s1!", bold("7", "相关表单")),
("p", "JL-NK-03-01　资金支付申请单", "nw"),
("p", "JL-NK-03-02　银行存款余额调节表", "nw"),
("p", "JL-NK-03-03　现金盘点表", "nw"),
]
# chunk counters 'N、' inserted by the site about every 300 characters of the text layer, wherever they fall (not in a marker,
# not next to punctuation), with no spaces around them
NOPE = "，。；：、（）《》“”—　0123456789"
fixes = []
if not CLEAN:
    n, count, out = 0, 0, []
    for it in items:
        t, x = it[0], it[1]
        if t in ("c", "pb", "t") or t.endswith("!"):
            out.append(it); continue
        s = ""
        for i, ch in enumerate(x):
            s += ch; count += 1
            if count >= 300 and 8 <= i < len(x) - 4 and ch not in NOPE and x[i + 1] not in NOPE:
                n += 1; count = 0
                s += f"{n}、"
                fixes.append([x[i - 2:i + 1] + f"{n}、" + x[i + 1:i + 4], x[i - 2:i + 4], 1])
        out.append((t, s) + tuple(it[2:]))
    items = out
header = lambda p: [] if p == 1 else ["江澜集团内部控制手册·资金活动　　　　　　　　　　　　版本：A/1"]
lines, pages = build(items, 42, 42, 17, lambda p: [], header, seed=61)
top = [("c", "江澜集团资金活动内部控制手册（节选）-金锄头文库"),
       ("c", "金锄头文库 > 办公文档 > 规章制度 > 财务制度"),
       ("c", "资源ID：52870416　　格式：DOCX　　页数：%d　　大小：38.6KB　　上传时间：2024-06-21　　下载：3 金币" % pages),
       ("c", "文档介绍")]
tail = [("c", "最后一页预览完了！喜欢就下载吧，查找使用更方便"),
        ("c", "下载本文档　　　收藏　　　举报"),
        ("c", "金锄头文库所有资源均是用户自行上传分享，仅供网友学习交流，未经上传用户书面授权，请勿作他用。"),
        ("c", "相关资源"),
        ("c", "企业内部控制应用指引第6号资金活动解读"),
        ("c", "集团公司资金管理办法（2024年修订）"),
        ("c", "内部控制手册全套模板（含流程图与表单）"),
        ("c", "关于我们 | 网站声明 | 网站地图 | 资源地图 | 友情链接 | 网站客服 | 联系我们")]
emit(os.environ.get("OUT", "q06_jinchutou_neikong-shouce.txt"), C, top + lines + tail)
if not CLEAN:
    for t, x, *o in items:
        if t.endswith("!") and t.startswith("s1"):
            m, h = x.split("　", 1)
            fixes.append([m, m[:len(m) // 4], 1])
            fixes.append([h, h[:len(h) // 4], 1])
    json.dump({"title": TITLE, "replace": fixes}, sys.stdout, ensure_ascii=False, indent=1); print()
print(pages, file=sys.stderr)
