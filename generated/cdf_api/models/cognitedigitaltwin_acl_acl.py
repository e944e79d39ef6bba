from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cognitedigitaltwin_acl_action import CognitedigitaltwinAclAction
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.cognitedigitaltwin_acl_scope import CognitedigitaltwinAclScope


T = TypeVar("T", bound="CognitedigitaltwinAclAcl")


@_attrs_define
class CognitedigitaltwinAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CognitedigitaltwinAclAction]):
        scope (CognitedigitaltwinAclScope):
    """

    _FIT = {"actions": ("l", "s"), "scope": ("m", "CognitedigitaltwinAclScope")}
    _REQUIRED = ("actions", "scope")

    actions: list[CognitedigitaltwinAclAction]
    scope: CognitedigitaltwinAclScope
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
        from ..models.cognitedigitaltwin_acl_scope import CognitedigitaltwinAclScope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CognitedigitaltwinAclAction(actions_item_data)

            actions.append(actions_item)

        scope = CognitedigitaltwinAclScope.from_dict(d.pop("scope"))

        cognitedigitaltwin_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cognitedigitaltwin_acl_acl.additional_properties = d
        return cognitedigitaltwin_acl_acl
