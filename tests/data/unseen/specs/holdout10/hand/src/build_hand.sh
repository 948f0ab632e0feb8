#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_*.py, convert them to hand/raw + hand/outline
# (tagged2hand.py), and write fixes/k05 (its counter and fake-bold replacements are computed by mk_k05.py).
set -e
cd "$(dirname "$0")"
T=../../../tools/tagged2hand.py
python3 mk_k01.py >/dev/null; python3 $T k01_book118_shigong-zuzhi-sheji.txt k01_book118_shigong-zuzhi-sheji gb18030 lf .. yes
python3 mk_k02.py;            python3 $T k02_renrendoc_wuli-jiaoan.txt k02_renrendoc_wuli-jiaoan utf-8 crlf .. yes yes
python3 mk_k04.py;            python3 $T k04_doc88_zhongkao-lishi-tigang.txt k04_doc88_zhongkao-lishi-tigang utf-8 lf .. no
python3 mk_k05.py > ../../fixes/k05_jinchutou_kexingxing-baogao.json; python3 $T k05_jinchutou_kexingxing-baogao.txt k05_jinchutou_kexingxing-baogao utf-16 lf .. no
python3 mk_k06.py;            python3 $T k06_360doc_kebiao-jiedu.txt k06_360doc_kebiao-jiedu utf-8-sig lf .. no yes
python3 mk_k08.py;            python3 $T k08_weixin_jiazhang-xin.txt k08_weixin_jiazhang-xin utf-8 lf .. no yes
python3 mk_k11.py;            python3 $T k11_zhihu_cpa-beikao.txt k11_zhihu_cpa-beikao utf-8 lf .. no
python3 mk_k12.py 5 2>/dev/null; python3 $T k12_book118_jifang-xunjian.txt k12_book118_jifang-xunjian utf-16 crlf .. no
