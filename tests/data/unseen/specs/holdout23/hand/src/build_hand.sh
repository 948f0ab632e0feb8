#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_w01.py; python3 $T w01_wuqi_dukou-zhangjie.txt w01_wuqi_dukou-zhangjie gbk lf .. yes
python3 mk_w02.py; python3 $T w02_shiyun_shanju-qiuming.txt w02_shiyun_shanju-qiuming utf-8-sig lf .. no yes
python3 mk_w04.py; python3 $T w04_zhiyi_ruzhi-xinde.txt w04_zhiyi_ruzhi-xinde utf-8 crlf .. no
python3 mk_w05.py; python3 $T w05_xueheng_yanglao-buju.txt w05_xueheng_yanglao-buju utf-8 lf .. no yes
python3 mk_w06.py; python3 $T w06_mingjing_jiedai-panjue.txt w06_mingjing_jiedai-panjue utf-16 lf .. yes
python3 mk_w08.py; python3 $T w08_mantu_dali-youji.txt w08_mantu_dali-youji utf-8 lf .. no yes
python3 mk_w09.py; python3 $T w09_xinpi_dongshihui-jueyi.txt w09_xinpi_dongshihui-jueyi gb18030 lf .. no yes
python3 mk_w10.py; python3 $T w10_qingning_kaoyan-jingyan.txt w10_qingning_kaoyan-jingyan utf-8 lf .. no
python3 mk_w11.py; python3 $T w11_yunqiao_zhengshu-xuqi.txt w11_yunqiao_zhengshu-xuqi utf-8 lf .. no yes
