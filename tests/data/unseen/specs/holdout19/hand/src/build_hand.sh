#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_w01.py; python3 $T w01_fangzhou_dianti-weibao.txt w01_fangzhou_dianti-weibao utf-8 lf .. no yes
python3 mk_w03.py; python3 $T w03_xipao_zhiyuanzhe-zhaomu.txt w03_xipao_zhiyuanzhe-zhaomu utf-8 lf .. no
python3 mk_w04.py; python3 $T w04_zhitu_zijia-xingcheng.txt w04_zhitu_zijia-xingcheng utf-16 lf .. no yes
python3 mk_w05.py; python3 $T w05_zhiqiu_kepu-jianggao.txt w05_zhiqiu_kepu-jianggao utf-8-sig lf .. no yes
python3 mk_w06.py; python3 $T w06_yunqu_changshi-jianshi.txt w06_yunqu_changshi-jianshi gbk lf .. no
python3 mk_w07.py; python3 $T w07_zhiyi_chayi-jiangyi.txt w07_zhiyi_chayi-jiangyi utf-8 crlf .. no yes
python3 mk_w08.py; python3 $T w08_xietong_guzhang-fupan.txt w08_xietong_guzhang-fupan utf-8 lf .. no yes
python3 mk_w10.py; python3 $T w10_jianmo_biaoyangxin.txt w10_jianmo_biaoyangxin gb18030 crlf .. no
python3 mk_w11.py; python3 $T w11_moyu_jizhang-fupan.txt w11_moyu_jizhang-fupan utf-8 lf .. no yes
