from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.create_ext_pipe_metadata import CreateExtPipeMetadata
    from ..models.ext_pipe_notification_configuration import ExtPipeNotificationConfiguration
    from ..models.raw_table import RawTable


T = TypeVar("T", bound="ExtPipe")


@_attrs_define
class ExtPipe(AdditionalProperties):
    """
    Attributes:
        external_id (str): External Id provided by client. Should be unique within the project.
        name (str): Name of Extraction Pipeline
        data_set_id (int): DataSet ID
        description (None | str | Unset): Description of Extraction Pipeline
        raw_tables (list[RawTable] | None | Unset): Raw tables
        schedule (None | str | Unset): Possible values: “On trigger”, “Continuous” or cron expression. If empty then
            null
        contacts (list[Contact] | None | Unset): Contacts list.
        metadata (CreateExtPipeMetadata | Unset): Custom, application specific metadata. String key -> String value.
            Limits: Key are at most 128 bytes. Values are at most 10240 bytes. Up to 256 key-value pairs. Total size is at
            most 10240. Example: {'property1': 'string', 'property2': 'string'}.
        source (None | str | Unset): Source for Extraction Pipeline
        documentation (None | str | Unset): Documentation text field, supports Markdown for text formatting.
        notification_config (ExtPipeNotificationConfiguration | Unset):
        created_by (None | str | Unset): Extraction Pipeline creator. Usually user email is expected here
        id (int | Unset): A server-generated ID for the object.
        last_success (int | Unset): Time of last successful run. The number of milliseconds since 00:00:00 Thursday, 1
            January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        last_failure (int | Unset): Time of last failure run. The number of milliseconds since 00:00:00 Thursday, 1
            January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        last_message (str | Unset): Last failure message.
        last_seen (int | Unset): Last seen time. The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds.
        created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {
        "externalId": "s",
        "name": "s",
        "dataSetId": "i",
        "description": ("u", ("s", None)),
        "rawTables": ("u", (("l", ("m", "RawTable")), None)),
        "schedule": ("u", ("s", None)),
        "contacts": ("u", (("l", ("m", "Contact")), None)),
        "metadata": ("m", "CreateExtPipeMetadata"),
        "source": ("u", ("s", None)),
        "documentation": ("u", ("s", None)),
        "notificationConfig": ("m", "ExtPipeNotificationConfiguration"),
        "createdBy": ("u", ("s", None)),
        "id": "i",
        "lastSuccess": "i",
        "lastFailure": "i",
        "lastMessage": "s",
        "lastSeen": "i",
        "createdTime": "i",
        "lastUpdatedTime": "i",
    }
    _REQUIRED = ("externalId", "name", "dataSetId")

    external_id: str
    name: str
    data_set_id: int
    description: None | str | Unset = UNSET
    raw_tables: list[RawTable] | None | Unset = UNSET
    schedule: None | str | Unset = UNSET
    contacts: list[Contact] | None | Unset = UNSET
    metadata: CreateExtPipeMetadata | Unset = UNSET
    source: None | str | Unset = UNSET
    documentation: None | str | Unset = UNSET
    notification_config: ExtPipeNotificationConfiguration | Unset = UNSET
    created_by: None | str | Unset = UNSET
    id: int | Unset = UNSET
    last_success: int | Unset = UNSET
    last_failure: int | Unset = UNSET
    last_message: str | Unset = UNSET
    last_seen: int | Unset = UNSET
    created_time: int | Unset = UNSET
    last_updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        data_set_id = self.data_set_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        raw_tables: list[dict[str, Any]] | None | Unset
        if isinstance(self.raw_tables, Unset):
            raw_tables = UNSET
        elif isinstance(self.raw_tables, list):
            raw_tables = []
            for raw_tables_type_0_item_data in self.raw_tables:
                raw_tables_type_0_item = raw_tables_type_0_item_data.to_dict()
                raw_tables.append(raw_tables_type_0_item)

        else:
            raw_tables = self.raw_tables

        schedule: None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)

        else:
            contacts = self.contacts

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        documentation: None | str | Unset
        if isinstance(self.documentation, Unset):
            documentation = UNSET
        else:
            documentation = self.documentation

        notification_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_config, Unset):
            notification_config = self.notification_config.to_dict()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        id = self.id

        last_success = self.last_success

        last_failure = self.last_failure

        last_message = self.last_message

        last_seen = self.last_seen

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "name": name,
                "dataSetId": data_set_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if raw_tables is not UNSET:
            field_dict["rawTables"] = raw_tables
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
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
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if id is not UNSET:
            field_dict["id"] = id
        if last_success is not UNSET:
            field_dict["lastSuccess"] = last_success
        if last_failure is not UNSET:
            field_dict["lastFailure"] = last_failure
        if last_message is not UNSET:
            field_dict["lastMessage"] = last_message
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.create_ext_pipe_metadata import CreateExtPipeMetadata  # noqa: PLC0415
        from ..models.ext_pipe_notification_configuration import ExtPipeNotificationConfiguration  # noqa: PLC0415
        from ..models.raw_table import RawTable  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name")

        data_set_id = d.pop("dataSetId")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_raw_tables(data: object) -> list[RawTable] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                raw_tables_type_0 = []
                _raw_tables_type_0 = data
                for raw_tables_type_0_item_data in _raw_tables_type_0:
                    raw_tables_type_0_item = RawTable.from_dict(raw_tables_type_0_item_data)

                    raw_tables_type_0.append(raw_tables_type_0_item)

                return raw_tables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RawTable] | None | Unset, data)

        raw_tables = _parse_raw_tables(d.pop("rawTables", UNSET))

        def _parse_schedule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        def _parse_contacts(data: object) -> list[Contact] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contacts_type_0 = []
                _contacts_type_0 = data
                for contacts_type_0_item_data in _contacts_type_0:
                    contacts_type_0_item = Contact.from_dict(contacts_type_0_item_data)

                    contacts_type_0.append(contacts_type_0_item)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Contact] | None | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateExtPipeMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateExtPipeMetadata.from_dict(_metadata)

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_documentation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        documentation = _parse_documentation(d.pop("documentation", UNSET))

        _notification_config = d.pop("notificationConfig", UNSET)
        notification_config: ExtPipeNotificationConfiguration | Unset
        if isinstance(_notification_config, Unset):
            notification_config = UNSET
        else:
            notification_config = ExtPipeNotificationConfiguration.from_dict(_notification_config)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        id = d.pop("id", UNSET)

        last_success = d.pop("lastSuccess", UNSET)

        last_failure = d.pop("lastFailure", UNSET)

        last_message = d.pop("lastMessage", UNSET)

        last_seen = d.pop("lastSeen", UNSET)

        created_time = d.pop("createdTime", UNSET)

        last_updated_time = d.pop("lastUpdatedTime", UNSET)

        ext_pipe = cls(
            external_id=external_id,
            name=name,
            data_set_id=data_set_id,
            description=description,
            raw_tables=raw_tables,
            schedule=schedule,
            contacts=contacts,
            metadata=metadata,
            source=source,
            documentation=documentation,
            notification_config=notification_config,
            created_by=created_by,
            id=id,
            last_success=last_success,
            last_failure=last_failure,
            last_message=last_message,
            last_seen=last_seen,
            created_time=created_time,
            last_updated_time=last_updated_time,
        )

        ext_pipe.additional_properties = d
        return ext_pipe
