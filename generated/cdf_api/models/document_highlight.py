from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DocumentHighlight")


@_attrs_define
class DocumentHighlight(AdditionalProperties):
    """Highlighted snippets from name and content fields which show where the query matches are. The matched terms will be
    placed inside <em> tags

        Example:
            {'name': ['amet elit <em>non diam</em> aliquam suscipit'], 'content': ['Nunc <em>vulputate erat</em> ipsum, at
                aliquet ligula vestibulum at', '<em>Quisque</em> lectus ex, fringilla aliquet <em>eleifend</em> nec, laoreet a
                velit.\\n\\nPhasellus <em>faucibus</em> risus arcu']}

        Attributes:
            name (list[str]): Matches in name.
            content (list[str]): Matches in content.
    """

    _FIT = {"name": ("l", "s"), "content": ("l", "s")}
    _REQUIRED = ("name", "content")

    name: list[str]
    content: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(list[str], d.pop("name"))

        content = cast(list[str], d.pop("content"))

        document_highlight = cls(
            name=name,
            content=content,
        )

        document_highlight.additional_properties = d
        return document_highlight
