from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cognitedatamodels_acl_action import CognitedatamodelsAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognitedatamodels_acl_scope_all import CognitedatamodelsAclScopeAll
    from ..models.cognitedatamodels_acl_scope_space_id_scope import CognitedatamodelsAclScopeSpaceIdScope


T = TypeVar("T", bound="CognitedatamodelsAclAcl")


@_attrs_define
class CognitedatamodelsAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CognitedatamodelsAclAction]):
        scope (CognitedatamodelsAclScopeAll | CognitedatamodelsAclScopeSpaceIdScope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": ("u", (("m", "CognitedatamodelsAclScopeAll"), ("m", "CognitedatamodelsAclScopeSpaceIdScope"))),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[CognitedatamodelsAclAction]
    scope: CognitedatamodelsAclScopeAll | CognitedatamodelsAclScopeSpaceIdScope
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
        from ..models.cognitedatamodels_acl_scope_all import CognitedatamodelsAclScopeAll  # noqa: PLC0415
        from ..models.cognitedatamodels_acl_scope_space_id_scope import CognitedatamodelsAclScopeSpaceIdScope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CognitedatamodelsAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(data: object) -> CognitedatamodelsAclScopeAll | CognitedatamodelsAclScopeSpaceIdScope:
            return parse_best(data, (CognitedatamodelsAclScopeAll, CognitedatamodelsAclScopeSpaceIdScope))

        scope = _parse_scope(d.pop("scope"))

        cognitedatamodels_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cognitedatamodels_acl_acl.additional_properties = d
        return cognitedatamodels_acl_acl
