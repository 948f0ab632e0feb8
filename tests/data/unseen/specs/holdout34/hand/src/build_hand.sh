#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_all.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_all.py
python3 $T a01_book118_jikeng-jianli-xize.txt a01_book118_jikeng-jianli-xize utf-8 lf .. yes yes
python3 $T a02_doc88_beiying-shuoke.txt a02_doc88_beiying-shuoke gb18030 lf .. no
python3 $T a03_docin_anquan-zerenzhi.txt a03_docin_anquan-zerenzhi utf-8 crlf .. no yes
python3 $T a05_wenku_hengya-gongshui-lunwen.txt a05_wenku_hengya-gongshui-lunwen utf-8 lf .. yes yes
python3 $T a06_wenkuapp_xiaofang-kejian.txt a06_wenkuapp_xiaofang-kejian utf-16 lf .. no yes
python3 $T a07_360doc_ganbu-peixun-xinde.txt a07_360doc_ganbu-peixun-xinde utf-8 lf .. no yes
python3 $T a10_bingdian_zhenshiqi-fangan.txt a10_bingdian_zhenshiqi-fangan gbk lf .. no yes
python3 $T a11_haofanwen_houqin-shuzhi.txt a11_haofanwen_houqin-shuzhi utf-8-sig crlf .. no yes
python3 $T a12_yjbys_qiutian-de-yu-jiaoan.txt a12_yjbys_qiutian-de-yu-jiaoan utf-8 lf .. no yes
