from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SequenceDeleteDataRequestSelectByExternalId")


@_attrs_define
class SequenceDeleteDataRequestSelectByExternalId(AdditionalProperties):
    """
    Attributes:
        rows (list[int]):
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"rows": ("l", "i"), "externalId": "s"}
    _REQUIRED = ("rows", "externalId")

    rows: list[int]
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = self.rows

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows": rows,
                "externalId": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rows = cast(list[int], d.pop("rows"))

        external_id = d.pop("externalId")

        sequence_delete_data_request_select_by_external_id = cls(
            rows=rows,
            external_id=external_id,
        )

        sequence_delete_data_request_select_by_external_id.additional_properties = d
        return sequence_delete_data_request_select_by_external_id
