import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wrap11 import build, emit
C = ["# community charity venture-fund application (the cover page with its title was an image and is missing); UTF-8, no final newline;",
     "# online PDF viewer: toolbar with the file name, text-layer note; NO title (gold null; the viewer shows only a file name); hard wrap 38,",
     "# running header (the applicant organisation, not a title) and page footer, page breaks splitting sentences; field lines (project",
     "# name, applicant, period, amount) as paragraphs; 一、/（一）/1．/（1）, whole-line and run-in; a",
     "# sentence on booking by scanning the code on the community notice board and a copyright / free-use clause (content); signature",
     "# lines after the last item; last-page note, viewer footer"]
top = [("c", "蝉翼阅览 PDF　｜　QH-2025-0520-final.pdf　｜　1 / 3　｜　◀ ▶　｜　缩放 100% ▾　｜　🔍 查找　｜　⬇"),
       ("c", "✔ 本文件带文本层，可直接选中复制"),
       ("c", "")]
items = [
("s1!", "一、项目基本信息"),
("p", "项目名称：“银龄食堂+”社区助餐服务项目"),
("p", "申报机构：青禾社会工作服务中心"),
("p", "项目周期：2025年7月—2026年6月"),
("p", "申请资助金额：8.6万元（项目总预算12.4万元，其余3.8万元由申报机构自筹）"),
("s1!", "二、项目背景与需求分析"),
("p", "城南街道60周岁以上户籍老人1.37万人，占户籍人口的27.4%，其中独居和空巢老人2100余人。2024年我们对辖区4个社区的418名老人开展了入户问卷调查，结果显示："),
("s2", "（一）46.2%的受访老人表示“做饭吃力”，其中80岁以上老人的比例达到71%；"),
("s2", "（二）38.5%的受访老人每周至少有三天只吃一顿热饭；"),
("s2", "（三）超过六成的老人希望在家门口有价格实惠、口味清淡的老年餐。"),
("p", "现有的两家社区长者食堂均位于街道北片，南片老人步行就餐距离超过1.5公里，助餐服务存在明显空白。"),
("s1!", "三、项目目标"),
("s2", "（一）总目标。在城南街道南片建设1个社区助餐点，为辖区老人提供“堂食+送餐”的助餐服务，缓解老人做饭难、吃饭难问题。"),
("s2!", "（二）具体目标"),
("s3", "1．项目周期内累计提供助餐服务不少于2.4万人次，其中送餐上门不少于6000人次。"),
("s3", "2．培育一支不少于30人的低龄老人志愿送餐队伍。"),
("s3", "3．服务对象满意度达到90%以上。"),
("s1!", "四、项目实施内容"),
("s2!", "（一）助餐点建设与运营"),
("p", "与城南社区党群服务中心合作，利用其一楼闲置用房改建助餐点，设置就餐座位40个。餐食由具备资质的中央厨房配送，每天供应午餐一餐，标准为两荤一素一汤。"),
("s2!", "（二）送餐上门服务"),
("p", "对80周岁以上、失能半失能老人提供送餐上门服务。老人或者家属可以扫描社区公告栏的二维码预约，也可以电话预约。"),
("s2!", "（三）“老帮老”志愿服务"),
("s3", "（1）招募60至70周岁身体健康的低龄老人担任送餐志愿者，开展食品安全和沟通技巧培训；"),
("s3", "（2）建立志愿服务积分制度，积分可兑换助餐券和生活用品；"),
("s3", "（3）每季度评选“助餐之星”，增强志愿者的荣誉感。"),
("s1!", "五、项目管理与风险防控"),
("s2", "（一）食品安全管理。严格执行食品留样制度，每餐每个品种留样不少于125克，冷藏保存48小时。"),
("s2", "（二）资金管理。项目资金专账核算，接受街道和第三方评估机构的监督检查。"),
("s2", "（三）成果共享。项目形成的服务手册、培训课件版权归申报机构所有，免费向其他社区开放使用。"),
("n2", "申报机构（盖章）：青禾社会工作服务中心"),
("n2", "2025年5月20日"),
]
lines, pages = build(items, 38, 38, 16, lambda p: [f"⌊ {p} ⌋"], lambda p: ["青禾社会工作服务中心"], seed=4)
tail = [("c", f"⌊ {pages} ⌋"), ("c", ""), ("c", "〈 已到最后一页 〉"),
        ("c", "蝉翼阅览 chanyiyuelan.com · 在线预览不会保存您的文件 · 隐私条款 · 意见反馈")]
emit(os.environ.get("OUT", "k12_chanyi_gongyi-chuangtou.txt"), C, top + lines + tail)
print(pages, file=sys.stderr)
