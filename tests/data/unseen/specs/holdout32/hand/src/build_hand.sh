#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_n01.py; python3 $T n01_wenku_ranqi-yuan.txt n01_wenku_ranqi-yuan utf-8 lf .. yes
python3 mk_n03.py; python3 $T n03_doc88_anquan-lihui-jiyao.txt n03_doc88_anquan-lihui-jiyao gb18030 lf .. no yes
python3 mk_n04.py; python3 $T n04_docin_chewei-zulin.txt n04_docin_chewei-zulin utf-16 lf .. yes
python3 mk_n05.py; python3 $T n05_360doc_sanjiaoxing-jiaoan.txt n05_360doc_sanjiaoxing-jiaoan utf-8-sig lf .. no
python3 mk_n06.py; python3 $T n06_weixin_anquan-jianghua.txt n06_weixin_anquan-jianghua utf-8 lf .. no yes
python3 mk_n07.py; python3 $T n07_toutiao_guangfu-bingwang.txt n07_toutiao_guangfu-bingwang utf-8 crlf .. no
python3 mk_n08.py; python3 $T n08_zhihu_nginx-https.txt n08_zhihu_nginx-https utf-8 lf .. no yes
python3 mk_n09.py; python3 $T n09_gov_daolu-wajue-banfa.txt n09_gov_daolu-wajue-banfa gbk crlf .. no
python3 mk_n11.py; python3 $T n11_wanfang_shidi-tuodan.txt n11_wanfang_shidi-tuodan utf-16 lf .. yes yes
