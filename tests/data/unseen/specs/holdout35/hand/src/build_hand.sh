#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_all.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_all.py
python3 $T c01_ouzhuli_zhubian-chaguan.txt c01_ouzhuli_zhubian-chaguan utf-8 lf .. no yes
python3 $T c02_changqing_shitang-caipu.txt c02_changqing_shitang-caipu gb18030 lf .. no yes
python3 $T c03_guidaoji_cangling-tiancheng.txt c03_guidaoji_cangling-tiancheng utf-8 lf .. yes yes
python3 $T c06_jinhui_chaoshouyan-tulu.txt c06_jinhui_chaoshouyan-tulu utf-16 lf .. no yes
python3 $T c07_yunzhou_linghuo-canbao-dafu.txt c07_yunzhou_linghuo-canbao-dafu utf-8-sig lf .. no yes
python3 $T c08_cuiping_youlan-xuzhi.txt c08_cuiping_youlan-xuzhi gbk lf .. yes no
python3 $T c09_mochi_henghua-wengao.txt c09_mochi_henghua-wengao utf-8 lf .. yes yes
python3 $T c11_chejian_ershouche-jianding.txt c11_chejian_ershouche-jianding gb18030 crlf .. no yes
