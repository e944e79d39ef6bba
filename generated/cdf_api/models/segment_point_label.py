from enum import IntEnum


class SegmentPointLabel(IntEnum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    VALUE_0 = 0
    VALUE_1 = 1

    @classmethod
    def _missing_(cls, value: object) -> "SegmentPointLabel | None":
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
