from enum import Enum


class RestInterval(str, Enum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    VALUE_0 = "5m"
    VALUE_1 = "15m"
    VALUE_2 = "1h"
    VALUE_3 = "6h"
    VALUE_4 = "12h"
    VALUE_5 = "1d"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RestInterval | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
