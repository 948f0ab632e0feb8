import json
from lay import build, emit
NAME = "k07_jinchutou_toubiao-shouhou"
C = ["# 金锄头文库 page of a 投标文件 chapter (第五章 售后服务方案, 智慧教室设备采购). GB18030, wrap 28, no page markers;",
     "# **no title anywhere** (gold null): the scrape holds nav, breadcrumb, format/pages row and buttons, not the page title;",
     "# 第五章 > 一、 > （一）/1．; **fake-bold doubling** of three heading lines (the whole bold run printed twice) and",
     "# **chunk counters ' N、' inserted every ~260 characters, mid-word** (both undone in gold by fixes/); opening",
     "# paragraph under 第五章; complete; tail: all-shown line, points/download row, related list, footer."]
I = [
("s1", "第五章　售后服务方案"),
("p", "我公司郑重承诺：若在本项目中标，将严格按照招标文件要求和本投标文件的承诺，为采购人提供及时、专业、周到的售后服务，确保所供智慧教室设备长期稳定运行。"),
("s2", "一、服务体系与承诺"),
("s3", "（一）质保期。所投全部设备整体质保三年，质保期自项目最终验收合格之日起计算；交互式智能平板、录播主机等核心设备的主要部件质保五年。"),
("s3", "（二）响应时间。设立7×24小时服务热线和线上报修平台，接到报修后30分钟内响应，市区内4小时到达现场，一般故障24小时内修复，重大故障48小时内修复或提供同档次备用机。"),
("s3", "（三）备品备件。在本地服务站常备不低于合同设备总价3%的备品备件，保证维修需要。"),
("s2", "二、服务机构与人员"),
("p", "我公司在本市设有售后服务站，地址为高新区文昌路168号科创大厦6楼，配备专职技术工程师6名，其中高级工程师2名，均持有相关厂商认证证书。项目实施期间指定项目经理一名，作为售后服务的总协调人，负责服务计划的制订、服务过程的跟踪和服务质量的回访。"),
("s2", "三、定期巡检"),
("s3", "1．质保期内每学期开学前对全部设备进行一次全面巡检，检查设备运行状态、清洁设备内部灰尘，并形成巡检报告交采购人签字确认。"),
("s3", "2．考试、公开课等重要活动前，根据采购人通知安排工程师现场值守。"),
("s3", "3．每年对系统软件进行一次免费升级，升级前须征得采购人同意并做好数据备份。"),
("s2", "四、培训方案"),
("p", "为使采购人的使用和管理人员能够熟练操作设备，我公司将提供免费培训："),
("s3", "1．教师操作培训：设备安装调试完成后，分批对任课教师进行现场培训，内容包括智能平板的书写批注、课件调用、无线投屏和录播系统的一键录制，每批培训不少于2学时。"),
("s3", "2．管理员培训：对学校信息中心管理人员进行系统配置、故障判断及日常维护的专项培训，培训结束后进行考核，颁发培训合格证书。"),
("s3", "3．培训资料：提供中文操作手册、常见问题解答和培训视频各一套。"),
("s2", "五、质保期满后的服务"),
("p", "质保期满后，我公司继续提供终身维修服务，仅收取零配件成本费，免收上门服务费和人工费，并每年免费巡检一次。"),
]
fixes = []
DOUBLE = ("第五章　售后服务方案", "一、服务体系与承诺", "四、培训方案")
out = []
for t, x, *o in I:
    if x in DOUBLE:
        mark = x[:4] if x.startswith("第") else x[:2]
        fixes.append([x[len(mark):] + x, x[len(mark):], 1])
        x = x + x
    out.append((t, x) + tuple(o))
I = out
# chunk counters: every ~260 characters of running text, between two CJK characters away from punctuation
cjk = lambda c: "\u4e00" <= c <= "\u9fff"
out, seen, k = [], 0, 1
for t, x, *o in I:
    i = 6
    while i < len(x) - 4:
        if seen + i >= k * 260 and all(cjk(c) for c in x[i - 3:i + 3]):
            ctr = f" {k}、"
            fixes.append([x[i - 3:i] + ctr + x[i:i + 3], x[i - 3:i] + x[i:i + 3], 1])
            x = x[:i] + ctr + x[i:]
            i += len(ctr); k += 1
        i += 1
    seen += len(x)
    out.append((t, x) + tuple(o))
I = out
L, last, n = build(I, 28)
top = [
"金锄头文库 · 文档共享与下载　　首页 ∥ 行业文档 ∥ 招投标 ∥ 会员中心 ∥ 上传",
"位置：行业资料 > 招标投标 > 投标文件",
"格式：DOC　　页数：3　　大小：78KB　　上传时间：2024-01-16　　下载积分：10",
"〖收藏〗　〖下载〗　〖举报〗",
"文档正文：",
]
tail = [
"",
"～ 这份文档的 3 页已经全部显示 ～",
"下载需积分：10　　　立即下载　　　收藏",
"相关文档",
"智慧教室建设项目技术方案.doc",
"多媒体教室采购项目投标书-商务卷.doc",
"录播系统售后服务及培训承诺书.docx",
"© jinchutou.com 金锄头文库　　苏ICP备2023008612号-1",
]
emit(NAME + ".txt", C, [("c", x) for x in top] + L + [("c", x) for x in tail])
json.dump({"replace": fixes}, open("../../fixes/" + NAME + ".json", "w"), ensure_ascii=False, indent=1)
