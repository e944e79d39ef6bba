from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parse_status import ParseStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.connection_dto import ConnectionDto
    from ..models.dms_id import DmsId
    from ..models.entity_dto import EntityDto


T = TypeVar("T", bound="ExtendedDiagramDto")


@_attrs_define
class ExtendedDiagramDto(AdditionalProperties):
    """Diagram with all of its entities and connections joined

    Attributes:
        connections (list[ConnectionDto]):
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        entities (list[EntityDto]): List of entities of this diagram
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        file_id (DmsId): A DMS Identifier using the space and externalId
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        library_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        page_number (int): The page number of a file the diagram is parsed from
        status (ParseStatus): Status of a parsing job
        message (str | Unset): Message containing errors or other information for a diagram
    """

    _FIT = {
        "connections": ("l", ("m", "ConnectionDto")),
        "createdTime": "i",
        "entities": ("l", ("m", "EntityDto")),
        "externalId": "s",
        "fileId": ("m", "DmsId"),
        "lastUpdatedTime": "i",
        "libraryId": "s",
        "pageNumber": "i",
        "status": "s",
        "message": "s",
    }
    _REQUIRED = (
        "connections",
        "createdTime",
        "entities",
        "externalId",
        "fileId",
        "lastUpdatedTime",
        "libraryId",
        "pageNumber",
        "status",
    )

    connections: list[ConnectionDto]
    created_time: int
    entities: list[EntityDto]
    external_id: str
    file_id: DmsId
    last_updated_time: int
    library_id: str
    page_number: int
    status: ParseStatus
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()
            connections.append(connections_item)

        created_time = self.created_time

        entities = []
        for entities_item_data in self.entities:
            entities_item = entities_item_data.to_dict()
            entities.append(entities_item)

        external_id = self.external_id

        file_id = self.file_id.to_dict()

        last_updated_time = self.last_updated_time

        library_id = self.library_id

        page_number = self.page_number

        status = self.status.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connections": connections,
                "createdTime": created_time,
                "entities": entities,
                "externalId": external_id,
                "fileId": file_id,
                "lastUpdatedTime": last_updated_time,
                "libraryId": library_id,
                "pageNumber": page_number,
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection_dto import ConnectionDto  # noqa: PLC0415
        from ..models.dms_id import DmsId  # noqa: PLC0415
        from ..models.entity_dto import EntityDto  # noqa: PLC0415

        d = dict(src_dict)
        connections = []
        _connections = d.pop("connections")
        for connections_item_data in _connections:
            connections_item = ConnectionDto.from_dict(connections_item_data)

            connections.append(connections_item)

        created_time = d.pop("createdTime")

        entities = []
        _entities = d.pop("entities")
        for entities_item_data in _entities:
            entities_item = EntityDto.from_dict(entities_item_data)

            entities.append(entities_item)

        external_id = d.pop("externalId")

        file_id = DmsId.from_dict(d.pop("fileId"))

        last_updated_time = d.pop("lastUpdatedTime")

        library_id = d.pop("libraryId")

        page_number = d.pop("pageNumber")

        status = ParseStatus(d.pop("status"))

        message = d.pop("message", UNSET)

        extended_diagram_dto = cls(
            connections=connections,
            created_time=created_time,
            entities=entities,
            external_id=external_id,
            file_id=file_id,
            last_updated_time=last_updated_time,
            library_id=library_id,
            page_number=page_number,
            status=status,
            message=message,
        )

        extended_diagram_dto.additional_properties = d
        return extended_diagram_dto
