"""Markup an HTML-to-markdown scrape leaves in the text: links and images. What a line says to its
reader is its visible text — a menu of links reads `首页 | 登录`, not a row of addresses — and the
chrome layer judges it by that."""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)")
_LINK = re.compile(r"\[([^\]\n]{0,200})\]\([^)\s]{0,500}\)")


def visible(text: str) -> str:
    """`text` as a browser shows it: images gone, links their texts."""
    if "](" not in text:
        return text
    return _LINK.sub(r"\1", _IMAGE.sub("", text)).strip()
