"""Which input each worker process is on and since when, so that the parent can stop one that runs
past its wall-clock bound, whatever it is stuck in.

A worker bounds its own inputs first (read.deadline: a timer that interrupts Python code, per input
or JSON lines record); code that never returns to Python (a regular expression backtracking
without end, a C library) cannot be interrupted that way, so the parent watches: each worker has a
slot in shared memory holding (its pid, the number of the input it is on or -1, when that input or
its last record started), and the parent kills the worker of an input past its bound (the pool is
then replaced, and the input is reported as a `timeout`).
"""

from __future__ import annotations

import os
import time
from typing import Any

_slots: Any = None
_index = -1


def slots(ctx: Any, workers: int) -> tuple[Any, Any]:
    """Shared memory for a pool of `workers` processes, made in the parent: the slots and a counter
    each new worker takes its slot from."""
    arr = ctx.RawArray("d", [-1.0] * (3 * workers))
    return arr, ctx.Value("i", 0)


def attach(arr: Any, counter: Any) -> None:
    """In a new worker process: take the next free slot."""
    global _slots, _index
    with counter.get_lock():
        _index = counter.value
        counter.value += 1
    if _index * 3 + 2 < len(arr):
        _slots = arr
        arr[_index * 3] = float(os.getpid())


def begin(number: int) -> None:
    """This worker starts on input `number` (the parent's numbering)."""
    if _slots is not None:
        _slots[_index * 3 + 2] = time.monotonic()  # the time first: the parent reads the number first
        _slots[_index * 3 + 1] = float(number)


def beat() -> None:
    """A record of the input is starting: its bound starts again (records of one file are each bounded)."""
    if _slots is not None:
        _slots[_index * 3 + 2] = time.monotonic()


def idle() -> None:
    if _slots is not None:
        _slots[_index * 3 + 1] = -1.0


def overdue(arr: Any, limit: float) -> list[tuple[int, int]]:
    """In the parent: (input number, worker pid) of each input running for longer than `limit` s."""
    now = time.monotonic()
    out = []
    for k in range(len(arr) // 3):
        number = arr[k * 3 + 1]
        if number >= 0 and now - arr[k * 3 + 2] > limit:
            out.append((int(number), int(arr[k * 3])))
    return out
