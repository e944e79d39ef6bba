from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sequence_value_type_enum import SequenceValueTypeEnum
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="BasicGetSequenceColumnInfo")


@_attrs_define
class BasicGetSequenceColumnInfo(AdditionalProperties):
    """Column information returned on data requests.

    Attributes:
        external_id (str | Unset): User provided column identifier (unique for a given sequence). Example: DPS1.
        name (str | Unset): Human readable name of the column. Example: Depth sensor 1.
        value_type (SequenceValueTypeEnum | Unset): What type the datapoints in a column will have. DOUBLE is restricted
            to the range [-1E100, 1E100]
    """

    _FIT = {"externalId": "s", "name": "s", "valueType": "s"}
    _REQUIRED = ()

    external_id: str | Unset = UNSET
    name: str | Unset = UNSET
    value_type: SequenceValueTypeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        value_type: str | Unset = UNSET
        if not isinstance(self.value_type, Unset):
            value_type = self.value_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if value_type is not UNSET:
            field_dict["valueType"] = value_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId", UNSET)

        name = d.pop("name", UNSET)

        _value_type = d.pop("valueType", UNSET)
        value_type: SequenceValueTypeEnum | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = SequenceValueTypeEnum(_value_type)

        basic_get_sequence_column_info = cls(
            external_id=external_id,
            name=name,
            value_type=value_type,
        )

        basic_get_sequence_column_info.additional_properties = d
        return basic_get_sequence_column_info
