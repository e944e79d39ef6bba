from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitymatching_acl_action import EntitymatchingAclAction
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.entitymatching_acl_scope_all import EntitymatchingAclScopeAll


T = TypeVar("T", bound="EntitymatchingAclAcl")


@_attrs_define
class EntitymatchingAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[EntitymatchingAclAction]):
        scope (EntitymatchingAclScopeAll):
    """

    _FIT = {"actions": ("l", "s"), "scope": ("m", "EntitymatchingAclScopeAll")}
    _REQUIRED = ("actions", "scope")

    actions: list[EntitymatchingAclAction]
    scope: EntitymatchingAclScopeAll
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
        from ..models.entitymatching_acl_scope_all import EntitymatchingAclScopeAll  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = EntitymatchingAclAction(actions_item_data)

            actions.append(actions_item)

        scope = EntitymatchingAclScopeAll.from_dict(d.pop("scope"))

        entitymatching_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        entitymatching_acl_acl.additional_properties = d
        return entitymatching_acl_acl
