#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_d01.py; python3 $T d01_wenku_dangke-jianggao.txt d01_wenku_dangke-jianggao utf-8-sig lf .. yes
python3 mk_d02.py; python3 $T d02_doc88_kexingxing-baogao.txt d02_doc88_kexingxing-baogao utf-8 lf .. yes yes
python3 mk_d03.py; python3 $T d03_docin_yuwen-jiaoan.txt d03_docin_yuwen-jiaoan gbk lf .. no
python3 mk_d04.py; python3 $T d04_book118_anquan-zerenzhi.txt d04_book118_anquan-zerenzhi utf-16 lf .. no
python3 mk_d05.py; python3 $T d05_renrendoc_biye-lunwen.txt d05_renrendoc_biye-lunwen gb18030 lf .. yes
python3 mk_d06.py; python3 $T d06_360doc_yangsheng-liqiu.txt d06_360doc_yangsheng-liqiu utf-8 crlf .. no
python3 mk_d09.py; python3 $T d09_iask_caiwu-zhidu.txt d09_iask_caiwu-zhidu utf-8 lf .. no yes
python3 mk_d11.py; python3 $T d11_weixin_gongzuo-zongjie.txt d11_weixin_gongzuo-zongjie utf-8 lf .. no
python3 mk_d12.py; python3 $T d12_csdn_python-dawenjian.txt d12_csdn_python-dawenjian utf-8 lf .. no yes
