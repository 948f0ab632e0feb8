#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py (w08 also rewrites fixes/w08)
# and convert them to hand/raw + hand/outline with the shared tagged2hand.py. Rerunning it, then make.sh, gives identical files.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_w01.py; python3 $T w01_book118_donghuo-guiding.txt w01_book118_donghuo-guiding gb18030 lf .. no
python3 mk_w02.py; python3 $T w02_doc88_jujian-hetong.txt w02_doc88_jujian-hetong utf-8 lf .. yes yes
python3 mk_w03.py; python3 $T w03_docin_yanshou-yijian.txt w03_docin_yanshou-yijian utf-16 lf .. no
python3 mk_w04.py; python3 $T w04_renrendoc_xinli-jiaoan.txt w04_renrendoc_xinli-jiaoan utf-8-sig lf .. yes
python3 mk_w06.py; python3 $T w06_wenkuwap_jingye-xieyi.txt w06_wenkuwap_jingye-xieyi utf-8 lf .. yes yes
python3 mk_w07.py; python3 $T w07_360doc_zhiweihui-jilu.txt w07_360doc_zhiweihui-jilu utf-8 crlf .. no
python3 mk_w08.py; python3 $T w08_jinchutou_cheliang-zhidu.txt w08_jinchutou_cheliang-zhidu gb18030 lf .. no yes
python3 mk_w10.py; python3 $T w10_iask_changjinhu-guanhougan.txt w10_iask_changjinhu-guanhougan utf-8 lf .. no
python3 mk_w12.py; python3 $T w12_zxxk_zhengzhi-moni.txt w12_zxxk_zhengzhi-moni utf-8 crlf .. yes
