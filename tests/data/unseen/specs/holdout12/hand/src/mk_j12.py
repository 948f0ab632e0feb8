"""Authoring aid for j12 (scanned product test report in an online viewer, OCR text layer): writes the tagged source
j12_shiye_zhijian-baogao.txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wrap12 import build, emit
C = ["# scanned product quality test report shown by an online document viewer (OCR text layer); GB18030; viewer toolbar, file",
     "# row with an OCR note, page 1 = image only (the cover with the report's title was not recognised): NO title (gold null);",
     "# running header (testing institute + report number) and page numbers '- N -' at every page boundary, one break splitting",
     "# the conclusion paragraph; ragged hard wrap 32–38; OCR damage kept as it stands: stray spaces inside words, full-width and half-width digits",
     "# mixed; field lines and table rows as paragraphs (rows kept whole, no numbers at their starts); 一、 whole-line parts,",
     "# 1．items under 五、; near-miss: the report's own no-partial-copy statement (版权-like) and downloading the e-copy for",
     "# verification from the institute's site (content); approver and address lines after the last item; last-page note, footer"]
top = [("c", "拾页阅读　｜　◀　1 / 5　▶　｜　⊖ 100% ⊕　｜　⬇ 保存副本　｜　⎙ 打印"),
       ("c", "文件：WL-ZJ-2025-0458扫描件.pdf　　　▲ 本文字层由OCR自动生成，与原件可能存在差异"),
       ("c", ""),
       ("c", "〔第 1 页为扫描图像，未检出可识别文字〕"),
       ("c", ""),
       ("c", "- 1 -")]
items = [
("s1!", "一、样 品 信 息"),
("n", "产品名称：儿 童自行车"),
("n", "型号规格：ＴＢ-16（16英寸）"),
("n", "商　　标：青禾"),
("n", "委托单位：汶澜市青禾童车有限公司"),
("n", "生产单位：汶澜市青禾童车有限公司"),
("n", "检验类别：委托检验　　　抽样方式：委托方送样"),
("n", "生产日期/批号：2025-02-11／20250211B"),
("n", "样品数量：２辆　　　样品状态：完好，无 包装破损"),
("n", "到样日期：2025年3月3日　　检验日期：２０２５年３月４日—３月１２日"),
("s1!", "二、检 验 依 据"),
("n", "GB 14746-2006《儿童自行车安全要求》；"),
("n", "委托方提供的产 品使用说明书。"),
("s1!", "三、检验项目及结果"),
("n", "检验项目　　　标准要求　　　　　　　　　　实测结果　　单项判定"),
("n", "锐利边缘　　　外露边缘不应有毛刺、锐边　　　未发现　　　合格"),
("n", "突 出物　　　　螺栓外露长度不超过螺母高度　符合　　　　合格"),
("n", "车闸性能　　　制动距离≤ 2.5 m（干态）　　 1.9 m　　　合格"),
("n", "鞍座高度调节　有插入深度永久性标记　　　　有　　　　　合格"),
("n", "平衡轮　　　　静载荷试验后无裂纹、无脱落　符合　　　　合格"),
("n", "链 罩　　　　　应遮盖链条与链轮啮合处　　　符合　　　　合格"),
("n", "车架/前叉组合件　落重试验后无可见裂纹　　符合　　　　合格"),
("n", "车铃　　　　　应能发出清晰的铃声　　　　　符合　　　　合格"),
("n", "脚蹬　　　　　踏面应有防滑措施　　　　　　符合　　　　合格"),
("n", "反射器　　　　前、后、侧及脚蹬均应安装　　符合　　　　合格"),
("n", "使用说明书　　应含安装、调整及安全警示内容　符合　　　合格"),
("p", "注：车闸性能按标准规定的方法在干态条件下测试，测试速度为５ km/h，三次测试取平均值，原始记录见第3页附表。"),
("s1!", "四、检 验 结 论"),
("p", "经检验，该样品所检项目均符合GB 14746－2006《儿童自行车安全要求》的要求，所检项目合格。"),
("p", "检验后的样品已由委托方领回，本所不再留存。"),
("n", "（检验检测专用章）"),
("n", "签发日期：２０２５年３月１４日"),
("s1!", "五、说　明"),
("s2", "1．本报告无本所“检验检测专用章”及骑缝章无效。"),
("s2", "2．未经本所书面批准，不得部分复制本报告；复制报告未重新加盖“检验检测专用章”无效。"),
("s2", "3．本报告仅对来样负责，检验结果不得用于产品广告宣传。"),
("s2", "4．对检验结果若有异议，应于收到报告之日起十五日内向本所书 面提出，逾期不予受理。"),
("s2", "5．本报告一式三份，委托方二份，本所存档一份。"),
("s2", "6．本报告电子版可登录本所网站“报告查询”栏目，输入报告编号和防伪码下载核验。"),
("n", "批准：方 维　　　审核：梁淑贞　　　主检：韩 冬"),
("n", "地址：汶澜市经开区检测路6号　　邮编：XXXXXX　　电话：0XXX-XXXXXXX"),
]
HEAD = "汶澜市产品质量监督检验所　　　　　报告编号：WL2025-ZJ-0458"
lines, pages = build(items, 32, 38, 15, lambda p: ["", f"- {p} -"], lambda p: [HEAD, "第 %d 页 共 5 页" % p], seed=12, first_page=2)
# page 2 starts the text layer: its running header comes first
lines = [("c", HEAD), ("c", "第 2 页 共 5 页")] + lines
tail = [("c", ""), ("c", f"- {pages} -"), ("c", ""), ("c", "—— 已是最后一页 ——"),
        ("c", "拾页阅读 shiyeyuedu.com　·　文件仅在本地浏览器中处理　·　使用条款　·　问题反馈")]
emit(os.environ.get("OUT", "j12_shiye_zhijian-baogao.txt"), C, top + lines + tail)
print(pages, file=sys.stderr)
