#!/bin/bash
# Authoring step (make.sh does not rerun it): regenerate the tagged sources made by script (mk_j06.py, mk_j07.py) and
# convert every tagged source into hand/raw/<name>.txt (final encoding) and hand/outline/<name>.txt with
# ../../../tools/tagged2hand.py (holdout12's, unchanged).
set -e
cd "$(dirname "$0")"
for m in mk_j06.py mk_j07.py; do python3 "$m" >/dev/null; done
t=../../../tools/tagged2hand.py
python3 $t j06_hetang_huanjie-xuanju.txt       j06_hetang_huanjie-xuanju       gb18030   lf   .. no  yes
python3 $t j07_hengwu_banhui-kejian.txt        j07_hengwu_banhui-kejian        utf-8     lf   .. yes yes
python3 $t j08_mingcha_nianhui-tongzhi.txt     j08_mingcha_nianhui-tongzhi     utf-8     lf   .. no  yes
python3 $t j09_chiyuan_cangku-zhidu.txt        j09_chiyuan_cangku-zhidu        utf-8-sig crlf .. no  yes
python3 $t j10_qingjin_danyuan-zuoye.txt       j10_qingjin_danyuan-zuoye       gb18030   lf   .. yes no
python3 $t j11_langhua_yangtai-zhongcai.txt    j11_langhua_yangtai-zhongcai    utf-16    lf   .. no  yes
python3 $t j12_duya_lianjie-chengnuo.txt       j12_duya_lianjie-chengnuo       gb18030   crlf .. no  yes
