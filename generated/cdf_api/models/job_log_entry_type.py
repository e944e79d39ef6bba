from enum import Enum


class JobLogEntryType(str, Enum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    CDF_WRITE_ERROR = "cdf_write_error"
    CONNECTED = "connected"
    CONNECTION_ERROR = "connection_error"
    OK = "ok"
    PAUSED = "paused"
    STARTUP_ERROR = "startup_error"
    TRANSFORM_ERROR = "transform_error"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "JobLogEntryType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
