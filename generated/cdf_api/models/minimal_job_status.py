from enum import Enum


class MinimalJobStatus(str, Enum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    CDF_WRITE_ERROR = "cdf_write_error"
    CONNECTED = "connected"
    CONNECTION_ERROR = "connection_error"
    PAUSED = "paused"
    RUNNING = "running"
    SHUTTING_DOWN = "shutting_down"
    STARTUP_ERROR = "startup_error"
    TRANSFORM_ERROR = "transform_error"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MinimalJobStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
