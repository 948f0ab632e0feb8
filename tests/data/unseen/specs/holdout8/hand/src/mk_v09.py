from wrapdoc import build, emit
C = ["# parenting-education talk given at a parents' school, GB18030; NO TITLE anywhere (gold null): the site row shows only an archive",
     "# number and a category; ragged hand wrap 20-28 with ideographic indents; page footer + running header (lecture series) between pages,",
     "# page breaks splitting sentences; salutation and opening as preamble; 一、…。 run-in parts with unnumbered paragraphs, one part with",
     "# 1．/2．/3． run-in tips; a line inviting parents to scan a code and download the school's reading list (content); closing thanks after",
     "# the last part; end line, tip jar, related list, footer"]
top = [("c","芸窗文库 ▪ 教育 ▪ 家庭教育 ▪ 讲座讲稿"),("c","档案号 YC-JT-088213　　入藏 2024-11-08　　3 页　　☆ 藏友评分 4.8"),("c","（本篇为讲稿原文，已去除演示文稿配图）"),("c","")]
items = [
("p","尊敬的各位家长："),
("p","大家晚上好！很高兴今天能和大家坐在一起，聊一聊孩子进入青春期以后，我们做父母的该怎样和孩子相处。我今天讲的内容，不是什么大道理，都是这些年在学校里、在家访中看到的真实情况，希望能给大家带来一点启发。"),
("s1","一、先读懂孩子，再谈教育孩子。进入初中以后，很多家长跟我说，孩子变了：话少了，门关上了，手机不离手了，说两句就顶嘴。其实，这是青春期孩子正常的心理变化。这个阶段的孩子自我意识迅速增强，渴望被当作大人看待，同时情绪又容易波动。"),
("p","我们要明白，孩子顶嘴，很多时候不是不尊重父母，而是在用笨拙的方式表达“我有自己的想法”。如果我们一味压制，孩子要么越来越叛逆，要么干脆什么都不跟我们说了。后一种情况，其实更让人担心。"),
("s1","二、少一点说教，多一点倾听。我做过一个小调查，请全年级的学生写下“最不喜欢父母说的一句话”，排在第一位的是“我都是为你好”，第二位是“你看看人家”。"),
("p","孩子放学回家，我们第一句话问的往往是“作业写完没有”“考了多少分”。不妨换一个问法：“今天学校里有什么好玩的事？”当孩子愿意讲的时候，我们放下手机，看着他的眼睛，听他把话说完，不急着评价，不急着讲道理。"),
("s1","三、给孩子一个有规矩也有温度的家。青春期的孩子需要自由，也需要边界。这里给大家三点具体的建议。"),
("s2","1．规矩要商量着定。比如使用手机的时间、周末回家的时间，最好和孩子一起商量，定下来以后写在纸上，贴在家里显眼的位置，父母和孩子都要遵守。"),
("s2","2．批评要就事论事。孩子犯了错，说清楚错在哪里、怎么改正，不翻旧账，不贴标签，更不要当着外人的面批评孩子。"),
("s2","3．陪伴要有质量。每周安排一段固定的家庭时间，一起吃顿饭、散散步、看一场电影。有条件的家庭，可以开展亲子共读。散会前请家长扫描黑板上的二维码，下载我们年级整理的亲子共读推荐书目，一共二十本，都是老师们读过、挑过的。"),
("s1","四、做孩子的榜样，和孩子一起成长。孩子是看着父母的背影长大的。我们希望孩子爱学习，自己就要多读书；希望孩子少玩手机，自己在家就先把手机放下；希望孩子懂礼貌，我们自己就要待人和气。"),
("p","家庭教育没有标准答案，每个孩子都是独一无二的。希望各位家长多和班主任、任课老师沟通，我们一起努力，陪孩子平稳度过青春期。"),
("p","谢谢大家！"),
]
lines, pages = build(items, 20, 28, 16, lambda p: ["", f"　　　　　　　　　　　　～{p}～", ""], lambda p: ["家长学校·青春期家庭教育专题（第三讲）"], seed=9, indent="　　")
tail = [("c",""),("c","＊＊＊ 讲稿到此结束 ＊＊＊"),("c","觉得不错？给上传者递一杯茶 🍵 ×3"),("c","藏友还收藏了："),("c","　小学一年级新生家长会班主任讲话"),("c","　家长学校教学计划（2024秋）"),("c","　如何与青春期孩子沟通——心理讲座"),("c","芸窗文库 yunchuangwenku.com｜本站不对讲稿观点负责｜蜀ICP备2023XXXXXX号")]
emit("v09_yunchuang_jiating-jiaoyu.txt", C, top + lines + tail)
print(pages)
