import os, json, random
from wrapdoc import build, emit
C = ["# 人人文库 page of a 投标文件 售后服务方案 (医用设备采购): file row '.doc', metadata row, three '<title>_第N页' thumbnail",
     "# captions, '内容简介' label; GBK; wrap 33; bare page numbers; 一、 whole-line headings **printed twice (fake bold; fixes/)**,",
     "# （一） run-in, 1. items; response-time table one row per line; a hidden anti-copy run of rare characters between two",
     "# paragraphs (chrome); **truncated** mid-sentence on page 3 ('已阅读3页，剩余…'), then 下载/版权说明 rows, related list"]
TITLE = "鹭江市第三人民医院医用设备采购项目售后服务方案"
heads = ["一、售后服务承诺", "二、售后服务机构与人员", "三、响应时间与故障处理", "四、培训方案"]
items = [
("t", TITLE),
("p", "投标人：福建康泰医疗科技有限公司　　项目编号：LJZC-2024-0317", "nw"),
("s1!", heads[0]),
("p", "我公司郑重承诺，对本项目所投的全自动生化分析仪、彩色多普勒超声诊断仪等设备提供原厂正品，自终验合格之日起提供五年免费保修，保修期内免费更换非人为损坏的零配件，保修期满后按成本价提供配件和维修服务。"),
("s1!", heads[1]),
("s2", "（一）服务网点。我公司在鹭江市设有售后服务中心，地址为鹭江市湖滨南路216号，距采购人约4公里，常备各型号设备的易损件和主要备件。"),
("s2", "（二）服务人员。项目配备专职工程师3名，均经设备厂家培训并取得维修资质，其中驻场工程师1名，负责日常巡检和设备保养。"),
("s2", "（三）服务热线。7×24小时服务热线为0592-5873316，采购人也可通过企业微信服务号在线报修。"),
("s1!", heads[2]),
("p", "接到报修后，我公司按故障等级分级响应，具体如下："),
("p", "故障等级　响应时间　到场时间　修复时间", "nw"),
("p", "一级（设备停机）　15分钟　2小时　24小时", "nw"),
("p", "二级（功能受限）　30分钟　4小时　48小时", "nw"),
("p", "三级（一般问题）　2小时　24小时　72小时", "nw"),
("s2", "1.设备故障在规定时间内不能修复的，我公司免费提供同档次备用机，保证采购人正常开展诊疗工作。"),
("s2", "2.同一部件一年内维修三次以上仍不能正常使用的，免费更换新部件；整机一年内累计停机超过15天的，保修期相应顺延。"),
("s2", "3.每季度进行一次预防性维护，维护后填写服务报告，由设备科签字确认并存档。"),
("s2", "4.保修期内设备软件免费升级，升级前书面告知采购人升级内容，并选择非诊疗时段实施，升级后重新进行性能验证。"),
("s2", "5.每年组织一次用户满意度回访，对回访中提出的问题在15个工作日内书面答复整改结果。"),
("s1!", heads[3]),
("s2", "（一）操作培训。设备安装调试完成后，由厂家应用专家对科室操作人员进行现场培训，每台设备培训不少于2天，确保操作人员能独立完成日常操作和质控。"),
("s2", "（二）维护培训。对设备科工程师进行维护保养培训，内容包括设备原理、常见故障判断及日常保养方法，培训结束后进行考核并"),
]
clean = os.environ.get("CLEAN")
if not clean:
    items = [(t, x + x) if t == "s1!" else (t, x) for t, x, *o in items] if False else [((t, x + x) + tuple(o) if t == "s1!" else (t, x) + tuple(o)) for t, x, *o in items]
rng = random.Random(2007)
POOL = "薅螈肄袃羋莆蚈芇螂膁蒅蚇袆肅芄螁羈蒀蚆袄肂芁螇羇薀蚃袀膈芀螄蒆蚂蝿膇莇螃蒃蚁羅膆蒈袁蒂蚀肁肃莈袂薆螀羋肄蒁蚃袁膃"
noise = "".join(POOL[(i * 7 + rng.randint(0, 3)) % len(POOL)] for i in range(330))
ix = next(i for i, it in enumerate(items) if it[1].startswith("（三）服务热线"))
items.insert(ix + 1, ("c", noise))
lines, pages = build(items, 33, 33, 15, lambda p: ["%d" % p], lambda p: [], seed=207)
top = [("c", TITLE + ".doc"),
       ("c", "文档编号：184036721　上传时间：2024-04-10　格式：DOC　页数：12　大小：86KB　贡献者：投标文件范本库"),
       ("c", TITLE + "_第1页"),
       ("c", TITLE + "_第2页"),
       ("c", TITLE + "_第3页"),
       ("c", "内容简介")]
tail = [("c", "已阅读3页，剩余9页未读　　　点击阅读全文"),
        ("c", "收藏　　　　分享　　　　下载本文档"),
        ("c", "版权说明：文档资源由会员上传共享，所得收益归上传人所有；如本文内容涉嫌侵权，请联系我们举报或申请认领"),
        ("c", "相关资源"),
        ("c", "医疗设备售后服务承诺书(范本).doc"),
        ("c", "医院设备采购投标文件技术部分.docx"),
        ("c", "人人文库网　renrendoc.com　闽ICP备2023018845号")]
emit(os.environ.get("OUT", "h07_renrendoc_shouhou-fangan.txt"), C, top + lines + tail)
if not clean:
    fx = {"replace": [[h[2:] + h, h[2:], 1] for h in heads]}
    json.dump(fx, open(os.environ.get("FIX", "../../fixes/h07_renrendoc_shouhou-fangan.json"), "w"), ensure_ascii=False, indent=1)
print(pages)
