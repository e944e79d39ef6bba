from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognitedatasets_acl_id_scope import CognitedatasetsAclIdScope


T = TypeVar("T", bound="SimulatorsAclScopeDatasetScope")


@_attrs_define
class SimulatorsAclScopeDatasetScope(AdditionalProperties):
    """
    Attributes:
        dataset_scope (CognitedatasetsAclIdScope | Unset):
    """

    _FIT = {"datasetScope": ("m", "CognitedatasetsAclIdScope")}
    _REQUIRED = ()

    dataset_scope: CognitedatasetsAclIdScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset_scope, Unset):
            dataset_scope = self.dataset_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_scope is not UNSET:
            field_dict["datasetScope"] = dataset_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognitedatasets_acl_id_scope import CognitedatasetsAclIdScope  # noqa: PLC0415

        d = dict(src_dict)
        _dataset_scope = d.pop("datasetScope", UNSET)
        dataset_scope: CognitedatasetsAclIdScope | Unset
        if isinstance(_dataset_scope, Unset):
            dataset_scope = UNSET
        else:
            dataset_scope = CognitedatasetsAclIdScope.from_dict(_dataset_scope)

        simulators_acl_scope_dataset_scope = cls(
            dataset_scope=dataset_scope,
        )

        simulators_acl_scope_dataset_scope.additional_properties = d
        return simulators_acl_scope_dataset_scope
