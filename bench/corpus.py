"""A reproducible benchmark corpus: realistic scraped documents built from the repository's texts.

    python bench/corpus.py --mb 50 --seed 8 --out .bench/corpus

Content comes from `samples/*.txt` and, where present, `tests/data/structure/raw/*.txt`: their
sentences, numbered headings and titles are pooled by simple text rules (not by jingwen, so that
a change to the pipeline never changes the corpus). Each generated document (2–30 KB of UTF-8,
log-uniform) gets a title, front matter, a numbered section tree, paragraphs hard-wrapped at a
width chosen per document (or not wrapped), page markers in one of the sites' styles, and site
boilerplate: book118 notices and related-document trailers, a Wenku download footer, a doc88
metadata line, injected gambling spam, running headers, CRLF line ends and a few GB18030 files.
The same sources, size and seed give byte-identical files; a manifest keyed by all three (and
this file) lets `bench/run.py` reuse a corpus it already generated.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("samples", "tests/data/structure/raw")
MIN_DOC, MAX_DOC = 2_000, 30_000

# Lines of the sources that are site boilerplate, not content (the generator adds its own).
_SITE_WORDS = re.compile(
    r"book118|原创力|VIP|下载|文档|页未读|第\s*\d+\s*页|\d+\s*/\s*\d+\s*页?$|道客巴巴|豆丁|文库|浏览|评论|上传|"
    r"图书馆|转藏|举报|分享|献花|www\.|https?:|投注|体育|娱乐"
)
_MARKER = re.compile(
    r"^(第[一二三四五六七八九十百\d]{1,4}[章节条]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|"
    r"\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])\s*"
)
_SENTENCE = re.compile(r"[^。！？；]*[。！？；]")
_DOC_TYPES = ("工作总结", "工作计划", "实施方案", "管理办法", "工作报告", "应急预案", "通知", "教学设计", "合同",
              "说明书", "讲话稿", "调研报告", "招标文件")
_TERMINAL = "。！？；"


@dataclass
class Pool:
    sentences: list[str]
    headings: list[str]
    titles: list[str]
    related: list[str]


def sources(root: Path = ROOT) -> list[Path]:
    """The text files the corpus is made from, in a fixed order."""
    out: list[Path] = []
    for folder in SOURCES:
        d = root / folder
        if d.is_dir():
            out += sorted(p for p in d.iterdir() if p.suffix == ".txt" and p.is_file())
    return out


def pool_of(texts: list[str]) -> Pool:
    """Sentences, short headings and titles of the source texts, boilerplate lines left out."""
    sentences: list[str] = []
    headings: list[str] = []
    titles: list[str] = []
    for text in texts:
        body: list[str] = []
        for raw in text.replace("\r\n", "\n").split("\n"):
            s = raw.strip().replace("\u3000", "")
            if not s or _SITE_WORDS.search(s):
                continue
            m = _MARKER.match(s)
            rest = s[m.end():] if m else s
            if m and 2 <= len(rest) <= 24 and rest[-1] not in _TERMINAL + "，,":
                headings.append(rest)
                continue
            if not m and 6 <= len(s) <= 40 and s.endswith(_DOC_TYPES) and s[-1] not in _TERMINAL:
                titles.append(s)
                continue
            body.append(rest)
        for sent in _SENTENCE.findall("".join(body)):
            sent = sent.strip()
            if 8 <= len(sent) <= 160 and not _MARKER.match(sent):
                sentences.append(sent)
    if not sentences:
        raise SystemExit("bench/corpus.py: no usable sentences in the sources")
    headings = sorted(set(headings)) or [s[:12] for s in sentences[:20]]
    titles = sorted(set(titles)) or ["2024年度工作总结"]
    related = [f"{h}{t}" for h, t in zip(headings, _DOC_TYPES * (len(headings) // len(_DOC_TYPES) + 1), strict=False)]
    return Pool(sorted(set(sentences)), headings, titles, related)


_CN = "一二三四五六七八九十"


def _cn(n: int) -> str:
    if n <= 10:
        return _CN[n - 1]
    if n < 20:
        return "十" + _CN[n - 11]
    return _CN[n // 10 - 1] + "十" + (_CN[n % 10 - 1] if n % 10 else "")


_LADDERS = (
    (lambda n: f"{_cn(n)}、", lambda n: f"（{_cn(n)}）", lambda n: f"{n}.", lambda n: f"（{n}）"),
    (lambda n: f"{_cn(n)}、", lambda n: f"{n}.", lambda n: f"（{n}）"),
    (lambda n: f"{_cn(n)}、", lambda n: f"{n}、"),
    (lambda n: f"第{_cn(n)}章 ", lambda n: f"第{_cn(n)}条 "),
    (lambda n: f"{n}.", lambda n: f"1.{n} "),
)
_PAGE_STYLES = ("第{p}页共{n}页", "第 {p} 页 共 {n} 页", "- {p} -", "{p}/{n}", "第{p}页", "{p}")
_NOTICES = (
    "- 1、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用,"
    "不得用于商业用途,未经授权,严禁复制、发行、汇编、翻译或者网络传播等,侵权必究。",
    "- 2、本站所有内容均由合作方或网友上传,本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺!"
    "文档内容仅供研究参考,付费前请自行鉴别。",
    "- 3、如文档侵犯商业秘密、侵犯著作权、侵犯人身权等,请点击“版权申诉”(推荐),也可以打举报电话:400-050-0827。",
    "- 4、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。",
    "- 5、成为VIP后,下载本文档将扣除1次下载权益。下载后,不支持退款、换文档。如有疑问请联系我们。",
)
_SPAM = (("最新版", "必威体育精装版"), ("原创力文档", "有哪些信誉好的足球投注网站"), ("", "必威体育"))


def _paragraph(rng: random.Random, pool: Pool) -> str:
    return "".join(rng.choice(pool.sentences) for _ in range(rng.randint(1, 6)))


def _wrap(text: str, width: int | None, rng: random.Random) -> list[str]:
    if width is None:
        return [text]
    if width < 0:  # ragged: every line its own width, as in text copied from a web page
        out, i = [], 0
        while i < len(text):
            w = rng.randint(18, -width)
            out.append(text[i:i + w])
            i += w
        return out
    return [text[i:i + width] for i in range(0, len(text), width)]


def document(rng: random.Random, pool: Pool, size: int) -> tuple[str, str, str]:
    """(text, site, encoding) of one scraped document of about `size` UTF-8 bytes."""
    site = rng.choices(("book118", "wenku", "doc88", "plain"), (5, 2, 1, 2))[0]
    width = rng.choices((None, -40, 26, 27, 28, 39, 40, 41), (2, 1, 2, 2, 2, 1, 1, 1))[0]
    indent = "\u3000\u3000" if rng.random() < 0.2 else ""
    blank = rng.random() < 0.15
    page_style = rng.choice(_PAGE_STYLES)
    page_len = rng.randint(30, 46)
    header = rng.choice(pool.titles)[:12] if rng.random() < 0.1 else None
    ladder = rng.choice(_LADDERS)
    title = rng.choice(pool.titles)

    body: list[str] = []
    if rng.random() < 0.2:
        body += ["某某市人民政府办公室文件", f"某政办发〔{rng.randint(2015, 2024)}〕{rng.randint(1, 99)}号"]
    body.append(title)
    for _ in range(rng.randint(0, 2)):
        body += _wrap(indent + _paragraph(rng, pool), width, rng) + ([""] if blank else [])
    counters = [0] * len(ladder)
    level = 0
    budget = size - 3 * sum(len(s) for s in body)
    while budget > 0:
        level = max(0, min(len(ladder) - 1, level + rng.choice((-1, 0, 0, 1))))
        counters[level] += 1
        counters[level + 1:] = [0] * (len(ladder) - level - 1)
        marker = ladder[level](counters[level])
        if rng.random() < 0.5:
            lines = [marker + rng.choice(pool.headings)]
        else:  # a run-in heading: the item's first sentence, its paragraph after it
            lines = _wrap(marker + _paragraph(rng, pool), width, rng)
        for _ in range(rng.choices((0, 1, 2, 3), (3, 4, 2, 1))[0]):
            lines += ([""] if blank else []) + _wrap(indent + _paragraph(rng, pool), width, rng)
        body += lines
        budget -= 3 * sum(len(s) + 1 for s in lines)
    if rng.random() < 0.3:
        body += ["", "某某市人民政府", f"{rng.randint(2015, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]

    # Injected spam: a phrase standing where a word stood, in a few documents.
    if rng.random() < 0.15:
        i = rng.randrange(len(body))
        word, spam = rng.choice(_SPAM)
        body[i] = body[i].replace(word, spam, 1) if word and word in body[i] else body[i] + spam

    pages = max(1, math.ceil(len(body) / page_len))
    truncated = site in ("book118", "wenku") and pages > 1 and rng.random() < 0.3
    shown = rng.randint(1, pages - 1) if truncated else pages
    out: list[str] = []
    if site == "book118":
        out += list(_NOTICES[: rng.randint(3, len(_NOTICES))])
        if rng.random() < 0.5:
            out.append(f"- 6、本文档共{pages}页,可阅读全部内容。")
    elif site == "doc88":
        out += [f"{title} - 道客巴巴",
                f"下载积分：{rng.randint(1, 30) * 100}　　文档格式：DOC | 页数：{pages} | "
                f"浏览次数：{rng.randint(10, 9999)} |"]
    for p in range(shown):
        chunk = body[p * page_len:(p + 1) * page_len]
        if p and header:
            out.append(header)
        out += chunk
        if page_style != "{p}" or pages > 2:
            out.append(page_style.format(p=p + 1, n=pages))
    if site == "book118":
        if truncated or rng.random() < 0.5:
            out.append("您可能关注的文档")
            out += [f"- {rng.choice(pool.related)} .pdf" for _ in range(rng.randint(3, 9))]
        out.append(f"文档评论({rng.randint(0, 9)})")
    elif site == "wenku":
        out += ["下载文档到电脑，查找使用更方便", f"{rng.randint(1, 9)}下载券　{rng.randint(10, 9999)}人已下载"]
        if truncated:
            out.append(f"下载　还剩{pages - shown}页未读，继续阅读")
    eol = "\r\n" if rng.random() < 0.1 else "\n"
    encoding = "gb18030" if rng.random() < 0.05 else "utf-8"
    return eol.join(out) + eol, site, encoding


def key(mb: float, seed: int, root: Path = ROOT) -> str:
    """What the corpus depends on: this generator, its sources, the size and the seed."""
    h = hashlib.sha256(Path(__file__).read_bytes())
    for p in sources(root):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    h.update(f"{mb}:{seed}".encode())
    return h.hexdigest()[:16]


def generate(out: Path, mb: float = 50, seed: int = 8, root: Path = ROOT) -> list[Path]:
    """Write the corpus into `out` (reused when its manifest has the same key); return its files."""
    k = key(mb, seed, root)
    manifest = out / "MANIFEST.json"
    if manifest.exists():
        info = json.loads(manifest.read_text(encoding="utf-8"))
        if info.get("key") == k:
            return [out / f for f in info["files"]]
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    srcs = sources(root)
    pool = pool_of([p.read_text(encoding="utf-8", errors="replace") for p in srcs])
    rng = random.Random(seed)
    files: list[str] = []
    total = 0
    while total < mb * 1e6:
        data = b""
        while not MIN_DOC <= len(data) <= MAX_DOC:  # a short preview or a long trailer can miss the range
            size = int(math.exp(rng.uniform(math.log(MIN_DOC), math.log(MAX_DOC))))
            text, site, enc = document(rng, pool, size)
            data = text.encode(enc)
        name = f"{len(files):05d}_{site}.txt"
        (out / name).write_bytes(data)
        files.append(name)
        total += len(data)
    manifest.write_text(json.dumps({"key": k, "mb": mb, "seed": seed, "bytes": total, "sources": [
        str(p.relative_to(root)) for p in srcs], "files": files}, ensure_ascii=False, indent=1), encoding="utf-8")
    return [out / f for f in files]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50, help="total size in MB (default 50)")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--out", type=Path, default=ROOT / ".bench" / "corpus")
    a = ap.parse_args()
    files = generate(a.out, a.mb, a.seed)
    size = sum(f.stat().st_size for f in files)
    print(f"{len(files)} documents, {size / 1e6:.1f} MB in {a.out}")


if __name__ == "__main__":
    main()
