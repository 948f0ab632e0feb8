#!/bin/bash
# Regenerate hand/raw and hand/outline from hand/src (authoring step; make.sh does not run this).
set -e
cd "$(dirname "$0")/src"
python3 mk_w09.py >/dev/null; python3 mk_w11.py >/dev/null; python3 mk_w12.py >/dev/null
cd ..
T=../../tools/tagged2hand.py
python3 $T src/w07_fenbihui_ketang-shilu.txt w07_fenbihui_ketang-shilu utf-8 lf . no yes
python3 $T src/w08_xiangguo_yuangong-shouce.txt w08_xiangguo_yuangong-shouce utf-8-sig crlf . no yes
python3 $T src/w09_qingjian_tiaojie-xieyi.txt w09_qingjian_tiaojie-xieyi utf-16 lf . no no
python3 $T src/w10_gonghao_huiyi-jiyao.txt w10_gonghao_huiyi-jiyao utf-8 lf . no yes
python3 $T src/w11_zhiyan_bianhu-ci.txt w11_zhiyan_bianhu-ci gb18030 lf . yes no
python3 $T src/w12_shudu_wenxian-zongshu.txt w12_shudu_wenxian-zongshu utf-8 crlf . yes yes
