#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_h*.py, convert them to hand/raw + hand/outline
# with the shared /work/main/tests/data/unseen/specs/tools/tagged2hand.py, and write fixes/h07 and fixes/h09 (computed by the
# mk scripts). Rerunning it and then ../../make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
python3 mk_h01.py >/dev/null; python3 $T h01_book118_zhusheqi-zongshu.txt h01_book118_zhusheqi-zongshu gb18030 lf .. no
python3 mk_h03.py;            python3 $T h03_wenkuapp_qianting-guifan.txt h03_wenkuapp_qianting-guifan utf-8 lf .. yes
python3 mk_h04.py >/dev/null; python3 $T h04_wenku_zhibo-yunying.txt h04_wenku_zhibo-yunying utf-8-sig lf .. no
python3 mk_h05.py >/dev/null; python3 $T h05_doc88_qiaoliang-jiancha.txt h05_doc88_qiaoliang-jiancha utf-8 lf .. no yes
python3 mk_h06.py >/dev/null; python3 $T h06_docin_zhibao-lunwen.txt h06_docin_zhibao-lunwen utf-16 lf .. no
python3 mk_h07.py >/dev/null; python3 $T h07_renrendoc_shouhou-fangan.txt h07_renrendoc_shouhou-fangan gbk lf .. yes
python3 mk_h08.py;            python3 $T h08_360doc_yanti-linxi.txt h08_360doc_yanti-linxi utf-8 crlf .. no
python3 mk_h09.py >/dev/null; python3 $T h09_163wenku_hehuo-xieyi.txt h09_163wenku_hehuo-xieyi utf-8 lf .. no yes
python3 mk_h11.py;            python3 $T h11_csdn_git-guifan.txt h11_csdn_git-guifan utf-8 lf .. no
python3 mk_h12.py;            python3 $T h12_zhihu_zijin-zhengming.txt h12_zhihu_zijin-zhengming utf-8 lf .. no yes
