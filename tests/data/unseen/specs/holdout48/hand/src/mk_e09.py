import os, json
from lay import build, emit
NAME = "e09_bowen-baike_qingtuan"
C = ["# 博闻百科 (invented encyclopedia in the 百度百科 mould), entry 青团. UTF-16 LE, no wraps. Head: search bar, channel nav,",
     "# collect/like/share row, certification line; title = headword; sense description line and 播报/编辑 row (chrome); lead",
     "# paragraph and infobox field lines preamble (content); **auto-generated 目录 box (chrome)**; `1 `–`4 ` whole-line chapter",
     "# headings, `2.1 `/`2.2 ` whole-line subsections, each chapter heading followed by an edit line (chrome); **chapter",
     "# headings printed twice (bold text layer doubled: `1 历史渊源历史渊源`; fixes/)**; a video card between 2.2 and 3 (chrome);",
     "# `[1]` citation marks kept; 参考资料 label and its [1]/[2] lines belong to 4. Tail: tags, statistics, contributors, footer."]
sections = [("1", "历史渊源"), ("2", "制作方法"), ("3", "饮食文化"), ("4", "营养价值")]
clean = os.environ.get("CLEAN")
def H(num, name):
    return f"{num} {name}" if clean else f"{num} {name}{name}"
EDIT = ("c", "✎ 编辑　🔊 播报")
I = [
("c", "博闻百科　｜　搜网页　搜新闻　搜图片　查百科　　[ 进入词条 ]　[ 全站搜索 ]　帮助"),
("c", "首页　　秒懂百科　　特色百科　　知识专题　　加入百科　　百科团队　　权威合作"),
("c", "☆ 收藏 2156　　👍 638　　↗ 分享"),
("c", "本词条由“江南饮食文化研究会”参与编辑审核，已通过博闻百科认证"),
("t", "青团"),
("c", "江南地区传统清明节令食品"),
("c", "🔊 播报　✎ 编辑　💬 讨论　⬆ 上传视频"),
("p", "青团是江南地区汉族传统特色小吃，因色泽青绿而得名，多在清明节前后食用。青团一般以糯米粉掺入艾草或浆麦草汁揉成面团，包入豆沙、芝麻或咸蛋黄肉松等馅料，上笼蒸制而成，口感软糯，带有青草清香。"),
("p", "中文名：青团"),
("p", "别　名：艾团、清明团子、清明粿"),
("p", "主要食材：糯米粉、艾草汁、豆沙"),
("p", "分　类：糕团小吃"),
("p", "口　味：甜、咸"),
("p", "流行地区：江苏、浙江、上海等地"),
("c", "目录"),
("c", "1 历史渊源"),
("c", "2 制作方法"),
("c", "2.1 原料准备"),
("c", "2.2 制作步骤"),
("c", "3 饮食文化"),
("c", "4 营养价值"),
("s1!", H(*sections[0])),
EDIT,
("p", "青团的历史可追溯至古代寒食节禁火的习俗。寒食期间不举火，人们便预先做好冷食备用。明代文献中已有以草汁染米粉作团、用于寒食祭祀的记载，清代的饮食笔记里也多次提到以青草汁和粉作团的做法。后来寒食与清明逐渐合一，青团也由祭祀供品演变为清明时节的应季点心。民间还流传着清明吃青团可以“明目”的说法。[1]"),
("s1!", H(*sections[1])),
EDIT,
("s2!", "2.1 原料准备"),
("p", "传统青团多用新鲜艾草嫩叶，焯水后捣烂取汁；也有用浆麦草的，颜色更为鲜亮。面团一般以糯米粉为主，掺入少量粘米粉，使成品软而不塌。馅料以豆沙、芝麻白糖最为常见。"),
("s2!", "2.2 制作步骤"),
("p", "将艾草汁、糯米粉、粘米粉按约2:5:1的比例揉成光滑面团，静置片刻后分成小剂子，包入馅料后搓圆，底部垫上粽叶或油纸，大火蒸约12分钟，出锅后在表面刷一层薄油，以防粘连和变硬。冷却后的青团可用保鲜膜单独包好冷藏，食用前复蒸即可。"),
("c", "▶ 秒懂百科｜3分钟学会做软糯青团　　02:48　　播放 41.6万"),
("s1!", H(*sections[2])),
EDIT,
("p", "在江南，清明前后家家户户做青团，既用来祭祖，也作为走亲访友的馈赠。上海、嘉兴、苏州等地的老字号糕团店每年清明前都会推出青团，近年来还出现了蛋黄肉松、咸鸭蛋、马兰头香干等新式口味，青团由此成为深受年轻人欢迎的时令点心。[2]"),
("p", "浙江部分地区称青团为“清明粿”，多做成咸口，以春笋、咸菜、豆腐干和猪肉丁为馅，形状也有饺子形、圆饼形等多种。"),
("s1!", H(*sections[3])),
EDIT,
("p", "青团以糯米为主，富含碳水化合物，能快速补充能量；艾草含有黄酮类物质和膳食纤维。但糯米黏性较大、不易消化，老人、儿童及胃肠功能较弱者不宜一次多食，糖尿病患者应控制食用量。"),
("p", "参考资料"),
("p", "[1] 沈砚秋．江南岁时食俗考．苏州：吴门书局，2016：88-91．"),
("p", "[2] 清明将至 老字号青团迎来销售旺季．江南商报，2024-03-28．"),
("c", "词条标签：中国美食　　传统小吃　　清明节　　江南"),
("c", "累计浏览 286万　｜　修订 73 版（查看历史）　｜　最近修订 2025-03-30 by 程小筱"),
("c", "突出贡献者　　食光机　　糯米团子　　江南小厨"),
("c", "©2025 博闻百科　｜　用户须知　｜　编辑规范　｜　隐私　｜　客服中心"),
]
if not clean:
    fx = os.environ.get("FIX", "../../fixes/" + NAME + ".json")
    if fx != "/dev/null":
        json.dump({"replace": [[n + n, n, 1] for _, n in sections]}, open(fx, "w"), ensure_ascii=False, indent=1)
L, n = build(I)
emit(os.environ.get("OUT", NAME + ".txt"), C, L)
