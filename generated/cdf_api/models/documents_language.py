from enum import Enum


class DocumentsLanguage(str, Enum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    CHINESE = "Chinese"
    DUTCH = "Dutch"
    ENGLISH = "English"
    FRENCH = "French"
    GERMAN = "German"
    ITALIAN = "Italian"
    JAPANESE = "Japanese"
    KOREAN = "Korean"
    LATVIAN = "Latvian"
    NORWEGIAN = "Norwegian"
    PORTUGUESE = "Portuguese"
    SPANISH = "Spanish"
    SWEDISH = "Swedish"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DocumentsLanguage | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
