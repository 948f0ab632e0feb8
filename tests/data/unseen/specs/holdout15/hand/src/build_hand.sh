#!/bin/bash
# Authoring step (make.sh does not rerun it): regenerate the tagged sources made by script (mk_j06.py, mk_j12.py) and
# convert every tagged source into hand/raw/<name>.txt (final encoding) and hand/outline/<name>.txt with
# ../../../tools/tagged2hand.py (holdout12's, unchanged).
set -e
cd "$(dirname "$0")"
for m in mk_j06.py mk_j12.py; do python3 "$m" >/dev/null; done
t=../../../tools/tagged2hand.py
python3 $t j06_puwei_xunhe-zhidu.txt          j06_puwei_xunhe-zhidu          gb18030   lf   .. yes yes
python3 $t j07_cenjiang_keji-zhinan.txt       j07_cenjiang_keji-zhinan       utf-8     lf   .. no  yes
python3 $t j08_zhicheng_jiaojieban-zhidu.txt  j08_zhicheng_jiaojieban-zhidu  gb18030   crlf .. no  yes
python3 $t j09_yushu_zhidaihui-jueyi.txt      j09_yushu_zhidaihui-jueyi      utf-8-sig lf   .. no  yes
python3 $t j10_qingyou_jixu-zuowen.txt        j10_qingyou_jixu-zuowen        utf-8     lf   .. no  no
python3 $t j11_duzhou_taosheng-yiwen.txt      j11_duzhou_taosheng-yiwen      utf-16    lf   .. yes yes
python3 $t j12_juanshu_shipin-guifan.txt      j12_juanshu_shipin-guifan      utf-16    crlf .. no  yes
