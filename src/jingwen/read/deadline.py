"""A wall-clock bound on reading one input, so that one pathological file cannot stall a batch."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType


class Expired(Exception):
    """The time allowed for one input ran out."""


@contextmanager
def deadline(seconds: float) -> Iterator[Callable[[], None]]:
    """Yields `check()`, which raises Expired once `seconds` have passed; call it between units of
    work (pages). In the main thread on POSIX an interval timer also raises Expired inside a single
    long call made of Python code (pdfminer on a hostile page); C code (PDFium) is let finish first.
    Elsewhere (worker threads, Windows) only check() bounds the time. An infinite `seconds` sets no
    timer: check() never raises."""
    if seconds == float("inf"):
        yield lambda: None
        return
    end = time.monotonic() + seconds

    def check() -> None:
        if time.monotonic() > end:
            raise Expired

    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield check
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise Expired

    # Nested deadlines (a PDF's inside its input's): the inner one ends no later than the outer, and
    # on leaving it the outer one's timer runs on with the time it had left.
    start = time.monotonic()
    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer = signal.getitimer(signal.ITIMER_REAL)[0]
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer) if outer > 0 else seconds)
    try:
        yield check
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)
            if outer > 0:
                signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - start), 1e-3))
