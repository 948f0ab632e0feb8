from lay import build, emit
NAME = "k08_taodocs_hetang-kejian"
C = ["# 淘豆网 page of a 语文课件 outline (《荷塘月色》, the slides' text). UTF-8, no wraps (one line per slide line), no final",
     "# newline; SHORT: about 380 characters under 15 lines of chrome; file-name page-title line '(共32张).pptx'",
     "# (differs from the title); uploader/format/pages row, stars row, coin/collect row, reworded two-tab label before the",
     "# text; title 荷塘月色, author line preamble; 一、–六、 whole-line, 1．–3． one-sentence items, 思考/明确 lines as",
     "# paragraphs; complete; tail: reworded 'from taodocs, keep the source' sentence with the file name, related, footer."]
I = [
("t", "荷塘月色"),
("p", "朱自清"),
("s1", "一、学习目标"),
("s2", "1．了解朱自清的生平及本文的写作背景。"),
("s2", "2．品味文中叠词、比喻、通感等修辞手法的表达效果。"),
("s2", "3．体会作者在文中流露出的淡淡的喜悦和淡淡的哀愁。"),
("s1", "二、作者简介"),
("p", "朱自清（1898—1948），字佩弦，号秋实，现代散文家、诗人、学者。代表作有散文《背影》《春》《绿》等。"),
("s1", "三、写作背景"),
("p", "本文写于1927年7月，作者时任清华大学教授。当时大革命失败，作者心中苦闷彷徨，文章开头“这几天心里颇不宁静”一句奠定了全文的感情基调。"),
("s1", "四、整体感知"),
("p", "思考：作者的行踪是怎样的？请找出文中表示行踪的语句。"),
("p", "明确：小路—荷塘—荷塘四周—回家。"),
("p", "思考：第四段写月下荷塘，作者从哪几个方面描写了荷花？"),
("p", "明确：形态、颜色、香气和动态。"),
("s1", "五、课堂小结"),
("p", "本文借景抒情，情景交融，在月下荷塘的朦胧美景中寄托了作者对自由宁静生活的向往。"),
("s1", "六、布置作业"),
("p", "背诵第四、五自然段，摘抄文中你喜欢的比喻句，并简要赏析。"),
]
L, last, n = build(I, 0)
FILE = "《荷塘月色》公开课课件(共32张).pptx"
top = [
"淘豆网 ｜ taodocs　∣　首页　分类　专题　榜单　我要上传　∣　登录",
"当前位置：淘豆网 > 中学教育 > 高中语文 > 课件",
FILE,
"上传人：语文组阿青　　上传时间：2023-11-20　　格式：PPTX　　页数：32　　大小：6.8 MB",
"星级 4 ★★★★☆　　浏览：906　　下载：41",
"下载本文档需 5 淘豆　　收藏　　分享",
"分享到：QQ　微信　微博",
"目录 | 正文预览",
"（下面只显示幻灯片里的文字，图片和动画已省略）",
"",
]
tail = [
"",
FILE + " 由淘豆网会员分享，网址 www.taodocs.com；如需转发，烦请注明出自淘豆网。",
"",
"相关文档",
"《荷塘月色》教案（人教版必修上册）.doc ［5页］",
"朱自清散文阅读训练及答案.docx ［8页］",
"高一写景散文单元PPT（45张）.pptx",
"",
"淘豆网　公司简介 ∣ 客服 ∣ 免责条款　　闽ICP备16001702号",
]
emit(NAME + ".txt", C, [("c", x) for x in top] + L + [("c", x) for x in tail])
