#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_x01.py; python3 $T x01_douban_yingping.txt x01_douban_yingping utf-8 lf .. no yes
python3 mk_x02.py; python3 $T x02_bilibili_xuexi-biji.txt x02_bilibili_xuexi-biji utf-8 crlf .. no yes
python3 mk_x03.py; python3 $T x03_thepaper_shendu-baodao.txt x03_thepaper_shendu-baodao gbk lf .. no
python3 mk_x06.py; python3 $T x06_liuxue86_shuzhi-baogao.txt x06_liuxue86_shuzhi-baogao gb18030 crlf .. no
python3 mk_x07.py; python3 $T x07_baike360_renwu-citiao.txt x07_baike360_renwu-citiao utf-16 lf .. no yes
python3 mk_x08.py; python3 $T x08_wenshu_xingzheng-caiding.txt x08_wenshu_xingzheng-caiding utf-8 lf .. no yes
python3 mk_x09.py; python3 $T x09_doc88_anquan-fangan.txt x09_doc88_anquan-fangan utf-8 lf .. yes
python3 mk_x11.py; python3 $T x11_weibo_suibi.txt x11_weibo_suibi utf-8 lf .. no
python3 mk_x12.py; python3 $T x12_zhihu_mianshi-jingyan.txt x12_zhihu_mianshi-jingyan utf-8-sig lf .. no yes
