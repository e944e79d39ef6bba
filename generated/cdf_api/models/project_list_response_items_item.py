from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_modeling_status import DataModelingStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ProjectListResponseItemsItem")


@_attrs_define
class ProjectListResponseItemsItem(AdditionalProperties):
    """Information about a project.

    Attributes:
        url_name (str): The URL name of the project. This is used as part of the request path in API calls.

            Valid URL names contains between 3 and 32 characters, and may only contain
            English letters, digits and hyphens, must contain at least one letter
            and may not start or end with a hyphen.
             Example: publicdata.
        data_modeling_status (DataModelingStatus | Unset): Status of data modeling for a project.
    """

    _FIT = {"urlName": "s", "dataModelingStatus": "s"}
    _REQUIRED = ("urlName",)

    url_name: str
    data_modeling_status: DataModelingStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url_name = self.url_name

        data_modeling_status: str | Unset = UNSET
        if not isinstance(self.data_modeling_status, Unset):
            data_modeling_status = self.data_modeling_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urlName": url_name,
            }
        )
        if data_modeling_status is not UNSET:
            field_dict["dataModelingStatus"] = data_modeling_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url_name = d.pop("urlName")

        _data_modeling_status = d.pop("dataModelingStatus", UNSET)
        data_modeling_status: DataModelingStatus | Unset
        if isinstance(_data_modeling_status, Unset):
            data_modeling_status = UNSET
        else:
            data_modeling_status = DataModelingStatus(_data_modeling_status)

        project_list_response_items_item = cls(
            url_name=url_name,
            data_modeling_status=data_modeling_status,
        )

        project_list_response_items_item.additional_properties = d
        return project_list_response_items_item
