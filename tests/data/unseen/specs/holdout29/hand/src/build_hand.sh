#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_p01.py; python3 $T p01_book118_jiaodi-jiaoshoujia.txt p01_book118_jiaodi-jiaoshoujia utf-8 lf .. yes yes
python3 mk_p02.py; python3 $T p02_doc88_jianli-guihua.txt p02_doc88_jianli-guihua gb18030 lf .. no
python3 mk_p03.py; python3 $T p03_docin_youxian-kongjian-peixun.txt p03_docin_youxian-kongjian-peixun utf-16 lf .. no yes
python3 mk_p05.py; python3 $T p05_wenkum_caiwu-shuzhi.txt p05_wenkum_caiwu-shuzhi utf-8 lf .. no
python3 mk_p06.py; python3 $T p06_360doc_gongdi-lihui-jiyao.txt p06_360doc_gongdi-lihui-jiyao utf-8-sig lf .. no yes
python3 mk_p08.py; python3 $T p08_taodocs_shequ-gongzuo-zongjie.txt p08_taodocs_shequ-gongzuo-zongjie gbk lf .. no yes
python3 mk_p09.py; python3 $T p09_wenkuba_daode-fazhi-qimo.txt p09_wenkuba_daode-fazhi-qimo gb18030 crlf .. no
python3 mk_p10.py; python3 $T p10_bingdian_cheliang-guanli-zhidu.txt p10_bingdian_cheliang-guanli-zhidu utf-8 lf .. no yes
python3 mk_p11.py; python3 $T p11_mbalib_yuzhicai-kexingxing.txt p11_mbalib_yuzhicai-kexingxing utf-8 lf .. yes
