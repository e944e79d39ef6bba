from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
    from ..models.time_series_metadata import TimeSeriesMetadata


T = TypeVar("T", bound="GetTimeSeriesMetadataDTO")


@_attrs_define
class GetTimeSeriesMetadataDTO(AdditionalProperties):
    """
    Attributes:
        id (int): A server-generated ID for the object.
        is_string (bool): True if the time series contains string values; false if it contains numeric values.
        type_ (str): The type of the time series. Currently, time series can either be of type `numeric` or `string`. **
            The available types of time series may be extended in the future. **
        is_step (bool): Defines whether the time series is a step series or not.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        external_id (str | Unset): The externally supplied ID for the time series.
        instance_id (CogniteInstanceId | Unset): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
        name (str | Unset): The display short name of the time series.
        metadata (TimeSeriesMetadata | Unset): Custom, application specific metadata. String key -> String value.
            Maximum length of key is 128 bytes, up to 256 key-value pairs, of total size of at most 10000 bytes across all
            keys and values.
        unit (str | Unset): The physical unit of the time series (free-text field)
        unit_external_id (str | Unset): The physical unit of the time series as [represented in the unit
            catalog](<https://docs.cognite.com/dev/concepts/resource_types/units/>).
        asset_id (int | Unset): A server-generated ID for the object.
        description (str | Unset): Description of the time series.
        security_categories (list[int] | Unset): The required security categories to access this time series.
        data_set_id (int | Unset): The dataSet Id for the item.
    """

    _FIT = {
        "id": "i",
        "isString": "b",
        "type": "s",
        "isStep": "b",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "externalId": "s",
        "instanceId": ("m", "CogniteInstanceId"),
        "name": "s",
        "metadata": ("m", "TimeSeriesMetadata"),
        "unit": "s",
        "unitExternalId": "s",
        "assetId": "i",
        "description": "s",
        "securityCategories": ("l", "i"),
        "dataSetId": "i",
    }
    _REQUIRED = ("id", "isString", "type", "isStep", "createdTime", "lastUpdatedTime")

    id: int
    is_string: bool
    type_: str
    is_step: bool
    created_time: int
    last_updated_time: int
    external_id: str | Unset = UNSET
    instance_id: CogniteInstanceId | Unset = UNSET
    name: str | Unset = UNSET
    metadata: TimeSeriesMetadata | Unset = UNSET
    unit: str | Unset = UNSET
    unit_external_id: str | Unset = UNSET
    asset_id: int | Unset = UNSET
    description: str | Unset = UNSET
    security_categories: list[int] | Unset = UNSET
    data_set_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_string = self.is_string

        type_ = self.type_

        is_step = self.is_step

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        external_id = self.external_id

        instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_id, Unset):
            instance_id = self.instance_id.to_dict()

        name = self.name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        unit = self.unit

        unit_external_id = self.unit_external_id

        asset_id = self.asset_id

        description = self.description

        security_categories: list[int] | Unset = UNSET
        if not isinstance(self.security_categories, Unset):
            security_categories = self.security_categories

        data_set_id = self.data_set_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isString": is_string,
                "type": type_,
                "isStep": is_step,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id
        if name is not UNSET:
            field_dict["name"] = name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if unit is not UNSET:
            field_dict["unit"] = unit
        if unit_external_id is not UNSET:
            field_dict["unitExternalId"] = unit_external_id
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if description is not UNSET:
            field_dict["description"] = description
        if security_categories is not UNSET:
            field_dict["securityCategories"] = security_categories
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.time_series_metadata import TimeSeriesMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        is_string = d.pop("isString")

        type_ = d.pop("type")

        is_step = d.pop("isStep")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        external_id = d.pop("externalId", UNSET)

        _instance_id = d.pop("instanceId", UNSET)
        instance_id: CogniteInstanceId | Unset
        if isinstance(_instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = CogniteInstanceId.from_dict(_instance_id)

        name = d.pop("name", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: TimeSeriesMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TimeSeriesMetadata.from_dict(_metadata)

        unit = d.pop("unit", UNSET)

        unit_external_id = d.pop("unitExternalId", UNSET)

        asset_id = d.pop("assetId", UNSET)

        description = d.pop("description", UNSET)

        security_categories = cast(list[int], d.pop("securityCategories", UNSET))

        data_set_id = d.pop("dataSetId", UNSET)

        get_time_series_metadata_dto = cls(
            id=id,
            is_string=is_string,
            type_=type_,
            is_step=is_step,
            created_time=created_time,
            last_updated_time=last_updated_time,
            external_id=external_id,
            instance_id=instance_id,
            name=name,
            metadata=metadata,
            unit=unit,
            unit_external_id=unit_external_id,
            asset_id=asset_id,
            description=description,
            security_categories=security_categories,
            data_set_id=data_set_id,
        )

        get_time_series_metadata_dto.additional_properties = d
        return get_time_series_metadata_dto
