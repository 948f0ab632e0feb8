#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_n01.py; python3 $T n01_jyeoo_wuli-qizhong.txt n01_jyeoo_wuli-qizhong utf-8 lf .. yes
python3 mk_n02.py; python3 $T n02_cnki_shuoshi-lunwen.txt n02_cnki_shuoshi-lunwen utf-8-sig lf .. no yes
python3 mk_n03.py; python3 $T n03_yjbys_jiantaoshu.txt n03_yjbys_jiantaoshu gbk crlf .. no
python3 mk_n05.py; python3 $T n05_baijiahao_hongse-ketang.txt n05_baijiahao_hongse-ketang utf-8 lf .. no yes
python3 mk_n06.py; python3 $T n06_juejin_runner-shouce.txt n06_juejin_runner-shouce utf-8 lf .. no yes
python3 mk_n07.py; python3 $T n07_66law_tuoqian-gongzi.txt n07_66law_tuoqian-gongzi utf-16 lf .. no yes
python3 mk_n09.py; python3 $T n09_dxy_shimian-jiedu.txt n09_dxy_shimian-jiedu utf-8-sig lf .. no yes
python3 mk_n11.py; python3 $T n11_wenkub_youji-shiyan.txt n11_wenkub_youji-shiyan gb18030 crlf .. no
python3 mk_n12.py; python3 $T n12_oschina_tsc-jiyao.txt n12_oschina_tsc-jiyao utf-8 crlf .. no yes
