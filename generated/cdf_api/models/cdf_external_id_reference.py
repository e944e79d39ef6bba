from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cdf_external_id_reference_type import CDFExternalIdReferenceType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CDFExternalIdReference")


@_attrs_define
class CDFExternalIdReference(AdditionalProperties):
    """An external-id reference to an existing CDF resource type item, such as a time series.

    An example could be that for an existing time series stored in the CDF time series resource type with the
    external-id 21PT0293, then the value would be set to "21PT029", and the type would be set to "timeseries". There
    are no referential integrity guarantees for this, and the client should handle if the time series has been removed
    or the client may not have access to it.

    Currently, time series, sequence and file references are supported.
    CDF external ID reference types (timeseries, file, sequence) are not allowed for containers with ```usedFor``` set
    to ```record```.

        Attributes:
            type_ (CDFExternalIdReferenceType):
            list_ (bool | Unset): Specifies that the data type is a list of values. The ordering of values is preserved.
            max_list_size (int | Unset): Specifies the maximum number of values in the list
    """

    _FIT = {"type": "s", "list": "b", "maxListSize": "i"}
    _REQUIRED = ("type",)

    type_: CDFExternalIdReferenceType
    list_: bool | Unset = UNSET
    max_list_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        list_ = self.list_

        max_list_size = self.max_list_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if list_ is not UNSET:
            field_dict["list"] = list_
        if max_list_size is not UNSET:
            field_dict["maxListSize"] = max_list_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CDFExternalIdReferenceType(d.pop("type"))

        list_ = d.pop("list", UNSET)

        max_list_size = d.pop("maxListSize", UNSET)

        cdf_external_id_reference = cls(
            type_=type_,
            list_=list_,
            max_list_size=max_list_size,
        )

        cdf_external_id_reference.additional_properties = d
        return cdf_external_id_reference
