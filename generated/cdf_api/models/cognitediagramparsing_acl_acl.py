from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cognitediagramparsing_acl_action import CognitediagramparsingAclAction
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.cognitediagramparsing_acl_scope_all import CognitediagramparsingAclScopeAll


T = TypeVar("T", bound="CognitediagramparsingAclAcl")


@_attrs_define
class CognitediagramparsingAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CognitediagramparsingAclAction]):
        scope (CognitediagramparsingAclScopeAll):
    """

    _FIT = {"actions": ("l", "s"), "scope": ("m", "CognitediagramparsingAclScopeAll")}
    _REQUIRED = ("actions", "scope")

    actions: list[CognitediagramparsingAclAction]
    scope: CognitediagramparsingAclScopeAll
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.value
            actions.append(actions_item)

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
        from ..models.cognitediagramparsing_acl_scope_all import CognitediagramparsingAclScopeAll  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CognitediagramparsingAclAction(actions_item_data)

            actions.append(actions_item)

        scope = CognitediagramparsingAclScopeAll.from_dict(d.pop("scope"))

        cognitediagramparsing_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cognitediagramparsing_acl_acl.additional_properties = d
        return cognitediagramparsing_acl_acl
