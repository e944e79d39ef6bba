from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SequenceRowDataSource")


@_attrs_define
class SequenceRowDataSource(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['sequence_rows']): The type of the destination resource indicating that the transformation will
            write to Sequence Rows.
        external_id (str): The externalId of sequence
    """

    _FIT = {"type": ("c", "sequence_rows"), "externalId": "s"}
    _REQUIRED = ("type", "externalId")

    type_: Literal["sequence_rows"]
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["sequence_rows"], d.pop("type"))
        if type_ != "sequence_rows":
            raise ValueError(f"type must match const 'sequence_rows', got '{type_}'")

        external_id = d.pop("externalId")

        sequence_row_data_source = cls(
            type_=type_,
            external_id=external_id,
        )

        sequence_row_data_source.additional_properties = d
        return sequence_row_data_source
