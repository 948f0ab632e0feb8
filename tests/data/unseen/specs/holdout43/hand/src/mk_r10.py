from lay import build, emit
import json
NAME = "r10_huaishu_dushuhui-jiyao"
C = ["# 槐树巷社区图书馆 (invented community library site), event-review page: 读书会纪要. UTF-8, ragged hard wrap 28–40,",
     "# final newline; page-title line (event headline + site, differs from the title), opening-hours row, nav, column/date/",
     "# author row, photo-album row (chrome); the minutes' own title; 时间/地点/主持/参加/记录 field lines preamble; 一、",
     "# whole-line, 1． run-in speakers, （一） run-in; field lines under 四、 and the closing line belong to 四、; chunk",
     "# counters ' 2、'…' 5、' inserted mid-word by the site (fixes/); tail: holdings widget, booking prompt, prev/next, footer."]
FIX = []

def dmg(text, word, counter, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    k = i + len(word) // 2 + (len(word) % 2)
    FIX.append([text[k - 2:k] + counter.strip() + text[k:k + 2], text[k - 2:k + 2], 1])
    return text[:k] + counter + text[k:]

P_OPEN = "本期书目是迟子建的长篇小说《额尔古纳河右岸》。图书馆提前一个月采购了复本12册，报名读者均已借阅，大部分读者用三到四周读完全书。"
P_OPEN = dmg(P_OPEN, "借阅", " 2、")
S1 = "1．退休教师王秀兰。她说最打动她的是小说的叙述方式：九十岁的鄂温克族老人用一天的时间讲完自己的一生，从清晨讲到黄昏，雨和火贯穿始终，读起来像在听一位老人拉家常。"
S1 = dmg(S1, "鄂温克", " 3、")
F1 = "（一）如何看待族人下山定居。多数读者认为这是时代发展的必然，但也有读者提出，搬迁不能只看生活条件的改善，还要考虑一个民族的生活方式和精神世界。讨论中大家都同意，小说并没有给出简单的答案，这正是它值得反复读的地方。"
F1 = dmg(F1, "讨论", " 4、")
END = "本次读书会气氛热烈，原定两小时的活动延长了二十分钟。图书馆将把读者的分享整理成书签，放在本书的借还处，供后来的读者参考。欢迎更多居民加入槐下共读。"
END = dmg(END, "共读", " 5、")
I = [
("c", "十月共读回顾：在额尔古纳河右岸，听一个民族的黄昏 - 槐树巷社区图书馆"),
("c", "槐树巷社区图书馆　　每周二—周日 9:00—20:30 开馆，周一闭馆整理"),
("c", "馆藏检索 · 活动报名 · 活动回顾 · 少儿阅读 · 本馆介绍"),
("c", "活动回顾 ｜ 2025-10-22 ｜ 文：馆员 冯晓"),
("c", "🖼 现场照片 9 张，点开看大图"),
("c", ""),
("t", "“槐下共读”第15期读书会纪要"),
("p", "时间：2025年10月19日（周日）14:30—16:50", "nw"),
("p", "地点：图书馆二楼阅览区", "nw"),
("p", "主持：志愿者　沈一禾", "nw"),
("p", "参加人员：读者23人（其中首次参加7人）", "nw"),
("p", "记录：冯晓", "nw"),
("s1!", "一、共读书目"),
("p", P_OPEN),
("s1!", "二、读者分享"),
("s2", S1),
("s2", "2．高二学生陈越。他注意到书中写了许多驯鹿的细节，驯鹿跟着苔藓走，人跟着驯鹿走。他说以前只在纪录片里见过驯鹿，读完后查了很多资料，才知道使鹿部落的迁徙有这么多讲究。"),
("s2", "3．社区医生赵敏。她最难忘的是萨满妮浩每救一个孩子，就要失去自己的一个孩子。她说这个情节让人心疼，也让人思考个人命运和族群命运之间的关系。"),
("s2", "4．首次参加的读者李女士。她坦言一开始读得很慢，人物多、名字难记，后来边读边画了一张人物关系图，越读越顺。她把这张图带到了现场，大家传看后都说很实用。"),
("s1!", "三、讨论焦点"),
("s2", F1),
("s2", "（二）作家为什么选择一位女性做叙述者。有读者认为，女性的视角更细腻，能写出日常生活里的温度；也有读者认为，让一位老人来讲述，本身就带有告别的意味。"),
("s1!", "四、下期安排"),
("p", "书目：汪曾祺《人间草木》", "nw"),
("p", "时间：2025年11月16日（周日）14:30", "nw"),
("p", "报名：到一楼服务台登记，或在本馆公众号“活动报名”栏目填写，名额30人。", "nw"),
("p", END),
]
L, n = build(I, 28, 40, seed=43)
L += [("c", ""), ("c", "📚 本期书目馆藏：在架 3 册　已被预约 2 人　〔我要预约〕"),
      ("c", "扫描书签背面的二维码，下期共读提醒准时送达"),
      ("c", "‹ 上一篇　九月共读回顾：《平凡的世界》分享会"),
      ("c", "下一篇 ›　少儿绘本夜：南瓜灯和故事的夜晚"),
      ("c", "槐树巷社区图书馆 · 槐树巷118号 · 咨询 0571-8613 3366")]
emit(NAME + ".txt", C, L)
json.dump({"replace": FIX}, open("../../fixes/" + NAME + ".json", "w"), ensure_ascii=False)
print(FIX)
