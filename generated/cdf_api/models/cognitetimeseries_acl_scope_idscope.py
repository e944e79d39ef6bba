from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognitetimeseries_acl_id_scope import CognitetimeseriesAclIdScope


T = TypeVar("T", bound="CognitetimeseriesAclScopeIdscope")


@_attrs_define
class CognitetimeseriesAclScopeIdscope(AdditionalProperties):
    """
    Attributes:
        idscope (CognitetimeseriesAclIdScope | Unset):
    """

    _FIT = {"idscope": ("m", "CognitetimeseriesAclIdScope")}
    _REQUIRED = ()

    idscope: CognitetimeseriesAclIdScope | Unset = UNSET
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
        from ..models.cognitetimeseries_acl_id_scope import CognitetimeseriesAclIdScope  # noqa: PLC0415

        d = dict(src_dict)
        _idscope = d.pop("idscope", UNSET)
        idscope: CognitetimeseriesAclIdScope | Unset
        if isinstance(_idscope, Unset):
            idscope = UNSET
        else:
            idscope = CognitetimeseriesAclIdScope.from_dict(_idscope)

        cognitetimeseries_acl_scope_idscope = cls(
            idscope=idscope,
        )

        cognitetimeseries_acl_scope_idscope.additional_properties = d
        return cognitetimeseries_acl_scope_idscope
