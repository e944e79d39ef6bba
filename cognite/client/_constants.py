"""Sentinels shared by the data classes (the official SDK's ``cognite.client._constants`` names)."""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["OMITTED", "Omitted"]


class Omitted:
    """An argument that was not given, told apart from an explicit ``None`` (which a write sends as null)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<Omitted parameter>"

    def __bool__(self) -> Literal[False]:
        return False


#: The one ``Omitted`` value: a typed write's property default, left out of its dump.
OMITTED: Final = Omitted()
