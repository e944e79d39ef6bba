"""A marker for values that data classes hold and dump through the value's own wire form (data modeling ids)."""

from __future__ import annotations

from typing import Any


class WireValue:
    """Held inside data classes; ``_base._dump_value`` dumps it with ``_wire(camel_case)``."""

    __slots__ = ()

    def _wire(self, camel_case: bool) -> Any:
        raise NotImplementedError
