#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_d01.py; python3 $T d01_book118_gangjin-jiaodi.txt d01_book118_gangjin-jiaodi gb18030 lf .. no yes
python3 mk_d02.py; python3 $T d02_doc88_yingji-yanlian.txt d02_doc88_yingji-yanlian utf-8 lf .. no yes
python3 mk_d04.py; python3 $T d04_renrendoc_kecheng-sizheng.txt d04_renrendoc_kecheng-sizheng gbk lf .. yes
python3 mk_d06.py; python3 $T d06_360doc_biaozhang-jueding.txt d06_360doc_biaozhang-jueding utf-16 lf .. no yes
python3 mk_d07.py; python3 $T d07_anping_zhengce-jiedu.txt d07_anping_zhengce-jiedu gb18030 crlf .. no
python3 mk_d09.py; python3 $T d09_gongzhonghao_zhaosheng-jianzhang.txt d09_gongzhonghao_zhaosheng-jianzhang utf-8 lf .. no yes
python3 mk_d10.py; python3 $T d10_zhihu_dushu-baogao.txt d10_zhihu_dushu-baogao utf-8-sig lf .. yes yes
python3 mk_d11.py; python3 $T d11_163news_niandu-baogao.txt d11_163news_niandu-baogao utf-8 crlf .. no yes
python3 mk_d12.py; python3 $T d12_zhidao_jingye-xianzhi.txt d12_zhidao_jingye-xianzhi utf-16 lf .. no
