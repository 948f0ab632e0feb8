import os, json, random, re
from wrapdoc import build, emit
C = ["# 金锄头文库 page of an 员工保密协议 (第X条): page-title '…-金锄头文库' line, site row, 文档编号/上传时间/格式/页数/大小 row, '文档描述'",
     "# label; GBK; Word wrap 32; no page markers, a blank line between pages; party lines (preamble); 第X条 whole-line headings",
     "# with （一） items and paragraphs; damage (fixes/, computed here): chunk counters ' N、' (a space before) inserted into the",
     "# body every ~150 characters mid-word, and fake-bold headings printed twice as a whole ('第二条第二条　保密信息的范围保密信息",
     "# 的范围'); signature lines after 第九条; not truncated; tail: '全文已预览完毕' row, 会员分享 sentence, download row, related, footer"]
items = [
("t", "员工保密协议"),
("p", "甲方（用人单位）：宁波澄远新材料科技有限公司", "nw"),
("p", "乙方（员工）：＿＿＿＿＿＿　　身份证号码：＿＿＿＿＿＿＿＿＿＿", "nw"),
("p", "鉴于乙方在甲方任职期间可能接触或知悉甲方的商业秘密，为保护甲方的合法权益，根据《中华人民共和国劳动合同法》《中华人民共和国反不正当竞争法》等法律法规，甲乙双方经平等协商，订立本协议，共同遵守。"),
("s1!", "第一条　保密信息的范围"),
("p", "本协议所称保密信息，是指不为公众所知悉、具有商业价值并经甲方采取相应保密措施的技术信息和经营信息，包括但不限于："),
("s2", "（一）产品配方、工艺参数、试验数据、设计图纸、源代码及研发计划；"),
("s2", "（二）客户名单、供应商信息、采购价格、销售策略及合同条款；"),
("s2", "（三）公司财务数据、人事薪酬信息及尚未公开的经营决策。"),
("s1!", "第二条　乙方的保密义务"),
("p", "乙方应当妥善保管其接触的保密信息，未经甲方书面同意，不得以任何方式向第三方披露，不得用于履行本职工作以外的目的。乙方不得将载有保密信息的文件、图纸、电子数据私自带离公司，不得通过个人邮箱、网盘或即时通讯工具传输。"),
("p", "乙方因工作需要从公司系统下载技术资料的，应当经部门负责人审批，并在工作完成后及时删除本地副本。"),
("s1!", "第三条　保密期限"),
("p", "乙方的保密义务自本协议签订之日起生效，至相关信息依法公开或甲方宣布解密之日止，不因劳动合同的解除或终止而免除。"),
("s1!", "第四条　资料的返还"),
("p", "乙方离职时，应当将其持有的全部涉及保密信息的文件、资料、存储介质及办公设备交还甲方，并办理书面交接手续，不得留存任何复制件。"),
("s1!", "第五条　保密费"),
("p", "甲方每月向乙方支付保密费200元，随当月工资一并发放。乙方确认保密费已包含在其工资报酬中，甲方无需另行支付其他费用。"),
("s1!", "第六条　违约责任"),
("p", "乙方违反本协议约定的，应当向甲方支付违约金人民币五万元；给甲方造成的损失超过违约金的，乙方还应赔偿超出部分的损失。情节严重构成犯罪的，依法追究刑事责任。"),
("s1!", "第七条　争议解决"),
("p", "因本协议引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地劳动人事争议仲裁委员会申请仲裁。"),
("s1!", "第八条　其他"),
("p", "本协议一式两份，甲乙双方各执一份，自双方签字或盖章之日起生效。本协议为劳动合同的附件，与劳动合同具有同等法律效力。"),
("p", "甲方（盖章）：　　　　　　　　乙方（签字）：", "nw"),
("p", "日期：　　年　　月　　日　　　日期：　　年　　月　　日", "nw"),
]
fixes = []
if not os.environ.get("CLEAN"):
    rng = random.Random(1807)
    cjk = lambda c: "\u4e00" <= c <= "\u9fff"
    n, since, out = 0, 0, []
    for t, x, *o in items:
        if t.startswith("s") and t.endswith("!"):
            mk, hd = x.split("　")
            d = mk * 2 + "　" + hd * 2          # fake bold: the whole heading printed twice
            fixes.append([mk + hd * 2, hd, 1])  # gold reads marker mk, heading 'mk　hd hd'; the fix leaves hd
            out.append((t, d, *o)); continue
        if t == "p" and not o:
            s = ""
            for i, c in enumerate(x):
                since += 1
                if since > 150 and 4 < i < len(x) - 4 and cjk(c) and cjk(x[i - 1]) and rng.random() < .3:
                    n += 1; since = 0
                    s += " %d、" % n
                    fixes.append([x[i - 3:i] + "%d、" % n + x[i:i + 3], x[i - 3:i + 3], 1])
                s += c
            out.append((t, s, *o)); continue
        out.append((t, x, *o))
    items = out
    print(json.dumps({"replace": fixes}, ensure_ascii=False, indent=1))
header = lambda p: [""]
footer = lambda p: []
lines, pages = build(items, 32, 32, 18, footer, header, seed=1807)
top = [("c", "员工保密协议书（标准范本）-金锄头文库"),
       ("c", "金锄头文库　　首页　　文库分类　　精品专区　　会员中心　　上传"),
       ("c", "文档编号：215873324　　上传时间：2023-10-12　　格式：DOC　　页数：%d　　大小：41KB" % pages),
       ("c", "文档描述"),
       ("c", "")]
tail = [("c", ""),
        ("c", "全文已预览完毕，下载文档可编辑使用"),
        ("c", "《员工保密协议书（标准范本）》由会员 qianqiu_88 分享，可在线阅读，更多相关文档请在金锄头文库搜索。"),
        ("c", "下载（5金币）　　加入VIP免费下载　　收藏"),
        ("c", "相关文档"),
        ("c", "竞业限制协议书（2023修订）"),
        ("c", "技术人员保密及知识产权归属协议"),
        ("c", "金锄头文库　版权所有　客服热线　浙ICP备12026657号")]
emit(os.environ.get("OUT", "v07_jinchutou_baomi-xieyi.txt"), C, top + lines + tail)
