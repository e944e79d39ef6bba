from enum import Enum


class SignalsFilterTopic(str, Enum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    COGNITE_HOSTED_EXTRACTORS = "cognite_hosted_extractors"
    COGNITE_INTEGRATIONS = "cognite_integrations"
    COGNITE_WORKFLOWS = "cognite_workflows"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SignalsFilterTopic | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
