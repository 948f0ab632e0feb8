from lay import build, emit
NAME = "k12_diyifanwen_chidao-jiantao"
C = ["# 第一范文网-style 范文 page of a 学生上课迟到检讨书. GBK CRLF, no wraps, '　　' indent on the letter's lines; SHORT: about",
     "# 340 characters under 15 lines of chrome; nav row, breadcrumb, page title (differs from the letter's own title",
     "# 检讨书), time/editor/heat row, 【编者按】 canned intro (chrome); salutation, four paragraphs, 此致/敬礼, signature and",
     "# date paragraphs, no numbering; **a 'related' line between two paragraphs** (chrome); tail: this-page URL, prev/next,",
     "# more 检讨书 titles with word counts, footer."]
I = [
("t", "检讨书", "noind"),
("p", "尊敬的刘老师："),
("p", "11月15日早上，我因为前一天晚上看手机睡得太晚，没能按时起床，早读课迟到了将近二十分钟，不但影响了班级的晨读秩序，也让咱们班的量化考核被扣了分。对此我深感惭愧，在这里向您和全班同学郑重道歉。"),
("p", "事后我认真反思，迟到的根本原因不是闹钟没响，而是我对自己要求不严，没有养成良好的作息习惯，时间观念淡薄。高二学习任务重，早读是积累知识的宝贵时间，一次迟到耽误的不仅是二十分钟，更暴露了我的学习态度。"),
("c", "REL"),
("p", "为了改正错误，我向老师保证：今后每晚十点半前上床睡觉，睡前把手机交给父母保管；每天提前十五分钟到校，绝不再迟到。同时，我会利用周末把这次落下的早读内容补上，并在下周班会上向同学们作一次简短的反思发言。请老师和同学们监督我。"),
("p", "此致"),
("p", "敬礼！", "noind"),
("p", "检讨人：高二（5）班　郑一鸣"),
("p", "2023年11月15日"),
]
I = [(t, "→ 延伸阅读：迟到被老师批评后的反思范文集锦" if x == "REL" else x) + tuple(o) for t, x, *o in I]
L, last, n = build(I, 0, indent="　　")
top = [
"第一范文网 · 好范文随手查　　首页　工作总结　工作计划　心得体会　演讲稿　检讨书　申请书　合同范本",
"当前栏目：第一范文网　＞　检讨书　＞　学生检讨书",
"",
"高二学生早读迟到检讨书（约500字）",
"发布时间：2023-11-20 08:41　　编辑：小满　　热度：8832 ℃",
"【编者按】迟到看似是小事，背后却是一个人的时间观念和纪律意识。下面这篇是学生因早读迟到写给班主任的检讨书，态度诚恳，写法可供同学们借鉴。",
"",
]
tail = [
"",
"本文链接：https://www.diyifanwen.com/jiantaoshu/xuesheng/2023112008412.html",
"上一篇：高中生月考作弊后的检讨",
"下一篇：违反宿舍纪律检讨书800字",
"读过这篇的同学还读了",
"· 上课说话检讨书200字",
"· 带手机进校园检讨书（初中生）",
"· 没交作业的检讨书400字",
"· 自习课玩手机检讨书1000字",
"第一范文网　版权说明 ∣ 站点导航 ∣ 与我们联系　　(C) 2006-2024　琼ICP备11002305号",
]
emit(NAME + ".txt", C, [("c", x) for x in top] + L + [("c", x) for x in tail])
