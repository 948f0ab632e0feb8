#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py and convert them to hand/raw +
# hand/outline with the shared tagged2hand.py. Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
python3 mk_k01.py; python3 $T k01_yuanchuan_fanghuo-jianghua.txt k01_yuanchuan_fanghuo-jianghua utf-8 lf .. no yes
python3 mk_k02.py; python3 $T k02_yunqiling_pinpai-gushi.txt k02_yunqiling_pinpai-gushi gb18030 crlf .. no
python3 mk_k03.py; python3 $T k03_chengxi_liugan-jiezhong.txt k03_chengxi_liugan-jiezhong utf-8-sig lf .. no yes
python3 mk_k04.py; python3 $T k04_nuanya_fushi-jingyan.txt k04_nuanya_fushi-jingyan utf-8 crlf .. yes yes
python3 mk_k06.py; python3 $T k06_tongjiang_fayuan-wenda.txt k06_tongjiang_fayuan-wenda utf-16 lf .. no yes
python3 mk_k07.py; python3 $T k07_yixing_zhiyuan-lihui.txt k07_yixing_zhiyuan-lihui gbk lf .. no yes
python3 mk_k09.py; python3 $T k09_yuanzhima_qicheng-zhuisu.txt k09_yuanzhima_qicheng-zhuisu utf-8 lf .. no
python3 mk_k10.py; python3 $T k10_xindatong_zhangcheng-yangao.txt k10_xindatong_zhangcheng-yangao utf-8 lf .. yes yes
python3 mk_k12.py; python3 $T k12_qinghe_jijinhui-nianbao.txt k12_qinghe_jijinhui-nianbao utf-8 lf .. no yes
