from enum import Enum


class CogniteanalyticsAclAction(str, Enum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    EXECUTE = "EXECUTE"
    LIST = "LIST"
    READ = "READ"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CogniteanalyticsAclAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
