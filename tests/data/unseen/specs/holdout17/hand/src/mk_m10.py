"""m10 (雪松云盘, customer-service scripts, cloud-drive preview of a shared .docx): writes the tagged source
m10_xuesong_kefu-huashu.txt (hard wrap 38 with breaks mid-sentence, preview pages of 14 lines separated by the viewer's
page bar, a 'loading' line at one page break inside a paragraph, the preview stops mid-sentence on page 3 of 7)."""
from handlib import build

C = ["# cloud-drive share page with a document preview; UTF-8, no final newline; hard wrap 38; share header (sharer, file",
     "# name, size, expiry), save/download buttons, preview notice; TITLE = the document's first line + version line preamble;",
     "# 一、 whole-line, （一） run-in, 1． items with quoted script lines as paragraphs; near-miss: VIP members routed first,",
     "# checking orders after logging in to the back office, asking buyers to share their experience in the review, never",
     "# sending download links; viewer page bars (one inside a paragraph, with a loading line); TRUNCATED mid-sentence (page 3",
     "# of 7) + preview-limit block, file-info row, footer"]
top = [("c", "雪松云盘　|　我的文件　传输列表　分享管理　　　会员中心"),
       ("c", "“阿栎”分享了 1 个文件　　分享时间：2025-04-09 14:22　　有效期：剩余 6 天"),
       ("c", "📄 客服规范+话术手册_2025春.docx　　1.86 MB"),
       ("c", "［保存到我的云盘］　［下载］　［举报］"),
       ("c", "在线预览模式：版式可能有偏差，以原文件为准"),
       ("c", "")]
body = [
 ("t", "栎城优品旗舰店客服服务规范与话术手册"),
 ("p", "（2025年春季版　客服部编制）"),
 ("p", "本手册适用于本店售前、售后全体客服人员，新入职客服须在上岗前熟读并通过话术考核。手册内容将根据平台规则变化和顾客反馈定期更新。"),
 ("s1!", "一、服务基本要求"),
 ("s2", "（一）响应时效。顾客进线后首次响应不超过15秒，平均响应时间控制在30秒以内；大促期间首次响应不超过30秒。"),
 ("s2", "（二）接待顺序。按进线先后顺序接待，店铺会员（VIP）顾客由系统自动优先分配，但不得因此怠慢其他顾客。"),
 ("s2", "（三）用语规范。统一使用“您”称呼顾客，不使用“亲爱的”“宝宝”等过于随意的称呼，禁止使用反问、质问语气，禁止与顾客争执。"),
 ("s2", "（四）信息安全。查询订单须登录客服后台操作，不得向顾客索要支付密码和验证码，不得通过聊天窗口发送来源不明的下载链接。"),
 ("s1!", "二、售前接待话术"),
 ("s2!", "（一）欢迎语"),
 ("p", "“您好，欢迎光临栎城优品，我是客服小栎，很高兴为您服务，请问有什么可以帮您？”"),
 ("s2!", "（二）商品咨询"),
 ("s3", "1．顾客询问尺码时，先询问身高、体重和平时穿着习惯，再给出建议，并提醒顾客参考详情页的尺码表。"),
 ("p", "“根据您提供的身高体重，建议您选择L码。这款版型偏修身，如果您喜欢宽松一些，可以选择XL码。”"),
 ("s3", "2．顾客询问优惠时，如实介绍店铺当前活动，不得承诺活动规则以外的优惠。"),
 ("p", "“目前店铺有满199减20的活动，领取优惠券后下单即可自动抵扣。”"),
 ("s1!", "三、售后处理话术"),
 ("s2", "（一）物流查询。顾客催问物流时，先查询物流信息并截图告知，再说明预计送达时间；物流异常的，主动联系快递公司核实，并在2小时内回复顾客。"),
 ("s2", "（二）退换货。符合七天无理由退换条件的，直接引导顾客在订单页面申请，不得以任何理由拖延；商品存在质量问题的，运费由店铺承担。处理完毕后，可以邀请顾客在评价中分享使用体验，但不得以返现等方式诱导好评，"),
]
tail = [("c", ""),
        ("c", "⋯⋯ 预览仅展示前 3 页 / 共 7 页 ⋯⋯"),
        ("c", "下载后查看完整内容，或开通雪松云盘超级会员享受在线全文预览"),
        ("c", "［下载文件（1.86 MB）］　［开通超级会员］"),
        ("c", "文件信息：Word 文档　最后编辑 2025-04-08　来自 阿栎 的分享"),
        ("c", "雪松云盘 xuesongpan.com　请勿分享违法违规内容　|　服务条款　|　个人信息保护　|　沪ICP备2023XXXXXX号")]
foot = lambda p: [f"┈┈┈┈┈┈ 第 {p} / 7 页 ┈┈┈┈┈┈"] + (["页面加载中，请稍候…"] if p == 2 else [])
lines, pages = build(body, width=38, lpp=14, page_chrome=foot)
text = "\n".join(C + [f"{t}|{x}" for t, x in top] + lines + [f"{t}|{x}" for t, x in tail]) + "\n"
with open("m10_xuesong_kefu-huashu.txt", "w", encoding="utf-8") as f:
    f.write(text)
print("m10 pages", pages)
