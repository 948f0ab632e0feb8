#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py (which also write fixes/ for
# r07, r10, r12) and convert them to hand/raw + hand/outline with the shared tagged2hand.py.
# Rerunning it and then make.sh gives identical output.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline ../../fixes
python3 mk_r02.py; python3 $T r02_yiban_huodong-tongzhi.txt r02_yiban_huodong-tongzhi utf-8 lf .. no yes
python3 mk_r03.py; python3 $T r03_songfeng_qiaopai-paili.txt r03_songfeng_qiaopai-paili utf-8 crlf .. no
python3 mk_r04.py; python3 $T r04_kuaiqi_diandongche-faq.txt r04_kuaiqi_diandongche-faq gbk lf .. no yes
python3 mk_r05.py; python3 $T r05_qingjian_kaoyan-biji.txt r05_qingjian_kaoyan-biji utf-16 crlf .. yes yes
python3 mk_r07.py; python3 $T r07_chenshi_zongci-mujuan.txt r07_chenshi_zongci-mujuan gb18030 crlf .. no yes
python3 mk_r08.py; python3 $T r08_qiye_minsu-xuzhi.txt r08_qiye_minsu-xuzhi utf-8-sig lf .. no yes
python3 mk_r10.py > /dev/null; python3 $T r10_huaishu_dushuhui-jiyao.txt r10_huaishu_dushuhui-jiyao utf-8 lf .. no yes
python3 mk_r11.py; python3 $T r11_xique_hunli-qingdan.txt r11_xique_hunli-qingdan utf-16 lf .. yes
python3 mk_r12.py; python3 $T r12_qingjiang_gongjiao-tiaozheng.txt r12_qingjiang_gongjiao-tiaozheng utf-8-sig lf .. no yes
