from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cognitesecuritycategories_acl_action import CognitesecuritycategoriesAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognitesecuritycategories_acl_scope_all import CognitesecuritycategoriesAclScopeAll
    from ..models.cognitesecuritycategories_acl_scope_idscope import CognitesecuritycategoriesAclScopeIdscope


T = TypeVar("T", bound="CognitesecuritycategoriesAclAcl")


@_attrs_define
class CognitesecuritycategoriesAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CognitesecuritycategoriesAclAction]):
        scope (CognitesecuritycategoriesAclScopeAll | CognitesecuritycategoriesAclScopeIdscope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": (
            "u",
            (("m", "CognitesecuritycategoriesAclScopeAll"), ("m", "CognitesecuritycategoriesAclScopeIdscope")),
        ),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[CognitesecuritycategoriesAclAction]
    scope: CognitesecuritycategoriesAclScopeAll | CognitesecuritycategoriesAclScopeIdscope
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
        from ..models.cognitesecuritycategories_acl_scope_all import CognitesecuritycategoriesAclScopeAll  # noqa: PLC0415
        from ..models.cognitesecuritycategories_acl_scope_idscope import CognitesecuritycategoriesAclScopeIdscope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CognitesecuritycategoriesAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(
            data: object,
        ) -> CognitesecuritycategoriesAclScopeAll | CognitesecuritycategoriesAclScopeIdscope:
            return parse_best(data, (CognitesecuritycategoriesAclScopeAll, CognitesecuritycategoriesAclScopeIdscope))

        scope = _parse_scope(d.pop("scope"))

        cognitesecuritycategories_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cognitesecuritycategories_acl_acl.additional_properties = d
        return cognitesecuritycategories_acl_acl
