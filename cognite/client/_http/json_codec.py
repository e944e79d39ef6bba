"""JSON bodies: encoded and decoded with orjson when it is installed (about 10x faster to encode and 2x faster to
decode than the standard library), with exactly the standard library's results.

Where the two would differ, the standard library decides:
- encoding: orjson writes NaN and Infinity as ``null``, so an encoding that contains ``null`` anywhere (rare in
  request bodies) is redone by ``json``, which rejects them; a type orjson does not serialise itself (numpy
  values, SDK objects, non-str keys, ints beyond 64 bits) goes through the same ``default`` hook or to ``json``;
- decoding: orjson reads integers beyond 64 bits as floats, so a body with a run of 20 digits is read by ``json``
  (which keeps them exact), as is anything orjson refuses (NaN / Infinity tokens, UTF-16, lone surrogates).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - the standard library does it all, slower
    _orjson = None  # type: ignore[assignment]

_ORJSON_OPTIONS = 0 if _orjson is None else _orjson.OPT_PASSTHROUGH_DATETIME | _orjson.OPT_PASSTHROUGH_DATACLASS
#: Every digit -> "0", anything else -> " ": a run of 20 digits is then one `in` test, not a regex scan.
_DIGIT_CLASS = bytes(ord("0") if chr(b).isdigit() and b < 128 else ord(" ") for b in range(256))
_LONG_NUMBER = b"0" * 20


def dumps(body: Any, default: Callable[[Any], Any]) -> bytes:
    """Compact JSON of `body` (`default` converts what JSON has no type for); NaN / Infinity raise ValueError."""
    if _orjson is not None:
        try:
            out = _orjson.dumps(body, default=default, option=_ORJSON_OPTIONS)
        except TypeError:  # orjson.JSONEncodeError: let json decide (it may succeed, or raise its own error)
            pass
        else:
            if b"null" not in out:
                return out
    return json.dumps(body, separators=(",", ":"), allow_nan=False, default=default).encode()


def loads(content: bytes | str) -> Any:
    """The value of a JSON document, as ``json.loads`` gives it."""
    if _orjson is not None and isinstance(content, bytes) and _LONG_NUMBER not in content.translate(_DIGIT_CLASS):
        try:
            return _orjson.loads(content)
        except _orjson.JSONDecodeError:
            pass
    return json.loads(content)
