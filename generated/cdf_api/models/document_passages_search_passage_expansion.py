from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_passages_search_passage_expansion_symmetric import (
        DocumentPassagesSearchPassageExpansionSymmetric,
    )


T = TypeVar("T", bound="DocumentPassagesSearchPassageExpansion")


@_attrs_define
class DocumentPassagesSearchPassageExpansion(AdditionalProperties):
    """
    Attributes:
        expansion_strategy (DocumentPassagesSearchPassageExpansionSymmetric):
    """

    _FIT = {"expansionStrategy": ("m", "DocumentPassagesSearchPassageExpansionSymmetric")}
    _REQUIRED = ("expansionStrategy",)

    expansion_strategy: DocumentPassagesSearchPassageExpansionSymmetric
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expansion_strategy = self.expansion_strategy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expansionStrategy": expansion_strategy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_passages_search_passage_expansion_symmetric import (
            DocumentPassagesSearchPassageExpansionSymmetric,  # noqa: PLC0415
        )

        d = dict(src_dict)
        expansion_strategy = DocumentPassagesSearchPassageExpansionSymmetric.from_dict(d.pop("expansionStrategy"))

        document_passages_search_passage_expansion = cls(
            expansion_strategy=expansion_strategy,
        )

        document_passages_search_passage_expansion.additional_properties = d
        return document_passages_search_passage_expansion
