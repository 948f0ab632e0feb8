"""Per-input failures: reported in the run's errors file, never allowed to stop a batch."""

from __future__ import annotations


class JingwenError(Exception):
    """Base class of the errors jingwen raises on purpose."""


class InputError(JingwenError):
    """One input cannot be processed. `stage` says where (read, decode, pdf, jsonl, ...), `kind` what
    went wrong in one word (binary, encrypted, scanned, empty, too_large, malformed, ...)."""

    def __init__(self, stage: str, kind: str, message: str) -> None:
        super().__init__(message)
        self.stage = stage
        self.kind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message


class RulesError(JingwenError):
    """A rules file is malformed: the message names the file, the rule and what is wrong."""
