"""Progress on stderr: a rich progress bar on a terminal (inputs done of the total once counted, rate,
a live errors count, ETA), a plain line every so often when stderr is a file or a pipe (logs of an
overnight run), nothing with --quiet.

On a terminal the bar appears only once a run has lasted `delay` seconds: a run of a few files is
over before a bar could say anything, and rich (~40 ms to import) is then not loaded at all.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from typing import IO, Any


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


class Progress:
    def __init__(self, stream: IO[str] | None = None, *, tty: bool | None = None, every: float | None = None,
                 delay: float = 1.0) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.every = every if every is not None else (0.1 if self.tty else 10.0)
        self.delay = delay if self.tty else 0.0
        self.total: int | None = None
        """Inputs in the run, once a background count has finished (None until then)."""
        self.inputs = self.docs = self.errors = self.bytes = 0
        self._start = time.monotonic()
        self._shown = self._start  # the first line after `every`, so a short run shows only the last
        self._bar: Any = None  # rich.progress.Progress, made when the bar first shows
        self._task: Any = None

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

    def _rates(self) -> tuple[float, float, float]:
        elapsed = max(time.monotonic() - self._start, 1e-9)
        return elapsed, self.docs / elapsed, self.bytes / 1e6 / elapsed

    def line(self) -> str:
        """The plain progress line (logs)."""
        elapsed, docs_s, mb_s = self._rates()
        rate = self.inputs / elapsed
        parts = []
        if self.total:
            share = min(self.inputs / self.total, 1.0)
            bar = "#" * int(share * 20)
            parts.append(f"[{bar:<20}] {self.inputs}/{self.total} inputs")
        else:
            parts.append(f"{self.inputs} inputs")
        parts += [f"{self.docs} docs", f"{docs_s:.1f} docs/s", f"{mb_s:.2f} MB/s", f"{self.errors} errors"]
        if self.total and rate > 0:
            parts.append(f"ETA {_clock(max(self.total - self.inputs, 0) / rate)}")
        else:
            parts.append(f"elapsed {_clock(elapsed)}")
        return "  ".join(parts)

    def show(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and (now - self._shown < self.every or now - self._start < self.delay):
            return
        self._shown = now
        if self.tty:
            self._draw()
        else:
            self.stream.write("progress: " + self.line() + "\n")
            self.stream.flush()

    def _draw(self) -> None:
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as Bar

            console = Console(file=self.stream, force_terminal=True)
            self._bar = Bar(BarColumn(), MofNCompleteColumn(), TextColumn("inputs"),
                            TextColumn("{task.fields[docs]} docs  {task.fields[rate]}"),
                            TextColumn("{task.fields[errors]}"), TextColumn("ETA"), TimeRemainingColumn(),
                            console=console, transient=True, auto_refresh=False)
            self._bar.start()
            self._task = self._bar.add_task("clean", total=self.total, docs=0, rate="", errors="")
        _, docs_s, mb_s = self._rates()
        errors = f"[red]{self.errors} errors[/]" if self.errors else "0 errors"
        self._bar.update(self._task, completed=self.inputs, total=self.total, docs=self.docs,
                         rate=f"{docs_s:.1f} docs/s  {mb_s:.2f} MB/s", errors=errors)
        self._bar.refresh()

    def message(self, text: str) -> None:
        """Print a line (an error) without garbling the bar."""
        if self._bar is not None:
            self._bar.console.print(text, markup=False, highlight=False)
        else:
            self.stream.write(text + "\n")
            self.stream.flush()

    def finish(self) -> None:
        """The run is over: the bar goes (the report follows); a log gets a last line."""
        if self.tty:
            self.clear()
        else:
            self.show(force=True)

    def clear(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
