from lay import build, emit
NAME = "x02_bilibili_xuexi-biji"
C = ["# 哔哩哔哩专栏-style article (invented UP主 and commenters): 考研英语长难句学习笔记. UTF-8 CRLF, no wraps; site nav row,",
     "# column path, title, UP主/time/reads row, original tag; 一、 whole-line, 1. run-in, 例句 lines content; an embedded video",
     "# card between 二、 and 三、 (chrome); tail: no-repost line, tags, like/coin/fav row, comments, recommendations."]
I = [
("c", "首页　番剧　直播　游戏中心　会员购　漫画　赛事　　　　　　大会员　消息　动态　收藏　历史　创作中心　投稿"),
("c", "专栏　/　学习　/　考研"),
("t", "【考研英语】长难句拆解学习笔记（一）：找主干"),
("c", "橘子汽水学长　　　2025年02月15日 22:10　　　1.2万阅读　·　386喜欢　·　41评论　　　＋关注"),
("c", "原创"),
("p", "这是我跟着课程学长难句时整理的笔记，第一篇只讲最核心的一步：找主干。自己复习用，也分享给一起备考的同学，有错误欢迎在评论区指出。"),
("s1!", "一、为什么先找主干"),
("p", "考研英语阅读里的长难句，动辄四五十个单词，夹着从句、插入语和非谓语。很多同学一看就慌，其实再长的句子，骨架都是“主语＋谓语（＋宾语/表语）”。先把骨架拎出来，意思就懂了一大半，剩下的修饰成分只是往骨架上挂东西。"),
("s1!", "二、找主干的三个步骤"),
("s2", "1. 先找谓语动词。把句子里所有的动词标出来，再排除掉非谓语（to do、doing、done）和从句里的动词，剩下的那个通常就是主句谓语。"),
("s2", "2. 再找主语。谓语前面离它最近、又不在介词短语和从句里的名词，一般就是主语。注意主语后面经常跟着很长的定语，别被它带跑。"),
("s2", "3. 最后补宾语或表语。看谓语是及物动词还是系动词，及物动词后面找宾语，系动词后面找表语。"),
("c", "▶ 视频　【考研英语】长难句30讲 第3讲 主干识别　　　23.6万播放 · 1822弹幕　　　UP主：岚叔讲英语"),
("s1!", "三、例句练习"),
("p", "例句：The idea that people can be divided into “left-brained” and “right-brained” types, which has been popular for decades, is not supported by recent research."),
("p", "拆解：句中动词有can be divided、has been、is supported。前两个分别在that同位语从句和which定语从句里，所以主句谓语是is not supported。往前找主语，是The idea。主干就是The idea is not supported by recent research。"),
("p", "译文：人可以分为“左脑型”和“右脑型”的观点已经流行了几十年，但并没有得到最新研究的支持。"),
("s1!", "四、容易踩的坑"),
("s2", "1. 把从句的谓语当成主句谓语。遇到that、which、who、when等引导词，先把它带出的从句整体括起来再看。"),
("s2", "2. 被插入语打断。两个逗号或两个破折号之间的成分，多半是插入语，可以先跳过。"),
("s2", "3. 倒装句。以only、never、not until开头的句子经常部分倒装，主语跑到助动词后面，找主语时要多留个心眼。"),
("p", "下一篇整理定语从句的拆法，大家加油，我们考场见！"),
("c", ""),
("c", "本文禁止转载或摘编"),
("c", "考研　英语　长难句　学习笔记　　　　　投诉或建议"),
("c", "👍 386　　🪙 投币 52　　⭐ 收藏 1094　　↗ 转发"),
("c", "评论 41　　　按热度　按时间"),
("c", "不吃香菜的鹿　LV4　　　太有用了，第二步那个“别被定语带跑”说到我心坎上了　　02-16　👍 57　回复"),
("c", "橘子汽水学长 UP主　LV5　　　@不吃香菜的鹿 一起加油～　　02-16　👍 12　回复"),
("c", "相关推荐　　考研英语一阅读真题精讲（2010-2024）　｜　一个月背完5500词的方法"),
]
L, n = build(I)
emit(NAME + ".txt", C, L)
