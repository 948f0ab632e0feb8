"""Rule packs: boilerplate rules as data (one TOML file per site, plus generic and spam packs).

A malformed file is refused with a RulesError naming the file, the rule and what is wrong, so that
a user's own rules file never fails silently or half-loads.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import RulesError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

KINDS = ("line", "trailer", "tail", "fragment", "phrase")
WHERE = ("any", "head", "tail")
_RULE_KEYS = {
    "id", "kind", "pattern", "reason", "where", "window", "max_len", "max_lines",
    "page_break", "truncates", "item", "replace", "own_if_text",
}
_PACK_KEYS = {"id", "name", "hosts", "detect", "site", "description"}
# Packs that always run; every other pack is a site's and runs where its site is detected.
ALWAYS = ("generic", "spam")


LINE_MAX_LEN = 300
"""The default `max_len` of a `line` rule (the longest line a pack's line rule removes in the dev,
structure and tuning sets and site fixtures is 177 characters)."""


@dataclass(frozen=True)
class Rule:
    id: str
    pack: str
    kind: str
    pattern: re.Pattern[str]
    reason: str
    where: str = "any"
    window: int = 30
    max_len: int | None = None
    max_lines: int = 120
    page_break: bool = False
    truncates: bool = False
    item: re.Pattern[str] | None = None
    replace: str | None = None
    own_if_text: bool = False
    """A trailer that is a header (相关推荐, 评论): where running text follows it, it is the
    document's own heading (相关要求) and stays, rather than going alone as a preview break does.
    So for a line rule: where running text follows the line, the line is the document's."""


@dataclass(frozen=True)
class Pack:
    id: str
    name: str
    path: str
    rules: tuple[Rule, ...]
    detect: tuple[re.Pattern[str], ...] = ()
    hosts: tuple[str, ...] = ()
    site: bool = True
    """A site pack (runs where its site is detected) rather than an always-on pack."""


def _compile(pattern: Any, where: str) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise RulesError(f"{where}: pattern must be a non-empty string")
    try:
        return re.compile(pattern)
    except re.error as e:
        raise RulesError(f"{where}: invalid regular expression {pattern!r}: {e}") from None


def _typed(value: Any, typ: type | tuple[type, ...], where: str, key: str) -> Any:
    if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
        name = typ.__name__ if isinstance(typ, type) else " or ".join(t.__name__ for t in typ)
        raise RulesError(f"{where}: '{key}' must be {name}, got {value!r}")
    return value


def _rule(raw: Any, pack_id: str, index: int, origin: str) -> Rule:
    where = f"{origin}: rule #{index}"
    if not isinstance(raw, dict):
        raise RulesError(f"{where}: a rule must be a table ([[rule]])")
    rid = raw.get("id")
    if not isinstance(rid, str) or not re.fullmatch(r"[A-Za-z0-9_.-]+", rid):
        raise RulesError(f"{where}: 'id' must be a name of letters, digits, '_', '-' or '.', got {rid!r}")
    where = f"{origin}: rule '{rid}'"
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise RulesError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise RulesError(f"{where}: 'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
    loc = raw.get("where", "any")
    if loc not in WHERE:
        raise RulesError(f"{where}: 'where' must be one of {', '.join(WHERE)}, got {loc!r}")
    reason = _typed(raw.get("reason", ""), str, where, "reason")
    if not reason:
        raise RulesError(f"{where}: 'reason' is required (say briefly why this is boilerplate)")
    item = raw.get("item")
    replace = raw.get("replace")
    if replace is not None:
        _typed(replace, str, where, "replace")
        if kind != "phrase":
            raise RulesError(f"{where}: 'replace' only applies to kind 'phrase'")
    if item is not None and kind not in ("trailer", "tail"):
        raise RulesError(f"{where}: 'item' only applies to kinds 'trailer' and 'tail'")
    # A line rule matches lines up to LINE_MAX_LEN unless it says otherwise: a notice's pattern must
    # never take a long line of content (or a whole document that came as one line) with it.
    max_len = raw.get("max_len", LINE_MAX_LEN if kind == "line" else None)
    return Rule(
        id=f"{pack_id}.{rid}",
        pack=pack_id,
        kind=kind,
        pattern=_compile(raw.get("pattern"), where),
        reason=reason,
        where=loc,
        window=_typed(raw.get("window", 30), int, where, "window"),
        max_len=None if max_len is None else _typed(max_len, int, where, "max_len"),
        max_lines=_typed(raw.get("max_lines", 120), int, where, "max_lines"),
        page_break=_typed(raw.get("page_break", False), bool, where, "page_break"),
        truncates=_typed(raw.get("truncates", False), bool, where, "truncates"),
        own_if_text=_typed(raw.get("own_if_text", False), bool, where, "own_if_text"),
        item=None if item is None else _compile(item, where + " (item)"),
        replace=replace,
    )


def parse_pack(text: str, origin: str) -> Pack:
    """Parse one pack from TOML text; `origin` names it in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise RulesError(f"{origin}: not valid TOML: {e}") from None
    head = data.get("pack")
    if not isinstance(head, dict):
        raise RulesError(f"{origin}: missing [pack] table with at least an id")
    unknown = set(head) - _PACK_KEYS
    if unknown:
        raise RulesError(f"{origin}: [pack]: unknown key(s) {', '.join(sorted(unknown))}")
    pid = head.get("id")
    if not isinstance(pid, str) or not re.fullmatch(r"[A-Za-z0-9_-]+", pid):
        raise RulesError(f"{origin}: [pack]: 'id' must be a name of letters, digits, '_' or '-', got {pid!r}")
    unknown_top = set(data) - {"pack", "rule"}
    if unknown_top:
        raise RulesError(f"{origin}: unknown table(s) {', '.join(sorted(unknown_top))} (rules go in [[rule]])")
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        raise RulesError(f"{origin}: 'rule' must be an array of tables ([[rule]])")
    rules = [_rule(r, pid, i, origin) for i, r in enumerate(raw_rules, 1)]
    seen: set[str] = set()
    for r in rules:
        if r.id in seen:
            raise RulesError(f"{origin}: rule '{r.id}' is defined twice")
        seen.add(r.id)
    detect = head.get("detect", [])
    hosts = head.get("hosts", [])
    for key, val in (("detect", detect), ("hosts", hosts)):
        if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
            raise RulesError(f"{origin}: [pack]: '{key}' must be a list of strings")
    return Pack(
        id=pid,
        name=_typed(head.get("name", pid), str, f"{origin}: [pack]", "name"),
        path=origin,
        rules=tuple(rules),
        detect=tuple(_compile("(?m)" + d, f"{origin}: [pack] detect") for d in detect),
        hosts=tuple(h.lower() for h in hosts),
        # A pack that names no way to detect its site applies to every document.
        site=_typed(head.get("site", bool(detect or hosts)), bool, f"{origin}: [pack]", "site"),
    )


def load_pack_file(path: str | Path) -> Pack:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RulesError(f"{p}: cannot read rules file: {e}") from None
    return parse_pack(text, str(p))


@lru_cache(maxsize=1)
def builtin_packs() -> tuple[Pack, ...]:
    """The packs shipped in jingwen/rules/packs, generic and spam first, then sites by id."""
    folder = resources.files("jingwen.rules") / "packs"
    packs = [
        parse_pack(f.read_text(encoding="utf-8"), f"packs/{f.name}")
        for f in sorted(folder.iterdir(), key=lambda f: f.name)
        if f.name.endswith(".toml")
    ]
    packs.sort(key=lambda p: (p.id not in ALWAYS, ALWAYS.index(p.id) if p.id in ALWAYS else 0, p.id))
    return tuple(packs)


def all_packs(extra: tuple[str, ...] = ()) -> tuple[Pack, ...]:
    """Built-in packs plus the user's own files (which may not reuse a built-in pack id)."""
    packs = list(builtin_packs())
    ids = {p.id for p in packs}
    for path in extra:
        pack = load_pack_file(path)
        if pack.id in ids:
            raise RulesError(f"{path}: [pack] id '{pack.id}' is already used by another pack")
        ids.add(pack.id)
        packs.append(pack)
    return tuple(packs)
