from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.configuration_update_set import ConfigurationUpdateSet
    from ..models.contacts_update_add_remove import ContactsUpdateAddRemove
    from ..models.contacts_update_set import ContactsUpdateSet
    from ..models.data_set_id_update_field import DataSetIdUpdateField
    from ..models.description_update_field import DescriptionUpdateField
    from ..models.documentation_update_field import DocumentationUpdateField
    from ..models.external_id_update_field import ExternalIdUpdateField
    from ..models.map_update_add_remove import MapUpdateAddRemove
    from ..models.map_update_set import MapUpdateSet
    from ..models.name_update_field import NameUpdateField
    from ..models.raw_tables_update_add_remove import RawTablesUpdateAddRemove
    from ..models.raw_tables_update_set import RawTablesUpdateSet
    from ..models.schedule_update_field import ScheduleUpdateField
    from ..models.source_update_field import SourceUpdateField


T = TypeVar("T", bound="ExtPipeUpdateData")


@_attrs_define
class ExtPipeUpdateData(AdditionalProperties):
    """List of updates for Extraction Pipeline

    Attributes:
        external_id (ExternalIdUpdateField | Unset): Set a new value for the externalId. Must be unique for the resource
            type.
        name (NameUpdateField | Unset): Set a new value for name.
        description (DescriptionUpdateField | Unset): Set a new value for description.
        data_set_id (DataSetIdUpdateField | Unset): Set a new value for dataSetId.
        schedule (ScheduleUpdateField | Unset): Set a new value for schedule.
        raw_tables (RawTablesUpdateAddRemove | RawTablesUpdateSet | Unset): Updates the resource's assigned rawTables.
            RawTables can be added, removed or replaced (set).
        contacts (ContactsUpdateAddRemove | ContactsUpdateSet | Unset): Updates the resource's assigned contacts.
            Contacts can be added, removed or replaced (set).
        metadata (MapUpdateAddRemove | MapUpdateSet | Unset): Custom, application specific metadata. String key ->
            String value. Limits of updated extraction pipeline: Maximum length of key is 128 bytes, value 10240 bytes, up
            to 256 key-value pairs, of total size at most 10240.
        source (SourceUpdateField | Unset): Set a new value for source.
        documentation (DocumentationUpdateField | Unset): Set a new value for documentation.
        notification_config (ConfigurationUpdateSet | Unset):
    """

    _FIT = {
        "externalId": ("m", "ExternalIdUpdateField"),
        "name": ("m", "NameUpdateField"),
        "description": ("m", "DescriptionUpdateField"),
        "dataSetId": ("m", "DataSetIdUpdateField"),
        "schedule": ("m", "ScheduleUpdateField"),
        "rawTables": ("u", (("m", "RawTablesUpdateSet"), ("m", "RawTablesUpdateAddRemove"))),
        "contacts": ("u", (("m", "ContactsUpdateSet"), ("m", "ContactsUpdateAddRemove"))),
        "metadata": ("u", (("m", "MapUpdateSet"), ("m", "MapUpdateAddRemove"))),
        "source": ("m", "SourceUpdateField"),
        "documentation": ("m", "DocumentationUpdateField"),
        "notificationConfig": ("m", "ConfigurationUpdateSet"),
    }
    _REQUIRED = ()

    external_id: ExternalIdUpdateField | Unset = UNSET
    name: NameUpdateField | Unset = UNSET
    description: DescriptionUpdateField | Unset = UNSET
    data_set_id: DataSetIdUpdateField | Unset = UNSET
    schedule: ScheduleUpdateField | Unset = UNSET
    raw_tables: RawTablesUpdateAddRemove | RawTablesUpdateSet | Unset = UNSET
    contacts: ContactsUpdateAddRemove | ContactsUpdateSet | Unset = UNSET
    metadata: MapUpdateAddRemove | MapUpdateSet | Unset = UNSET
    source: SourceUpdateField | Unset = UNSET
    documentation: DocumentationUpdateField | Unset = UNSET
    notification_config: ConfigurationUpdateSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_id, Unset):
            external_id = self.external_id.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        data_set_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_set_id, Unset):
            data_set_id = self.data_set_id.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        raw_tables: dict[str, Any] | Unset
        if isinstance(self.raw_tables, Unset):
            raw_tables = UNSET
        else:
            raw_tables = self.raw_tables.to_dict()

        contacts: dict[str, Any] | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        else:
            contacts = self.contacts.to_dict()

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        documentation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.documentation, Unset):
            documentation = self.documentation.to_dict()

        notification_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_config, Unset):
            notification_config = self.notification_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if raw_tables is not UNSET:
            field_dict["rawTables"] = raw_tables
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source is not UNSET:
            field_dict["source"] = source
        if documentation is not UNSET:
            field_dict["documentation"] = documentation
        if notification_config is not UNSET:
            field_dict["notificationConfig"] = notification_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_update_set import ConfigurationUpdateSet  # noqa: PLC0415
        from ..models.contacts_update_add_remove import ContactsUpdateAddRemove  # noqa: PLC0415
        from ..models.contacts_update_set import ContactsUpdateSet  # noqa: PLC0415
        from ..models.data_set_id_update_field import DataSetIdUpdateField  # noqa: PLC0415
        from ..models.description_update_field import DescriptionUpdateField  # noqa: PLC0415
        from ..models.documentation_update_field import DocumentationUpdateField  # noqa: PLC0415
        from ..models.external_id_update_field import ExternalIdUpdateField  # noqa: PLC0415
        from ..models.map_update_add_remove import MapUpdateAddRemove  # noqa: PLC0415
        from ..models.map_update_set import MapUpdateSet  # noqa: PLC0415
        from ..models.name_update_field import NameUpdateField  # noqa: PLC0415
        from ..models.raw_tables_update_add_remove import RawTablesUpdateAddRemove  # noqa: PLC0415
        from ..models.raw_tables_update_set import RawTablesUpdateSet  # noqa: PLC0415
        from ..models.schedule_update_field import ScheduleUpdateField  # noqa: PLC0415
        from ..models.source_update_field import SourceUpdateField  # noqa: PLC0415

        d = dict(src_dict)
        _external_id = d.pop("externalId", UNSET)
        external_id: ExternalIdUpdateField | Unset
        if isinstance(_external_id, Unset):
            external_id = UNSET
        else:
            external_id = ExternalIdUpdateField.from_dict(_external_id)

        _name = d.pop("name", UNSET)
        name: NameUpdateField | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = NameUpdateField.from_dict(_name)

        _description = d.pop("description", UNSET)
        description: DescriptionUpdateField | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DescriptionUpdateField.from_dict(_description)

        _data_set_id = d.pop("dataSetId", UNSET)
        data_set_id: DataSetIdUpdateField | Unset
        if isinstance(_data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = DataSetIdUpdateField.from_dict(_data_set_id)

        _schedule = d.pop("schedule", UNSET)
        schedule: ScheduleUpdateField | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = ScheduleUpdateField.from_dict(_schedule)

        def _parse_raw_tables(data: object) -> RawTablesUpdateAddRemove | RawTablesUpdateSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (RawTablesUpdateSet, RawTablesUpdateAddRemove))

        raw_tables = _parse_raw_tables(d.pop("rawTables", UNSET))

        def _parse_contacts(data: object) -> ContactsUpdateAddRemove | ContactsUpdateSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ContactsUpdateSet, ContactsUpdateAddRemove))

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        def _parse_metadata(data: object) -> MapUpdateAddRemove | MapUpdateSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (MapUpdateSet, MapUpdateAddRemove))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _source = d.pop("source", UNSET)
        source: SourceUpdateField | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = SourceUpdateField.from_dict(_source)

        _documentation = d.pop("documentation", UNSET)
        documentation: DocumentationUpdateField | Unset
        if isinstance(_documentation, Unset):
            documentation = UNSET
        else:
            documentation = DocumentationUpdateField.from_dict(_documentation)

        _notification_config = d.pop("notificationConfig", UNSET)
        notification_config: ConfigurationUpdateSet | Unset
        if isinstance(_notification_config, Unset):
            notification_config = UNSET
        else:
            notification_config = ConfigurationUpdateSet.from_dict(_notification_config)

        ext_pipe_update_data = cls(
            external_id=external_id,
            name=name,
            description=description,
            data_set_id=data_set_id,
            schedule=schedule,
            raw_tables=raw_tables,
            contacts=contacts,
            metadata=metadata,
            source=source,
            documentation=documentation,
            notification_config=notification_config,
        )

        ext_pipe_update_data.additional_properties = d
        return ext_pipe_update_data
