from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.project_response import ProjectResponse
    from ..models.project_with_admin_properties_response import ProjectWithAdminPropertiesResponse


T = TypeVar("T", bound="ProjectResponseDto")


@_attrs_define
class ProjectResponseDto(AdditionalProperties):
    """
    Attributes:
        items (list[ProjectResponse | ProjectWithAdminPropertiesResponse]):
        next_cursor (str | Unset): The cursor to get the next page of results (if available). Note that the server
            may choose to paginate the results even though no limit can be specified by the user.
    """

    _FIT = {
        "items": ("l", ("u", (("m", "ProjectResponse"), ("m", "ProjectWithAdminPropertiesResponse")))),
        "nextCursor": "s",
    }
    _REQUIRED = ("items",)

    items: list[ProjectResponse | ProjectWithAdminPropertiesResponse]
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_response import ProjectResponse  # noqa: PLC0415
        from ..models.project_with_admin_properties_response import ProjectWithAdminPropertiesResponse  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> ProjectResponse | ProjectWithAdminPropertiesResponse:
                return parse_best(data, (ProjectResponse, ProjectWithAdminPropertiesResponse))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        next_cursor = d.pop("nextCursor", UNSET)

        project_response_dto = cls(
            items=items,
            next_cursor=next_cursor,
        )

        project_response_dto.additional_properties = d
        return project_response_dto
