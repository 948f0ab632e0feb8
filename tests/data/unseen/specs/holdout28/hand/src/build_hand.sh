#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_a01.py; python3 $T a01_luwan_luya-guicheng.txt a01_luwan_luya-guicheng utf-8 lf .. no yes
python3 mk_a02.py; python3 $T a02_bohe_zufang-bikeng.txt a02_bohe_zufang-bikeng utf-8-sig lf .. no yes
python3 mk_a03.py; python3 $T a03_erpan_yangfeng-wenzigao.txt a03_erpan_yangfeng-wenzigao utf-16 lf .. yes yes
python3 mk_a05.py; python3 $T a05_xungen_huangshi-zugui.txt a05_xungen_huangshi-zugui gb18030 lf .. no yes
python3 mk_a06.py; python3 $T a06_xinchuan_zhubian-jiyi.txt a06_xinchuan_zhubian-jiyi utf-8 lf .. yes yes
python3 mk_a08.py; python3 $T a08_qiaoxi_ruyuan-xuzhi.txt a08_qiaoxi_ruyuan-xuzhi gb18030 crlf .. no
python3 mk_a09.py; python3 $T a09_jingjue_yufo-tonggao.txt a09_jingjue_yufo-tonggao utf-8 lf .. no yes
python3 mk_a10.py; python3 $T a10_linxian_tuangou-gonggao.txt a10_linxian_tuangou-gonggao utf-8 lf .. no no
python3 mk_a11.py; python3 $T a11_tuohai_zhibingji-guige.txt a11_tuohai_zhibingji-guige gbk lf .. no yes
