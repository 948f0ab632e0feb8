#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_b01.py; python3 $T b01_jingchao_gudahui-jiyao.txt b01_jingchao_gudahui-jiyao utf-8 lf .. yes yes
python3 mk_b02.py; python3 $T b02_wenyitai_jiazhuangxian-jieda.txt b02_wenyitai_jiazhuangxian-jieda utf-16 lf .. no yes
python3 mk_b03.py; python3 $T b03_anjuxiang_ershoufang-fangyuan.txt b03_anjuxiang_ershoufang-fangyuan gb18030 lf .. no yes
python3 mk_b04.py; python3 $T b04_shuangyu_jiushudian-yiwen.txt b04_shuangyu_jiushudian-yiwen utf-8-sig lf .. no yes
python3 mk_b06.py; python3 $T b06_fengcheng_liuyan-dafu.txt b06_fengcheng_liuyan-dafu utf-8 crlf .. no yes
python3 mk_b08.py; python3 $T b08_yaya_ruyuan-shiyingzhou.txt b08_yaya_ruyuan-shiyingzhou utf-8 lf .. no no
python3 mk_b09.py; python3 $T b09_youlin_fuben-gonglue.txt b09_youlin_fuben-gonglue utf-8 lf .. no yes
python3 mk_b10.py; python3 $T b10_fengqiao_tiangeng-wenzigao.txt b10_fengqiao_tiangeng-wenzigao gb18030 lf .. yes yes
python3 mk_b11.py; python3 $T b11_linchuan_zhihu-jiangjieci.txt b11_linchuan_zhihu-jiangjieci utf-8 lf .. no yes
