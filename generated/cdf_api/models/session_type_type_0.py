from enum import Enum


class SessionTypeType0(str, Enum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    CLIENT_CREDENTIALS = "CLIENT_CREDENTIALS"
    ONESHOT_TOKEN_EXCHANGE = "ONESHOT_TOKEN_EXCHANGE"
    TOKEN_EXCHANGE = "TOKEN_EXCHANGE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SessionTypeType0 | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
