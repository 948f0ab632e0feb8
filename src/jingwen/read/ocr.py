"""The OCR engine: RapidOCR 3 on onnxruntime, with the PP-OCR models its wheel ships (the [ocr] extra).

One engine per process, loaded on first use (a worker loads it once, for all its inputs). The model
files are named by path, inside the installed wheel, so no setting can make RapidOCR fetch a model,
a dictionary or a font; its downloader is also replaced by one that refuses, so that a change in a
future RapidOCR fails loudly instead of reaching the network.

An image goes in as pixels (already bounded by the caller: read/images.py, read/pdf_ocr.py); lines
come out top to bottom, each with its box in the image's pixels and the recogniser's confidence.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from ..errors import InputError

Mode = Literal["auto", "off", "force"]
MODES: tuple[Mode, ...] = ("auto", "off", "force")
"""--ocr: auto reads by OCR the pages with no usable text (where the extra is installed), off never,
force every page of a PDF (its text layer ignored)."""

INSTALL = "pip install '.[ocr]' in jingwen's folder"
"""How to get OCR, as error messages say it."""
ENGINE = "rapidocr"
MODELS = {"det": "PP-OCRv6_det_small.onnx", "rec": "PP-OCRv6_rec_small.onnx",
          "cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx"}
"""The model files inside the rapidocr wheel (rapidocr/models/): its default Chinese models."""
MAX_SIDE = 2000
"""RapidOCR's own working size (its max_side_len): an image is shrunk to this before detection.
Callers hand over images no larger (a 150 dpi A4 page is 1240 × 1754)."""
DET_SIDE = 1280
_PACKAGES = ("rapidocr", "onnxruntime", "cv2")


def available() -> bool:
    return missing() is None


def missing() -> str | None:
    """Why OCR is not available here (a sentence naming the extra), or None when it is."""
    gone = [p for p in _PACKAGES if not _found(p)]
    if not gone:
        return None
    return f"OCR needs the [ocr] extra ({', '.join(gone)} not installed): {INSTALL}"


def _found(package: str) -> bool:
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):  # a module blocked in sys.modules (None) or a broken install
        return False


@dataclass(frozen=True, slots=True)
class OcrLine:
    text: str
    box: tuple[float, float, float, float]
    """x0, y0, x1, y1 in the image's pixels, y growing downwards."""
    score: float
    """The recogniser's confidence, 0–1."""


@dataclass(frozen=True)
class Engine:
    ocr: Any
    version: str
    models: dict[str, str]
    """det / rec / cls → model file name (the model's version is in its name)."""


def _refuse_download(*args: Any, **kwargs: Any) -> None:
    raise RuntimeError("jingwen runs OCR offline: RapidOCR asked to download a file")


def _threads() -> int:
    """onnxruntime threads per process: JINGWEN_OCR_THREADS, else 1 when the machine has only a few cores
    (the batch runner starts a worker per core, and threads fighting over them cost more than they win)."""
    env = os.environ.get("JINGWEN_OCR_THREADS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return 1 if (os.cpu_count() or 1) <= 2 else 2


_lock = threading.Lock()


@lru_cache(maxsize=1)
def engine() -> Engine:
    """This process's engine, loaded once. InputError (kind needs_ocr) where the extra is missing."""
    why = missing()
    if why is not None:
        raise InputError("ocr", "needs_ocr", why)
    import rapidocr
    from rapidocr.utils import download_file

    download_file.DownloadFile.run = classmethod(_refuse_download)  # type: ignore[method-assign,assignment]
    root = Path(rapidocr.__file__).resolve().parent / "models"
    paths = {task: root / name for task, name in MODELS.items()}
    lost = [str(p) for p in paths.values() if not p.is_file()]
    if lost:
        raise InputError("ocr", "needs_ocr", f"OCR models missing from the rapidocr install: {', '.join(lost)}; "
                         f"reinstall the [ocr] extra ({INSTALL})")
    threads = _threads()
    params: dict[str, Any] = {
        "Global.log_level": "error",
        "Global.max_side_len": MAX_SIDE,
        "Global.model_root_dir": str(root),
        "Det.model_path": str(paths["det"]),
        "Rec.model_path": str(paths["rec"]),
        "Cls.model_path": str(paths["cls"]),
        # Detection on the page shrunk to DET_SIDE: a third of the time of detection at full size, the
        # same lines found (recognition still reads each line from the full-size page).
        "Det.limit_type": "max",
        "Det.limit_side_len": int(os.environ.get("JINGWEN_OCR_DET", DET_SIDE)),
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    }
    from rapidocr import RapidOCR

    return Engine(RapidOCR(params=params), getattr(rapidocr, "__version__", "") or _version(),
                  {task: name.removesuffix(".onnx") for task, name in MODELS.items()})


def _version() -> str:
    from importlib.metadata import version

    return version("rapidocr")


def read_lines(pixels: Any) -> list[OcrLine]:
    """The text lines RapidOCR finds in an image (a H × W × 3 uint8 array, BGR), top to bottom."""
    eng = engine()
    with _lock:  # one image at a time: the engine is not meant to run concurrently in one process
        out = eng.ocr(pixels)
    if out.boxes is None or out.txts is None or out.scores is None:
        return []
    lines = []
    for quad, text, score in zip(out.boxes, out.txts, out.scores, strict=True):
        if not text.strip():
            continue
        xs = [float(p[0]) for p in quad]
        ys = [float(p[1]) for p in quad]
        lines.append(OcrLine(text, (min(xs), min(ys), max(xs), max(ys)), float(score)))
    return lines
