from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_capability_shared_project_url_names import CogniteCapabilitySharedProjectUrlNames
    from ..models.cognitelabels_acl_acl import CognitelabelsAclAcl


T = TypeVar("T", bound="CogniteCapabilityLabelsAcl")


@_attrs_define
class CogniteCapabilityLabelsAcl(AdditionalProperties):
    """
    Attributes:
        labels_acl (CognitelabelsAclAcl):
        project_url_names (CogniteCapabilitySharedProjectUrlNames | Unset):
    """

    _FIT = {
        "labelsAcl": ("m", "CognitelabelsAclAcl"),
        "projectUrlNames": ("m", "CogniteCapabilitySharedProjectUrlNames"),
    }
    _REQUIRED = ("labelsAcl",)

    labels_acl: CognitelabelsAclAcl
    project_url_names: CogniteCapabilitySharedProjectUrlNames | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels_acl = self.labels_acl.to_dict()

        project_url_names: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_url_names, Unset):
            project_url_names = self.project_url_names.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labelsAcl": labels_acl,
            }
        )
        if project_url_names is not UNSET:
            field_dict["projectUrlNames"] = project_url_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_capability_shared_project_url_names import CogniteCapabilitySharedProjectUrlNames  # noqa: PLC0415
        from ..models.cognitelabels_acl_acl import CognitelabelsAclAcl  # noqa: PLC0415

        d = dict(src_dict)
        labels_acl = CognitelabelsAclAcl.from_dict(d.pop("labelsAcl"))

        _project_url_names = d.pop("projectUrlNames", UNSET)
        project_url_names: CogniteCapabilitySharedProjectUrlNames | Unset
        if isinstance(_project_url_names, Unset):
            project_url_names = UNSET
        else:
            project_url_names = CogniteCapabilitySharedProjectUrlNames.from_dict(_project_url_names)

        cognite_capability_labels_acl = cls(
            labels_acl=labels_acl,
            project_url_names=project_url_names,
        )

        cognite_capability_labels_acl.additional_properties = d
        return cognite_capability_labels_acl
