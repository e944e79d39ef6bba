"""Shared types for properties, and the best-match ranking used to parse unions of models."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar


class Unset:
    """The absence of a value (distinct from None, which is sent as JSON null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """Contains information for file uploads"""

    payload: BinaryIO | bytes
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# --- union parsing -------------------------------------------------------------------------------------------------
# Every model carries `_FIT` (JSON key -> expected shape) and `_REQUIRED`. A union of models tries its variants in
# order of how well the data fits them (not in declaration order): models keep unknown keys, so "the first variant
# that does not raise" is often the wrong one (numeric datapoints parsing as aggregates).
# Shapes: "s" str, "i" int, "n" number, "b" bool, "o" object, None anything, ("c", v) const, ("l", shape) list,
# ("m", "Class") model, ("u", (shape, ...)) union.

_DEPTH = 3


def _model(name: str) -> Any:
    from . import models  # lazy: models/__init__ resolves one module per class

    return getattr(models, name)


def _shape_fit(value: Any, shape: Any, depth: int) -> int:
    if shape is None:
        return 0
    kind = shape if isinstance(shape, str) else shape[0]
    if kind == "s":
        return 1 if isinstance(value, str) else -2
    if kind == "b":
        return 1 if isinstance(value, bool) else -2
    if kind == "i":
        return 1 if isinstance(value, int) and not isinstance(value, bool) else -2
    if kind == "n":
        return 1 if isinstance(value, (int, float)) and not isinstance(value, bool) else -2
    if kind == "o":
        return 1 if isinstance(value, dict) else -2
    if kind == "c":
        return 3 if value == shape[1] and type(value) is type(shape[1]) else -6
    if kind == "l":
        if not isinstance(value, list):
            return -2
        return 1 + (_shape_fit(value[0], shape[1], depth) if value and depth > 0 else 0)
    if kind == "m":
        if not isinstance(value, dict):
            return -2
        return 1 + (fit_score(value, _model(shape[1]), depth - 1) if depth > 0 else 0)
    if kind == "u":
        return max(_shape_fit(value, member, depth) for member in shape[1])
    return 0


def fit_score(data: Mapping[str, Any], cls: Any, depth: int = _DEPTH) -> int:
    """How well `data` fits model `cls`: +fit per declared key, -1 per unknown key, -3 per missing required key."""
    fit = getattr(cls, "_FIT", None)
    if fit is None:
        return 0
    score = 0
    for key, value in data.items():
        score += _shape_fit(value, fit[key], depth) if key in fit else -1
    return score - 3 * sum(1 for key in cls._REQUIRED if key not in data)


def best_first(data: Any, classes: tuple[Any, ...]) -> list[Any]:
    """`classes` ordered best fit first (stable: ties keep the spec's order)."""
    if not isinstance(data, Mapping) or len(classes) < 2:
        return list(classes)
    return sorted(classes, key=lambda cls: -fit_score(data, cls))


def parse_best(data: Any, classes: tuple[Any, ...], strict: bool = True) -> Any:
    """Parse `data` as the best-fitting of the model `classes` that accepts it. When none does: re-raise the last
    one's error (strict) or return None (the union has non-model members left to try)."""
    if not isinstance(data, Mapping):
        if strict:
            raise TypeError(f"expected an object, got {type(data).__name__}")
        return None
    ranked = best_first(data, classes)
    for cls in ranked[:-1] if strict else ranked:
        try:
            return cls.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return ranked[-1].from_dict(data) if strict else None


class AdditionalProperties:
    """Dict-style access to the keys a model does not declare (kept, so a round-trip loses nothing)."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


__all__ = [
    "UNSET",
    "AdditionalProperties",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "best_first",
    "fit_score",
    "parse_best",
]
