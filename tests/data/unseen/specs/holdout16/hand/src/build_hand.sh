#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py, convert them to hand/raw + hand/outline
# with the shared ../../../tools/tagged2hand.py (holdout10's), and write fixes/q06 (its counter and
# fake-bold replacements are computed by mk_q06.py).
set -e
cd "$(dirname "$0")"
T=../../../tools/tagged2hand.py
python3 mk_q01.py >/dev/null; python3 $T q01_book118_jiesuan-shenhe.txt q01_book118_jiesuan-shenhe gb18030 lf .. yes
python3 mk_q03.py >/dev/null; python3 $T q03_doc88_ganran-zhidu.txt q03_doc88_ganran-zhidu utf-8-sig lf .. no
python3 mk_q04.py >/dev/null; python3 $T q04_docin_chuangye-jihua.txt q04_docin_chuangye-jihua utf-8 lf .. no yes
python3 mk_q06.py > ../../fixes/q06_jinchutou_neikong-shouce.json
                              python3 $T q06_jinchutou_neikong-shouce.txt q06_jinchutou_neikong-shouce gb18030 lf .. no
python3 mk_q08.py;            python3 $T q08_360doc_xueya-guanli.txt q08_360doc_xueya-guanli utf-8-sig lf .. no yes
python3 mk_q09.py >/dev/null; python3 $T q09_iask_tudi-liuzhuan.txt q09_iask_tudi-liuzhuan utf-16 crlf .. yes
python3 mk_q10.py >/dev/null; python3 $T q10_book118_renwushu.txt q10_book118_renwushu utf-8 lf .. no
python3 mk_q11.py;            python3 $T q11_doczj_shigu-chuli.txt q11_doczj_shigu-chuli utf-8 crlf .. no yes
