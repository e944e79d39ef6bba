from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DocumentPassagesSearchPassageExpansionSymmetric")


@_attrs_define
class DocumentPassagesSearchPassageExpansionSymmetric(AdditionalProperties):
    """
    Attributes:
        strategy (Literal['symmetric']): Expand the passage with adjacent passages that exists before and after a
            passage.
        chunk_count (int): Number of passages to expand a given passage by
    """

    _FIT = {"strategy": ("c", "symmetric"), "chunk_count": "i"}
    _REQUIRED = ("strategy", "chunk_count")

    strategy: Literal["symmetric"]
    chunk_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy = self.strategy

        chunk_count = self.chunk_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
                "chunk_count": chunk_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        strategy = cast(Literal["symmetric"], d.pop("strategy"))
        if strategy != "symmetric":
            raise ValueError(f"strategy must match const 'symmetric', got '{strategy}'")

        chunk_count = d.pop("chunk_count")

        document_passages_search_passage_expansion_symmetric = cls(
            strategy=strategy,
            chunk_count=chunk_count,
        )

        document_passages_search_passage_expansion_symmetric.additional_properties = d
        return document_passages_search_passage_expansion_symmetric
