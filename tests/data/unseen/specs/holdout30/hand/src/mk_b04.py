from lay import build, emit
NAME = "b04_shuangyu_jiushudian-yiwen"
C = ["# 双语灯塔 (invented bilingual reading site): a short essay with a paragraph-by-paragraph Chinese translation.",
     "# UTF-8 BOM, no wraps; nav, level/word-count row, view switch, audio row (chrome); **title over two lines** (English +",
     "# Chinese); byline/translator lines preamble; English and Chinese paragraphs one each, no numbering; tap-word hint",
     "# mid-body (chrome); tail: site glossary list, quiz, prev/next, footer."]
I = [
("c", "双语灯塔　　首页　分级读物　新闻慢读　名篇对照　我的词库　　　登录 / 注册"),
("c", "名篇对照 › 散文随笔 › B1"),
("c", "难度 B1　　英文 412 词　　预计 9 分钟　　　🎧 原声朗读 04:37"),
("c", "阅读模式：● 中英对照　○ 只看英文　○ 只看中文　　　字号 A- A+"),
("t", "The Bookshop on Mill Street"),
("t", "磨坊街的旧书店"),
("p", "By Helen Marsh　　译／林知秋"),
("p", "There was a bookshop on Mill Street when I was a child, and it seemed to me then that it had always been there. It had a green door, a bell that rang twice, and a smell of dust and paper that I can still call up if I close my eyes."),
("p", "我小时候，磨坊街上有一家书店。那时我觉得它好像一直就在那里。它有一扇绿色的门，一只会响两声的门铃，还有一股灰尘和纸张混在一起的气味，直到今天，只要闭上眼睛，我仍能闻到。"),
("p", "The owner, Mr. Dale, was a tall, quiet man who never seemed to sell anything. He let us read in the corner for hours. When my mother came to fetch me, he would say only, \"She's halfway through. Bring her back tomorrow.\""),
("p", "店主戴尔先生个子很高，话不多，好像从来没卖出过什么书。他让我们在角落里一坐就是几个钟头。母亲来接我的时候，他只说一句：“她才读到一半，明天再带她来吧。”"),
("c", "💡 点按英文单词可查看释义，长按整句可加入生词本"),
("p", "I did not understand then that he was giving us something. I thought a bookshop was simply a place where books waited, the way a station is a place where trains wait. It was years before I learned that the shop had barely paid its rent."),
("p", "那时我并不明白，他是在给予我们一些东西。我以为书店不过是书等待的地方，就像车站是火车等待的地方一样。过了很多年我才知道，那家店连房租都几乎付不起。"),
("p", "The shop closed the winter I turned fifteen. There was no sale and no sign, only a note on the green door that said, \"Thank you for reading.\" I stood in front of it for a long time, feeling that something had been taken from me without my noticing."),
("p", "我十五岁那年冬天，书店关门了。没有清仓，也没有告示，只在那扇绿门上贴了一张字条：“谢谢你们来读书。”我在门前站了很久，觉得有什么东西在我不知不觉中被拿走了。"),
("p", "Now I buy most of my books with a few taps on a screen, and they arrive the next morning. It is convenient, and I am grateful for it. But no screen has ever told me to come back tomorrow."),
("p", "如今，我买书大多是在屏幕上点几下，第二天早上书就送到了。这很方便，我也心存感激。可是从来没有哪块屏幕对我说过：明天再来吧。"),
("c", "— 全文完 —"),
("c", "本文生词（7）　　call up 唤起，回想起　｜　fetch 接来　｜　halfway 到一半　｜　barely 勉强　｜　rent 房租　｜　convenient 方便的　｜　grateful 感激的"),
("c", "读后小测：文中的书店最后怎么样了？　A. 被戴尔先生转手　B. 关门歇业　C. 迁往别处　　　〔 提交答案 〕"),
("c", "👍 读懂了 1,206　　✍ 写读后感　　⭐ 加入书架"),
("c", "上一篇：The Last Letter / 最后一封信　　　下一篇：Snow in April / 四月飞雪"),
("c", "双语灯塔 · 每天一篇中英对照美文　　本站译文版权归译者所有　　苏ICP备22061840号-1"),
]
L, n = build(I)
emit(NAME + ".txt", C, L)
