"""j07 (蘅芜课件网, class-meeting courseware, slide text preview): writes the tagged source j07_hengwu_banhui-kejian.txt.
Body lines (not slide titles, not the title slide) get the site's font obfuscation: private-use code points, this set's
own map U+EB27/EB2E/EB21/EB3F/EB3A/EB1C/EB1D for ，。！？：“” (about 75% of the marks; real marks mixed in; on an
item line the first sentence end is left as it is, so the run-in heading cut is the same as in the clean copy).
CLEAN=1 writes the undamaged copy (used to check fixes/j07_hengwu_banhui-kejian.json)."""
import os, random, re
from handlib import pua

MAP = {"，": "\ueb27", "。": "\ueb2e", "！": "\ueb21", "？": "\ueb3f", "：": "\ueb3a", "“": "\ueb1c", "”": "\ueb1d"}
rng = random.Random(7)
def dmg(s):
    """Damage a line; on an item line the first sentence end (where outline2gold cuts the run-in heading) stays."""
    if os.environ.get("CLEAN"):
        return s
    m = re.search(r"[。！？；;]", s)
    if not m:
        return pua(s, MAP, 0.75, rng)
    return pua(s[:m.start()], MAP, 0.75, rng) + s[m.start()] + pua(s[m.end():], MAP, 0.75, rng)

C = ["# courseware-sharing site, slide-text preview of a PPT; UTF-8; one raw line per slide text box; slide markers",
     "# '［幻灯片 N／15］' before each slide (chrome); TITLE = the title slide's first line; class/teacher and date lines as",
     "# preamble; the author's image-credit note on the title slide (版权/免责-like, content); slide titles 一、…五、,",
     "# （一）（二）, 1．/①; near-miss: exam rules downloadable from the school site and printed; damage: private-use code points",
     "# for ，。！？：“” in body lines (this set's own map, undone via fixes/); TRUNCATED: preview stops mid-sentence on",
     "# slide 7 of 15 + preview-end block, download row, related courseware, footer"]
top = ["c|蘅芜课件网　　课件 ▾　教案　试题　班会　素材　　　　［上传课件赚积分］　［登录］",
       "c|蘅芜课件网 ＞ 班会课件 ＞ 诚信教育 ＞ 初中",
       "c|PPT ｜ 15 张 ｜ 2.8 MB ｜ 上传者：木樨 ｜ 下载 1,932 次 ｜ 收藏 210",
       "c|※ 以下为课件文字版预览，图片、音视频与动画效果请下载原文件查看",
       "c|"]
S = lambda n: f"c|［幻灯片 {n}／15］"
lines = top + [
 S(1),
 "t|“诚信考试　从我做起”主题班会",
 "p0|七年级（3）班　班主任：林晓岚",
 "p0|2024年12月",
 "p0|" + dmg("（本课件部分图片来自网络，仅用于班会教学，如涉及版权请告知，我们将及时删除。）"),
 "c|",
 S(2),
 "s1!|一、班会目标",
 "s2|" + dmg("1．认识诚信是做人的根本，理解“考试诚信”的意义。"),
 "s2|" + dmg("2．了解考试作弊的危害和学校的考试纪律。"),
 "s2|" + dmg("3．签订诚信考试承诺，营造“诚信应考、以诚为荣”的班级氛围。"),
 "c|",
 S(3),
 "s1!|二、情境导入：一张小纸条",
 "p1|" + dmg("期中考试前一天晚上，小宇把几个难记的公式抄在一张小纸条上，想着“万一用得上呢”。第二天走进考场，他的手心一直在冒汗，整场考试都在想那张纸条，反而连会做的题也做错了。考试结束后，他把纸条撕得粉碎。"),
 "p1|" + dmg("同学们，如果你是小宇，你会怎么做？"),
 "c|",
 S(4),
 "s1!|三、讨论：作弊到底“亏”在哪里？",
 "p1|" + dmg("小组讨论5分钟，每组推选一名同学代表发言，其他同学可以补充。"),
 "s2|" + dmg("①骗了老师，成绩不能反映真实的学习情况，老师没法有针对性地帮助你。"),
 "s2|" + dmg("②骗了自己，没掌握的知识永远是漏洞，到了中考还要“还债”。"),
 "s2|" + dmg("③失去信任，一旦被发现，同学和老师会怎样看你？按照学校规定，考试作弊的科目成绩记为零分，并给予纪律处分。"),
 "c|",
 S(5),
 "s1!|四、诚信考试，我们这样做",
 "s2!|（一）考前",
 "s3|" + dmg("1．认真复习，把功夫下在平时，不抱侥幸心理。"),
 "s3|" + dmg("2．考前一晚按时睡觉，提前准备好2B铅笔、橡皮、黑色签字笔和准考证。"),
 "s3|" + dmg("3．熟悉考场规则。《考场规则》和《考生须知》可以在学校官网“教务公开”栏目下载，请家长打印出来，和孩子一起读一读、签个字。"),
 "c|",
 S(6),
 "s2!|（二）考中",
 "s3|" + dmg("1．只带规定的文具进考场，手机、电话手表一律交给监考老师保管。"),
 "s3|" + dmg("2．独立答题，不偷看、不交谈、不传递纸条。"),
 "s3|" + dmg("3．遇到不会的题，先跳过去，做完会做的再回头想。"),
 "s3|" + dmg("4．听到终考铃声立即停笔，把试卷反扣在桌面上，等监考老师收卷。"),
 "c|",
 S(7),
 "s1!|五、诚信承诺",
 "p1|" + dmg("全班起立，举起右手，一起宣读：我是七年级（3）班的一名学生，我承诺：在今后的每一次考试中，遵守考场纪律，独立完成答卷，不抄袭、不作弊，用真实的成绩"),
 "c|",
 "c|▁▁▁▁ 免费预览到第 7 张，后 8 张请下载后查看 ▁▁▁▁",
 "c|［下载原课件 · 2 积分］　［收藏］　［转给同事］　［报错］",
 "c|同系列课件：",
 "c|　◆ 《文明考风从我做起》班会 PPT　　12 张",
 "c|　◆ 期末考前心理减压主题班会　　18 张",
 "c|　◆ 诚信伴我成长（小学高年级）　　10 张",
 "c|蘅芜课件网 hengwukj.com　教师资源共享平台　　版权争议请致电 0731-XXXXXXXX　　湘ICP备2022XXXXXX号-3",
]
out = []
for ln in lines:
    tag, _, text = ln.partition("|")
    if tag == "p0":
        tag = "p"
    out.append(f"{tag}|{text}")
with open(os.environ.get("OUT", "j07_hengwu_banhui-kejian.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(C + out) + "\n")
