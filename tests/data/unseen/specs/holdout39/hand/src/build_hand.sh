#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_r*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_r02.py; python3 $T r02_canglan-haishi_hangxing-jinggao.txt r02_canglan-haishi_hangxing-jinggao utf-16 lf .. no yes
python3 mk_r03.py; python3 $T r03_hexi-binzang_qingming-jisao.txt r03_hexi-binzang_qingming-jisao gb18030 crlf .. no yes
python3 mk_r05.py; python3 $T r05_jinghe-dianjing_qingxun-zhaomu.txt r05_jinghe-dianjing_qingxun-zhaomu utf-8 lf .. yes yes
python3 mk_r06.py; python3 $T r06_yongyin-cidian_zajin.txt r06_yongyin-cidian_zajin utf-8 lf .. no yes
python3 mk_r07.py; python3 $T r07_renjitang_qiuzao-yaoshan.txt r07_renjitang_qiuzao-yaoshan gbk lf .. no yes
python3 mk_r09.py; python3 $T r09_lanxi-qixiang_nongqi-xunbao.txt r09_lanxi-qixiang_nongqi-xunbao utf-8 lf .. yes yes
python3 mk_r10.py; python3 $T r10_maxiaoka_scratch-duoyu.txt r10_maxiaoka_scratch-duoyu utf-8 crlf .. yes yes
python3 mk_r11.py; python3 $T r11_maohai-huijia_juhua-songyang.txt r11_maohai-huijia_juhua-songyang utf-8-sig lf .. no yes
python3 mk_r12.py; python3 $T r12_linwu_huanwu-qungui.txt r12_linwu_huanwu-qungui utf-8 lf .. no no
