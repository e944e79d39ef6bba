from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_acl_acl import AnnotationsAclAcl
    from ..models.cognite_capability_shared_project_url_names import CogniteCapabilitySharedProjectUrlNames


T = TypeVar("T", bound="CogniteCapabilityAnnotationsAcl")


@_attrs_define
class CogniteCapabilityAnnotationsAcl(AdditionalProperties):
    """
    Attributes:
        project_url_names (CogniteCapabilitySharedProjectUrlNames | Unset):
        annotations_acl (AnnotationsAclAcl | Unset):
    """

    _FIT = {
        "projectUrlNames": ("m", "CogniteCapabilitySharedProjectUrlNames"),
        "annotationsAcl": ("m", "AnnotationsAclAcl"),
    }
    _REQUIRED = ()

    project_url_names: CogniteCapabilitySharedProjectUrlNames | Unset = UNSET
    annotations_acl: AnnotationsAclAcl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_url_names: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_url_names, Unset):
            project_url_names = self.project_url_names.to_dict()

        annotations_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations_acl, Unset):
            annotations_acl = self.annotations_acl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_url_names is not UNSET:
            field_dict["projectUrlNames"] = project_url_names
        if annotations_acl is not UNSET:
            field_dict["annotationsAcl"] = annotations_acl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_acl_acl import AnnotationsAclAcl  # noqa: PLC0415
        from ..models.cognite_capability_shared_project_url_names import CogniteCapabilitySharedProjectUrlNames  # noqa: PLC0415

        d = dict(src_dict)
        _project_url_names = d.pop("projectUrlNames", UNSET)
        project_url_names: CogniteCapabilitySharedProjectUrlNames | Unset
        if isinstance(_project_url_names, Unset):
            project_url_names = UNSET
        else:
            project_url_names = CogniteCapabilitySharedProjectUrlNames.from_dict(_project_url_names)

        _annotations_acl = d.pop("annotationsAcl", UNSET)
        annotations_acl: AnnotationsAclAcl | Unset
        if isinstance(_annotations_acl, Unset):
            annotations_acl = UNSET
        else:
            annotations_acl = AnnotationsAclAcl.from_dict(_annotations_acl)

        cognite_capability_annotations_acl = cls(
            project_url_names=project_url_names,
            annotations_acl=annotations_acl,
        )

        cognite_capability_annotations_acl.additional_properties = d
        return cognite_capability_annotations_acl
