"""Building many small objects at once (the items of a list call) without the cyclic GC re-walking them."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from cognite.client._http import json_codec

S = TypeVar("S")
T = TypeVar("T")

#: Batches smaller than this are built as they are (the collector costs them nothing noticeable).
BULK_MIN = 1000
#: JSON bodies from this size on are parsed with the collector paused (a list page of 1000 items is ~300 kB).
BULK_JSON_BYTES = 64 * 1024


def load_all(load: Callable[[S], T], items: Iterable[S]) -> list[T]:
    """``[load(i) for i in items]``, with the cyclic garbage collector paused while a large batch is built.

    Each loaded object is a few fresh containers, so building 100k of them triggers hundreds of young-generation
    collections that walk the survivors again and again: about half the time of loading 100k assets. Nothing is
    lost by the pause (cycles made meanwhile are found by the next collection); the collector is resumed at the
    end only if it was running, so a caller that disabled it keeps it disabled.

    Example:
        >>> from cognite.client._mechanisms.bulk import load_all
        >>> load_all(str, range(3))
        ['0', '1', '2']
    """
    if not isinstance(items, list) or len(items) < BULK_MIN or not gc.isenabled():
        return [load(i) for i in items]
    gc.disable()
    try:
        return [load(i) for i in items]
    finally:
        gc.enable()


def parse_json(content: bytes) -> Any:
    """``json.loads(content)`` (via :mod:`~cognite.client._http.json_codec`); a large body (a list page) is parsed with the cyclic collector paused, as in
    :func:`load_all` (a page of 1000 items is thousands of fresh dicts and lists).

    Example:
        >>> from cognite.client._mechanisms.bulk import parse_json
        >>> parse_json(b'{"items": []}')
        {'items': []}
    """
    if len(content) < BULK_JSON_BYTES or not gc.isenabled():
        return json_codec.loads(content)
    gc.disable()
    try:
        return json_codec.loads(content)
    finally:
        gc.enable()
