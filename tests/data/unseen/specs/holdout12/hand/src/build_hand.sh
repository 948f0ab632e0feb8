#!/bin/bash
# Authoring step (make.sh does not rerun it): regenerate the tagged sources made by script (mk_j11.py, mk_j12.py) and convert
# every tagged source into hand/raw/<name>.txt (final encoding) and hand/outline/<name>.txt with ../../../tools/tagged2hand.py.
set -e
cd "$(dirname "$0")"
for m in mk_j11.py mk_j12.py; do python3 "$m" 2>/dev/null; done
t=../../../tools/tagged2hand.py
python3 $t j06_yangchuan_xinxi-gongkai-zhinan.txt j06_yangchuan_xinxi-gongkai-zhinan utf-8     lf   .. no  yes
python3 $t j07_zhechuan_xinsheng-baodao.txt       j07_zhechuan_xinsheng-baodao       gb18030   crlf .. no  yes
python3 $t j08_shuatiwan_daoshu-yazhouti.txt      j08_shuatiwan_daoshu-yazhouti      utf-8-sig lf   .. yes yes
python3 $t j09_dongyu_weiquan-anli.txt            j09_dongyu_weiquan-anli            utf-16    lf   .. no  yes
python3 $t j10_lvdaba_shiyongqi-cituifa.txt       j10_lvdaba_shiyongqi-cituifa       utf-8     lf   .. no  no
python3 $t j11_qingdeng_shuji-zhangjie.txt        j11_qingdeng_shuji-zhangjie        utf-8     lf   .. yes yes
python3 $t j12_shiye_zhijian-baogao.txt           j12_shiye_zhijian-baogao           gb18030   lf   .. no  yes
