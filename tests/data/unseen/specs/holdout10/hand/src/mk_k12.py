import random, sys
from wrapdoc import build, emit
C = ["# book118 text-layer scrape with NO TITLE anywhere (gold null): the crawler kept only the bulleted notice list ('- 1、' …",
     "# '- 6、') and the text layer; the cover page was an image, so the text starts at '1　目的'; UTF-16 LE; PDF wrap 34; page markers",
     "# 'N/M' on their own lines, page breaks splitting sentences; bare numbers 1 / 3.1 with (1) items; half-width punctuation in some",
     "# blocks and PDF spaces inside words (whitespace only); command lines as paragraphs, 'df -h' twice (content); '见第5页' (content);",
     "# flattened table header line (content); not truncated; tail: related list, 文档评论(0)"]
NPAGES = int(sys.argv[1]) if len(sys.argv) > 1 else 5
top = [("c", f"- 1、本文档共{NPAGES}页，可阅读全部内容。"),
       ("c", "- 2、原创力文档（book118）网站文档一经付费（服务费），不意味着购买了该文档的版权，仅供个人/单位学习、研究之用，不得用于商业用途，未经授权，严禁复制、发行、汇编、翻译或者网络传播等，侵权必究。"),
       ("c", "- 3、本站所有内容均由合作方或网友上传，本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺！文档内容仅供研究参考，付费前请自行鉴别。如您付费，意味着您自己接受本站规则且自行承担风险，本站不退款、不进行额外附加服务；查看《如何避免下载的几个坑》。如果您已付费下载过本站文档，您可以点击 这里二次下载。"),
       ("c", "- 4、如文档侵犯商业秘密、侵犯著作权、侵犯人身权等，请点击“版权申诉”（推荐），也可以打举报电话：400-050-0827（电话支持时间：9:00-18:30）。"),
       ("c", "- 5、该文档为VIP文档，如果想要下载，成为VIP会员后，下载免费。"),
       ("c", "- 6、成为VIP后，下载本文档将扣除1次下载权益。下载后，不支持退款、换文档。如有疑问请联系我们。")]
HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
rng = random.Random(12)
def pdfsp(s, n=2):
    s = list(s)
    for _ in range(n):
        i = rng.randrange(4, len(s) - 2)
        if "\u4e00" <= s[i - 1] <= "\u9fff" and "\u4e00" <= s[i] <= "\u9fff":
            s.insert(i, " ")
    return "".join(s)
items = [
("s1!", "1　目的"),
("p", pdfsp("为规范信息中心机房日常巡检工作，及时发现并消除设备运行隐患，保障医院信息系统安全、稳定、连续运行，特制定本规程。")),
("s1!", "2　适用范围"),
("p", "本规程适用于信息中心主机房、灾备机房及门诊楼、住院楼各楼层弱电间的日常巡检。"),
("s1!", "3　职责"),
("s2", "3.1　信息中心主任负责巡检工作的组织、检查和考核。"),
("s2", pdfsp("3.2　值班工程师负责按本规程完成每日巡检，并如实填写《机房巡检记录表》。", 1)),
("s1!", "4　巡检内容与方法"),
("s2!", "4.1　环境巡检"),
("s3", "(1)温湿度:机房温度应保持在18～27℃,相对湿度保持在40%～60%,超出范围时检查精密空调运行状态。"),
("s3", "(2)供配电:UPS负载率不超过70%,电池组无鼓包、漏液,市电与UPS切换记录无异常。"),
("s3", pdfsp("(3)消防:七氟丙烷气体灭火系统控制盘处于自动状态,气瓶压力表指针在绿区。", 1)),
("s2!", "4.2　服务器巡检"),
("p", "登录各业务服务器后依次执行下列命令，并将结果记入巡检记录："),
("p", "df -h", "nw"),
("p", "free -m", "nw"),
("p", "uptime", "nw"),
("p", pdfsp("检查各分区使用率不超过80%，可用内存不低于总内存的20%，系统负载不高于CPU核数。")),
("s2!", "4.3　数据库巡检"),
("p", "登录数据库服务器，检查前一日全量备份和增量备份任务的执行结果以及表空间使用率。确认备份完成后，再次执行下列命令："),
("p", "df -h", "nw"),
("p", "备份分区的剩余空间应不少于当日备份文件大小的两倍。"),
("s2!", "4.4　网络设备巡检"),
("p", "检查核心交换机、汇聚交换机和防火墙的CPU、内存使用率，端口状态及告警日志，发现端口频繁up/down的，及时排查链路。每季度对防火墙访问控制策略进行一次梳理，清理过期和冗余策略。".translate(HALF)),
("s1!", "5　异常处理"),
("s2", "5.1　巡检发现异常，值班工程师应立即处理；不能处理的，应在30分钟内报告信息中心主任。"),
("s2", "5.2　涉及HIS、LIS、PACS等核心业务系统中断的，按《信息系统突发事件应急预案》执行。"),
("s2", "5.3　巡检中发现的设备隐患和故障，应在运维管理系统中登记，明确责任人和整改时限，跟踪整改直至闭环。"),
("s1!", "6　记录"),
("p", "巡检记录表按月装订成册，由信息中心保存，保存期限不少于一年。机房巡检记录表格式见第5页。"),
("p", "序号 巡检项目 巡检标准 巡检结果 异常情况及处理 巡检人", "nw"),
]
lines, pages = build(items, 34, 34, 13, lambda p: [f"{p + 1}/{NPAGES}"], lambda p: [], seed=5)
lines.append(("c", f"{pages + 1}/{NPAGES}"))
tail = [("c", "您可能关注的文档"), ("c", "医院信息系统安全管理制度汇编.docx"), ("c", "数据中心机房运维管理规范（2023版）.pdf"),
        ("c", "服务器日常巡检记录表（模板）.xls"), ("c", "文档评论(0)")]
emit("k12_book118_jifang-xunjian.txt", C, top + lines + tail)
print(pages, file=sys.stderr)
