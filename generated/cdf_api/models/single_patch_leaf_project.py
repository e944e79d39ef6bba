from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SinglePatchLeafProject")


@_attrs_define
class SinglePatchLeafProject(AdditionalProperties):
    """Sets if the project should be a leaf project or not. Currently only permitted to be updated by cluster
    administrators.

    Cluster administrators should exercise caution when updating the `leafProject` status of a project, as it has the
    potential
    to break the invariants that only leaf projects can contain industrial data (assets, timeseries, etc.), or that leaf
    projects
    should not have child projects.

    Typically the `leafProject` state should only be updated if a project has been mistakenly created with the wrong
    status.

        Attributes:
            set_ (bool):
    """

    _FIT = {"set": "b"}
    _REQUIRED = ("set",)

    set_: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_ = d.pop("set")

        single_patch_leaf_project = cls(
            set_=set_,
        )

        single_patch_leaf_project.additional_properties = d
        return single_patch_leaf_project
