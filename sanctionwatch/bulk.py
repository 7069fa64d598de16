"""Bulk work helpers: pausing Python's cyclic garbage collector while many records are built.

Reading a 15-year border-statistics history builds a few hundred thousand small, acyclic
records (observations, resolved values). The cyclic collector then runs over and over,
traversing every live record each time, and takes a third of the time while freeing nothing;
reference counting still frees everything as usual while it is paused.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic collector for the block (nested uses are fine); restore it after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def record_maker(cls: type[T]) -> Callable[..., T]:
    """A constructor for a frozen, slotted dataclass that takes every field positionally.

    For bulk reads only (a store of 150,000 figures builds that many records): a frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``, twice as slow as
    the slots' own setters used here. It runs no ``__post_init__`` and applies no defaults,
    so callers pass finished values for every field, in declaration order.
    """
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    env: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    env.update({f"_set_{n}": getattr(cls, n).__set__ for n in names})
    # Generated like dataclasses' own __init__: one straight-line function, no loop per field
    # (a loop over setters is slower than the __init__ it replaces). The names are the
    # class's field identifiers, nothing from data.
    body = "".join(f"    _set_{n}(obj, {n})\n" for n in names)
    exec(f"def make({', '.join(names)}):\n    obj = _new(_cls)\n{body}    return obj\n", env)
    make: Callable[..., T] = env["make"]
    return make
