from __future__ import annotations

import json
import os
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout (CI), or JINGWEN_SHARED (`make test SHARED=...` from a worktree).
SHARED = Path(os.environ.get("JINGWEN_SHARED") or ROOT.parent / "shared").resolve()
sys.path.insert(0, str(Path(__file__).parent))

from jingwen.read.text import split_lines  # noqa: E402  (the ledger's line numbering)


def norm(s: str | None) -> str:
    """The scorer's normalisation: NFKC, all whitespace dropped."""
    return "".join(unicodedata.normalize("NFKC", s or "").split())


def unaccounted(raw_text: str, doc) -> list[str]:
    """Non-empty raw lines that are neither in `removed` nor (after undoing repairs) in the text."""
    removed = {r.line for r in doc.removed}
    text = norm(doc.text)
    for r in doc.repairs:
        text = text.replace(norm(r.after), norm(r.before)) if norm(r.after) else text
    lines = split_lines(raw_text)  # the ledger's numbering (the scorer's, where a text has line ends)
    return [ln for i, ln in enumerate(lines, 1) if norm(ln) and i not in removed and norm(ln) not in text]


def clean_lines(lines: list[str]):  # type: ignore[no-untyped-def]
    """The document `process_text` makes of these lines, checked to lose none of them."""
    from jingwen import process_text

    text = "\n".join(lines) + "\n"
    doc = process_text(text)
    assert unaccounted(text, doc) == []
    return doc


def removed_rules(doc, partial: bool = True) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each removed text → the rule that removed it (with the parts cut from lines, or without)."""
    return {r.text: r.rule for r in doc.removed if partial or not r.partial}


def unaccounted_lines(raw: str, doc) -> list[str]:
    """Non-empty input lines neither removed (wholly or in part) nor in the text once their own
    repairs are applied. Per line, unlike the scorer's check, which undoes repairs in the whole
    text and so can misplace a short one ("0必威体育" cut to "0" turns every 0 back into spam)."""
    removed = {r.line for r in doc.removed}
    text = norm(doc.text)
    out = []
    for i, line in enumerate(split_lines(raw), 1):
        if not norm(line) or i in removed:
            continue
        for r in doc.repairs:
            if r.line == i:
                line = line.replace(r.before, r.after, 1)
        if norm(line) not in text:
            out.append(line)
    return out


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


def outline(doc) -> tuple[list[tuple[int, str, str]], list[str]]:
    """What the scorer's heading_f1 and paragraph_f1 compare, in order: (depth, marker, heading)
    of every section, and every paragraph (preamble first), normalised as the scorer does."""
    d = doc if isinstance(doc, dict) else doc.model_dump()
    heads: list[tuple[int, str, str]] = []
    paras = [norm(p) for p in d.get("preamble") or []]

    def walk(sections: list[dict], depth: int) -> None:
        for s in sections:
            heads.append((depth, norm(s["marker"]), norm(s["heading"])))
            paras.extend(norm(p) for p in s.get("paragraphs") or [])
            walk(s.get("children") or [], depth + 1)

    walk(d.get("sections") or [], 1)
    return heads, [p for p in paras if p]


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory):
    """The generated documents (pdfdocs.py) as PDFs and text, made once per test session."""
    pytest.importorskip("reportlab")
    from pdfdocs import generate

    return generate(tmp_path_factory.mktemp("pdfs"))


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="session")
def ray_local():
    """One local Ray instance for the session (its start costs ~10 s): 2 CPUs, no dashboard, no usage
    reporting, listening on localhost only; shut down at the end."""
    try:
        import ray

        import jingwen.ray as jr
    except ImportError as e:
        if os.environ.get("CI"):  # make test installs Ray: a skip in CI would hide the engine's tests
            raise
        pytest.skip(f"Ray is not installed (pip install '.[ray]'; make test and CI install it): {e}")

    jr.connect(num_cpus=2)
    jr.quiet_ray_data(True)
    yield ray
    ray.shutdown()
