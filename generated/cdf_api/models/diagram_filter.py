from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parse_status import ParseStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.dms_id import DmsId


T = TypeVar("T", bound="DiagramFilter")


@_attrs_define
class DiagramFilter(AdditionalProperties):
    """List of properties used to filter diagrams

    Attributes:
        file_id (list[DmsId] | Unset): DMS identifier of a file the diagram is parsed from
        library_id (list[str] | Unset): The external ID of the library the diagram is parsed with
        page_number (list[int] | Unset): The page number of a file the diagram is parsed from
        status (list[ParseStatus] | Unset): Parsing status of a diagram
    """

    _FIT = {"fileId": ("l", ("m", "DmsId")), "libraryId": ("l", "s"), "pageNumber": ("l", "i"), "status": ("l", "s")}
    _REQUIRED = ()

    file_id: list[DmsId] | Unset = UNSET
    library_id: list[str] | Unset = UNSET
    page_number: list[int] | Unset = UNSET
    status: list[ParseStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_id, Unset):
            file_id = []
            for file_id_item_data in self.file_id:
                file_id_item = file_id_item_data.to_dict()
                file_id.append(file_id_item)

        library_id: list[str] | Unset = UNSET
        if not isinstance(self.library_id, Unset):
            library_id = self.library_id

        page_number: list[int] | Unset = UNSET
        if not isinstance(self.page_number, Unset):
            page_number = self.page_number

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.value
                status.append(status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if library_id is not UNSET:
            field_dict["libraryId"] = library_id
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dms_id import DmsId  # noqa: PLC0415

        d = dict(src_dict)
        _file_id = d.pop("fileId", UNSET)
        file_id: list[DmsId] | Unset = UNSET
        if _file_id is not UNSET:
            file_id = []
            for file_id_item_data in _file_id:
                file_id_item = DmsId.from_dict(file_id_item_data)

                file_id.append(file_id_item)

        library_id = cast(list[str], d.pop("libraryId", UNSET))

        page_number = cast(list[int], d.pop("pageNumber", UNSET))

        _status = d.pop("status", UNSET)
        status: list[ParseStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = ParseStatus(status_item_data)

                status.append(status_item)

        diagram_filter = cls(
            file_id=file_id,
            library_id=library_id,
            page_number=page_number,
            status=status,
        )

        diagram_filter.additional_properties = d
        return diagram_filter
