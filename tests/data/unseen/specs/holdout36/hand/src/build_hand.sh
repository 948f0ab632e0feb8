#!/bin/bash
# Authoring aid (make.sh does not run it): regenerate the tagged sources from mk_v*.py, convert them to hand/raw +
# hand/outline with the shared tagged2hand.py, and rewrite fixes/v08 and fixes/v10 (written by their mk scripts).
# Rerunning it and then ../../make.sh gives identical output.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
T=/work/main/tests/data/unseen/specs/tools/tagged2hand.py
mkdir -p ../raw ../outline ../../fixes
python3 mk_v01.py >/dev/null; python3 $T v01_book118_lenglian-lunwen.txt v01_book118_lenglian-lunwen gb18030 lf .. yes
python3 mk_v02.py >/dev/null; python3 $T v02_doc88_tingdian-yuan.txt v02_doc88_tingdian-yuan utf-8 lf .. no yes
python3 mk_v03.py >/dev/null; python3 $T v03_docin_yeweihui-jiyao.txt v03_docin_yeweihui-jiyao utf-16 lf .. no
python3 mk_v04.py >/dev/null; python3 $T v04_renrendoc_dangan-zhidu.txt v04_renrendoc_dangan-zhidu gbk lf .. yes
python3 mk_v06.py >/dev/null; python3 $T v06_wenkuapp_denggaoxian-jiaoan.txt v06_wenkuapp_denggaoxian-jiaoan utf-8 lf .. no yes
python3 mk_v07.py >/dev/null; python3 $T v07_360doc_tushuguan-zongjie.txt v07_360doc_tushuguan-zongjie utf-8 crlf .. no
python3 mk_v08.py >/dev/null; python3 $T v08_jinchutou_cangchu-hetong.txt v08_jinchutou_cangchu-hetong utf-8 lf .. no yes
python3 mk_v10.py >/dev/null; python3 $T v10_doczj_jinshi-fangkong.txt v10_doczj_jinshi-fangkong utf-8 lf .. no
python3 mk_v11.py >/dev/null; python3 $T v11_huiwen_lvhua-biaoshu.txt v11_huiwen_lvhua-biaoshu gbk crlf .. no
python3 - <<'PY'
import json
from pathlib import Path
Path("../../fixes/v02_doc88_tingdian-yuan.json").write_text(json.dumps(
    {"pua": {"\ue001": "（", "\ue002": "）", "\ue003": "，", "\ue004": "：", "\ue005": "。"}}) + "\n", encoding="utf-8")
PY
