import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wrap11 import build, emit
C = ["# data-centre machine-room inspection rules; UTF-8; hard wrap 36; title on its own line under the site row and breadcrumb,",
     "# contributor row after it; number/department lines as preamble; bare-number 1 / 3.1 / 5.1.1 (whole-line and run-in, one-sentence",
     "# items all heading); the same ipmitool command line twice (5.2.1 and 6.2, content); a sentence on downloading the record form",
     "# from the ops platform (content); damage: private-use code points (own map U+E7C1-U+E7C6) for ，。、：（） in parts 5 and 6, real",
     "# marks mixed in (fixed via fixes/); page footer; truncated mid-sentence (3 of 7) + paywall, one-line ❶❷❸ list, comments, footer"]
PUA = {"，": "\ue7c1", "。": "\ue7c2", "、": "\ue7c3", "：": "\ue7c4", "（": "\ue7c5", "）": "\ue7c6"}
rng = random.Random(11)
def d(s):
    if os.environ.get("CLEAN"):
        return s
    return "".join(PUA[c] if c in PUA and rng.random() < 0.7 else c for c in s)
def ds(s):  # a section line: keep the first sentence end so the heading cut stays where the author put it
    if os.environ.get("CLEAN"):
        return s
    for i, c in enumerate(s):
        if c in "。！？；":
            return d(s[:i]) + c + d(s[i + 1:])
    return d(s)
CMD = "ipmitool -I lanplus -H <带外地址> -U <账号> sdr elist"
top = [("c", "⛵ 星槎文库 ｜ 找文档 ｜ 传文档 ｜ 文库会员　　　　　　　　　　　　　登录 · 注册"),
       ("c", "您的位置 → 首页 → IT技术 → 运维管理 → 机房管理")]
items = [
("t", "数据中心机房日常巡检规范"),
("c", "文档贡献者：机房守夜人 · 2025-01-06 发布 · 约2900字 · 7页 · ⬇ 412"),
("c", ""),
("n", "文件编号：YW-GF-012　　版本：V2.1"),
("n", "编制部门：信息技术部运维组　　生效日期：2025年1月1日"),
("s1!", "1　目的"),
("p", "为规范数据中心机房日常巡检工作，及时发现和消除设备、环境及安全隐患，保障业务系统连续稳定运行，制定本规范。"),
("s1!", "2　适用范围"),
("p", "本规范适用于公司总部A、B两个机房及灾备机房的日常巡检，外包运维人员参照执行。"),
("s1!", "3　职责"),
("s2", "3.1　运维组负责制定巡检计划，组织实施日常巡检并处理巡检发现的问题。"),
("s2", "3.2　值班工程师负责按本规范执行巡检，如实填写巡检记录。"),
("s2", "3.3　信息技术部经理负责审核巡检报告，协调解决重大问题。"),
("s1!", "4　巡检周期与记录"),
("s2", "4.1　日巡检：每日9:00和17:00各一次。"),
("s2", "4.2　周巡检：每周一上午进行，在日巡检基础上增加设备性能与日志检查。"),
("s2", "4.3　月巡检：每月最后一个工作日进行，包括配电、空调和消防系统的全面检查。"),
("s2", "4.4　巡检记录表可在运维平台“文档中心”栏目下载打印，填写完整后由值班工程师签字，保存期限不少于一年。"),
("s1!", "5　巡检内容"),
("s2!", "5.1　环境巡检"),
("s3", ds("5.1.1　温湿度。冷通道温度应保持在18℃—27℃，相对湿度40%—60%，超出范围的，应立即检查空调运行状态。")),
("s3", ds("5.1.2　漏水检测。查看漏水检测系统告警记录，目视检查空调下方、地板下及管道接口有无积水。")),
("s3", ds("5.1.3　清洁卫生。机房内不得存放纸箱等易燃物品，地面和机柜表面无明显积尘。")),
("s2!", "5.2　设备巡检"),
("s3", ds("5.2.1　服务器。查看设备前面板指示灯；对带外管理地址可达的服务器，登录跳板机后执行以下命令读取传感器状态：")),
("n3", CMD),
("p3", d("记录风扇、电源和温度传感器的异常项，异常项截图附在巡检记录后。")),
("s3", ds("5.2.2　网络设备。检查核心交换机和防火墙的端口状态、CPU和内存利用率，利用率持续超过80%的应当记录并上报。")),
("s3", ds("5.2.3　存储设备。检查磁盘阵列的硬盘状态和容量使用率，容量使用率超过85%时提出扩容申请。")),
("s2!", "5.3　供配电与空调巡检"),
("s3", ds("5.3.1　UPS。检查输入输出电压、负载率和电池状态，负载率不得超过70%。")),
("s3", ds("5.3.2　精密空调。检查运行模式、送回风温度和告警信息，每月清洗一次过滤网。")),
("s1!", "6　异常处理"),
("s2", ds("6.1　巡检发现异常的，值班工程师应当在10分钟内报告运维组负责人，并在运维平台登记故障工单。")),
("s2", ds("6.2　更换服务器部件后，应当再次执行巡检命令，确认传感器读数恢复正常：")),
("n2", CMD),
("s2", ds("6.3　涉及业务中断的故障，按照《信息系统应急预案》启动应急响应，值班工程师在处置过程中应当每30分钟向")),
]
lines, pages = build(items, 36, 36, 20, lambda p: [f"〘 {p} 〙"], lambda p: [], seed=5)
tail = [("c", ""), ("c", "〔 免费预览到此结束，后面还有 4 页 〕"),
        ("c", "开通星槎会员：全站文档随便下　¥15/月　　｜　只买这一篇 ¥2.5"),
        ("c", "❶ 机房动力环境监控系统运维手册　7页　　❷ UPS蓄电池维护保养规程　4页　　❸ 服务器上架操作指引　3页"),
        ("c", "看过的人说（3）"),
        ("c", "▸ 运维小丁：sdr elist 那条命令好用，比登网页看快多了"),
        ("c", "▸ 夜班人：能不能把第7章记录表也放出来"),
        ("c", "▸ 机房守夜人（作者）：全文里有，开会员能看"),
        ("c", "星槎文库 xingchawenku.com · 文档内容由贡献者负责 · 粤ICP备2024XXXXXX号")]
emit(os.environ.get("OUT", "k05_xingcha_jifang-xunjian.txt"), C, top + lines + tail)
print(pages, file=sys.stderr)
