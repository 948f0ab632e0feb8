from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SHARED
from jingwen import Options, process_bytes, process_text
from jingwen import enrich as E
from jingwen.cli import main
from jingwen.read.text import decode
from jingwen.text import tokens as T

SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SEED000 = ROOT / "samples" / "seed000_book118_summary.txt"
SEED003 = ROOT / "samples" / "seed003_book118_plan.txt"
HAS_RJIEBA = "rjieba" in T.available_backends()
needs_rjieba = pytest.mark.skipif(not HAS_RJIEBA, reason="rjieba is not installed: nothing to compare jieba with")


def texts() -> list[str]:
    """The samples, raw and cleaned, and the dev set's raw texts where ../shared is beside us."""
    raw = [p.read_text(encoding="utf-8-sig") for p in SAMPLES]
    dev = SHARED / "eval" / "dev" / "raw"
    if dev.is_dir():
        raw += [decode(p.read_bytes(), str(p))[0] for p in sorted(dev.iterdir())]  # two are GB18030
    return raw + [process_text(t, options=Options(keywords=0)).text for t in raw]


def doc(path: Path, **options: object):
    return process_bytes(path.read_bytes(), str(path), Options(**options))  # type: ignore[arg-type]


def test_seed_keywords_are_what_a_reader_picks() -> None:
    kw = doc(SEED000).keywords
    assert len(kw) == 10
    assert {"卫生城市", "环境整治", "公共卫生", "城市环境"} <= set(kw), kw
    kw3 = doc(SEED003).keywords
    assert {"创卫", "环境整治", "城市管理", "城市绿化"} <= set(kw3), kw3


def test_keywords_exclude_numbers_single_characters_punctuation_and_stop_words() -> None:
    stop = E._tables().stop
    for t in texts():
        for w in E.keywords(t, 30):
            assert len(w) >= 2, w
            assert not re.fullmatch(r"[\d.,:%\-]+", w), w
            assert any(c.isalnum() for c in w), w
            assert w.lower() not in stop, w
    assert "2024" in T.tokens(SEED000.read_text(encoding="utf-8"))  # numbers are there to exclude


def test_top_level_sections_get_their_own_keywords() -> None:
    d = doc(SEED000)
    by_heading = {s.heading: s.keywords for s in d.sections}
    assert "卫生城市" in by_heading["工作背景"]
    assert "环境整治" in by_heading["工作进展"]
    assert all(1 <= len(k) <= E.SECTION_KEYWORDS for k in by_heading.values())
    assert all(c.keywords == [] for s in d.sections for c in s.children)
    # The sections' keywords come from slicing the document's tokens; tokenizing each section on
    # its own (what a document whose text was made otherwise gets) gives the same.
    odd = d.model_copy(update={"text": d.text + "\n附记"})
    assert [s.keywords for s in E.enrich(odd).sections] == [s.keywords for s in d.sections]


def test_tokens_stat_counts_jieba_tokens_and_keywords_zero_skips_enrichment() -> None:
    d = doc(SEED000)
    assert d.stats.tokens == len([t for t in T.tokens(d.text) if not t.isspace()]) > 500
    bare = doc(SEED000, keywords=0)
    assert bare.keywords == [] and bare.stats.tokens is None
    assert all(s.keywords == [] for s in bare.sections)
    assert doc(SEED000, keywords=3).keywords == d.keywords[:3]


def test_ranking_is_jieba_extract_tags_over_the_same_tokens() -> None:
    """Without phrases, our TF-IDF is jieba.analyse's: same IDF table, scores and tie order."""
    import jieba.analyse

    class Tokens:
        def cut(self, text: str) -> list[str]:
            return T.tokens(text, backend="jieba")

    tfidf = jieba.analyse.TFIDF()
    tfidf.tokenizer = Tokens()
    tfidf.stop_words = set(E._tables().stop)
    for t in texts():
        theirs = [w for w in tfidf.extract_tags(t, topK=None) if E._is_term(w)][:15]
        assert E.keywords(t, 15, phrases=False, backend="jieba") == theirs


def test_stop_words_include_jiebas_own() -> None:
    from jieba.analyse.tfidf import KeywordExtractor

    assert E._tables().stop >= KeywordExtractor.STOP_WORDS


@needs_rjieba
def test_rjieba_and_jieba_give_the_same_tokens_and_keywords() -> None:
    for t in texts():
        assert T.tokens(t, backend="rjieba") == T.tokens(t, backend="jieba")
        assert E.keywords(t, backend="rjieba") == E.keywords(t, backend="jieba")


def test_user_dictionary_adds_domain_words(tmp_path: Path) -> None:
    ud = tmp_path / "words.txt"
    ud.write_text("环保示范城市 5 n\n公共卫生保健\n", encoding="utf-8")
    text = doc(SEED000).text
    for backend in T.available_backends():
        plain = T.tokens(text, backend=backend)
        with_dict = T.tokens(text, str(ud), backend=backend)
        assert "环保示范城市" not in plain and "环保示范城市" in with_dict
        assert "公共卫生保健" in with_dict
        # A keyword now (in a phrase: 环保示范城市建设 stands together four times in five).
        assert any("环保示范城市" in k for k in E.keywords(text, user_dict=str(ud), backend=backend))
        assert not any("环保示范城市" in k for k in E.keywords(text, 50, backend=backend))
    if HAS_RJIEBA:
        for t in texts():
            assert T.tokens(t, str(ud), backend="rjieba") == T.tokens(t, str(ud), backend="jieba")
    assert any("环保示范城市" in k for k in doc(SEED000, user_dict=str(ud)).keywords)


def test_malformed_user_dictionary_is_a_clear_error_before_the_run(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("卫生城市 5 n\n\n环境 整治 3\n", encoding="utf-8")
    with pytest.raises(T.UserDictError, match=r"bad\.txt: line 3"):
        T.read_user_dict(str(bad))
    out = tmp_path / "o.jsonl"
    res = CliRunner().invoke(main, ["clean", str(SEED000), "--user-dict", str(bad), "-o", str(out)])
    assert res.exit_code != 0 and "bad.txt: line 3" in res.output
    assert not out.exists()


def test_cli_keywords_option(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    res = CliRunner().invoke(main, ["clean", str(SEED000), "--keywords", "4", "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    d = json.loads(out.read_text(encoding="utf-8"))
    assert len(d["keywords"]) == 4 and d["keywords"][0] == "卫生城市"
    assert all(len(s["keywords"]) <= 4 for s in d["sections"])


LOAD_CHECK = """
import json, sys
import jieba
import jingwen.text.tokens as T
if sys.argv[1] == "jieba":
    T.available_backends = lambda: ("jieba",)
from jingwen import process_bytes
for path in sys.argv[2:]:
    for _ in range(3):
        process_bytes(open(path, "rb").read(), path)
print(json.dumps({"loads": T.LOADS, "jieba_default_loaded": jieba.dt.initialized}))
"""


@pytest.mark.parametrize("backend", ["rjieba", "jieba"])
def test_dictionary_loads_once_per_process(backend: str) -> None:
    if backend not in T.available_backends():
        pytest.skip(f"{backend} is not installed")
    res = subprocess.run([sys.executable, "-c", LOAD_CHECK, backend, *map(str, SAMPLES)],
                         capture_output=True, text=True, check=True)
    out = json.loads(res.stdout)
    assert out["loads"] == {f"tokenizer:{backend}:-": 1, "tables": 1}
    assert out["jieba_default_loaded"] is False  # jieba's global tokenizer is never built besides
