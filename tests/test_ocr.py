"""OCR of scanned PDFs and page images (issue 21).

Tests marked `ocr` run RapidOCR (the [ocr] extra; make test installs it) on pages drawn with a CJK font
from Debian (fonts-wqy-zenhei; .ci/run installs it): where either is missing they skip, saying which
(in CI they fail instead: a skip there would hide them). The rest run everywhere: layout of OCR
lines, bounds on images, natural page order, and what a user without the extra is told.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import socket
import struct
import subprocess
import sys
import zlib
from collections import Counter
from pathlib import Path

import pytest

import scans
from conftest import norm, outline
from jingwen.errors import InputError
from jingwen.options import Options
from jingwen.pipeline import process, process_text
from jingwen.read import ocr as ocr_mod
from jingwen.read.files import records, records_from_bytes
from jingwen.read.images import MAX_PIXELS, frames, page_files
from jingwen.read.ocr import OcrLine
from jingwen.read.ocr_page import LOW_CONFIDENCE, OcrRun, page_of, strips
from jingwen.read.pdf import read_pdf
from jingwen.read.pdf_layout import assemble

PLAIN = Options(keywords=0)
GOLD = ("syn07_book118_renju-huanjing-fangan", "syn01_book118_jingfei-banfa")
"""Two dev gold documents: five levels of numbering (一、（一）1．（1）①), and 第X章 / 第X条."""


def _need_ocr() -> None:
    why = ocr_mod.missing()
    if why is None and scans.FONT.exists():
        return
    why = why or f"the CJK font {scans.FONT} is missing (apt-get install fonts-wqy-zenhei)"
    if os.environ.get("CI"):  # make test installs the extra and .ci/run the font: a skip would hide these tests
        pytest.fail(why)
    pytest.skip(why)


needs_ocr = pytest.fixture(_need_ocr)


def _one(path: Path, **kw) -> object:
    return next(records(path, **kw))


# ── without OCR: layout of OCR lines, bounds, order, the no-extra path ────────────────────────────


def _line(text: str, x0: float, y0: float, x1: float, y1: float, score: float = 0.99) -> OcrLine:
    return OcrLine(text, (x0, y0, x1, y1), score)


def _synthetic_page(n: int, body: list[str], score: float = 0.99) -> list[OcrLine]:
    """What OCR gives for a page: a running header, body lines (the first indented two characters),
    and a page number, in image pixels at 150 dpi (25 px characters)."""
    lines = [_line("江海市卫生健康委员会文件", 470, 110, 770, 136)]
    y = 190
    for i, text in enumerate(body):
        x0 = 230 if i == 0 else 180
        lines.append(_line(text, x0, y, x0 + 25 * len(text), y + 26, score))
        y += 42
    lines.append(_line(f"- {n} -", 590, 1634, 650, 1660))
    return lines


def test_ocr_lines_become_lines_with_indentation_and_furniture_found_by_position() -> None:
    firsts = ("正文从这里开始写起来，一直写到行末为止", "另一段话在第二页开头，也写到行末为止", "最后一页的开头还是一段很长的话")
    pages = [page_of(_synthetic_page(n, [first, "第二行接着写，写完这一段。"]), 1754.0, n, 72 / 150)
             for n, first in enumerate(firsts, 1)]
    text, where = assemble([p.lines for p in pages])
    lines = text.split("\n")
    assert lines[1] == "\u3000\u3000正文从这里开始写起来，一直写到行末为止"  # indentation from the box's x
    assert lines[2] == "第二行接着写，写完这一段。"
    assert where.starts == (1, 5, 9)
    rules = Counter(r.rule for r in where.furniture)
    assert rules == {"pdf.header": 3, "pdf.page_number": 3}
    doc = process_text(text, pages=where, options=PLAIN)
    assert "江海市卫生健康委员会文件" not in doc.text and "- 2 -" not in doc.text
    assert doc.text.count("第二行接着写") == 3


def test_lines_read_with_low_confidence_are_kept_and_named() -> None:
    found = _synthetic_page(1, ["这一行看得很清楚。", "这一行模糊不清楚"])
    found[2] = OcrLine(found[2].text, found[2].box, 0.41)
    page = page_of(found, 1754.0, 1, 72 / 150)
    run = OcrRun([page])
    text, where = assemble([page.lines])
    warned = run.low_lines([page.lines], where)
    assert len(warned) == 1 and "line 3 (0.41)" in warned[0] and "这一行模糊不清楚" in warned[0]
    assert "这一行模糊不清楚" in text  # kept
    assert min(page.scores) == pytest.approx(0.41) and sum(s < LOW_CONFIDENCE for s in page.scores) == 1


def test_a_tall_page_is_read_in_strips_cut_between_lines() -> None:
    np = pytest.importorskip("numpy")
    img = np.full((5000, 800, 3), 255, dtype=np.uint8)
    for top in range(40, 5000, 60):  # text rows 30 px tall, 30 px gaps
        img[top:top + 30, 50:750] = 0
    cuts = strips(img)
    assert cuts[0][0] == 0 and cuts[-1][1] == 5000 and len(cuts) >= 3
    assert all(a[1] == b[0] for a, b in itertools.pairwise(cuts))
    for _, bottom in cuts[:-1]:
        assert img[bottom].min() == 255  # a blank row: no line cut in two
    assert all(b - t <= 2000 for t, b in cuts)


def test_page_images_are_ordered_naturally(tmp_path: Path) -> None:
    for name in ("page10.png", "page2.png", "Page1.png", "page1a.png", ".hidden.png", "notes.txt", "page3.JPG"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in page_files(tmp_path)] == ["Page1.png", "page1a.png", "page2.png", "page3.JPG", "page10.png"]


def _png_header(w: int, h: int) -> bytes:
    """A PNG that says it is w × h pixels, and holds almost nothing (a decompression bomb's header)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


def test_a_huge_image_is_refused_before_decoding_and_a_large_one_shrunk() -> None:
    with pytest.raises(InputError) as e:
        list(frames(_png_header(10000, 10000), "big.png"))
    assert e.value.kind == "too_large" and "10000 × 10000" in e.value.message and f"{MAX_PIXELS:,}" in e.value.message
    with pytest.raises(InputError) as e:  # so far over that Pillow itself refuses to open it
        list(frames(_png_header(30000, 30000), "bomb.png"))
    assert e.value.kind == "too_large" and f"{MAX_PIXELS:,}" in e.value.message
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (6000, 3000), 255).save(buf, format="PNG")
    [(pixels, scale)] = list(frames(buf.getvalue(), "wide.png"))
    assert pixels.shape == (1000, 2000, 3) and scale == pytest.approx(72 / 150 * 3)  # points of the original


def test_a_file_that_is_no_image_is_a_clear_error() -> None:
    with pytest.raises(InputError) as e:
        list(frames(b"<html>404</html>", "page.png"))
    assert e.value.kind == "not_image" and e.value.message.startswith("page.png: not an image")


def _scan_pdf() -> bytes:
    pytest.importorskip("reportlab")
    from PIL import Image, ImageDraw

    img = Image.new("L", (1240, 1754), 255)
    ImageDraw.Draw(img).rectangle((200, 200, 1000, 260), fill=0)
    return scans.scanned_pdf([img])


def test_without_the_extra_a_scan_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("rapidocr", "onnxruntime"):
        monkeypatch.setitem(sys.modules, name, None)  # as if not installed
    assert ocr_mod.missing() is not None
    with pytest.raises(InputError) as e:
        read_pdf(_scan_pdf(), "scan.pdf")
    assert e.value.kind == "scanned" and "pip install '.[ocr]'" in e.value.message
    assert "rapidocr" in e.value.message
    with pytest.raises(InputError) as e:
        next(records_from_bytes(scans.png(_white()), "page.png"))
    assert e.value.kind == "needs_ocr" and "pip install '.[ocr]'" in e.value.message


def _white():  # a small blank page
    from PIL import Image

    return Image.new("L", (200, 100), 255)


def test_ocr_off_leaves_a_scan_an_error() -> None:
    with pytest.raises(InputError) as e:
        read_pdf(_scan_pdf(), "scan.pdf", ocr="off")
    assert e.value.kind == "scanned" and "--ocr off" in e.value.message
    with pytest.raises(InputError) as e:
        next(records_from_bytes(scans.png(_white()), "page.png", ocr="off"))
    assert e.value.kind == "needs_ocr" and "--ocr off" in e.value.message


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jingwen", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def test_ocr_force_without_the_extra_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("正文。\n", encoding="utf-8")
    blocker = tmp_path / "block"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text("import sys\nsys.modules['rapidocr'] = None\n", encoding="utf-8")
    res = _cli("clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.jsonl"), "--ocr", "force",
               env={"PYTHONPATH": str(blocker)})
    assert res.returncode == 2 and "--ocr force" in res.stderr and "pip install '.[ocr]'" in res.stderr
    assert not (tmp_path / "out.jsonl").exists()


# ── with OCR ──────────────────────────────────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def gold_scans(tmp_path_factory: pytest.TempPathFactory, gold_dir: Path) -> dict[str, tuple[list[scans.Page], object]]:
    """Two pages of each GOLD document drawn as PNG files in a folder, and the raw record OCR made of
    the folder (read once: OCR is the costly part)."""
    _need_ocr()
    out = {}
    for name in GOLD:
        pages = scans.gold_pages(gold_dir / f"{name}.json", 2)
        folder = tmp_path_factory.mktemp(name)
        for i, p in enumerate(pages, 1):
            scans.draw(p).save(folder / f"page{i}.png")
        out[name] = (pages, _one(folder))
    return out


@pytest.fixture(scope="module")
def gold_dir() -> Path:
    from conftest import SHARED

    if not (SHARED / "eval" / "dev" / "gold").exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED / "eval" / "dev" / "gold"


def test_character_accuracy_on_pages_drawn_from_gold_documents(gold_scans) -> None:
    for name, (pages, raw) in gold_scans.items():
        lines = raw.text.split("\n")
        starts = [*raw.pages.starts, len(lines) + 1]
        for i, page in enumerate(pages):
            read = norm("".join(lines[starts[i] - 1:starts[i + 1] - 1]))
            acc = scans.accuracy(norm("".join(page.printed())), read)
            assert acc >= 0.99, (name, i + 1, acc)


def test_the_section_tree_is_the_text_versions(gold_scans) -> None:
    for name, (pages, raw) in gold_scans.items():
        doc = process(raw, PLAIN)
        text = process_text(scans.text_version(pages), options=PLAIN)
        heads = Counter((d, m, h[:6]) for d, m, h in outline(doc)[0])  # the scorer's heading key
        want = Counter((d, m, h[:6]) for d, m, h in outline(text)[0])
        tp = sum((heads & want).values())
        f1 = 2 * tp / (sum(heads.values()) + sum(want.values()))
        assert len(want) > 20 and f1 >= 0.95, (name, f1)
        assert doc.title == text.title


def test_furniture_is_removed_by_position_and_source_ocr_is_recorded(gold_scans) -> None:
    for name, (pages, raw) in gold_scans.items():
        doc = process(raw, PLAIN)
        rules = Counter(r.rule for r in doc.removed)
        assert rules["pdf.header"] == len(pages) and rules["pdf.page_number"] == len(pages), (name, rules)
        assert {r.page for r in doc.removed} == {1, 2}
        assert doc.source.format == "image" and doc.pages.seen == 2
        info = doc.source.ocr
        assert info is not None and info.engine.startswith("rapidocr 3.")
        assert info.models == {"det": "PP-OCRv6_det_small", "rec": "PP-OCRv6_rec_small",
                               "cls": "ch_ppocr_mobile_v2.0_cls_mobile"}
        assert info.pages == [1, 2] and info.lines > 60 and info.mean_confidence is not None
        assert 0.9 < info.mean_confidence <= 1.0


def test_a_mixed_pdf_keeps_its_text_pages_as_text(needs_ocr) -> None:
    pytest.importorskip("reportlab")
    text_page = ["第一页是文字页，文字层完好无损。", "这一页不需要识别，原样读出。"]
    scan = scans.draw(scans.Page([scans.Line("第二页是扫描页，只有图像没有文字。", 2),
                                  scans.Line("识别以后同样进入清洗流程。")], "", ""))
    raw = read_pdf(scans.scanned_pdf([scan], [text_page]), "mixed.pdf")
    assert raw.ocr is not None and raw.ocr.pages == [2]
    lines = raw.text.split("\n")
    assert lines[:2] == text_page  # the text layer, exactly
    assert norm("".join(lines[2:])) == norm("第二页是扫描页，只有图像没有文字。识别以后同样进入清洗流程。")
    forced = read_pdf(scans.scanned_pdf([scan], [text_page]), "mixed.pdf", ocr="force")
    assert forced.ocr is not None and forced.ocr.pages == [1, 2]
    assert norm(forced.text) == norm(raw.text)


def test_a_multi_page_tiff_is_one_document_of_its_pages(needs_ocr, tmp_path: Path) -> None:
    first, second = scans.small_image("第一页的内容在这里。"), scans.small_image("第二页的内容在那里。")
    path = tmp_path / "scan.tif"
    first.save(path, save_all=True, append_images=[second])
    doc = process(_one(path), PLAIN)
    assert doc.pages.seen == 2 and doc.source.ocr is not None and doc.source.ocr.pages == [1, 2]
    assert norm(doc.text) == norm("第一页的内容在这里。第二页的内容在那里。")


def test_no_network_is_touched(needs_ocr, monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine loads and reads with every socket refused, in this process."""
    def refuse(*args, **kwargs):
        raise AssertionError("OCR tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    ocr_mod.engine.cache_clear()  # load it anew, under the refusal
    try:
        raw = next(records_from_bytes(scans.png(scans.small_image("离线识别，不连网络。")), "offline.png"))
    finally:
        ocr_mod.engine.cache_clear()
    assert norm(raw.text) == norm("离线识别，不连网络。")
    from rapidocr.utils.download_file import DownloadFile

    with pytest.raises(RuntimeError, match="offline"):
        DownloadFile.run(None)  # should a RapidOCR change ask for a file, it is refused, not fetched


def test_the_cli_reads_a_folder_of_pages_as_one_document(needs_ocr, tmp_path: Path) -> None:
    folder = tmp_path / "scans" / "report"
    folder.mkdir(parents=True)
    for i, text in ((10, "第十页写在最后。"), (2, "第二页写在中间。"), (1, "第一页写在开头。")):
        scans.small_image(text).save(folder / f"page{i}.png")
    out = tmp_path / "out.jsonl"
    res = _cli("clean", str(folder), "--pages-as-document", "-o", str(out), "--keywords", "0", "-q")
    assert res.returncode == 0, res.stderr
    [doc] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert doc["source"]["path"] == str(folder) and doc["source"]["format"] == "image"
    assert norm(doc["text"]) == norm("第一页写在开头。第二页写在中间。第十页写在最后。")
    assert doc["source"]["ocr"]["pages"] == [1, 2, 3]
    res = _cli("clean", str(folder), "-o", str(out), "--keywords", "0", "-q")  # without the flag: a document each
    assert res.returncode == 0, res.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    per = tmp_path / "per"
    res = _cli("clean", str(folder), "--pages-as-document", "-o", f"{per}/", "--keywords", "0", "-q")
    assert res.returncode == 0 and (per / "report.json").exists(), (res.stderr, list(per.rglob("*")))


def test_a_bad_image_among_good_inputs_fails_alone(needs_ocr, tmp_path: Path) -> None:
    (tmp_path / "good.png").write_bytes(scans.png(scans.small_image("这一页可以读。")))
    (tmp_path / "bad.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (tmp_path / "bomb.png").write_bytes(_png_header(40000, 40000))
    out = tmp_path / "out.jsonl"
    res = _cli("clean", str(tmp_path), "-o", str(out), "--keywords", "0", "-q")
    assert res.returncode == 1
    errors = {json.loads(x)["path"].rsplit("/", 1)[-1]: json.loads(x)["kind"]
              for x in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()}
    assert errors == {"bad.jpg": "broken", "bomb.png": "too_large"} or errors == {"bad.jpg": "not_image",
                                                                                   "bomb.png": "too_large"}
    [doc] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert norm(doc["text"]) == norm("这一页可以读。")


def test_ocr_pages_are_bounded_in_time(needs_ocr, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(3):
        scans.small_image(f"第{i + 1}页。").save(folder / f"p{i}.png")
    with pytest.raises(InputError) as e:
        _one(folder, seconds=0.01)
    assert e.value.kind == "timeout" and "--timeout" in e.value.message


def test_the_engine_loads_once_a_process(needs_ocr) -> None:
    assert ocr_mod.engine() is ocr_mod.engine()


def test_ocr_options_travel_to_a_worker_and_images_are_read_there(tmp_path: Path) -> None:
    """Options carry the OCR mode to workers (pickled); a page image or a page folder is read in a
    worker process (native code), never inline in the parent; a text file still is."""
    import pickle

    from jingwen.batch.worker import inline_ok

    assert pickle.loads(pickle.dumps(Options(ocr="force"))).ocr == "force"
    (tmp_path / "p.png").write_bytes(scans.png(_white()))
    (tmp_path / "a.txt").write_text("正文。\n", encoding="utf-8")
    assert not inline_ok(str(tmp_path / "p.png")) and not inline_ok(str(tmp_path))
    assert inline_ok(str(tmp_path / "a.txt"))



def test_make_bench_has_ocr_rows_in_pages_per_second(needs_ocr, tmp_path: Path) -> None:
    """The rows' contract (bench/harness.py) on one page; the speed itself is the bench's, not a test's."""
    from conftest import ROOT

    script = str(ROOT / "bench" / "ocr_bench.py")
    rows = [json.loads(x) for x in subprocess.run([sys.executable, script, "--list"], capture_output=True,
                                                   text=True, check=True).stdout.splitlines()]
    assert [r["unit"] for r in rows] == ["pages", "pages"] and "1 worker" in rows[0]["row"]
    assert rows[1]["target"] == {"vs": rows[0]["row"], "min": 1.5}
    (tmp_path / "c").mkdir()
    res = subprocess.run([sys.executable, script, "--row", rows[0]["row"], "--corpus", str(tmp_path / "c"),
                          "--rounds", "1"], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "JINGWEN_OCR_BENCH_PAGES": "1"})
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["docs"] == 1 and out["unit"] == "pages" and len(out["seconds"]) == 1 and out["bytes"] > 10_000
