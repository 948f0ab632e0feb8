import os, random
from wrapdoc import build, emit
C = ["# docin page of a bank branch's 反洗钱培训材料 (training handout): page-title '【优质文档】….doc - 豆丁网' line, nav row, 分享者 row with",
     "# 页数/大小; a CORRUPTED FIRST TEXT LAYER (the same text with ~15% of characters turned into '□' and line breaks at other places,",
     "# 'Page N' lines) before the clean layer (chrome); UTF-8, final newline; Word wrap 35; footer '第N页' on each page of the clean",
     "# layer, a sentence crossing it; title + 主讲/时间 line; 一、/（一）/1． ; a VIP客户 强化尽职调查 clause (content); a case line",
     "# with '1.5亿元' (not a marker); not truncated; tail: 本文由…贡献 row, 下载 row, 相关文档, footer with © as '?'"]
items = [
("t", "反洗钱基础知识培训材料"),
("p", "（适用于网点柜面及客户经理岗位　主讲：合规部　庞嘉怡　2024年6月）", "nw"),
("s1!", "一、什么是洗钱"),
("p", "洗钱是指通过各种方式掩饰、隐瞒犯罪所得及其收益的来源和性质，使其在形式上合法化的行为。洗钱通常分为放置、离析和归并三个阶段：先把非法资金存入金融体系，再通过多次转账、购买理财等方式切断资金与犯罪的联系，最后以合法收入的名义重新使用。"),
("p", "根据《中华人民共和国刑法》第一百九十一条，洗钱罪的上游犯罪包括毒品犯罪、黑社会性质的组织犯罪、恐怖活动犯罪、走私犯罪、贪污贿赂犯罪、破坏金融管理秩序犯罪和金融诈骗犯罪。"),
("s1!", "二、银行的反洗钱义务"),
("s2", "（一）客户身份识别。与客户建立业务关系或者为客户提供一次性金融服务时，应当核对客户有效身份证件，登记客户身份基本信息，并留存身份证件复印件或影印件。"),
("s2", "（二）大额和可疑交易报告。当日单笔或累计交易人民币5万元以上的现金存取，应当在交易发生后5个工作日内报送大额交易报告；发现可疑交易的，应当按规定及时报送可疑交易报告。"),
("s2", "（三）客户身份资料和交易记录保存。客户身份资料自业务关系结束后、交易记录自交易记账当年计起至少保存5年。"),
("s1!", "三、柜面常见可疑交易识别"),
("s2", "1．客户频繁开立多个账户，或一个身份证件在短期内于多家网点开户，且开户理由不合常理。"),
("s2", "2．个人账户短期内资金分散转入、集中转出，或集中转入、分散转出，交易金额与客户身份、职业明显不符。"),
("s2", "3．客户拒绝提供身份信息，或代办人无法说明与账户所有人关系、无法说明资金用途。"),
("s2", "4．对私人银行及VIP客户，应当开展强化尽职调查，了解其财富来源和资金来源，至少每年复核一次客户风险等级；不得因客户等级高而简化身份识别程序。"),
("s1!", "四、案例分析"),
("p", "2022年，某地警方破获一起利用地下钱庄为电信诈骗团伙洗钱的案件，涉案金额达1.5亿元。犯罪团伙收购大量个人银行卡，通过“跑分”平台将诈骗资金层层转移。该案中，一名柜员发现某客户一周内在不同网点开立4个账户，及时上报可疑交易，为公安机关侦破案件提供了重要线索。"),
("p", "启示：一线员工是反洗钱的第一道防线，要做到“了解你的客户”，对异常开户、异常交易保持职业敏感，发现疑点及时上报，不得向客户泄露可疑交易报告的情况。"),
("s1!", "五、培训要求"),
("p", "各网点负责人组织本网点员工认真学习本材料，培训结束后参加合规部组织的线上测试，成绩在80分以下的须参加补考。"),
]
footer = lambda p: ["第%d页" % p]
header = lambda p: []
lines, pages = build(items, 35, 35, 20, footer, header, seed=1804)
lines.append(("c", "第%d页" % pages))
rng = random.Random(4)
flat = "".join(x for t, x in lines if t not in ("c", "x"))
bad, i, pg = [], 0, 1
while i < len(flat):
    seg = flat[i:i + 41]; i += 41
    bad.append(("c", "".join("□" if ord(c) > 127 and rng.random() < .15 else c for c in seg)))
    if len(bad) % 22 == 0:
        bad.append(("c", "Page %d" % pg)); pg += 1
bad.append(("c", "Page %d" % pg))
top = [("c", "【优质文档】银行反洗钱知识培训课件.doc - 豆丁网"),
       ("c", "豆丁网　首页　|　文档分类　|　豆丁书房　|　建筑　|　上传文档"),
       ("c", "分享者：sunny_合规小站　　页数：%d　　大小：86.5KB　　2024-07-02" % pages),
       ("c", "")] + bad + [("c", "")]
tail = [("c", ""),
        ("c", "本文由 sunny_合规小站 贡献　　　浏览量 1,096　　　下载次数 23"),
        ("c", "下载本文档　　　　已收藏　　　　分享到微信"),
        ("c", "相关文档"),
        ("c", "2024年反洗钱知识竞赛题库（附答案）.doc"),
        ("c", "商业银行可疑交易识别要点汇编.pdf"),
        ("c", "?2007-2024 docin.com　豆丁网　网站地图　举报中心")]
emit(os.environ.get("OUT", "v04_docin_fanxiqian-peixun.txt"), C, top + lines + tail)
print(pages)
