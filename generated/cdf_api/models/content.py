from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.reference_ai import ReferenceAI


T = TypeVar("T", bound="Content")


@_attrs_define
class Content(AdditionalProperties):
    """
    Attributes:
        text (str): A part of the answer from the LLM.
        references (list[ReferenceAI] | Unset): The document locations that this part of the answer is sourced from.
    """

    _FIT = {"text": "s", "references": ("l", ("m", "ReferenceAI"))}
    _REQUIRED = ("text",)

    text: str
    references: list[ReferenceAI] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = references_item_data.to_dict()
                references.append(references_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if references is not UNSET:
            field_dict["references"] = references

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reference_ai import ReferenceAI  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        _references = d.pop("references", UNSET)
        references: list[ReferenceAI] | Unset = UNSET
        if _references is not UNSET:
            references = []
            for references_item_data in _references:
                references_item = ReferenceAI.from_dict(references_item_data)

                references.append(references_item)

        content = cls(
            text=text,
            references=references,
        )

        content.additional_properties = d
        return content
