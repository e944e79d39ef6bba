from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Data")


@_attrs_define
class Data(AdditionalProperties):
    """Input data to the function (only present if provided on the schedule). This data is passed deserialized into the
    function through one of the arguments called `data`. **WARNING:** Secrets or other confidential information should
    not be passed via the `data` object. There is a dedicated `secrets` object in the request body to "Create functions"
    for this purpose.'

        Example:
            {'timeSeriesId1': 13435351, 'maxValue': 4}

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = cls()

        data.additional_properties = d
        return data
