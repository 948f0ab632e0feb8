"""jieba's IDF table and dictionary tags, and the stop words, as the keywords need them: word by word.

Reading jieba's two text tables whole costs ~0.35 s and ~80 MB per process, more than cleaning a
small document with its keywords. So the first process that needs them writes what the keywords use
(each word's IDF, whether it is a noun or a numeral) once into an SQLite file in the user's cache
folder, named after the tables' size and time; every process then asks that file for the words of
its documents only, and keeps the answers. Where no cache can be written (or read), the tables are
read whole, as before. Either way the answers are the same.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Collection
from importlib import resources
from itertools import islice
from pathlib import Path

from .text.tokens import LOADS, NOUN_TAGS

VERSION = 1
"""Bumped when what the cache holds changes: an old file is then simply not used."""
_CHUNK = 900
"""Words per query (SQLite's oldest limit on a statement's parameters is 999)."""
_MEMO_MAX = 1 << 20


def jieba_dir() -> Path:
    """jieba's package folder, found rather than imported: importing jieba costs ~60 ms (it imports
    pkg_resources), and with rjieba only its data files are needed."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("jieba is not installed (its dictionary and IDF table are needed for keywords)")
    return Path(next(iter(spec.submodule_search_locations)))


def cache_dir() -> Path:
    """JINGWEN_CACHE, else $XDG_CACHE_HOME/jingwen, else ~/.cache/jingwen."""
    if os.environ.get("JINGWEN_CACHE"):
        return Path(os.environ["JINGWEN_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "jingwen"


def _read_tables(jdir: Path) -> tuple[dict[str, float], float, set[str], set[str]]:
    """jieba's IDF table (and its median, as jieba.analyse.tfidf.IDFLoader computes it), and the
    dictionary's nouns of two or more characters and its numerals."""
    idf: dict[str, float] = {}
    with (jdir / "analyse" / "idf.txt").open(encoding="utf-8") as f:
        for line in f:
            word, _, value = line.strip().partition(" ")
            idf[word] = float(value)
    median = sorted(idf.values())[len(idf) // 2]
    nouns, numerals = set(), set()
    with (jdir / "dict.txt").open(encoding="utf-8") as f:
        for line in f:
            word, _, tag = line.rstrip("\n").rpartition(" ")
            word = word.rpartition(" ")[0]
            if tag in NOUN_TAGS and len(word) > 1:
                nouns.add(word)
            elif tag == "m":
                numerals.add(word)
    return idf, median, nouns, numerals


def _stop_words() -> frozenset[str]:
    text = (resources.files("jingwen") / "data" / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _cache_file(jdir: Path) -> Path:
    key = [str(VERSION)]
    for name in ("analyse/idf.txt", "dict.txt"):
        st = (jdir / name).stat()
        key.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return cache_dir() / f"lexicon-{hashlib.sha1('|'.join(key).encode()).hexdigest()[:16]}.sqlite"


def _write_cache(path: Path, idf: dict[str, float], median: float, nouns: set[str], numerals: set[str]) -> None:
    """The tables into `path`, written whole to a temporary name and renamed: a process reading
    it never sees half of it, and two processes writing it at once each write a whole one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".lexicon-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        with con:
            con.execute("CREATE TABLE words (word TEXT PRIMARY KEY, idf REAL, noun INTEGER, numeral INTEGER)"
                        " WITHOUT ROWID")
            con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value REAL)")
            con.execute("INSERT INTO meta VALUES ('median_idf', ?)", (median,))
            con.executemany("INSERT INTO words VALUES (?, ?, ?, ?)",
                            ((w, idf.get(w), w in nouns, w in numerals) for w in idf.keys() | nouns | numerals))
        con.close()
        os.chmod(tmp, 0o644)  # (mkstemp makes it private; it holds nothing private)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _open(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


class Lexicon:
    """What the keywords ask of a word: its IDF (None when jieba's table has none), whether it is a
    noun, whether it is a numeral. `learn(words)` first, then the dicts hold every one of them."""

    def __init__(self) -> None:
        LOADS["tables"] += 1
        self.stop = _stop_words()
        self.idf: dict[str, float | None] = {}
        self.nouns: set[str] = set()
        self.numerals: set[str] = set()
        self._asked: set[str] = set()
        self._con: sqlite3.Connection | None = None
        self._path: Path | None = None
        self._pid = os.getpid()
        jdir = jieba_dir()
        try:
            path = _cache_file(jdir)
            if path.exists():
                self._con = _open(path)
                self.median_idf = float(self._con.execute("SELECT value FROM meta").fetchone()[0])
                self._path = path
                return
        except (OSError, sqlite3.Error):
            self._con = None  # unreadable: read the tables whole below
        idf, self.median_idf, nouns, numerals = _read_tables(jdir)
        self.idf, self.nouns, self.numerals = dict(idf), nouns, numerals
        with contextlib.suppress(OSError, sqlite3.Error):  # no cache: this process has the tables anyway
            _write_cache(_cache_file(jdir), idf, self.median_idf, nouns, numerals)

    def learn(self, words: Collection[str]) -> None:
        """Look up the words not asked before (one query per 900), so the dicts answer for all."""
        if self._con is None:
            return  # the tables are here whole
        new = set(words).difference(self._asked)
        if not new:
            return
        if len(self._asked) + len(new) > _MEMO_MAX:  # bounded: start again, keeping this text's words
            self.idf.clear()
            self.nouns.clear()
            self.numerals.clear()
            self._asked.clear()
            new = set(words)
        if os.getpid() != self._pid and self._path is not None:  # a forked child: its own connection
            self._con = _open(self._path)
            self._pid = os.getpid()
        it = iter(new)
        while chunk := list(islice(it, _CHUNK)):
            marks = ",".join("?" * len(chunk))
            for word, idf, noun, numeral in self._con.execute(
                    f"SELECT word, idf, noun, numeral FROM words WHERE word IN ({marks})", chunk):
                self.idf[word] = idf
                if noun:
                    self.nouns.add(word)
                if numeral:
                    self.numerals.add(word)
        self._asked |= new
