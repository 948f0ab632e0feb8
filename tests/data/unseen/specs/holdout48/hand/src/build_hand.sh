#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py, convert them to hand/raw +
# hand/outline with the shared tagged2hand.py, and rewrite fixes/e04 and fixes/e09 (computed by the mk scripts).
# Rerunning it and then ../../make.sh gives identical files.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
python3 mk_e01.py; python3 $T e01_meiyang-gov_yinfa-yijian.txt e01_meiyang-gov_yinfa-yijian gb18030 lf .. no
python3 mk_e02.py; python3 $T e02_gongjian-wenshu_weixian-jiashi.txt e02_gongjian-wenshu_weixian-jiashi utf-8 crlf .. no
python3 mk_e04.py; python3 $T e04_lijin-caijing_yejiyuzeng.txt e04_lijin-caijing_yejiyuzeng utf-8 lf .. no yes
python3 mk_e06.py; python3 $T e06_mucheng-sanyuan_youmen-luoganjun.txt e06_mucheng-sanyuan_youmen-luoganjun utf-8-sig lf .. no
python3 mk_e07.py; python3 $T e07_shaodu-gongzhonghao_geshui-huisuan.txt e07_shaodu-gongzhonghao_geshui-huisuan utf-8 lf .. no
python3 mk_e08.py; python3 $T e08_zhihu_jiaquan-jiance.txt e08_zhihu_jiaquan-jiance utf-8 lf .. no yes
python3 mk_e09.py; python3 $T e09_bowen-baike_qingtuan.txt e09_bowen-baike_qingtuan utf-16 lf .. no
python3 mk_e10.py; python3 $T e10_weibo_yajin-weiquan.txt e10_weibo_yajin-weiquan utf-8 crlf .. no
python3 mk_e12.py; python3 $T e12_lizishu_huzhao-banli.txt e12_lizishu_huzhao-banli utf-8-sig lf .. yes
