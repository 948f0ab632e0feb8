#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_k*.py (layout by lay.py), convert them
# to hand/raw + hand/outline with the shared tagged2hand.py, and rewrite fixes/k02, k07, k12 (computed by the mk scripts).
# Rerunning it and then ../../make.sh gives identical files.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
python3 mk_k01.py >/dev/null; python3 $T k01_book118_lenglian-kexing.txt k01_book118_lenglian-kexing gb18030 lf .. no
python3 mk_k02.py >/dev/null; python3 $T k02_doc88_huanping-jianben.txt k02_doc88_huanping-jianben utf-8 lf .. no yes
python3 mk_k03.py >/dev/null; python3 $T k03_docin_caiwu-shuzhi.txt k03_docin_caiwu-shuzhi utf-16 lf .. no
python3 mk_k04.py >/dev/null; python3 $T k04_renrendoc_anquan-zerenzhi.txt k04_renrendoc_anquan-zerenzhi gbk lf .. yes
python3 mk_k06.py >/dev/null; python3 $T k06_360doc_tushuguan-zongjie.txt k06_360doc_tushuguan-zongjie utf-8 crlf .. no
python3 mk_k07.py >/dev/null; python3 $T k07_jinchutou_gongche-banfa.txt k07_jinchutou_gongche-banfa utf-8 lf .. no
python3 mk_k09.py >/dev/null; python3 $T k09_iask_xinyuangong-peixun.txt k09_iask_xinyuangong-peixun utf-8 lf .. yes
python3 mk_k10.py >/dev/null; python3 $T k10_doczj_shehui-shijian.txt k10_doczj_shehui-shijian utf-8-sig lf .. no
python3 mk_k12.py >/dev/null; python3 $T k12_bingdian_zhihui-nongye-jianyi.txt k12_bingdian_zhihui-nongye-jianyi utf-8 crlf .. no yes
