#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_qNN.py and convert them to
# hand/raw + hand/outline with the shared tagged2hand.py. Rerunning it and then ../../make.sh gives identical files.
set -e
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline
run() { python3 "mk_${1%%_*}.py"; python3 $T "$1.txt" "$1" "$2" "$3" .. "$4" "$5"; }
run q01_faheng_xingzheng-panjue          utf-8     lf   no  yes
run q03_biaoxuntong_zhongbiao-gongshi    utf-8     lf   no  no
run q05_xueyuan_xuewei-zhaiyao           utf-16    lf   no  no
run q06_caixungang_zhiya-gonggao         utf-8-sig lf   no  no
run q07_chengyiyuan_yaopin-shuomingshu   gb18030   crlf no  no
run q09_weixin_jiangzuo-zhengli          utf-8     lf   no  yes
run q10_toutiao_zhubian-fangtan          utf-8     crlf yes no
run q11_zhihu_shi-yu-sanwen              utf-8     lf   no  yes
run q12_chengjiang-gov_zhengqiu-yijian   gb18030   lf   no  no
