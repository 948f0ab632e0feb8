"""The tokenizer (jieba's algorithm and dictionary): rjieba, the Rust port, when it is installed,
else jieba itself; both cut without jieba's HMM for unknown words, and a user dictionary is applied
to either. Built once per process and user dictionary (lazily, on first use) and kept.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import JingwenError

NOUN_TAGS = frozenset({"n", "ns", "nt", "nz", "nl", "ng", "vn", "an", "j"})
"""jieba dictionary tags of words that can form a noun phrase (nr, person names, is too noisy)."""
_USER_LINE = re.compile(r"^(.+?)( [0-9]+)?( [a-z]+)?$")  # jieba's own user-dictionary line format

LOADS: Counter[str] = Counter()
"""What this process has loaded, and how often: each entry should stay at 1 (a test checks it)."""


class UserDictError(JingwenError):
    """The user dictionary cannot be read: the message names the file and the line."""


@dataclass(frozen=True)
class Tokenizer:
    backend: str
    """"rjieba" or "jieba"."""
    cut: Callable[[str], list[str]]
    nouns: frozenset[str]
    """User-dictionary words that may form noun phrases (tagged as nouns, or untagged)."""


def read_user_dict(path: str) -> list[tuple[str, int | None, str | None]]:
    """jieba's user-dictionary format: `word [freq] [tag]` a line, UTF-8."""
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as e:
        raise UserDictError(f"{path}: cannot read the user dictionary: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise UserDictError(f"{path}: the user dictionary is not UTF-8") from None
    entries = []
    for no, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        m = _USER_LINE.match(line)
        if m is None or " " in m.group(1):
            raise UserDictError(f"{path}: line {no}: expected 'word [freq] [tag]', got {line!r}")
        word, freq, tag = m.groups()
        entries.append((word, int(freq) if freq else None, tag.strip() if tag else None))
    return entries


@lru_cache(maxsize=1)
def available_backends() -> tuple[str, ...]:
    """The tokenizers installed, preferred first."""
    try:
        import rjieba  # noqa: F401
    except ImportError:
        return ("jieba",)
    return ("rjieba", "jieba")


def tokenizer(user_dict: str | None = None, backend: str | None = None) -> Tokenizer:
    """The process's tokenizer for this user dictionary and backend (default: the preferred one),
    built on first use and kept."""
    return _tokenizer(user_dict, backend or available_backends()[0])


@lru_cache(maxsize=8)
def _tokenizer(user_dict: str | None, backend: str) -> Tokenizer:
    entries = read_user_dict(user_dict) if user_dict else []
    LOADS[f"tokenizer:{backend}:{user_dict or '-'}"] += 1
    if backend == "rjieba":
        import rjieba

        # Importing rjieba builds its default tokenizer (~0.1 s): reused when there is no user
        # dictionary to add to it, rather than building a second one.
        rj = rjieba.Jieba() if entries else rjieba._DEFAULT_JIEBA
        for word, freq, tag in entries:
            rj.add_word(word, freq, tag)

        def cut(text: str) -> list[str]:
            return rj.cut(text, False)
    elif backend == "jieba":
        import jieba

        logging.getLogger("jieba").setLevel(logging.WARNING)  # it announces every dictionary load
        tk = jieba.Tokenizer()
        tk.initialize()
        for word, freq, tag in entries:
            tk.add_word(word, freq, tag)

        def cut(text: str) -> list[str]:
            return tk.lcut(text, HMM=False)
    else:
        raise ValueError(f"unknown tokenizer backend {backend!r} (expected rjieba or jieba)")
    nouns = frozenset(w for w, _, tag in entries if len(w) > 1 and (tag is None or tag in NOUN_TAGS))
    return Tokenizer(backend, cut, nouns)


def tokens(text: str, user_dict: str | None = None, backend: str | None = None) -> list[str]:
    """jieba's tokens of `text` (no HMM), whitespace included as jieba gives it."""
    return tokenizer(user_dict, backend).cut(text)
