#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py, convert them to hand/raw + hand/outline
# with the shared /work/main/tests/data/unseen/specs/tools/tagged2hand.py, and write fixes/v07 (its counter and fake-bold
# replacements are computed by mk_v07.py).
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
python3 mk_v01.py >/dev/null; python3 $T v01_book118_cangchu-zhidao.txt v01_book118_cangchu-zhidao gb18030 lf .. yes
python3 mk_v03.py >/dev/null; python3 $T v03_doc88_zhuangxiu-hetong.txt v03_doc88_zhuangxiu-hetong utf-8-sig lf .. no
python3 mk_v04.py >/dev/null; python3 $T v04_docin_fanxiqian-peixun.txt v04_docin_fanxiqian-peixun utf-8 lf .. no yes
python3 mk_v06.py;            python3 $T v06_360doc_nianhui-cehua.txt v06_360doc_nianhui-cehua utf-8 lf .. no yes
python3 mk_v07.py > ../../fixes/v07_jinchutou_baomi-xieyi.json
                              python3 $T v07_jinchutou_baomi-xieyi.txt v07_jinchutou_baomi-xieyi gbk lf .. no
python3 mk_v09.py >/dev/null; python3 $T v09_iask_zhengwen-tongzhi.txt v09_iask_zhengwen-tongzhi utf-8 lf .. yes
python3 mk_v11.py;            python3 $T v11_weixin_fushi-jieshao.txt v11_weixin_fushi-jieshao utf-8 lf .. no yes
python3 mk_v12.py;            python3 $T v12_gov_laojiu-xiaoqu.txt v12_gov_laojiu-xiaoqu utf-8 crlf .. no
