"""PDF input, on documents generated with reportlab (pdfdocs.py): the same tree as their source
text, page furniture in the ledger with its page, and one clear error per kind of bad PDF."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest

from conftest import outline
from jingwen import InputError, process_text
from jingwen.batch.worker import documents
from jingwen.pipeline import process
from jingwen.read.deadline import Expired, deadline
from jingwen.read.pdf import Limits, read_pdf

pdfdocs = pytest.importorskip("pdfdocs")


def test_fifty_page_pdf_gives_the_tree_of_its_source(generated) -> None:
    doc = process(read_pdf(generated.fifty_pdf.read_bytes(), str(generated.fifty_pdf)))
    gold = outline(generated.fifty.gold())
    assert doc.pages.seen == doc.pages.declared == 50
    assert doc.title == generated.fifty.title
    assert outline(doc) == gold  # every heading and paragraph, in order: heading_f1 = paragraph_f1 = 1
    assert doc.source.format == "pdf" and not doc.truncated and doc.warnings == []


def test_shared_scorer_gives_the_fifty_page_pdf_full_marks(generated, shared: Path, tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "fifty.json").write_text(json.dumps(generated.fifty.gold(), ensure_ascii=False),
                                                  encoding="utf-8")
    doc = process(read_pdf(generated.fifty_pdf.read_bytes(), str(generated.fifty_pdf)))
    (tmp_path / "pred.jsonl").write_text(doc.model_dump_json() + "\n", encoding="utf-8")
    res = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(tmp_path / "gold"),
                          "--pred", str(tmp_path / "pred.jsonl"), "--json"], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    scores = json.loads(res.stdout)
    assert (scores["docs"], scores["missing"]) == (1, 0)
    for k in ("heading_f1", "paragraph_f1", "content_recall", "content_precision", "title_acc", "truncated_acc"):
        assert scores[k] == 1.0, (k, scores)


def test_same_document_as_txt_and_pdf_gives_the_same_tree(generated) -> None:
    for pdf, txt, spec in ((generated.fifty_pdf, generated.fifty_txt, generated.fifty),
                           (generated.layout_pdf, generated.layout_txt, generated.layout)):
        from_pdf = process(read_pdf(pdf.read_bytes(), str(pdf)))
        from_txt = process_text(txt.read_text(encoding="utf-8"), path=str(txt))
        assert outline(from_pdf) == outline(from_txt) == outline(spec.gold()), pdf.name


def test_generated_documents_hold_what_the_tests_claim(generated) -> None:
    pages = pdfdocs.paginate(generated.fifty)
    # a paragraph runs on from one page to the next (the page's first row is not a paragraph start)
    assert any(not p.rows[0][2].bold and p.rows[0][2].indent == 0 for p in pages[1:])
    layout = pdfdocs.paginate(generated.layout, pdfdocs.LAYOUT_COLUMNS)
    assert len({x for x, _, _ in layout[pdfdocs.LAYOUT_COLUMNS - 1].rows}) == 2  # two columns
    assert any(p.table for p in layout)
    assert {r.bold for r in pdfdocs.rows(generated.fifty)} == {True, False}  # headings drawn twice


def test_headers_footers_and_page_numbers_are_in_the_ledger_with_page_and_line(generated) -> None:
    doc = process(read_pdf(generated.fifty_pdf.read_bytes(), "fifty.pdf"))
    by_rule: dict[str, list] = {}
    for r in doc.removed:
        by_rule.setdefault(r.rule, []).append(r)
    assert set(by_rule) == {"pdf.header", "pdf.page_number"}
    assert [r.page for r in by_rule["pdf.header"]] == list(range(1, 51))
    assert [(r.page, r.text) for r in by_rule["pdf.page_number"]] == [(n, f"第{n}页共50页") for n in range(1, 51)]
    lines = [r.line for r in doc.removed]
    assert lines == sorted(lines) and lines[0] == 1  # the header is the first line of page 1
    # a page's footer is the line just before the next page's header
    assert all(f.line + 1 == h.line for f, h in zip(by_rule["pdf.page_number"], by_rule["pdf.header"][1:], strict=False))


def test_two_column_page_table_and_fake_bold_read_as_written(generated) -> None:
    doc = process(read_pdf(generated.layout_pdf.read_bytes(), "layout.pdf"))
    rows = ["\t".join(r) for r in generated.layout.table]
    flat = _all_paragraphs(doc.model_dump())
    at = flat.index(rows[0])
    assert flat[at:at + len(rows)] == rows  # the table's rows, in order, each a paragraph of its own
    heads = [h for _, _, h in outline(doc)[0]]
    assert all(len(set(h)) > 1 and h[: len(h) // 2] != h[len(h) // 2:] for h in heads)  # no doubled text


def test_a_long_table_row_stays_a_paragraph_of_its_own(tmp_path: Path) -> None:
    spec = pdfdocs.layout_doc()
    assert spec.table is not None
    spec.table[1] = ["家庭医生签约服务覆盖率（按常住人口计算）", "58.2%", "65.3%", "提高7.1个百分点"]  # cells wrap
    spec.table[2][3] = "7.1"  # after a tab, this reads as a numbering marker 7.1 in plain text
    pdfdocs.write_pdf(spec, tmp_path / "long.pdf")
    doc = process(read_pdf((tmp_path / "long.pdf").read_bytes(), "long.pdf"))
    assert outline(doc) == outline(spec.gold())
    # as plain text too, tab-separated cells make the row a line of its own
    txt = process_text(pdfdocs.source_text(spec))
    assert outline(txt) == outline(spec.gold())


def test_spread_characters_get_no_spaces(generated) -> None:
    doc = process(read_pdf(generated.spaced_pdf.read_bytes(), "spaced.pdf"))
    assert outline(doc) == outline(generated.layout.gold())
    assert not any(" " in p for p in _all_paragraphs(doc.model_dump()))


def test_text_pdfium_leaves_out_is_read_all_the_same(generated) -> None:
    # One text object per character in a font neither embedded nor installed: PDFium drops them all.
    doc = process(read_pdf(generated.per_char_pdf.read_bytes(), "per_char.pdf"))
    assert outline(doc) == outline(generated.layout.gold())


def test_pdfium_and_pdfplumber_characters_make_the_same_lines(generated) -> None:
    """The fast extractor stands in for pdfplumber only because they read these pages alike: all
    of them but those where PDFium leaves text objects out, which the reader hands to pdfplumber."""
    import pdfplumber
    import pypdfium2 as pdfium

    from jingwen.read.pdf_chars import pdfium_page, plumber_chars
    from jingwen.read.pdf_layout import page_lines

    compared = 0
    skipped: list[tuple[str, int]] = []
    for path, first in ((generated.layout_pdf, 6), (generated.fifty_pdf, 4), (generated.spaced_pdf, 6)):
        fast = pdfium.PdfDocument(path.read_bytes())
        with pdfplumber.open(path) as slow:
            for i in range(min(first, len(fast))):
                probe = pdfium_page(fast[i])
                if probe.unseen:
                    skipped.append((path.name, i + 1))
                    continue
                a = [ln.text for ln in page_lines(probe.chars)]
                b = [ln.text for ln in page_lines(plumber_chars(slow.pages[i]))]
                assert a == b, (path.name, i + 1)
                compared += len(a)
        fast.close()
    # PDFium leaves out the table's one-character line where the machine has no font for it (a
    # font package, chromium's for one, lets it see the line): at most those pages go to pdfplumber.
    assert compared > 300 and set(skipped) <= {("layout.pdf", 4), ("spaced.pdf", 4)}


def _all_paragraphs(d: dict) -> list[str]:
    out = list(d["preamble"])

    def walk(ss: list[dict]) -> None:
        for s in ss:
            out.extend(s["paragraphs"])
            walk(s["children"])

    walk(d["sections"])
    return out


# ── bad PDFs: one clear error each, never a crash ────────────────────────────────────────────

def _blank_pdf(pages: int, image: bool = False) -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for _ in range(pages):
        if image:
            from PIL import Image

            c.drawImage(ImageReader(Image.new("L", (200, 100), 180)), 50, 500)
        c.showPage()
    c.save()
    return buf.getvalue()


def _zero_pages() -> bytes:
    import pypdfium2 as pdfium

    buf = io.BytesIO()
    pdfium.PdfDocument.new().save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("enc") / "enc.pdf"
    pdfdocs.write_pdf(pdfdocs.make_spec(4), path, encrypt="secret")
    return path.read_bytes()


@pytest.mark.parametrize(
    ("make", "kind", "says"),
    [
        (lambda g, e: e, "encrypted", "password"),
        (lambda g, e: g.layout_pdf.read_bytes()[: len(g.layout_pdf.read_bytes()) // 2], "truncated", "ends before"),
        (lambda g, e: b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n", "broken", "damaged"),
        (lambda g, e: b"<html><body>404</body></html>", "not_pdf", "HTML"),
        (lambda g, e: _blank_pdf(2, image=True), "scanned", "OCR"),
        (lambda g, e: _blank_pdf(3), "empty", "no text"),
        (lambda g, e: _zero_pages(), "empty", "no pages"),
    ],
    ids=["encrypted", "truncated", "broken", "not_pdf", "scanned", "no_text", "zero_pages"],
)
def test_bad_pdf_is_its_own_clear_error(generated, encrypted: bytes, make, kind: str, says: str) -> None:
    with pytest.raises(InputError) as e:  # OCR off: a scan is then an error (test_ocr.py reads scans)
        read_pdf(make(generated, encrypted), "bad.pdf", ocr="off")
    assert (e.value.stage, e.value.kind) == ("pdf", kind)
    assert e.value.message.startswith("bad.pdf: ") and says in e.value.message


def test_a_cut_pdf_that_still_opens_is_read_and_marked_truncated(generated) -> None:
    data = generated.layout_pdf.read_bytes()
    doc = process(read_pdf(data[: data.rindex(b"%%EOF")], "cut.pdf"))
    assert doc.truncated and "end-of-file marker" in doc.warnings[0]
    assert outline(doc) == outline(generated.layout.gold())


def test_pdf_with_only_an_owner_password_reads(tmp_path: Path) -> None:
    path = tmp_path / "owner.pdf"
    pdfdocs.write_pdf(pdfdocs.make_spec(3), path, encrypt="")
    assert process(read_pdf(path.read_bytes(), "owner.pdf")).title == "江海市2024年卫生健康工作总结"


def test_page_and_time_bounds(generated) -> None:
    data = generated.layout_pdf.read_bytes()
    with pytest.raises(InputError, match="6 pages is over the 5-page limit") as e:
        read_pdf(data, "x.pdf", limits=Limits(pages=5))
    assert e.value.kind == "too_large"
    with pytest.raises(InputError) as e:
        read_pdf(data, "x.pdf", limits=Limits(seconds=1e-6))
    assert e.value.kind == "timeout"
    with pytest.raises(InputError) as e:
        read_pdf(data, "x.pdf", limits=Limits(chars_per_page=100))
    assert e.value.kind == "too_large" and "character limit" in e.value.message


def test_deadline_interrupts_a_long_call_in_the_main_thread_and_is_checked_elsewhere() -> None:
    start = time.monotonic()
    with pytest.raises(Expired), deadline(0.05):
        while True:
            pass
    assert time.monotonic() - start < 2

    outcome: list[str] = []

    def worker() -> None:
        with deadline(0.01) as check:
            time.sleep(0.03)
            try:
                check()
            except Expired:
                outcome.append("expired")

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert outcome == ["expired"]


def test_documents_dispatches_pdf_and_a_bad_pdf_fails_alone(generated, tmp_path: Path) -> None:
    from jingwen.batch.worker import process_path

    docs = list(documents(generated.layout_pdf))
    assert len(docs) == 1 and docs[0].source.path == str(generated.layout_pdf)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n%%EOF\n")
    docs, failures = process_path(bad)
    assert docs == [] and [(f.path, f.kind) for f in failures] == [(str(bad), "broken")]


def test_cli_batch_of_good_and_bad_pdfs_writes_the_good_and_names_each_bad(generated, encrypted: bytes,
                                                                           tmp_path: Path) -> None:
    from click.testing import CliRunner

    from conftest import load_jsonl
    from jingwen.cli import main

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a_report.pdf").write_bytes(generated.layout_pdf.read_bytes())
    (inp / "b_locked.pdf").write_bytes(encrypted)
    (inp / "c_scan.pdf").write_bytes(_blank_pdf(1, image=True))
    (inp / "d_cut.pdf").write_bytes(generated.layout_pdf.read_bytes()[:5000])
    (inp / "e_report.txt").write_bytes(generated.layout_txt.read_bytes())
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["clean", str(inp), "-o", str(out)])
    assert res.exit_code == 1 and "Traceback" not in res.output
    errors = [ln for ln in res.output.splitlines() if ln.startswith("error: ")]
    assert [e.split(":")[1].strip().rsplit("/", 1)[-1] for e in errors] == ["b_locked.pdf", "c_scan.pdf", "d_cut.pdf"]
    assert "password" in errors[0] and "OCR" in errors[1] and "truncated" in errors[2]
    docs = load_jsonl(out)
    assert [(Path(d["source"]["path"]).name, d["source"]["format"]) for d in docs] == [
        ("a_report.pdf", "pdf"), ("e_report.txt", "txt")]
    assert outline(docs[0]) == outline(docs[1])
