import os, random, re
from wrapdoc import build, emit
C = ["# 豆丁网 page of a 专科毕业设计论文 (摘要/Abstract/第X章/1.1/致谢/版权使用授权书): page title '【精品】….doc - 豆丁网', site nav,",
     "# uploader row; UTF-16 LE; **all whitespace removed** (English abstract one run, '-N-' footers); **two text layers**: a",
     "# corrupted first layer of page 1 (dropped characters, stray spaces; chrome) then the clean layer; wrap 40; 第X章 and 1.1",
     "# whole-line headings; 摘要/关键词/Abstract/Keywords preamble; test table one row per line; unnumbered 致谢 and the",
     "# **版权使用授权书 paragraph (content)** after 第4章 belong to it; tail: download/collect row, related list, footer"]
items = [
("t", "基于STM32的植保无人机变量喷雾控制系统设计"),
("p", "摘要：针对植保无人机定量喷雾存在的重喷、漏喷问题，本文设计了一种基于STM32单片机的变量喷雾控制系统。系统根据飞行速度和处方图信息实时计算目标流量，通过PWM信号调节隔膜泵转速，实现施药量随作业速度变化自动调整。田间试验表明，系统流量控制误差小于5%，雾滴沉积均匀性较定量喷雾提高18.6%。"),
("p", "关键词：植保无人机；变量喷雾；STM32；PWM调速"),
("p", "Abstract: To solve the problems of repeated spraying and missed spraying in constant-rate spraying of plant protection UAVs, a variable-rate spraying control system based on STM32 was designed. The target flow rate is calculated from flight speed and prescription map data, and the pump speed is regulated by PWM. Field tests show that the flow control error is less than 5%."),
("p", "Keywords: plant protection UAV; variable-rate spraying; STM32; PWM"),
("s1!", "第1章 绪论"),
("s2!", "1.1 研究背景"),
("p", "我国农作物病虫害防治任务繁重，传统人工背负式喷雾效率低、农药利用率不足40%。植保无人机具有作业效率高、适应复杂地形等优点，近年来保有量快速增长，但多数机型仍采用定量喷雾，飞行速度波动时单位面积施药量不均。"),
("s2!", "1.2 本文主要工作"),
("p", "本文完成了变量喷雾控制系统的硬件选型与电路设计，编写了流量闭环控制程序，并在湘北农场水稻田开展了对比试验。"),
("s1!", "第2章 系统总体设计"),
("s2!", "2.1 系统组成"),
("p", "系统由STM32F103主控模块、GNSS定位模块、涡轮流量传感器、隔膜泵驱动模块和地面站通信模块组成。主控模块读取GNSS速度和处方图中当前网格的目标施药量，计算出目标流量，经PID算法输出PWM占空比驱动隔膜泵。"),
("s2!", "2.2 控制算法"),
("p", "目标流量Q=q×v×W/600，式中q为处方施药量（L/hm²），v为飞行速度（m/s），W为有效喷幅（m）。为抑制流量传感器脉冲抖动，程序对采样值进行5点滑动平均滤波，PID参数经试凑法整定为Kp=1.8、Ki=0.35、Kd=0.05。"),
("s1!", "第3章 试验与结果分析"),
("p", "试验于2018年8月在湘北农场进行，设定处方施药量15L/hm²，分别以3m/s、4m/s和5m/s的速度作业，结果如下："),
("p", "飞行速度（m/s）　目标流量（L/min）　实测流量（L/min）　误差（%）", "nw"),
("p", "3　　　　　　　　1.35　　　　　　　1.31　　　　　　　2.96", "nw"),
("p", "4　　　　　　　　1.80　　　　　　　1.74　　　　　　　3.33", "nw"),
("p", "5　　　　　　　　2.25　　　　　　　2.15　　　　　　　4.44", "nw"),
("p", "随着飞行速度提高，系统响应滞后导致误差略有增大，但均在5%以内，满足植保作业要求。"),
("s1!", "第4章 结论"),
("p", "本文设计的变量喷雾控制系统能够根据飞行速度实时调节施药量，流量控制精度满足要求。后续可引入作物长势遥感数据生成更精细的处方图。"),
("p", "致谢", "nw"),
("p", "本论文是在邓春林老师的悉心指导下完成的。从选题、方案论证到试验实施，邓老师都给予了耐心的指导。感谢湘北农场的谭师傅在田间试验中提供的帮助，也感谢同组的曾宇和欧阳婷同学。"),
("p", "学位论文版权使用授权书", "nw"),
("p", "本人完全了解学校有关保留、使用学位论文的规定，同意学校保留并向有关部门送交论文的复印件和电子版，允许论文被查阅和借阅，学校可以将论文全部或部分内容编入有关数据库进行检索。"),
]
def squeeze(s):
    return re.sub(r"\s+", "", s)
items = [(t, squeeze(x)) + tuple(o) for t, x, *o in items]
lines, N = build(items, 40, 40, 20, lambda p: [], lambda p: [], seed=206)
footer = lambda p: ["-%d-" % p]
lines, pages = build(items, 40, 40, 20, footer, lambda p: [], seed=206)
lines.append(("c", "-%d-" % pages))
rng = random.Random(2606)
def corrupt(s):
    out = []
    for ch in s:
        r = rng.random()
        if r < 0.11:
            continue
        out.append(ch)
        if rng.random() < 0.07:
            out.append(" ")
    return "".join(out)
first = []
for t, x in lines:
    if x.startswith("-1-"):
        break
    first.append(("c", corrupt(x)))
top = [("c", "【精品】植保无人机变量喷雾控制系统设计毕业论文.doc - 豆丁网"),
       ("c", "豆丁网　首页　文档分类　豆丁书房　行业资料　上传　登录　注册"),
       ("c", "上传者：农机工程资料库　|　2019-05-06上传　|　阅读2175次　|　页数：%d　|　格式：DOC" % pages),
       ("c", "")]
tail = [("c", ""),
        ("c", "下载此文档　　　放入我的文件夹　　　分享到：微信　QQ　微博　　　举报"),
        ("c", "相关文档"),
        ("c", "植保无人机喷雾系统研究综述.pdf"),
        ("c", "基于Arduino的智能灌溉控制系统设计(毕业论文).doc"),
        ("c", "豆丁网版权所有©2008-2019　沪ICP备09045682号")]
emit(os.environ.get("OUT", "h06_docin_zhibao-lunwen.txt"), C, top + first + lines + tail)
print(pages, len(first))
