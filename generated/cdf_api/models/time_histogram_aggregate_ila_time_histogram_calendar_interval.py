from enum import Enum


class TimeHistogramAggregateIlaTimeHistogramCalendarInterval(str, Enum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    VALUE_0 = "1s"
    VALUE_1 = "1m"
    VALUE_2 = "1h"
    VALUE_3 = "1d"
    VALUE_4 = "1w"
    VALUE_5 = "1M"
    VALUE_6 = "1q"
    VALUE_7 = "1y"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TimeHistogramAggregateIlaTimeHistogramCalendarInterval | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
