#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py, convert them to hand/raw + hand/outline
# (../../../tools/tagged2hand.py, holdout10's), and write fixes/p06 (its counter and fake-bold replacements are computed by mk_p06.py).
set -e
cd "$(dirname "$0")"
T=../../../tools/tagged2hand.py
python3 mk_p01.py >/dev/null; python3 $T p01_book118_jianli-yuebao.txt p01_book118_jianli-yuebao gb18030 lf .. yes
python3 mk_p03.py;            python3 $T p03_doc88_zhiye-guihua.txt p03_doc88_zhiye-guihua utf-8-sig lf .. no
python3 mk_p04.py;            python3 $T p04_gov_cunji-caiwu.txt p04_gov_cunji-caiwu utf-8 crlf .. no yes
python3 mk_p06.py > ../../fixes/p06_jinchutou_anquan-zerenzhi.json
                              python3 $T p06_jinchutou_anquan-zerenzhi.txt p06_jinchutou_anquan-zerenzhi gb18030 lf .. no
python3 mk_p08.py;            python3 $T p08_weixin_dangzhibu-jihua.txt p08_weixin_dangzhibu-jihua utf-8 lf .. no yes
python3 mk_p09.py >/dev/null; python3 $T p09_360doc_youeryuan-yuan.txt p09_360doc_youeryuan-yuan utf-8-sig lf .. no
python3 mk_p11.py;            python3 $T p11_sina_zhongkao-tiyu.txt p11_sina_zhongkao-tiyu utf-16 crlf .. no
python3 mk_p12.py;            python3 $T p12_csdn_mysql-beifen.txt p12_csdn_mysql-beifen utf-8 lf .. no yes
