from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cognitelabels_acl_action import CognitelabelsAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognitelabels_acl_scope_all import CognitelabelsAclScopeAll
    from ..models.cognitelabels_acl_scope_dataset_scope import CognitelabelsAclScopeDatasetScope


T = TypeVar("T", bound="CognitelabelsAclAcl")


@_attrs_define
class CognitelabelsAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CognitelabelsAclAction]):
        scope (CognitelabelsAclScopeAll | CognitelabelsAclScopeDatasetScope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": ("u", (("m", "CognitelabelsAclScopeAll"), ("m", "CognitelabelsAclScopeDatasetScope"))),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[CognitelabelsAclAction]
    scope: CognitelabelsAclScopeAll | CognitelabelsAclScopeDatasetScope
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
        from ..models.cognitelabels_acl_scope_all import CognitelabelsAclScopeAll  # noqa: PLC0415
        from ..models.cognitelabels_acl_scope_dataset_scope import CognitelabelsAclScopeDatasetScope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CognitelabelsAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(data: object) -> CognitelabelsAclScopeAll | CognitelabelsAclScopeDatasetScope:
            return parse_best(data, (CognitelabelsAclScopeAll, CognitelabelsAclScopeDatasetScope))

        scope = _parse_scope(d.pop("scope"))

        cognitelabels_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cognitelabels_acl_acl.additional_properties = d
        return cognitelabels_acl_acl
