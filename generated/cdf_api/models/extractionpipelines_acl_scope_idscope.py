from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.extractionpipelines_acl_id_scope import ExtractionpipelinesAclIdScope


T = TypeVar("T", bound="ExtractionpipelinesAclScopeIdscope")


@_attrs_define
class ExtractionpipelinesAclScopeIdscope(AdditionalProperties):
    """
    Attributes:
        idscope (ExtractionpipelinesAclIdScope | Unset):
    """

    _FIT = {"idscope": ("m", "ExtractionpipelinesAclIdScope")}
    _REQUIRED = ()

    idscope: ExtractionpipelinesAclIdScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idscope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.idscope, Unset):
            idscope = self.idscope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if idscope is not UNSET:
            field_dict["idscope"] = idscope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extractionpipelines_acl_id_scope import ExtractionpipelinesAclIdScope  # noqa: PLC0415

        d = dict(src_dict)
        _idscope = d.pop("idscope", UNSET)
        idscope: ExtractionpipelinesAclIdScope | Unset
        if isinstance(_idscope, Unset):
            idscope = UNSET
        else:
            idscope = ExtractionpipelinesAclIdScope.from_dict(_idscope)

        extractionpipelines_acl_scope_idscope = cls(
            idscope=idscope,
        )

        extractionpipelines_acl_scope_idscope.additional_properties = d
        return extractionpipelines_acl_scope_idscope
