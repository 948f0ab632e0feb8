"""The grouped duplicate decisions (what jingwen.ray computes) equal Deduper's sequential ones."""

from __future__ import annotations

import random

import pytest

from jingwen.dedup.deduper import Deduper, Shingles, content_hash, signature
from jingwen.dedup.groups import Member, band_ranges, decide, group_keys, links

ALPHABET = "城市卫生工作环境整治居民健康建设管理服务"


def family_texts(rng: random.Random, n: int) -> list[str]:
    """Texts in families: a base, copies with 0–12 characters changed, exact copies and copies that
    differ only in whitespace (same content hash), shuffled so copies come before their base too."""
    texts: list[str] = []
    while len(texts) < n:
        base = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(30, 70)))
        texts.append(base)
        for _ in range(rng.randrange(5)):
            chars = list(base)
            for i in rng.sample(range(len(chars)), rng.randrange(13)):
                chars[i] = rng.choice(ALPHABET)
            kind = rng.random()
            if kind < 0.2:
                texts.append(base)
            elif kind < 0.4:
                texts.append("".join(c + (" " if rng.random() < 0.1 else "") for c in base))
            else:
                texts.append("".join(chars))
    rng.shuffle(texts)
    return texts[:n]


def grouped(texts: list[str], mode: str, threshold: float, shingles: Shingles, num_perm: int) -> dict:
    near = mode != "exact"
    ranges = band_ranges(threshold, num_perm) if near else ()
    groups: dict[bytes, list[Member]] = {}
    for k, t in enumerate(texts):
        h = content_hash(t)
        sig = signature(t, shingles, num_perm).tobytes() if near else None
        for g in group_keys(h, sig, ranges):
            groups.setdefault(g, []).append(Member(k, f"d{k}", h, sig))
    found = [ln for g, ms in groups.items() for ln in links(g, reversed(ms), threshold)]
    return decide(found, near)


def sequential(texts: list[str], mode: str, threshold: float, shingles: Shingles, num_perm: int) -> dict:
    d = Deduper(mode, threshold, shingles, num_perm)  # type: ignore[arg-type]
    out = {}
    for k, t in enumerate(texts):
        found = d.find(f"d{k}", content_hash(t), lambda t=t: signature(t, shingles, num_perm))
        if found is not None:
            out[k] = found
    return out


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(("mode", "threshold", "shingles", "num_perm"), [
    ("exact", 0.8, Shingles("char", 3), 128),
    ("near", 0.8, Shingles("char", 3), 128),
    ("near", 0.5, Shingles("char", 2), 16),   # few permutations: many candidates and ties
    ("near", 0.7, Shingles("token", 2), 32),  # whitespace can change tokens: same text, other signature
])
def test_grouped_decisions_equal_sequential(seed: int, mode: str, threshold: float, shingles: Shingles,
                                            num_perm: int) -> None:
    texts = family_texts(random.Random(seed), 150)
    want = sequential(texts, mode, threshold, shingles, num_perm)
    assert grouped(texts, mode, threshold, shingles, num_perm) == want
    assert len(want) > 10  # the families make duplicates of every kind to decide
    if mode == "near":
        assert any(s < 1.0 for _, s in want.values())


def test_group_of_one_links_nothing() -> None:
    sig = signature("城市卫生工作", num_perm=16).tobytes()
    keys = group_keys(content_hash("城市卫生工作"), sig, band_ranges(0.5, 16))
    assert len(keys) == 1 + len(band_ranges(0.5, 16))
    assert all(links(k, [Member(0, "a", "h", sig)], 0.5) == [] for k in keys)


def test_band_keys_need_a_signature() -> None:
    with pytest.raises(ValueError, match="signature"):
        group_keys("h", None, band_ranges(0.8, 128))
