from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
    from ..models.get_double_datapoint import GetDoubleDatapoint


T = TypeVar("T", bound="DatapointsGetDoubleDatapoint")


@_attrs_define
class DatapointsGetDoubleDatapoint(AdditionalProperties):
    """
    Attributes:
        id (int): A server-generated ID for the object.
        is_string (Literal[False]): True if the time series contains string values; false if it contains numeric values.
        type_ (str): The type of the time series. Currently, time series can either be of type `numeric` or `string`. **
            The available types of time series may be extended in the future. **
        datapoints (list[GetDoubleDatapoint]): The list of data points.
        external_id (str | Unset): The external ID of the time series the data points belong to.
        instance_id (CogniteInstanceId | Unset): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
        is_step (bool | Unset): Defines whether the time series is a step series or not.
        unit (str | Unset): The physical unit of the time series (free-text field). Omitted if data points were
            converted to a different unit.
        unit_external_id (str | Unset): The physical unit of the time series as [represented in the unit
            catalog](<https://docs.cognite.com/dev/concepts/resource_types/units/>). Replaced with target unit if data
            points were converted.
        next_cursor (str | Unset): The cursor to get the next page of results (if available).
            `nextCursor` will be omitted when the next data point is after the end of the
            interval. Increase start/end to fetch more data.
    """

    _FIT = {
        "id": "i",
        "isString": ("c", False),
        "type": "s",
        "datapoints": ("l", ("m", "GetDoubleDatapoint")),
        "externalId": "s",
        "instanceId": ("m", "CogniteInstanceId"),
        "isStep": "b",
        "unit": "s",
        "unitExternalId": "s",
        "nextCursor": "s",
    }
    _REQUIRED = ("id", "isString", "type", "datapoints")

    id: int
    is_string: Literal[False]
    type_: str
    datapoints: list[GetDoubleDatapoint]
    external_id: str | Unset = UNSET
    instance_id: CogniteInstanceId | Unset = UNSET
    is_step: bool | Unset = UNSET
    unit: str | Unset = UNSET
    unit_external_id: str | Unset = UNSET
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

        is_step = self.is_step

        unit = self.unit

        unit_external_id = self.unit_external_id

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
        if is_step is not UNSET:
            field_dict["isStep"] = is_step
        if unit is not UNSET:
            field_dict["unit"] = unit
        if unit_external_id is not UNSET:
            field_dict["unitExternalId"] = unit_external_id
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.get_double_datapoint import GetDoubleDatapoint  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        is_string = cast(Literal[False], d.pop("isString"))
        if is_string != False:
            raise ValueError(f"isString must match const False, got '{is_string}'")

        type_ = d.pop("type")

        datapoints = []
        _datapoints = d.pop("datapoints")
        for datapoints_item_data in _datapoints:
            datapoints_item = GetDoubleDatapoint.from_dict(datapoints_item_data)

            datapoints.append(datapoints_item)

        external_id = d.pop("externalId", UNSET)

        _instance_id = d.pop("instanceId", UNSET)
        instance_id: CogniteInstanceId | Unset
        if isinstance(_instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = CogniteInstanceId.from_dict(_instance_id)

        is_step = d.pop("isStep", UNSET)

        unit = d.pop("unit", UNSET)

        unit_external_id = d.pop("unitExternalId", UNSET)

        next_cursor = d.pop("nextCursor", UNSET)

        datapoints_get_double_datapoint = cls(
            id=id,
            is_string=is_string,
            type_=type_,
            datapoints=datapoints,
            external_id=external_id,
            instance_id=instance_id,
            is_step=is_step,
            unit=unit,
            unit_external_id=unit_external_id,
            next_cursor=next_cursor,
        )

        datapoints_get_double_datapoint.additional_properties = d
        return datapoints_get_double_datapoint
