"""Authoring aid for j11 (e-book chapter reader): writes the tagged source j11_qingdeng_shuji-zhangjie.txt. Body paragraphs get
the reader's font obfuscation: private-use code points (this set's own map U+EA31/EA32/EA35/EA36/EA3C) standing for ，。“”、 at
random (about 70% of the marks; real marks mixed in); headings, title and chrome are not touched. CLEAN=1 writes the
undamaged copy (used to check fixes/j11_qingdeng_shuji-zhangjie.json)."""
import os, random
PUA = {"，": "\uea31", "。": "\uea32", "“": "\uea35", "”": "\uea36", "、": "\uea3c"}
rng = random.Random(11)
def dmg(s):
    if os.environ.get("CLEAN"):
        return s
    return "".join(PUA[c] if c in PUA and rng.random() < 0.7 else c for c in s)
C = ["# e-book reader page (non-fiction book, one chapter); UTF-8, no wrap, paragraphs indented with ideographic spaces; site bar,",
     "# path, book info row, reader toolbar (目录/书签/字号/夜间/听书), prev/next-chapter row (chrome); TITLE = the chapter heading",
     "# line 第三章…; 一、 whole-line sections with unnumbered paragraphs; near-miss: the author's note on downloading scans from the",
     "# county archives' site and a parenthesised 见本书附录第3页; reader highlight/notes widget MID-body; damage: private-use code",
     "# points for ，。“”、 in body paragraphs (this set's own map, undone via fixes/); TRUNCATED mid-sentence + trial-end",
     "# block, purchase row, buttons, reader reviews, author's other books, footer"]
top = [("c", "青灯书局　书城 | 分类 | 排行榜 | 新书 | 我的书架　　　　登录 / 注册　　充值"),
       ("c", "首页 › 纪实 › 社会观察 › 灯下的账本：一座县城供销社的五十年 › 第三章"),
       ("c", "《灯下的账本：一座县城供销社的五十年》　谷雨禾 著　　汶澜人民出版社 · 2023年10月　　纪实 · 已完结 · 18.6万字"),
       ("c", "☰ 目录　　🔖 加书签　　Aa 字号 16 ▾　　◐ 护眼　　◑ 夜间　　🎧 听本章"),
       ("c", "« 上一章：第二章　一张布票的旅行　　　　　下一章：第四章　门市部的灯 »"),
       ("c", "")]
P = "　　"
body = [
("t", "第三章　柜台后面的人"),
("c", ""),
("s1!", "一、十六岁的学徒"),
("p", "1962年秋天，十六岁的周德茂背着一床旧棉被走进了青桐县城关供销社。那时候供销社招学徒，不考试，只看两样东西：字写得端不端正，算盘打得快不快。周德茂在村小念过五年书，字是他父亲用毛笔一笔一笔教出来的，算盘是跟着生产队会计学的。面试那天，老主任让他当场打了一遍“九九归一”，他一口气打完，珠子一颗都没有错。"),
("p", "学徒的第一年不许站柜台。每天天不亮，他要先把门市部的地扫干净，把煤油灯的灯罩一只只擦亮，再把前一天的货架补齐。师傅老秦对他说过一句话，他记了一辈子：“柜台就是供销社的脸面，脸面干净了，人家才信你的秤。”"),
("c", "✎ 划线　　💭 写想法（23）　　↗ 分享此段"),
("s1!", "二、算盘与账本"),
("p", "站上柜台以后，周德茂才知道，卖货只是一半的活计，另一半在账本上。供销社的每一笔进货、每一笔销售都要记进“商品进销存日记账”，月底盘点，账实必须相符。差了一分钱，全组的人都不能下班，直到把那一分钱找出来为止。"),
("p", "他至今保存着自己记过的第一本账，牛皮纸封面已经发黄，里面的蓝黑墨水字迹依然清楚。1964年5月的一页上，记着“红糖二斤，一元二角四分”“火柴十盒，二角”“解放鞋一双，三元一角”。这些账本如今保存在县档案馆，读者若想看原件的照片，可以登录县档案馆网站，在“馆藏珍品”栏目下载扫描件。"),
("p", "在那个物资紧缺的年代，账本不只是数字。谁家添了孩子来扯布，谁家老人过世来买白纸，谁家盖房子来赊了两袋石灰，周德茂都记得。他说，县城里的日子，一大半都写在供销社的账本上。（本章引用的工资和物价数字，均出自城关供销社1965年的《职工花名册》和《物价登记簿》，见本书附录第3页。）"),
("s1!", "三、一个人的门市部"),
("p", "1978年，周德茂被派到离县城四十里的柳湾分销店，一个人守一个门市部。店里没有电，晚上点马灯对账；进货要自己拉着板车去公社，来回一整天。柳湾的人后来都叫他“周柜台”，意思是这个人就像长在了柜台后面。"),
("p", "有一年冬天下大雪，路断了半个月。店里的盐和煤油眼看就要卖完，周德茂挨家挨户登记，按人头限量供应，自己家里一两盐也没有多拿。雪化以后，他去公社进货，在半路上摔了一跤，把板车上的一坛酱油摔破了。他在账本上记下“损耗酱油十五斤”，又在旁边用小字写了一行：“本人赔偿，从下月工资中扣除。”"),
("p", "许多年以后，当我在档案馆里翻到这一页时，那行小字旁边还有一个红色的印章。老主任在上面批了四个字：“情况属实，"),
]
items = []
for tag, text in body:
    if tag == "p":
        text = P + dmg(text)
    items.append((tag, text))
tail = [("c", ""), ("c", "━━━━ 免费试读到此结束 ━━━━"),
        ("c", "本书为付费作品，购买后可阅读全部 12 章　　全本 ¥19.90　｜　开通青灯会员免费读"),
        ("c", "[ 购买本书 ]　[ 放入书架 ]　[ 下一章 » ]"),
        ("c", "书友热评（412）"),
        ("c", "老街口的猫：写供销社的书不多，这本的细节很真实。　👍 96"),
        ("c", "枕书眠：第三章看哭了，我外公当年也站过柜台。　👍 51"),
        ("c", "作者的其他作品：《粮站往事》《绿皮车上的县城》"),
        ("c", "青灯书局 qingdengshuju.com　｜　网络出版服务许可证 XXXXXXXX　｜　本书由汶澜人民出版社授权发布，侵权必究")]
with open(os.environ.get("OUT", "j11_qingdeng_shuji-zhangjie.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(C + [f"{t}|{x}" for t, x in top + items + tail]) + "\n")
