"""Progress on stderr: a one-line bar redrawn in place on a terminal, a plain line every so often when
stderr is a file or a pipe (logs of an overnight run), nothing with --quiet."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from typing import IO


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


class Progress:
    def __init__(self, stream: IO[str] | None = None, *, tty: bool | None = None, every: float | None = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.every = every if every is not None else (0.2 if self.tty else 10.0)
        self.total: int | None = None
        """Inputs in the run, once a background count has finished (None until then)."""
        self.inputs = self.docs = self.errors = self.bytes = 0
        self._start = time.monotonic()
        self._shown = self._start  # the first line after `every`, so a short run shows only the last
        self._drawn = False

    def count_in_background(self, listing: Callable[[], Iterable[object]]) -> None:
        """Count the inputs in a thread while the run goes on; the bar shows a total once it is known."""

        def count() -> None:
            n = 0
            for _ in listing():
                n += 1
            self.total = n

        threading.Thread(target=count, name="jingwen-count", daemon=True).start()

    def update(self, *, inputs: int = 0, docs: int = 0, errors: int = 0, nbytes: int = 0) -> None:
        self.inputs += inputs
        self.docs += docs
        self.errors += errors
        self.bytes += nbytes
        self.show()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self._start, 1e-9)
        rate = self.inputs / elapsed
        parts = []
        if self.total:
            share = min(self.inputs / self.total, 1.0)
            bar = "#" * int(share * 20)
            parts.append(f"[{bar:<20}] {self.inputs}/{self.total} inputs")
        else:
            parts.append(f"{self.inputs} inputs")
        parts += [f"{self.docs} docs", f"{self.docs / elapsed:.1f} docs/s", f"{self.bytes / 1e6 / elapsed:.2f} MB/s",
                  f"{self.errors} errors"]
        if self.total and rate > 0:
            parts.append(f"ETA {_clock(max(self.total - self.inputs, 0) / rate)}")
        else:
            parts.append(f"elapsed {_clock(elapsed)}")
        return "  ".join(parts)

    def show(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._shown < self.every:
            return
        self._shown = now
        if self.tty:
            self.stream.write("\r\x1b[K" + self.line())
            self._drawn = True
        else:
            self.stream.write("progress: " + self.line() + "\n")
        self.stream.flush()

    def message(self, text: str) -> None:
        """Print a line (an error) without garbling the bar."""
        self.clear()
        self.stream.write(text + "\n")
        self.stream.flush()

    def finish(self) -> None:
        """The run is over: the bar goes (the report follows); a log gets a last line."""
        if self.tty:
            self.clear()
        else:
            self.show(force=True)

    def clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self._drawn = False
