import random, os
from wrapdoc import build, emit
C = ["# doc88 page of a 中考 history review outline: page-title line ' - 道客巴巴', '下载积分: N 内容提示:' line holding the first ~300",
     "# characters of the text run together, '...', then the metadata row, then the full text again (the first copy is chrome); UTF-8;",
     "# PDF text layer wrapped ragged 34-46, a few lines with letter-spaced digits; 一、/1．/（1）, then ① items under 三、; ①②③④ inside a",
     "# paragraph; '课本第56页' and '仅供本校学生复习使用' in the text (content); damage: private-use code points for ，（）：。 (U+E003, E001,",
     "# E002, E004, E005) with real marks mixed in, markers left intact (fixed via fixes/); not truncated; tail: rating, related list, footer"]
PUA = {"，": "\ue003", "（": "\ue001", "）": "\ue002", "：": "\ue004", "。": "\ue005"}
rng = random.Random(88)
MARKS = ("（1）", "（2）", "（3）", "（4）")
def dmg(s):
    if os.environ.get("CLEAN"):
        return s
    pre = ""
    for m in MARKS:
        if s.startswith(m):
            pre, s = m, s[len(m):]
    if s[:2] in ("1．", "2．", "3．") or s[:2] in ("一、", "二、", "三、"):
        pre, s = s[:2], s[2:]
    if s[:1] in "①②③":
        pre, s = s[:1], s[1:]
    p = {"，": .85, "（": .7, "）": .7, "：": .75, "。": .8}
    return pre + "".join(PUA[c] if c in PUA and rng.random() < p[c] else c for c in s)
items = [
("t","2024年中考历史复习提纲（中国近代史·上）"),
("s1!","一、中国开始沦为半殖民地半封建社会"),
("s2!","1．鸦片战争"),
("s3","（1）背景：19世纪英国完成工业革命，急需开拓海外市场；中国清政府实行闭关锁国政策，英国为扭转贸易逆差向中国走私鸦片。"),
("s3","（2）虎门销烟：1839年，林则徐在虎门海滩当众销毁鸦片，林则徐被称为“近代中国睁眼看世界的第一人”。"),
("s3","（3）《南京条约》（1842年）：①割香港岛给英国；②赔款2100万银元；③开放广州、厦门、福州、宁波、上海五处为通商口岸；④英商进出口货物缴纳的税款，中国须同英国商定。"),
("s3","（4）影响：中国开始沦为半殖民地半封建社会，鸦片战争是中国近代史的开端。"),
("s2!","2．第二次鸦片战争"),
("s3","（1）时间：1856—1860年，英法联军发动。"),
("s3","（2）火烧圆明园：1860年，英法联军闯入北京西郊的圆明园，大肆抢掠后纵火焚烧。"),
("s3","（3）侵占中国领土最多的国家是俄国：通过《瑷珲条约》《北京条约》等不平等条约，割占中国东北和西北150多万平方千米的领土。"),
("s1!","二、近代化的早期探索与民族危机的加剧"),
("s2!","1．洋务运动"),
("s3","（1）口号：前期以“自强”为口号，后期以“求富”为口号。"),
("s3","（2）代表人物：中央有奕䜣，地方有曾国藩、李鸿章、左宗棠、张之洞。"),
("s3","（3）评价：洋务运动是中国近代化的开端，但没有使中国走上富强的道路。"),
("s2!","2．甲午中日战争"),
("s3","（1）黄海海战：邓世昌率致远舰奋勇作战，壮烈殉国。"),
("s3","（2）《马关条约》（1895年）：割辽东半岛、台湾岛及其附属各岛屿、澎湖列岛给日本；赔偿日本军费白银2亿两；开放沙市、重庆、苏州、杭州为商埠；允许日本在通商口岸开设工厂。"),
("s3","（3）影响：大大加深了中国社会的半殖民地化。"),
("s2!","3．戊戌变法"),
("s3","（1）经过：1898年6月，光绪帝颁布“明定国是”诏书，宣布变法。"),
("s3","（2）结果：慈禧太后发动政变，变法失败，谭嗣同等“戊戌六君子”遇害。"),
("s3","（3）意义：是一次爱国救亡的政治变革，也是一次思想启蒙运动。"),
("s1!","三、答题技巧与易错点"),
("s2","①条约内容要与影响对应记忆，如“开放通商口岸”对应“外国侵略势力由东南沿海深入到长江中下游”。"),
("s2","②时间顺序题可先画时间轴：1840—1842—1856—1860—1861—1894—1895—1898。"),
("s2","③复习时可配合课本第56页“中国近代史大事年表”一起记忆，效果更好。"),
("p","（本提纲由九年级历史备课组整理，仅供本校学生复习使用。）"),
]
dmg_items = [(t, dmg(x)) + tuple(o) for t, x, *o in items]
lines, pages = build(dmg_items, 34, 46, 10000, lambda p: [], lambda p: [], seed=4)
# letter-spaced digits in a few lines (text-layer spacing damage; whitespace only)
def spaced(l):
    return l.replace("1856—1860", "1 8 5 6 — 1 8 6 0").replace("2100万", "2 1 0 0 万")
lines = [(t, spaced(x)) for t, x in lines]
flat = "".join(x for t, x in lines)
snippet = flat[:300]
top = [("c","2024年中考历史复习提纲（中国近代史·上） - 道客巴巴"),
       ("c","下载积分: 800 内容提示: " + snippet + "..."),
       ("c","文档格式:DOCX | 页数:5 | 浏览次数:2,318 | 上传日期:2024-03-02 09:15:41 | 文档星级:★★★★★")]
tail = [("c","2024年中考历史复习提纲（中国近代史·上）"),
        ("c","关闭预览 想免费下载本文？ 立即下载"),
        ("c","相关文档"),
        ("c","八年级上册历史第一单元知识点总结（人教版）"),
        ("c","中考历史中国近代史选择题专项训练100题"),
        ("c","2023年中考历史二轮专题复习：近代化的探索"),
        ("c","道客巴巴 www.doc88.com 网站地图 客服热线 4000-520-388 闽ICP备XXXXXXXX号")]
emit(os.environ.get("OUT", "k04_doc88_zhongkao-lishi-tigang.txt"), C, top + lines + tail)
