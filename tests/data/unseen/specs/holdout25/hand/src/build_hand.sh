#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_w01.py; python3 $T w01_yuanqiao_weijing-xuanjiao.txt w01_yuanqiao_weijing-xuanjiao utf-8-sig lf .. no yes
python3 mk_w03.py; python3 $T w03_yuelin_tingshui-tongzhi.txt w03_yuelin_tingshui-tongzhi utf-8 lf .. no
python3 mk_w04.py; python3 $T w04_lancheng_gongxiang-gongjuwu.txt w04_lancheng_gongxiang-gongjuwu utf-8 lf .. no yes
python3 mk_w06.py; python3 $T w06_xiaoyou_fanhe-shuoming.txt w06_xiaoyou_fanhe-shuoming utf-16 lf .. no yes
python3 mk_w07.py; python3 $T w07_yanheng_hunqian-fangchan.txt w07_yanheng_hunqian-fangchan utf-8 crlf .. no yes
python3 mk_w08.py; python3 $T w08_chuzhong_lawei-baozaifan.txt w08_chuzhong_lawei-baozaifan utf-8 lf .. no
python3 mk_w09.py; python3 $T w09_liyang_meiping-jieshao.txt w09_liyang_meiping-jieshao utf-8 lf .. no yes
python3 mk_w11.py; python3 $T w11_chengyu_chuneng-qianyue.txt w11_chengyu_chuneng-qianyue gb18030 lf .. no yes
python3 mk_w12.py; python3 $T w12_xingqiao_jiazhanghui-fayan.txt w12_xingqiao_jiazhanghui-fayan utf-8 lf .. no yes
