"""Many documents: inputs → a pool of worker processes → (post-processing) → a sink, with errors,
progress, resume and a report. Knows nothing about Chinese text: what a worker does with one input is
the Job's business (worker.py binds jingwen's pipeline).

Memory stays flat however large the corpus: inputs are listed lazily, at most `window` inputs are in
flight (sent to workers in small batches) or waiting to be written, and documents travel from the
workers as JSON lines, written as they come. In ordered mode (the default) output follows input
order, through a reorder buffer of at most `window` results; --unordered writes each result as soon
as it arrives.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from . import watch
from .records import Failure, FailureSink, Job, Outcome, Post, RunError, Sink, reporter
from .report import Report
from .resume import DoneSet

if TYPE_CHECKING:
    from .progress import Progress


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _peak_rss() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024  # Linux reports KiB


class Stop:
    """Ctrl-C / SIGTERM: the first asks the run to finish the inputs in flight, write them and stop;
    the second drops what is in flight; a third acts as if jingwen had no handler."""

    def __init__(self) -> None:
        self.signal: int | None = None
        self.hard = False
        self._previous: dict[int, Any] = {}

    @property
    def requested(self) -> bool:
        return self.signal is not None

    def request(self, signum: int = signal.SIGINT) -> None:
        if self.signal is None:
            self.signal = signum
        else:
            self.hard = True

    def _handle(self, signum: int, frame: object) -> None:
        self.request(signum)
        if self.hard:
            self._restore()

    def _restore(self) -> None:
        for s, h in self._previous.items():
            signal.signal(s, h)
        self._previous.clear()

    @contextlib.contextmanager
    def handling_signals(self) -> Iterator[Stop]:
        if threading.current_thread() is threading.main_thread():
            for s in (signal.SIGINT, signal.SIGTERM):
                self._previous[s] = signal.signal(s, self._handle)
        try:
            yield self
        finally:
            self._restore()


# ── the worker side ──────────────────────────────────────────────────────────────────────────────

_work: Callable[[str], Outcome] | None = None
_init_error: str | None = None


def _watch_parent(parent: int) -> None:
    """A worker whose parent was killed (SIGKILL gives it no chance to stop the pool) exits by itself."""
    ppid = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass
            if os.getppid() != ppid:
                os._exit(1)

    threading.Thread(target=watch, name="jingwen-watch-parent", daemon=True).start()


def _worker_init(job: Job, parent: int, slots: Any = None, counter: Any = None) -> None:
    global _work, _init_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent decides
    _watch_parent(parent)
    if slots is not None:
        watch.attach(slots, counter)
    try:
        if job.init:
            job.init(*job.init_args)
        _work = job.work
    except Exception as e:  # reported by the first task, so the parent can stop the run with the reason
        _init_error = f"{type(e).__name__}: {e}"


def _work_all(work: Callable[[str], Outcome], items: list[tuple[int, str]]) -> list[Outcome]:
    outs = []
    for number, path in items:
        watch.begin(number)
        try:
            out = work(path)
        except Exception as e:  # a bug in the job: this input fails, the rest of the batch goes on
            out = Outcome(path, failures=[Failure(path, "worker", type(e).__name__, f"{path}: {e}")])
        outs.append(out)
    watch.idle()
    rss = _peak_rss()
    for out in outs:
        out.rss = rss
    return outs


def _worker_call(items: list[tuple[int, str]]) -> list[Outcome]:
    if _work is None:
        raise RunError(f"worker set-up failed: {_init_error}")
    return _work_all(_work, items)


class _Pool:
    """A process pool that can be replaced when a worker dies (BrokenProcessPool)."""

    def __init__(self, workers: int, job: Job) -> None:
        self.workers = workers
        self.job = job
        # forkserver: workers start from a clean single-threaded process (the parent has threads), and
        # the job's module is imported once there instead of in every worker.
        methods = mp.get_all_start_methods()
        self.ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:
            self.ctx.set_forkserver_preload([job.work.__module__])
        self.ex = self._new()

    def _new(self) -> ProcessPoolExecutor:
        # Each pool its own slots: a replaced pool's workers start counting from the first again.
        self.slots, counter = watch.slots(self.ctx, self.workers)
        return ProcessPoolExecutor(self.workers, mp_context=self.ctx, initializer=_worker_init,
                                   initargs=(self.job, os.getpid(), self.slots, counter))

    def overdue(self, limit: float) -> list[tuple[int, int]]:
        return watch.overdue(self.slots, limit)

    def submit(self, items: list[tuple[int, str]]) -> Future[list[Outcome]]:
        try:
            return self.ex.submit(_worker_call, items)
        except BrokenProcessPool as e:  # a worker died since the last wait: handled like a running task
            f: Future[list[Outcome]] = Future()
            f.set_exception(e)
            return f

    def restart(self) -> None:
        self.ex.shutdown(wait=True, cancel_futures=True)
        self.ex = self._new()

    def kill(self) -> None:
        # The executor has no public way to abandon running tasks; terminating its processes is it.
        for p in list(getattr(self.ex, "_processes", {}).values()):
            with contextlib.suppress(Exception):
                p.terminate()
        self.ex.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        self.ex.shutdown(wait=True, cancel_futures=True)


class _Inline:
    """workers=0: everything in this process, one input at a time (debugging, tiny runs)."""

    workers = 1

    def __init__(self, job: Job) -> None:
        if job.init:
            job.init(*job.init_args)
        self.work = job.work

    def submit(self, items: list[tuple[int, str]]) -> Future[list[Outcome]]:
        f: Future[list[Outcome]] = Future()
        f.set_result(_work_all(self.work, items))
        return f

    def overdue(self, limit: float) -> list[tuple[int, int]]:
        return []  # in this process: only the job's own bound (read.deadline) applies

    def restart(self) -> None:
        pass

    kill = close = restart


# ── the parent side ──────────────────────────────────────────────────────────────────────────────

MAX_CRASH_STREAK = 20
"""Inputs in a row that each killed a worker on their own: past this the run stops (exit 2)."""
GRACE = 5.0
"""Seconds past an input's bound (Job.timeout) that its worker has to end it by itself (read.deadline
interrupts Python code) before the parent kills the worker (code stuck outside Python)."""


class _Run:
    def __init__(self, sink: Sink, job: Job, report: Report, done: DoneSet, *, ordered: bool, post: Post | None,
                 errors: FailureSink | None, on_failure: Callable[[Failure], None] | None,
                 progress: Progress | None, stop: Stop, window: int) -> None:
        self.sink, self.job, self.report, self.done = sink, job, report, done
        self.ordered, self.post = ordered, post
        self.fail = reporter(report, errors, on_failure)
        self.progress, self.stop, self.window = progress, stop, window
        self.ready: dict[int, Outcome | None] = {}
        self.timed_out: set[int] = set()
        self.next = 0
        self.in_flight = 0
        self.crash_streak = 0
        # Inputs go to workers in small batches: one task per input costs the parent ~0.3 ms of
        # pickling and thread hand-offs, a fifth of a document's processing time.
        self.batch_inputs = 16
        self.batch_bytes = 256 * 1024

    def loop(self, paths: Iterable[Path | str], pool: _Pool | _Inline) -> None:
        tasks = enumerate(paths)
        pending: dict[Future[list[Outcome]], tuple[list[tuple[int, str]], int]] = {}
        # After a worker dies, the inputs it may have been working on are retried: first one input a
        # task (several at once), then those in flight at a second death one at a time; an input that
        # kills a worker when it runs alone is the culprit. Nothing new is started meanwhile.
        retry: list[deque[tuple[int, str]]] = [deque(), deque(), deque()]
        exhausted = False
        while True:
            if self.stop.hard:
                pool.kill()
                return
            if not self.stop.requested:
                exhausted = self._submit(tasks, pool, pending, retry, exhausted)
            if not pending:
                if self.stop.requested or (exhausted and not any(retry)):
                    return
                continue
            finished, _ = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
            self.tick()
            if self.job.timeout:
                self._stop_overdue(pool, self.job.timeout + GRACE)
            broken = False
            for f in finished:
                batch, level = pending.pop(f)
                self.in_flight -= len(batch)
                try:
                    outs = f.result()
                except BrokenProcessPool:
                    broken = True
                    self._crashed(batch, level, retry)
                    continue
                except RunError:
                    raise
                except Exception as e:  # the results could not come back (unpicklable, out of memory, ...)
                    outs = [Outcome(p, failures=[Failure(p, "worker", type(e).__name__, f"{p}: {e}")])
                            for _, p in batch]
                self.crash_streak = 0
                for (i, _), out in zip(batch, outs, strict=True):
                    self.deliver(i, out)
            if broken:
                pool.restart()  # every task still pending has now failed or finished
                for f, (batch, level) in pending.items():
                    self.in_flight -= len(batch)
                    if f.done() and not f.cancelled() and f.exception() is None:
                        for (i, _), out in zip(batch, f.result(), strict=True):
                            self.deliver(i, out)
                    else:
                        self._crashed(batch, level, retry)
                pending.clear()

    def _submit(self, tasks: Iterator[tuple[int, Path | str]], pool: _Pool | _Inline,
                pending: dict[Future[list[Outcome]], tuple[list[tuple[int, str]], int]],
                retry: list[deque[tuple[int, str]]], exhausted: bool) -> bool:
        if retry[2] or retry[1]:
            level = 2 if retry[2] else 1
            limit = 1 if level == 2 else pool.workers
            while retry[level] and len(pending) < limit:
                i, path = retry[level].popleft()
                pending[pool.submit([(i, path)])] = ([(i, path)], level)
                self.in_flight += 1
            return exhausted
        while not exhausted and self.in_flight + len(self.ready) < self.window:
            batch: list[tuple[int, str]] = []
            size = 0
            while len(batch) < min(self.batch_inputs, self.window - self.in_flight - len(self.ready)) \
                    and size < self.batch_bytes:
                nxt = next(tasks, None)
                if nxt is None:
                    exhausted = True
                    break
                i, path = nxt[0], str(nxt[1])
                if len(self.done) and self.job.keys:
                    ks = self.job.keys(path)
                    if ks and all(k in self.done for k in ks):
                        self.deliver(i, None)  # finished by the interrupted run
                        continue
                batch.append((i, path))
                with contextlib.suppress(OSError):
                    size += os.stat(path).st_size
            if batch:
                pending[pool.submit(batch)] = (batch, 0)
                self.in_flight += len(batch)
        return exhausted

    def _stop_overdue(self, pool: _Pool | _Inline, limit: float) -> None:
        """Kill the worker of each input past its bound: the pool breaks, the input is a timeout,
        the others in flight are retried (as after a crash) in the pool that replaces it."""
        for number, pid in pool.overdue(limit):
            if number not in self.timed_out:
                self.timed_out.add(number)
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)

    def _crashed(self, batch: list[tuple[int, str]], level: int, retry: list[deque[tuple[int, str]]]) -> None:
        late = [(i, p) for i, p in batch if i in self.timed_out]
        for i, path in late:
            self.timed_out.discard(i)
            self.deliver(i, Outcome(path, failures=[Failure(
                path, "worker", "timeout", f"{path}: no result after {self.job.timeout:g} s (the bound on one "
                "input, --timeout); its worker was stopped and replaced")]))
        batch = [(i, p) for i, p in batch if (i, p) not in late]
        if not batch:
            return
        if self.stop.requested:
            return  # stopping: an unfinished input is simply redone by --resume
        if level < 2:
            retry[level + 1].extend(batch)
            return
        i, path = batch[0]
        self.crash_streak += 1
        if self.crash_streak > MAX_CRASH_STREAK:
            raise RunError(f"worker processes keep dying ({self.crash_streak} inputs in a row); last: {path}")
        self.deliver(i, Outcome(path, failures=[Failure(
            path, "worker", "crashed",
            f"{path}: the worker process died while processing it (killed, out of memory, or a crash)")]))

    def deliver(self, i: int, out: Outcome | None) -> None:
        if not self.ordered:
            self._emit(out)
            return
        self.ready[i] = out
        while self.next in self.ready:
            self._emit(self.ready.pop(self.next))
            self.next += 1

    def _emit(self, out: Outcome | None) -> None:
        if out is None:
            if self.progress:
                self.progress.update(inputs=1)
            return
        self.report.peak_rss_worker = max(self.report.peak_rss_worker, out.rss)
        for f in out.failures:
            self.fail(f)
        docs = nbytes = 0
        for rec in out.records:
            if (rec.id, rec.source) in self.done:
                continue  # written by the interrupted run (a multi-document input)
            nbytes += rec.stats.input_bytes
            if self.post is not None:
                kept = self.post(rec)
                if kept is None:  # the run-wide step left it out (a duplicate under --dedup drop)
                    self.report.add(rec.stats, 0, dropped=True)
                    continue
                rec = kept
            try:
                n = self.sink.write(rec)
            except InputError as e:  # this document cannot be written (per-file output: its name)
                self.fail(Failure(rec.input, e.stage, e.kind, e.message))
                continue
            self.report.add(rec.stats, n)
            docs += 1
        if self.progress:
            self.progress.update(inputs=1, docs=docs, errors=len(out.failures), nbytes=nbytes)

    def tick(self) -> None:
        self.sink.tick()
        if self.progress:
            self.progress.show()


def _one_batch(paths: Iterable[Path | str], job: Job, most: int, most_bytes: int,
               ) -> tuple[Iterable[Path | str], bool]:
    """Whether the whole run is one batch of inputs safe to process inline (what one worker would
    get anyway), looking at no more than the first `most` + 1 inputs; the inputs, unconsumed."""
    it = iter(paths)
    head = list(itertools.islice(it, most + 1))
    rest = itertools.chain(head, it)
    if job.inline_ok is None or len(head) > most:
        return rest, False
    size = 0
    for p in head:
        with contextlib.suppress(OSError):  # (a vanished input: the job reports it)
            size += os.stat(p).st_size
        if size > most_bytes or not job.inline_ok(str(p)):
            return rest, False
    return rest, True


def run(paths: Iterable[Path | str], sink: Sink, job: Job, *, workers: int | None = None, ordered: bool = True,
        resume: bool = False, post: Post | None = None, errors: FailureSink | None = None,
        on_failure: Callable[[Failure], None] | None = None, progress: Progress | None = None,
        stop: Stop | None = None, window: int | None = None,
        replay: Callable[[bytes], None] | None = None) -> Report:
    """Run `job` over every input and write the documents to `sink` (committed only if the run finishes).

    workers: processes in the pool (default: this machine's cores; 0 = in this process).
    resume: keep what the sink already holds and skip the documents in it, by (id, source path).
    stop: set by signals (see Stop.handling_signals): the run ends early, keeping the sink's part file.
    replay: with resume, sees each document the interrupted run wrote, in order, before the run goes
    on, so that a run-wide `post` step (duplicate detection) ends as it would have without the break.
    Raises RunError (and OutputError from the sink) when the run itself cannot go on."""
    workers = default_workers() if workers is None else workers
    stop = stop or Stop()
    report = Report(workers=workers)
    done = DoneSet()

    def seen(doc_id: str, path: str, line: bytes) -> None:
        done.add(doc_id, path)
        report.resumed += 1
        if replay is not None:
            replay(line)

    sink.open(resume, seen)
    r = _Run(sink, job, report, done, ordered=ordered, post=post, errors=errors, on_failure=on_failure,
             progress=progress, stop=stop, window=window or max(32, 64 * workers))
    start = time.perf_counter()
    committed = False
    if workers > 0:
        paths, few = _one_batch(paths, job, r.batch_inputs, r.batch_bytes)
        if few:  # starting workers (each loading the pipeline) would cost more than the work
            workers = report.workers = 0
    try:
        pool = _Pool(workers, job) if workers > 0 else _Inline(job)
        try:
            r.loop(paths, pool)
        finally:
            pool.close()
        if stop.requested:
            report.interrupted = signal.Signals(stop.signal).name if stop.signal else "stop"
        else:
            report.output_bytes = sink.commit()
            committed = True
    finally:
        if not committed:
            sink.close()
        report.seconds = time.perf_counter() - start
        report.peak_rss_parent = _peak_rss()
        if progress:
            progress.finish()
    return report
