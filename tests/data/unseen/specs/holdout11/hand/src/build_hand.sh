#!/bin/bash
# Authoring step (make.sh does not rerun it): regenerate the tagged sources of the wrapped documents (mk_k05/k10/k11/k12.py)
# and convert every tagged source into hand/raw/<name>.txt (final encoding) and hand/outline/<name>.txt.
set -e
cd "$(dirname "$0")"
for m in mk_k05.py mk_k10.py mk_k11.py mk_k12.py; do python3 "$m" 2>/dev/null; done
t=../../../tools/tagged2hand.py
python3 $t k05_xingcha_jifang-xunjian.txt    k05_xingcha_jifang-xunjian    utf-8     lf   .. yes yes
python3 $t k06_yiqiao_liaoxiuyang-xize.txt   k06_yiqiao_liaoxiuyang-xize   gb18030   lf   .. no  yes
python3 $t k07_zhuchao_shuidian-yanshou.txt  k07_zhuchao_shuidian-yanshou  utf-8-sig lf   .. no  yes
python3 $t k08_yaya_fushi-tianjia.txt        k08_yaya_fushi-tianjia        utf-8     crlf .. no  yes
python3 $t k09_weiwencang_yibao-jiaofei.txt  k09_weiwencang_yibao-jiaofei  utf-8     lf   .. no  yes
python3 $t k10_kuibu_malasong-xunlian.txt    k10_kuibu_malasong-xunlian    utf-16    lf   .. no  yes
python3 $t k11_yunzhou_minsu-zhidu.txt       k11_yunzhou_minsu-zhidu       gb18030   lf   .. yes yes
python3 $t k12_chanyi_gongyi-chuangtou.txt   k12_chanyi_gongyi-chuangtou   utf-8     lf   .. no  no
