from enum import IntEnum


class RecordOperationResultCode(IntEnum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    VALUE_202 = 202
    VALUE_409 = 409
    VALUE_500 = 500
    VALUE_503 = 503

    @classmethod
    def _missing_(cls, value: object) -> "RecordOperationResultCode | None":
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
