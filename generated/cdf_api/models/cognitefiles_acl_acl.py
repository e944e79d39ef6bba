from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cognitefiles_acl_action import CognitefilesAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognitefiles_acl_scope_all import CognitefilesAclScopeAll
    from ..models.cognitefiles_acl_scope_dataset_scope import CognitefilesAclScopeDatasetScope


T = TypeVar("T", bound="CognitefilesAclAcl")


@_attrs_define
class CognitefilesAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CognitefilesAclAction]):
        scope (CognitefilesAclScopeAll | CognitefilesAclScopeDatasetScope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": ("u", (("m", "CognitefilesAclScopeAll"), ("m", "CognitefilesAclScopeDatasetScope"))),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[CognitefilesAclAction]
    scope: CognitefilesAclScopeAll | CognitefilesAclScopeDatasetScope
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.value
            actions.append(actions_item)

        scope: dict[str, Any]
        scope = self.scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognitefiles_acl_scope_all import CognitefilesAclScopeAll  # noqa: PLC0415
        from ..models.cognitefiles_acl_scope_dataset_scope import CognitefilesAclScopeDatasetScope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CognitefilesAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(data: object) -> CognitefilesAclScopeAll | CognitefilesAclScopeDatasetScope:
            return parse_best(data, (CognitefilesAclScopeAll, CognitefilesAclScopeDatasetScope))

        scope = _parse_scope(d.pop("scope"))

        cognitefiles_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cognitefiles_acl_acl.additional_properties = d
        return cognitefiles_acl_acl
