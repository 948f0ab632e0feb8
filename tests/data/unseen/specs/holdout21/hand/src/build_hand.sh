#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_k01.py; python3 $T k01_fengzhou_jianyi-dafu.txt k01_fengzhou_jianyi-dafu utf-8-sig lf .. no yes
python3 mk_k02.py; python3 $T k02_lvheng_fuyi-jueding.txt k02_lvheng_fuyi-jueding gb18030 crlf .. yes
python3 mk_k03.py; python3 $T k03_weijian_lizhi-gaobiexin.txt k03_weijian_lizhi-gaobiexin utf-8 lf .. no yes
python3 mk_k04.py; python3 $T k04_chiyuan_huodong-shouzhi.txt k04_chiyuan_huodong-shouzhi utf-16 lf .. no
python3 mk_k05.py; python3 $T k05_zhiyuan_baike-guqiao.txt k05_zhiyuan_baike-guqiao utf-8 lf .. no yes
python3 mk_k08.py; python3 $T k08_biaozhun_gongce-baojie.txt k08_biaozhun_gongce-baojie utf-8 crlf .. yes yes
python3 mk_k10.py; python3 $T k10_zhuanma_jingying-huibao.txt k10_zhuanma_jingying-huibao utf-8 lf .. no yes
python3 mk_k11.py; python3 $T k11_hongyan_yanglin-zhiyin.txt k11_hongyan_yanglin-zhiyin gb18030 lf .. no
python3 mk_k12.py; python3 $T k12_nuanzao_jijiuxiang-qingdan.txt k12_nuanzao_jijiuxiang-qingdan utf-8 crlf .. no yes
