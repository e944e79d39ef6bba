from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.data import Data


T = TypeVar("T", bound="FunctionScheduleDataResponse")


@_attrs_define
class FunctionScheduleDataResponse(AdditionalProperties):
    """
    Attributes:
        id (int): A server-generated ID for the object.
        data (Data | Unset): Input data to the function (only present if provided on the schedule). This data is passed
            deserialized into the function through one of the arguments called `data`. **WARNING:** Secrets or other
            confidential information should not be passed via the `data` object. There is a dedicated `secrets` object in
            the request body to "Create functions" for this purpose.' Example: {'timeSeriesId1': 13435351, 'maxValue': 4}.
    """

    _FIT = {"id": "i", "data": ("m", "Data")}
    _REQUIRED = ("id",)

    id: int
    data: Data | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data import Data  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _data = d.pop("data", UNSET)
        data: Data | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = Data.from_dict(_data)

        function_schedule_data_response = cls(
            id=id,
            data=data,
        )

        function_schedule_data_response.additional_properties = d
        return function_schedule_data_response
