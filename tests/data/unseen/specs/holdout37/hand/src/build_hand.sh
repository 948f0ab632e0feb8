#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_y01.py; python3 $T y01_huangxi_zhubian-baoyang.txt y01_huangxi_zhubian-baoyang utf-8 lf .. no yes
python3 mk_y02.py; python3 $T y02_fandianr_shitang-jiyao.txt y02_fandianr_shitang-jiyao gb18030 crlf .. no yes
python3 mk_y03.py; python3 $T y03_guiji_zheling-zhixian.txt y03_guiji_zheling-zhixian utf-16 lf .. no yes
python3 mk_y04.py; python3 $T y04_yiji_daoche-ruku.txt y04_yiji_daoche-ruku gbk lf .. no
python3 mk_y07.py; python3 $T y07_hemiaotong_tanxia-wenda.txt y07_hemiaotong_tanxia-wenda utf-8 lf .. no yes
python3 mk_y08.py; python3 $T y08_yijia_dianti-gengxin.txt y08_yijia_dianti-gengxin utf-8 lf .. no
python3 mk_y09.py; python3 $T y09_paiyin_jingmai-xuzhi.txt y09_paiyin_jingmai-xuzhi utf-8 lf .. yes yes
python3 mk_y10.py; python3 $T y10_xuchuan_yanglao-renzheng.txt y10_xuchuan_yanglao-renzheng utf-8-sig lf .. no yes
python3 mk_y12.py; python3 $T y12_mochi_hengbi-wenzigao.txt y12_mochi_hengbi-wenzigao gb18030 lf .. yes yes
