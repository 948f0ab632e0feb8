from lay import build, emit
NAME = "k03_docin_wenshi-jiance-lunwen"
C = ["# 豆丁 page of a 毕业论文 (温室环境远程监测系统设计), first pages. UTF-16 LE, wrap 40, **every space removed** (the English",
     "# abstract runs together); page-title line '【…】… - 豆丁网' (differs from the title); title wrapped over two lines;",
     "# 摘要/关键词/Abstract/KeyWords preamble; 第1章 whole-line, 1.1 whole-line, (1)(2)(3) lines as paragraphs; page marker",
     "# '- N -' with the thesis's own page numbers (cover unnumbered); **truncated** mid-sentence",
     "# (3 of 38 pages); tail: trial-ended line, download row, related theses, footer."]
I = [
("t", "基于ZigBee与4G的温室大棚环境远程监测系统"),
("t", "设计与实现"),
("p", "摘要：针对传统温室大棚依靠人工巡查、环境数据采集不及时的问题，本文设计了一套基于ZigBee无线传感网络与4G通信的温室环境远程监测系统。系统由传感器节点、协调器网关和云端监控平台三部分组成，传感器节点以CC2530为核心，采集空气温湿度、光照强度、土壤含水率和二氧化碳浓度；网关通过4G模块将数据上传至云平台，用户可在手机端实时查看数据并接收超限报警。在宜兴市某蔬菜基地的测试表明，系统数据丢包率低于1.2%，报警响应时间小于5s，能够满足温室环境监测的实际需要。"),
("p", "关键词：温室大棚；ZigBee；4G；环境监测；远程控制"),
("p", "Abstract:Aimingattheproblemthattraditionalgreenhousesrelyonmanualinspectionandtheenvironmentaldataarenotcollectedintime,thispaperdesignsaremotegreenhousemonitoringsystembasedonZigBeewirelesssensornetworkand4Gcommunication.Thesystemconsistsofsensornodes,acoordinatorgatewayandacloudplatform.Testresultsshowthatthepacketlossrateislowerthan1.2%andthealarmresponsetimeislessthan5s."),
("p", "KeyWords:greenhouse;ZigBee;4G;environmentmonitoring;remotecontrol"),
("pb", ""),
("s1", "第1章绪论"),
("s2", "1.1研究背景与意义"),
("p", "我国是设施农业大国，截至2020年底，全国设施农业面积已超过4000万亩，其中温室大棚占很大比重。温室内的温度、湿度、光照和二氧化碳浓度直接影响作物的生长发育和产量品质，及时、准确地掌握这些环境参数，是实现精准调控的前提。目前许多中小型种植基地仍采用人工巡查、手工记录的方式，劳动强度大、数据不连续，一旦夜间出现高温或低温，往往不能及时发现，容易造成减产甚至绝收。"),
("p", "随着物联网技术的发展，将无线传感网络应用于温室环境监测，可以实现数据的自动采集、远程传输和集中管理，对于降低人工成本、提高生产效率具有重要的现实意义。"),
("s2", "1.2国内外研究现状"),
("p", "国外对温室环境监测的研究起步较早。荷兰、以色列等国家的温室普遍配备了环境控制计算机，能够根据作物模型自动调节通风、遮阳和灌溉设备，但其系统价格昂贵，难以在我国中小型基地推广。"),
("p", "国内方面，近年来不少高校和企业开展了相关研究。有学者采用GPRS实现数据远传，但通信费用较高且存在掉线问题；也有研究基于WiFi组网，受温室内高湿环境和覆盖范围所限，节点稳定性不够理想。总体来看，现有系统在成本、功耗和组网灵活性方面仍有改进空间。"),
("s2", "1.3本文主要研究内容"),
("p", "本文以低成本、低功耗、易部署为目标，主要完成以下工作："),
("p", "(1)分析温室环境监测的功能需求，确定系统总体架构和各部分的技术方案；"),
("p", "(2)完成传感器节点和协调器网关的硬件电路设计，编写节点数据采集与组网通信程序；"),
("p", "(3)搭建基于云平台的监测界面，实现数据存储、曲线显示和超限报警功能，并在实际大棚中进行"),
]
foot = lambda p, n: [f"- {p - 1} -"] if p > 1 else []
L, last, n = build(I, 40, 16, footer=foot, declared=38, keep_words=False)
top = [
"豆丁网 ▪ www.docin.com　›　首页　文库　机构号　书房　手机豆丁　　　登录　注册新账号",
"【优选】ZigBee温室远程监测毕设论文终稿 - 豆丁网",
"论文 ＞ 工学 ＞ 自动化",
"分享者：蓝鲸资料铺　　发布：2022-05-11　　共38页　　阅读量 4,615　　下载量 73",
"免费试读　·　下载全文需18豆元　·　放入书房　·　分享　·　举报",
"",
]
tail = foot(last, n) + [
"",
"—— 本文共38页，免费部分已展示完毕 ——",
"下载完整论文　　　放入书房　　　打印",
"同专业论文推荐",
"LoRa农田墒情远程采集终端的研制.pdf",
"智能温室控制系统毕业设计（含程序）.doc",
"单片机大棚温湿度报警器开题与任务书.docx",
"豆丁网　关于我们｜帮助中心｜版权投诉｜联系我们　　沪ICP备09002813号",
]
emit(NAME + ".txt", C, [("c", x) for x in top] + L + [("c", x) for x in tail])
