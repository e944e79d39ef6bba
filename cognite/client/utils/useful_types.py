"""Typing helpers of the public surface (the official SDK's import path)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol, SupportsIndex, TypeAlias, TypeVar, overload

_T_co = TypeVar("_T_co", covariant=True)


class SequenceNotStr(Protocol[_T_co]):
    """A sequence that is not a ``str``: ``list[str]`` matches, a bare ``"abc"`` does not (``str.__contains__``
    takes only ``str``, so ``str`` does not satisfy ``__contains__(object)``)."""

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...
    @overload
    def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
    def __contains__(self, value: object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[_T_co]: ...
    def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
    def count(self, value: Any, /) -> int: ...
    def __reversed__(self) -> Iterator[_T_co]: ...


class SupportsNodeId(Protocol):
    """What identifies a data-modeling node (``NodeId(space, external_id)``)."""

    @property
    def space(self) -> str: ...
    @property
    def external_id(self) -> str: ...


#: A node's identifier: a ``NodeId``-like object, a ``(space, external_id)`` tuple or ``{"space", "externalId"}``.
NodeIdLike: TypeAlias = "SupportsNodeId | tuple[str, str] | dict[str, str]"
