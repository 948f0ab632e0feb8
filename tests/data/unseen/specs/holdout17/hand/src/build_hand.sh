#!/bin/bash
# Authoring step (make.sh does not rerun it): regenerate the script-made sources (mk_m05.py writes the damaged spec
# ../../specs/m05_liudi_ershouche-maimai.txt from m05_clean.txt; mk_m06.py and mk_m10.py write tagged sources) and convert
# every tagged source into ../raw/<name>.txt (final encoding) and ../outline/<name>.txt with ../../../tools/tagged2hand.py (the shared one)
# (holdout12's, unchanged). Args: SRC NAME ENC NL HAND_DIR truncated final_newline.
set -e
cd "$(dirname "$0")"
for m in mk_m05.py mk_m06.py mk_m10.py; do python3 "$m" >/dev/null; done
t=../../../tools/tagged2hand.py
python3 $t m06_moyin_yikatong-banfa.txt        m06_moyin_yikatong-banfa        gb18030   lf   .. no  yes
python3 $t m07_xinhuo_baomi-xieyi.txt          m07_xinhuo_baomi-xieyi          utf-8     lf   .. no  yes
python3 $t m08_pugongying_qimo-pingyu.txt      m08_pugongying_qimo-pingyu      utf-8-sig lf   .. no  yes
python3 $t m09_censhi_fangqiling-fangan.txt    m09_censhi_fangqiling-fangan    gb18030   crlf .. no  yes
python3 $t m10_xuesong_kefu-huashu.txt         m10_xuesong_kefu-huashu         utf-8     lf   .. yes no
python3 $t m11_jiefang_zhucan-guiding.txt      m11_jiefang_zhucan-guiding      utf-16    lf   .. no  yes
python3 $t m12_tihu_jieyue-guize.txt           m12_tihu_jieyue-guize           utf-8-sig crlf .. no  yes
