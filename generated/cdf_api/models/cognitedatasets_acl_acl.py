from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cognitedatasets_acl_action import CognitedatasetsAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognitedatasets_acl_scope_all import CognitedatasetsAclScopeAll
    from ..models.cognitedatasets_acl_scope_idscope import CognitedatasetsAclScopeIdscope


T = TypeVar("T", bound="CognitedatasetsAclAcl")


@_attrs_define
class CognitedatasetsAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CognitedatasetsAclAction]):
        scope (CognitedatasetsAclScopeAll | CognitedatasetsAclScopeIdscope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": ("u", (("m", "CognitedatasetsAclScopeAll"), ("m", "CognitedatasetsAclScopeIdscope"))),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[CognitedatasetsAclAction]
    scope: CognitedatasetsAclScopeAll | CognitedatasetsAclScopeIdscope
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
        from ..models.cognitedatasets_acl_scope_all import CognitedatasetsAclScopeAll  # noqa: PLC0415
        from ..models.cognitedatasets_acl_scope_idscope import CognitedatasetsAclScopeIdscope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CognitedatasetsAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(data: object) -> CognitedatasetsAclScopeAll | CognitedatasetsAclScopeIdscope:
            return parse_best(data, (CognitedatasetsAclScopeAll, CognitedatasetsAclScopeIdscope))

        scope = _parse_scope(d.pop("scope"))

        cognitedatasets_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cognitedatasets_acl_acl.additional_properties = d
        return cognitedatasets_acl_acl
