"""What a user can change about one document's processing, rule packs already loaded: an Options
value is picklable and carries everything a worker needs (no paths to re-read on a worker or a
Ray node)."""

from __future__ import annotations

from dataclasses import InitVar, dataclass

from .read.ocr import Mode
from .rules.packs import Pack, all_packs


@dataclass(frozen=True)
class Options:
    """What a user can change about one document's processing."""

    rules: InitVar[tuple[str, ...]] = ()
    """Extra rule-pack files (TOML), applied like the built-in packs: read and parsed here, once
    (a RulesError for a malformed one); only the parsed packs are kept."""
    sites: tuple[str, ...] | None = None
    """Force these site packs ("all" for every one) instead of detecting the site."""
    keywords: int = 10
    """Keywords per document (0: no enrichment at all)."""
    user_dict: str | None = None
    """A jieba user dictionary (`word [freq] [tag]` a line) for the enrichment's tokenizer."""
    text_field: str = "text"
    """JSON lines input: the field holding a record's text."""
    id_field: str | None = None
    """JSON lines input: the field holding a record's own id (used, made file-name safe, as the document id)."""
    timeout: float | None = 600.0
    """Wall-clock seconds one input (one record of a JSON lines file) may take in a worker; past it
    the input is an error of kind `timeout` (None: no bound)."""
    ocr: Mode = "auto"
    """Which pages OCR reads (the [ocr] extra): auto, those of a PDF without usable text and every page
    image; off, none (a scanned PDF is an error); force, every page of a PDF too."""
    packs: tuple[Pack, ...] = ()
    """The rule packs, parsed: the built-in ones, then the user's (`rules`)."""

    def __post_init__(self, rules: tuple[str, ...]) -> None:
        if not self.packs:
            object.__setattr__(self, "packs", all_packs(tuple(rules)))
        elif rules:
            raise ValueError("Options: give rule files (rules) or parsed packs (packs), not both")


DEFAULT = Options()
