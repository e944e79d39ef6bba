from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WorkflowFilter")


@_attrs_define
class WorkflowFilter(AdditionalProperties):
    """If the version is not specified, all versions for the workflow will be included, ordered by createdTime.

    Attributes:
        external_id (str): Identifier for a workflow. Must be unique for the project. No trailing or leading whitespace
            and no null characters allowed.
        version (str | Unset): Identifier for a version. Must be unique for the workflow. No trailing or leading
            whitespace and no null characters allowed.
    """

    _FIT = {"externalId": "s", "version": "s"}
    _REQUIRED = ("externalId",)

    external_id: str
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        version = d.pop("version", UNSET)

        workflow_filter = cls(
            external_id=external_id,
            version=version,
        )

        workflow_filter.additional_properties = d
        return workflow_filter
