from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.content import Content


T = TypeVar("T", bound="Answer")


@_attrs_define
class Answer(AdditionalProperties):
    """
    Attributes:
        content (list[Content]): The content of an answer consists of one or more parts. Each part can have a different
            set of document locations connected to it.
    """

    _FIT = {"content": ("l", ("m", "Content"))}
    _REQUIRED = ("content",)

    content: list[Content]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content import Content  # noqa: PLC0415

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = Content.from_dict(content_item_data)

            content.append(content_item)

        answer = cls(
            content=content,
        )

        answer.additional_properties = d
        return answer
