#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_k*.py, convert them to hand/raw +
# hand/outline with the shared tagged2hand.py, and rewrite fixes/k02 and fixes/k07 (written by the mk scripts).
# Rerunning it and then ../../make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline ../../fixes
python3 mk_k01.py; python3 $T k01_book118_xuantiao-jiaoshoujia.txt k01_book118_xuantiao-jiaoshoujia utf-8 lf .. yes
python3 mk_k02.py; python3 $T k02_doc88_jingshuiqi-shuomingshu.txt k02_doc88_jingshuiqi-shuomingshu utf-8 lf .. no yes
python3 mk_k03.py; python3 $T k03_docin_wenshi-jiance-lunwen.txt k03_docin_wenshi-jiance-lunwen utf-16 lf .. yes
python3 mk_k04.py; python3 $T k04_renrendoc_shiyanshi-zhidu.txt k04_renrendoc_shiyanshi-zhidu gbk lf .. yes yes
python3 mk_k05.py; python3 $T k05_wenkuwap_yaqiang-ceshi.txt k05_wenkuwap_yaqiang-ceshi utf-8 crlf .. yes yes
python3 mk_k06.py; python3 $T k06_360doc_banzhuren-xinde.txt k06_360doc_banzhuren-xinde utf-8-sig lf .. no yes
python3 mk_k07.py; python3 $T k07_jinchutou_toubiao-shouhou.txt k07_jinchutou_toubiao-shouhou gb18030 lf .. no yes
python3 mk_k08.py; python3 $T k08_taodocs_hetang-kejian.txt k08_taodocs_hetang-kejian utf-8 lf .. no
python3 mk_k12.py; python3 $T k12_diyifanwen_chidao-jiantao.txt k12_diyifanwen_chidao-jiantao gbk crlf .. no yes
