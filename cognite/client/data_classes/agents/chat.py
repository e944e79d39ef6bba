"""Chat messages to an agent. The emulator runs no language model, so chatting answers CDF's 501 locally; the
messages are still checked and sent as CDF takes them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from cognite.client.data_classes._base import CogniteObject


class TextContent(CogniteObject):
    """Text in a message.

    Example:
        >>> from cognite.client.data_classes.agents import TextContent
        >>> TextContent("hi").dump()
        {'text': 'hi', 'type': 'text'}
    """

    _fields = ("text",)
    _positional = _fields
    text: str

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {**super().dump(camel_case), "type": "text"}


class Message(CogniteObject):
    """A user message: text (or ``TextContent``), or several.

    Example:
        >>> from cognite.client.data_classes.agents import Message
        >>> Message("What can you help me with?").dump()
        {'content': {'text': 'What can you help me with?', 'type': 'text'}, 'role': 'user'}
    """

    _fields = ("content", "role")
    _positional = _fields
    content: str | TextContent | Sequence[TextContent | str]
    role: Literal["user"]

    def __init__(
        self, content: str | TextContent | Sequence[TextContent | str], role: Literal["user"] = "user"
    ) -> None:
        super().__init__(content=content, role=role)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        def one(c: Any) -> Any:
            return TextContent(c).dump() if isinstance(c, str) else c.dump(camel_case)

        content = self.content
        dumped = [one(c) for c in content] if isinstance(content, (list, tuple)) else one(content)
        return {"content": dumped, "role": self.role}
