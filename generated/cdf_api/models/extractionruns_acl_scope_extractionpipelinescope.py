from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.extractionpipelines_acl_id_scope import ExtractionpipelinesAclIdScope


T = TypeVar("T", bound="ExtractionrunsAclScopeExtractionpipelinescope")


@_attrs_define
class ExtractionrunsAclScopeExtractionpipelinescope(AdditionalProperties):
    """
    Attributes:
        extractionpipelinescope (ExtractionpipelinesAclIdScope | Unset):
    """

    _FIT = {"extractionpipelinescope": ("m", "ExtractionpipelinesAclIdScope")}
    _REQUIRED = ()

    extractionpipelinescope: ExtractionpipelinesAclIdScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extractionpipelinescope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extractionpipelinescope, Unset):
            extractionpipelinescope = self.extractionpipelinescope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extractionpipelinescope is not UNSET:
            field_dict["extractionpipelinescope"] = extractionpipelinescope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extractionpipelines_acl_id_scope import ExtractionpipelinesAclIdScope  # noqa: PLC0415

        d = dict(src_dict)
        _extractionpipelinescope = d.pop("extractionpipelinescope", UNSET)
        extractionpipelinescope: ExtractionpipelinesAclIdScope | Unset
        if isinstance(_extractionpipelinescope, Unset):
            extractionpipelinescope = UNSET
        else:
            extractionpipelinescope = ExtractionpipelinesAclIdScope.from_dict(_extractionpipelinescope)

        extractionruns_acl_scope_extractionpipelinescope = cls(
            extractionpipelinescope=extractionpipelinescope,
        )

        extractionruns_acl_scope_extractionpipelinescope.additional_properties = d
        return extractionruns_acl_scope_extractionpipelinescope
