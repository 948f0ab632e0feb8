import os, json
from wrapdoc import build, emit
C = ["# 163文库 page (会员分享 template family) of a 奶茶店合伙经营协议: file-name page-title line, breadcrumb, toolbar with page",
     "# count, uploader/编号/格式/页数/大小 row, reworded 5-point 下载声明, '资源描述：' label; UTF-8; wrap 30; no page markers;",
     "# title only in the body; party lines preamble; 第X条 run-in; （一） items; **damage: chunk counters ' N、' inserted every",
     "# ~160 characters, mid-word (fixes/)**; amounts at line start; signature lines; tail: '《…》由用户(…)分享' sentence, related"]
items = [
("t", "合伙经营协议书"),
("p", "甲方：潘晓雯，身份证号：4401**********1526", "nw"),
("p", "乙方：钟振宇，身份证号：4406**********0713", "nw"),
("p", "甲乙双方本着互利互惠、共同发展的原则，经友好协商，就合伙经营“茶屿”奶茶店事宜达成如下协议，以资共同遵守。"),
("s1", "第一条　合伙经营项目和范围：奶茶、果茶及烘焙小食的制作与销售，店址为佛山市禅城区季华五路岭南天地商业街B区17号铺。"),
("s1", "第二条　出资方式及数额。合伙人共出资人民币40万元，其中甲方出资24万元，占60%；乙方出资16万元，占40%。出资于本协议签订之日起10日内存入合伙账户，用于店铺租金、装修、设备采购和首批原料。"),
("s1", "第三条　利润分配和亏损分担。"),
("s2", "（一）每月10日核算上月经营情况，提取营业收入的5%作为店铺发展基金后，剩余利润按出资比例分配。"),
("s2", "（二）经营亏损时，双方按出资比例分担；需追加投资的，由双方协商确定，一方不追加的，其出资比例相应调整。"),
("s1", "第四条　合伙事务执行。甲方负责店铺日常经营和人员管理，每月领取管理工资6000元；乙方负责财务核算和外卖平台运营，每月领取工资4500元。单笔超过2万元的支出须经双方书面同意。"),
("s1", "第五条　入伙与退伙。合伙期间，新合伙人入伙须经全体合伙人一致同意。合伙人退伙应提前三个月书面通知对方，退伙时按上一季度末的账面净资产结算其财产份额，已预付的房租和装修费用按剩余租期折算。"),
("s1", "第六条　合伙人的权利和义务。合伙人有权查阅合伙账簿和经营资料，不得以个人名义从事与本店相竞争的业务，未经对方同意不得将其财产份额转让或出质给第三人。"),
("s1", "第七条　合伙的终止及财产分配。合伙期限届满、双方协商一致或店铺连续六个月亏损的，合伙终止。终止后应先清偿债务，剩余财产按出资比例分配。"),
("s1", "第八条　争议解决。因本协议发生争议的，双方应协商解决；协商不成的，任何一方可向店铺所在地人民法院起诉。"),
("s1", "第九条　本协议一式两份，双方各执一份，自双方签字之日起生效。"),
("p", "甲方（签字）：　　　　　　乙方（签字）：", "nw"),
("p", "2023年6月2日　　　　　　　2023年6月2日", "nw"),
]
clean = os.environ.get("CLEAN")
fixes = []
if not clean:
    out, seen, k = [], 0, 1
    for t, x, *o in items:
        if t in ("p", "s2") or (t == "s1" and len(x) > 40):
            start = 0 if t == "p" else x.find("。") + 1 if t == "s1" and x.find("。") > 0 else x.find("。") + 1
            i = max(start, 3)
            while i < len(x) - 3:
                if seen + i >= k * 160 and "。" not in x[i - 3:i + 3] and "\u4e00" <= x[i - 1] <= "\u9fff" and "\u4e00" <= x[i] <= "\u9fff":
                    ctr = "%d、" % k
                    fixes.append([x[i - 3:i] + ctr + x[i:i + 3], x[i - 3:i] + x[i:i + 3], 1])
                    x = x[:i] + " " + ctr + x[i:]
                    i += len(ctr) + 1; k += 1
                i += 1
        seen += len(x)
        out.append((t, x) + tuple(o))
    items = out
lines, pages = build(items, 30, 30, 10**6, lambda p: [], lambda p: [], seed=209)
NAME = "奶茶店合伙经营协议书（含分红条款）.docx"
top = [("c", NAME),
       ("c", "163文库　>　办公、行业　>　合同协议　>　合伙协议"),
       ("c", "目录　分享　收藏　举报　侵权投诉　/ 5　　上传赚钱"),
       ("c", "上传人：晴川文档　　文档编号：6271934　　格式：DOCX　　页数：5　　大小：31.4KB"),
       ("c", "【下载须知】"),
       ("c", "1. 合同协议类文档多为范本，请结合实际情况修改后使用，平台不提供法律咨询。"),
       ("c", "2. 下载完成后请在电脑端用WPS或Office打开，手机端部分格式可能显示异常。"),
       ("c", "3. 本资料为网友共享，下载得到的文件排版可能与网页预览不同，请以实际文件为准。"),
       ("c", "4. 文档一经下载即视为已消费，除文档无法打开外不予退款。"),
       ("c", "5. 认为文档侵权的权利人，可经“侵权投诉”入口附上权属材料进行申诉。"),
       ("c", "资源描述："),
       ("c", "")]
tail = [("c", ""),
        ("c", "《%s》系会员晴川文档上传分享，可免费在线预览；想找更多同类《合伙协议》资料，请到163文库站内搜索。" % NAME),
        ("c", "相关资源　　　更多>>"),
        ("c", "餐饮店股份合作协议（三人版）.doc"),
        ("c", "个人合伙协议书范本（2023修订）.docx"),
        ("c", "163文库　用户协议　隐私政策　联系我们　　粤ICP备2021134907号")]
emit(os.environ.get("OUT", "h09_163wenku_hehuo-xieyi.txt"), C, top + lines + tail)
if not clean:
    json.dump({"replace": fixes}, open(os.environ.get("FIX", "../../fixes/h09_163wenku_hehuo-xieyi.json"), "w"), ensure_ascii=False, indent=1)
print(len(fixes))
