import os, random
from wrapdoc import build, emit
C = ["# docin (豆丁网) page of a 大学生创业计划书: page-title line '【精品】….docx - 豆丁网', URL, breadcrumb, sharer row; a CORRUPTED FIRST",
     "# TEXT LAYER (letter-spaced title, punctuation lost, characters dropped, ~first 300 characters) before the clean layer: chrome;",
     "# UTF-8; Word wrap 34; TITLE over two lines: name line + '——…参赛作品' subtitle line (joined); team/leader/teacher/date field lines",
     "# and a 保密声明 heading line + paragraph with a 版权归…所有/不得复制 clause (content, preamble); 一、 whole-line, （一） run-in, 1．",
     "# items; VIP会员 clause (content); cover page unnumbered, then footer '- N -', sentences crossing it; not truncated; tail: 关于本文 rows",
     "# (本文标题/链接地址), buttons, related list, footer with © as '?'"]
T1 = "“鲜到宿舍”校园生鲜即时配送平台创业计划书"
T2 = "——第十四届“挑战杯”大学生创业计划竞赛校级参赛作品"
items = [
("t", T1),
("t", T2),
("p", "项目团队：鲜到宿舍创业团队", "nw"),
("p", "项目负责人：林书航（经济管理学院2021级市场营销专业）", "nw"),
("p", "指导教师：周启明　副教授", "nw"),
("p", "完成日期：2024年4月", "nw"),
("pb", ""),
("p", "保密声明", "nw"),
("p", "本计划书内容涉及本团队的商业秘密，版权归“鲜到宿舍”项目团队所有。未经团队书面许可，任何单位和个人不得复制、转载或向第三方披露本计划书的全部或部分内容。"),
("s1!", "一、执行摘要"),
("p", "“鲜到宿舍”是一个面向高校学生的生鲜水果即时配送平台。平台依托学校周边的社区果蔬店和批发市场，通过微信小程序接单，由学生兼职骑手在30分钟内将水果、酸奶、轻食等商品送到宿舍楼下。项目已在本校试运营4个月，注册用户2316人，日均订单约180单，复购率达到47%。本轮计划融资20万元，主要用于冷藏设备采购、小程序升级和向周边3所高校复制推广。"),
("s1!", "二、市场分析"),
("s2", "（一）市场需求。本校在校生约2.1万人，问卷调查显示（有效问卷612份），68.5%的学生每周购买水果2次以上，但校内仅有1家水果店，价格偏高、品种较少；73.2%的受访者愿意为“30分钟送达”支付2元以内的配送费。"),
("s2", "（二）竞争分析。目前的竞争对手主要是外卖平台上的水果商家和校内水果店。外卖平台配送费较高且骑手不能进入宿舍区，校内水果店营业时间短。本项目的优势在于学生骑手可以进入宿舍区、配送成本低，以及团队对同学需求的熟悉。"),
("s1!", "三、产品与服务"),
("s2", "（一）商品。以当季水果、鲜切果盒、酸奶和轻食沙拉为主，共计约120个单品，其中鲜切果盒为自营产品，毛利率约45%。"),
("s2", "（二）会员体系。平台设普通会员和VIP会员两档。普通会员注册即可下单；VIP会员月费9.9元，可享受免配送费、每周两次会员特价和生日礼盒。目前VIP会员有386人，占活跃用户的29%。"),
("s2", "（三）配送服务。每栋宿舍楼设固定取货点，骑手按楼栋划分片区，晚间高峰时段（21:00—23:00）实行集中配送。"),
("s1!", "四、营销策略"),
("s2", "1．开学季地推：在新生报到点设摊，扫码注册送5元无门槛券，力争新生注册率达到40%。"),
("s2", "2．社群运营：按宿舍楼建立微信群，每日发布特价商品和拼单信息，由楼长负责维护。"),
("s2", "3．校园合作：与学生会、社团合作举办水果品鉴会、运动会补给等活动，提高品牌知名度。"),
("s1!", "五、财务预测"),
("p", "预计第一年实现营业收入约86万元，毛利约25.8万元，扣除人员工资、设备折旧、房租和推广费用后，净利润约6.4万元；第二年进入3所高校后，营业收入预计达到260万元，净利润率提高至9%左右，投资回收期约为2.3年。"),
("s1!", "六、风险分析与对策"),
("s2", "（一）季节性风险。寒暑假期间订单大幅减少。对策是假期转向周边社区开展团购业务，并安排骑手轮休。"),
("s2", "（二）食品安全风险。鲜切产品存在变质风险。对策是严格执行进货查验和冷链储存制度，鲜切果盒当日售罄、不隔夜销售，并为全部商品投保食品安全责任险。"),
("s2", "（三）人员流动风险。学生骑手毕业离校，流动性大。对策是建立“老带新”培训机制和骑手积分激励制度，保证每学期骑手储备不少于30人。"),
]
footer = lambda p: [] if p == 1 else ["- %d -" % (p - 1)]   # the cover page is unnumbered
lines, pages = build(items, 34, 34, 16, footer, lambda p: [], seed=4)
lines.append(("c", "- %d -" % (pages - 1)))
# the corrupted first layer: the same opening text, letter-spaced title, punctuation gone, ~12% of characters dropped
rng = random.Random(44)
PUN = set("，。、；：（）“”《》—")
body = "".join(x for t, x in lines[2:14] if t not in ("c", "x"))
bad = "".join(ch for ch in body if ch not in PUN and rng.random() > 0.12)
bad_lines = [" ".join(T1.replace("“", "").replace("”", "")), " ".join(T2.strip("—").replace("“", "").replace("”", ""))]
bad_lines += [bad[i:i + 38] for i in range(0, min(len(bad), 300), 38)]
top = [("c", "【精品】“鲜到宿舍”校园生鲜即时配送平台创业计划书.docx - 豆丁网"),
       ("c", "https://www.docin.com/p-4712093866.html"),
       ("c", "豆丁网 > 创业/职场 > 创业计划书 > 大学生创业"),
       ("c", "分享者：青桐创客　　　上传时间：2024-05-20　　　页数：%d　　　浏览：1,873" % pages)] + [("c", l) for l in bad_lines]
tail = [("c", "关于本文"),
        ("c", "本文标题：【精品】“鲜到宿舍”校园生鲜即时配送平台创业计划书.docx"),
        ("c", "链接地址：https://www.docin.com/p-4712093866.html"),
        ("c", "下载　　收藏　　分享给好友　　举报"),
        ("c", "相关文档推荐"),
        ("c", "大学生校园外卖配送平台创业计划书（完整版）"),
        ("c", "“互联网+”大赛校园生鲜项目商业计划书PPT"),
        ("c", "创业计划书财务预测表格模板（自动计算）"),
        ("c", "?2008-2024 豆丁网　docin.com　　沪ICP备13022191号-1　　违法和不良信息举报")]
emit(os.environ.get("OUT", "q04_docin_chuangye-jihua.txt"), C, top + lines + tail)
print(pages)
