#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py (mk_v11.py also writes
# fixes/v11_*.json) and convert them to hand/raw + hand/outline with the shared tagged2hand.py.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_v01.py; python3 $T v01_toutiao_gongdiansuo-zongjie.txt v01_toutiao_gongdiansuo-zongjie utf-8 lf .. no yes
python3 mk_v02.py; python3 $T v02_wangyihao_kaixue-zhici.txt v02_wangyihao_kaixue-zhici utf-8-sig lf .. no
python3 mk_v03.py; python3 $T v03_shengzhengfu_weifang-tongzhi.txt v03_shengzhengfu_weifang-tongzhi gb18030 crlf .. no yes
python3 mk_v05.py; python3 $T v05_cnblogs_websocket-paicha.txt v05_cnblogs_websocket-paicha utf-8 lf .. no yes
python3 mk_v06.py; python3 $T v06_jianshu_qiuzhixin.txt v06_jianshu_qiuzhixin utf-8 lf .. no yes
python3 mk_v07.py; python3 $T v07_baiduzhidao_cizhi-baogao.txt v07_baiduzhidao_cizhi-baogao utf-16 lf .. no
python3 mk_v08.py; python3 $T v08_sinablog_fuli-fansi.txt v08_sinablog_fuli-fansi gbk lf .. no yes
python3 mk_v09.py; python3 $T v09_doc88_hushizhang-shuzhi.txt v09_doc88_hushizhang-shuzhi utf-8 lf .. no yes
python3 mk_v11.py; python3 $T v11_bingdian_wangge-shiji.txt v11_bingdian_wangge-shiji utf-8 crlf .. yes
