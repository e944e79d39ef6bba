from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotations_acl_action import AnnotationsAclAction
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.annotations_acl_scope_all import AnnotationsAclScopeAll


T = TypeVar("T", bound="AnnotationsAclAcl")


@_attrs_define
class AnnotationsAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[AnnotationsAclAction]):
        scope (AnnotationsAclScopeAll):
    """

    _FIT = {"actions": ("l", "s"), "scope": ("m", "AnnotationsAclScopeAll")}
    _REQUIRED = ("actions", "scope")

    actions: list[AnnotationsAclAction]
    scope: AnnotationsAclScopeAll
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
        from ..models.annotations_acl_scope_all import AnnotationsAclScopeAll  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = AnnotationsAclAction(actions_item_data)

            actions.append(actions_item)

        scope = AnnotationsAclScopeAll.from_dict(d.pop("scope"))

        annotations_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        annotations_acl_acl.additional_properties = d
        return annotations_acl_acl
