from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.data_set_external_id import DataSetExternalId
    from ..models.data_set_internal_id import DataSetInternalId
    from ..models.epoch_timestamp_range import EpochTimestampRange
    from ..models.ext_pipes_filter_metadata import ExtPipesFilterMetadata
    from ..models.raw_table import RawTable


T = TypeVar("T", bound="ExtPipesFilter")


@_attrs_define
class ExtPipesFilter(AdditionalProperties):
    """
    Attributes:
        external_id_prefix (str | Unset): Filter by this (case-sensitive) prefix for the external ID.
        name (str | Unset): Name of Extraction Pipeline
        description (str | Unset): Description of Extraction Pipeline
        data_set_ids (list[DataSetExternalId | DataSetInternalId] | Unset): DataSetId list
        schedule (str | Unset): Possible values: “On trigger”, “Continuous” or cron expression. If empty then “Null“
        contacts (list[Contact] | Unset): Contacts list.
        raw_tables (list[RawTable] | Unset): Raw tables
        metadata (ExtPipesFilterMetadata | Unset): Custom, application specific metadata. String key -> String value.
            Limits: Key are at most 128 bytes. Values are at most 10240 bytes. Up to 256 key-value pairs. Total size is at
            most 10240. Example: {'property1': 'string', 'property2': 'string'}.
        source (str | Unset): Source for Extraction Pipeline
        documentation (str | Unset): Documentation text field
        created_by (str | Unset): Extraction Pipeline creator. Usually user email is expected here
        created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        last_updated_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
    """

    _FIT = {
        "externalIdPrefix": "s",
        "name": "s",
        "description": "s",
        "dataSetIds": ("l", ("u", (("m", "DataSetInternalId"), ("m", "DataSetExternalId")))),
        "schedule": "s",
        "contacts": ("l", ("m", "Contact")),
        "rawTables": ("l", ("m", "RawTable")),
        "metadata": ("m", "ExtPipesFilterMetadata"),
        "source": "s",
        "documentation": "s",
        "createdBy": "s",
        "createdTime": ("m", "EpochTimestampRange"),
        "lastUpdatedTime": ("m", "EpochTimestampRange"),
    }
    _REQUIRED = ()

    external_id_prefix: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
    schedule: str | Unset = UNSET
    contacts: list[Contact] | Unset = UNSET
    raw_tables: list[RawTable] | Unset = UNSET
    metadata: ExtPipesFilterMetadata | Unset = UNSET
    source: str | Unset = UNSET
    documentation: str | Unset = UNSET
    created_by: str | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    last_updated_time: EpochTimestampRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id_prefix = self.external_id_prefix

        name = self.name

        description = self.description

        data_set_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_set_ids, Unset):
            data_set_ids = []
            for data_set_ids_item_data in self.data_set_ids:
                data_set_ids_item: dict[str, Any]
                data_set_ids_item = data_set_ids_item_data.to_dict()

                data_set_ids.append(data_set_ids_item)

        schedule = self.schedule

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        raw_tables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.raw_tables, Unset):
            raw_tables = []
            for raw_tables_item_data in self.raw_tables:
                raw_tables_item = raw_tables_item_data.to_dict()
                raw_tables.append(raw_tables_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        source = self.source

        documentation = self.documentation

        created_by = self.created_by

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        last_updated_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id_prefix is not UNSET:
            field_dict["externalIdPrefix"] = external_id_prefix
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if raw_tables is not UNSET:
            field_dict["rawTables"] = raw_tables
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source is not UNSET:
            field_dict["source"] = source
        if documentation is not UNSET:
            field_dict["documentation"] = documentation
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.data_set_external_id import DataSetExternalId  # noqa: PLC0415
        from ..models.data_set_internal_id import DataSetInternalId  # noqa: PLC0415
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415
        from ..models.ext_pipes_filter_metadata import ExtPipesFilterMetadata  # noqa: PLC0415
        from ..models.raw_table import RawTable  # noqa: PLC0415

        d = dict(src_dict)
        external_id_prefix = d.pop("externalIdPrefix", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _data_set_ids = d.pop("dataSetIds", UNSET)
        data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
        if _data_set_ids is not UNSET:
            data_set_ids = []
            for data_set_ids_item_data in _data_set_ids:

                def _parse_data_set_ids_item(data: object) -> DataSetExternalId | DataSetInternalId:
                    return parse_best(data, (DataSetInternalId, DataSetExternalId))

                data_set_ids_item = _parse_data_set_ids_item(data_set_ids_item_data)

                data_set_ids.append(data_set_ids_item)

        schedule = d.pop("schedule", UNSET)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[Contact] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = Contact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        _raw_tables = d.pop("rawTables", UNSET)
        raw_tables: list[RawTable] | Unset = UNSET
        if _raw_tables is not UNSET:
            raw_tables = []
            for raw_tables_item_data in _raw_tables:
                raw_tables_item = RawTable.from_dict(raw_tables_item_data)

                raw_tables.append(raw_tables_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: ExtPipesFilterMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ExtPipesFilterMetadata.from_dict(_metadata)

        source = d.pop("source", UNSET)

        documentation = d.pop("documentation", UNSET)

        created_by = d.pop("createdBy", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: EpochTimestampRange | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = EpochTimestampRange.from_dict(_created_time)

        _last_updated_time = d.pop("lastUpdatedTime", UNSET)
        last_updated_time: EpochTimestampRange | Unset
        if isinstance(_last_updated_time, Unset):
            last_updated_time = UNSET
        else:
            last_updated_time = EpochTimestampRange.from_dict(_last_updated_time)

        ext_pipes_filter = cls(
            external_id_prefix=external_id_prefix,
            name=name,
            description=description,
            data_set_ids=data_set_ids,
            schedule=schedule,
            contacts=contacts,
            raw_tables=raw_tables,
            metadata=metadata,
            source=source,
            documentation=documentation,
            created_by=created_by,
            created_time=created_time,
            last_updated_time=last_updated_time,
        )

        ext_pipes_filter.additional_properties = d
        return ext_pipes_filter
