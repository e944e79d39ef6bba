from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.time_series_metadata import TimeSeriesMetadata


T = TypeVar("T", bound="PostTimeSeriesMetadataDTO")


@_attrs_define
class PostTimeSeriesMetadataDTO(AdditionalProperties):
    """
    Attributes:
        external_id (str | Unset): Externally provided ID for the time series (optional, but recommended).
        name (str | Unset): Human readable name of the time series.
        legacy_name (str | Unset): This field is deprecated and ignored.
        is_string (bool | Unset): Defines whether the time series contains string values (true) or numeric values
            (false).
            Not updatable - this field cannot be changed after the time series has been created.
        metadata (TimeSeriesMetadata | Unset): Custom, application specific metadata. String key -> String value.
            Maximum length of key is 128 bytes, up to 256 key-value pairs, of total size of at most 10000 bytes across all
            keys and values.
        unit (str | Unset): The physical unit of the time series (free-text field)
        unit_external_id (str | Unset): The physical unit of the time series as [represented in the unit
            catalog](<https://docs.cognite.com/dev/concepts/resource_types/units/>). Only available for numeric time series.
        asset_id (int | Unset): A server-generated ID for the object.
        is_step (bool | Unset): Defines whether the time series is a step series or not.
        description (str | Unset): A description of the time series.
        security_categories (list[int] | Unset): The required security categories to access this time series.
        data_set_id (int | Unset): The dataSet Id for the item.
    """

    _FIT = {
        "externalId": "s",
        "name": "s",
        "legacyName": "s",
        "isString": "b",
        "metadata": ("m", "TimeSeriesMetadata"),
        "unit": "s",
        "unitExternalId": "s",
        "assetId": "i",
        "isStep": "b",
        "description": "s",
        "securityCategories": ("l", "i"),
        "dataSetId": "i",
    }
    _REQUIRED = ()

    external_id: str | Unset = UNSET
    name: str | Unset = UNSET
    legacy_name: str | Unset = UNSET
    is_string: bool | Unset = UNSET
    metadata: TimeSeriesMetadata | Unset = UNSET
    unit: str | Unset = UNSET
    unit_external_id: str | Unset = UNSET
    asset_id: int | Unset = UNSET
    is_step: bool | Unset = UNSET
    description: str | Unset = UNSET
    security_categories: list[int] | Unset = UNSET
    data_set_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        legacy_name = self.legacy_name

        is_string = self.is_string

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        unit = self.unit

        unit_external_id = self.unit_external_id

        asset_id = self.asset_id

        is_step = self.is_step

        description = self.description

        security_categories: list[int] | Unset = UNSET
        if not isinstance(self.security_categories, Unset):
            security_categories = self.security_categories

        data_set_id = self.data_set_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if legacy_name is not UNSET:
            field_dict["legacyName"] = legacy_name
        if is_string is not UNSET:
            field_dict["isString"] = is_string
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if unit is not UNSET:
            field_dict["unit"] = unit
        if unit_external_id is not UNSET:
            field_dict["unitExternalId"] = unit_external_id
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if is_step is not UNSET:
            field_dict["isStep"] = is_step
        if description is not UNSET:
            field_dict["description"] = description
        if security_categories is not UNSET:
            field_dict["securityCategories"] = security_categories
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_metadata import TimeSeriesMetadata  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId", UNSET)

        name = d.pop("name", UNSET)

        legacy_name = d.pop("legacyName", UNSET)

        is_string = d.pop("isString", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: TimeSeriesMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TimeSeriesMetadata.from_dict(_metadata)

        unit = d.pop("unit", UNSET)

        unit_external_id = d.pop("unitExternalId", UNSET)

        asset_id = d.pop("assetId", UNSET)

        is_step = d.pop("isStep", UNSET)

        description = d.pop("description", UNSET)

        security_categories = cast(list[int], d.pop("securityCategories", UNSET))

        data_set_id = d.pop("dataSetId", UNSET)

        post_time_series_metadata_dto = cls(
            external_id=external_id,
            name=name,
            legacy_name=legacy_name,
            is_string=is_string,
            metadata=metadata,
            unit=unit,
            unit_external_id=unit_external_id,
            asset_id=asset_id,
            is_step=is_step,
            description=description,
            security_categories=security_categories,
            data_set_id=data_set_id,
        )

        post_time_series_metadata_dto.additional_properties = d
        return post_time_series_metadata_dto
