from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
    from ..models.get_string_datapoint import GetStringDatapoint


T = TypeVar("T", bound="DatapointsGetStringDatapoint")


@_attrs_define
class DatapointsGetStringDatapoint(AdditionalProperties):
    """
    Attributes:
        id (int): A server-generated ID for the object.
        is_string (Literal[True]): True if the time series contains string values; false if it contains numeric values.
        type_ (str): The type of the time series. Currently, time series can either be of type `numeric` or `string`. **
            The available types of time series may be extended in the future. **
        datapoints (list[GetStringDatapoint]): The list of datapoints.
        external_id (str | Unset): The external ID of the time series the data points belong to.
        instance_id (CogniteInstanceId | Unset): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
        unit (str | Unset): The physical unit of the time series (free-text field).
        next_cursor (str | Unset): The cursor to get the next page of results (if available).
            `nextCursor` will be omitted when the next data point is after the end of the
            interval. Increase start/end to fetch more data.
    """

    _FIT = {
        "id": "i",
        "isString": ("c", True),
        "type": "s",
        "datapoints": ("l", ("m", "GetStringDatapoint")),
        "externalId": "s",
        "instanceId": ("m", "CogniteInstanceId"),
        "unit": "s",
        "nextCursor": "s",
    }
    _REQUIRED = ("id", "isString", "type", "datapoints")

    id: int
    is_string: Literal[True]
    type_: str
    datapoints: list[GetStringDatapoint]
    external_id: str | Unset = UNSET
    instance_id: CogniteInstanceId | Unset = UNSET
    unit: str | Unset = UNSET
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_string = self.is_string

        type_ = self.type_

        datapoints = []
        for datapoints_item_data in self.datapoints:
            datapoints_item = datapoints_item_data.to_dict()
            datapoints.append(datapoints_item)

        external_id = self.external_id

        instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_id, Unset):
            instance_id = self.instance_id.to_dict()

        unit = self.unit

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isString": is_string,
                "type": type_,
                "datapoints": datapoints,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if unit is not UNSET:
            field_dict["unit"] = unit
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.get_string_datapoint import GetStringDatapoint  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        is_string = cast(Literal[True], d.pop("isString"))
        if is_string != True:
            raise ValueError(f"isString must match const True, got '{is_string}'")

        type_ = d.pop("type")

        datapoints = []
        _datapoints = d.pop("datapoints")
        for datapoints_item_data in _datapoints:
            datapoints_item = GetStringDatapoint.from_dict(datapoints_item_data)

            datapoints.append(datapoints_item)

        external_id = d.pop("externalId", UNSET)

        _instance_id = d.pop("instanceId", UNSET)
        instance_id: CogniteInstanceId | Unset
        if isinstance(_instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = CogniteInstanceId.from_dict(_instance_id)

        unit = d.pop("unit", UNSET)

        next_cursor = d.pop("nextCursor", UNSET)

        datapoints_get_string_datapoint = cls(
            id=id,
            is_string=is_string,
            type_=type_,
            datapoints=datapoints,
            external_id=external_id,
            instance_id=instance_id,
            unit=unit,
            next_cursor=next_cursor,
        )

        datapoints_get_string_datapoint.additional_properties = d
        return datapoints_get_string_datapoint
