#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_w01.py; python3 $T w01_nuanzhao_jueyu-huli.txt w01_nuanzhao_jueyu-huli utf-8 lf .. no yes
python3 mk_w03.py; python3 $T w03_chengjiang_jieti-shuijia.txt w03_chengjiang_jieti-shuijia utf-8-sig lf .. no yes
python3 mk_w05.py; python3 $T w05_songjian_duiju-pingzhu.txt w05_songjian_duiju-pingzhu utf-8 lf .. no
python3 mk_w06.py; python3 $T w06_xiangkou_xiuxie-shownotes.txt w06_xiangkou_xiuxie-shownotes utf-16 lf .. yes yes
python3 mk_w07.py; python3 $T w07_anbian_shenglun-jingyan.txt w07_anbian_shenglun-jingyan gbk lf .. yes
python3 mk_w08.py; python3 $T w08_lvmuzhi_duorou-tuzhang.txt w08_lvmuzhi_duorou-tuzhang utf-8 lf .. no yes
python3 mk_w10.py; python3 $T w10_qinghe_zhanghu-heshi.txt w10_qinghe_zhanghu-heshi utf-8 crlf .. no
python3 mk_w11.py; python3 $T w11_lucheng12345_xinshenger-ruhu.txt w11_lucheng12345_xinshenger-ruhu gb18030 crlf .. no yes
python3 mk_w12.py; python3 $T w12_yejing_lingyan-luxian.txt w12_yejing_lingyan-luxian utf-8 lf .. no yes
