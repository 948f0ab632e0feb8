import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wrap11 import build, emit
C = ["# guesthouse operating rules previewed in a cloud drive; GB18030; hard wrap 28; drive header, folder path, viewer toolbar and file row;",
     "# title line on page 1; running header (company rule book, not the title) from page 2 and page footer, page breaks splitting",
     "# articles mid-sentence; 第X章 whole-line / 第X条 run-in (one-sentence articles all heading); articles on guests downloading",
     "# e-invoices by scanning a code, a VIP-member clause and a copyright clause on the room artwork (content); membership ad BETWEEN",
     "# chapters 二 and 三; truncated mid-sentence (3 of 9 pages) + preview-limit block, drive footer"]
top = [("c", "云舟网盘　|　我的文件　共享给我　回收站　　　　　　　　　　　　　空间 12.4G/20G"),
       ("c", "我的文件 ⟩ 民宿运营 ⟩ 制度 ⟩ 栖云山居民宿经营管理制度.pdf"),
       ("c", "⟳ 旋转　⊕ 放大　⊖ 缩小　⤓ 下载(需会员)　⎙ 打印　✂ 转存"),
       ("c", "文件大小 846KB　　修改于 2025-03-18 10:21　　共 9 页"),
       ("c", "")]
items = [
("t", "栖云山居民宿经营管理制度"),
("s1!", "第一章　总则"),
("s2", "第一条　为规范栖云山居民宿（以下简称“本民宿”）的经营管理，提升服务质量，保障宾客和员工的合法权益，根据《旅游民宿基本要求与等级划分》和当地民宿管理有关规定，结合本民宿实际，制定本制度。"),
("s2", "第二条　本制度适用于本民宿全体员工及外包服务人员。"),
("s2", "第三条　本民宿坚持“安全第一、宾客至上、绿色经营”的原则，倡导有温度的在地化服务。"),
("s1!", "第二章　前台接待"),
("s2", "第四条　前台实行24小时值班制度，值班人员不得脱岗。夜间23:00以后入住的宾客，由值班人员引导至房间。"),
("s2", "第五条　宾客入住时，前台应当查验有效身份证件，逐一登记入住人员信息并上传公安机关旅馆业治安管理信息系统，不得为未登记人员开房。"),
("s2", "第六条　宾客离店时，前台应当核对消费账单，并告知宾客可扫描房间桌牌上的二维码下载电子发票。"),
("s2", "第七条　本民宿会员分为普通会员和VIP会员。累计入住满10晚的宾客自动升级为VIP会员，可享受延迟退房至14:00、免费接送站等权益。"),
("c", "★ 云舟超级会员 · 在线预览不限页数 · 首月 6 元 → 立即开通"),
("s1!", "第三章　客房管理"),
("s2", "第八条　客房清洁实行“一客一换一消毒”，床单、被套、毛巾必须一客一换，杯具、拖鞋每次使用后消毒并密封存放。"),
("s2", "第九条　客房服务员清扫房间时应当将工作车停放在门口，房门保持打开状态；宾客在房内时，须经宾客同意方可进入清扫。"),
("s2", "第十条　客房内的装饰画、摄影作品版权归本民宿所有，宾客可以拍照留念，未经书面许可不得翻拍后用于商业宣传。"),
("s2", "第十一条　宾客遗留物品由客房服务员登记后交前台保管，保管期限为3个月，期满无人认领的按有关规定处理。"),
("s1!", "第四章　安全管理"),
("s2", "第十二条　本民宿设兼职安全员一名，每日对消防设施、燃气管道和电气线路进行巡查，并填写巡查记录。"),
("s2", "第十三条　客房内禁止使用明火和大功率电器；公共区域设置的火塘、壁炉须有专人看管，确认熄灭后方可离开。"),
("s2", "第十四条　每半年组织一次全员消防演练。新入职员工须在上岗前完成消防安全培训，掌握灭火器的使用方法和"),
]
lines, pages = build(items, 28, 28, 13, lambda p: [f"⌈ {p} ⌉"], lambda p: ["栖云山居 · 管理制度汇编（内部）"], seed=2)
tail = [("c", ""), ("c", "─ ─ 在线预览只显示前 3 页 ─ ─"),
        ("c", "转存到我的网盘后可查看全部 9 页　　[ 转存 ]　[ 下载 ]"),
        ("c", "云舟网盘 yunzhoupan.com · 文件为网友个人存储，云舟不对其内容负责 · 京ICP备2025XXXXXX号")]
emit(os.environ.get("OUT", "k11_yunzhou_minsu-zhidu.txt"), C, top + lines + tail)
print(pages, file=sys.stderr)
