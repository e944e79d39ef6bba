from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.diagram_instance_id import DiagramInstanceId
    from ..models.page_range import PageRange


T = TypeVar("T", bound="FileInstanceWithPageRange")


@_attrs_define
class FileInstanceWithPageRange(AdditionalProperties):
    """File instance id, and a page range. At most 50 pages can be queried.

    Attributes:
        instance_id (DiagramInstanceId): The instance id of a file in CDF. The file must have mime_type application/pdf,
            image/jpeg, image/png or image/tiff. Example: {'space': 'space', 'externalId': 'externalId'}.
        page_range (PageRange): An inclusive range of up to 50 pages, starting at 1. For example, the first 10 pages are
            given by begin=1, end=10. Page ranges only apply to PDF files.
    """

    _FIT = {"instanceId": ("m", "DiagramInstanceId"), "pageRange": ("m", "PageRange")}
    _REQUIRED = ("instanceId", "pageRange")

    instance_id: DiagramInstanceId
    page_range: PageRange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id.to_dict()

        page_range = self.page_range.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceId": instance_id,
                "pageRange": page_range,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagram_instance_id import DiagramInstanceId  # noqa: PLC0415
        from ..models.page_range import PageRange  # noqa: PLC0415

        d = dict(src_dict)
        instance_id = DiagramInstanceId.from_dict(d.pop("instanceId"))

        page_range = PageRange.from_dict(d.pop("pageRange"))

        file_instance_with_page_range = cls(
            instance_id=instance_id,
            page_range=page_range,
        )

        file_instance_with_page_range.additional_properties = d
        return file_instance_with_page_range
