from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cogniteraw_acl_action import CogniterawAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cogniteraw_acl_scope_all import CogniterawAclScopeAll
    from ..models.cogniteraw_acl_scope_table_scope import CogniterawAclScopeTableScope


T = TypeVar("T", bound="CogniterawAclAcl")


@_attrs_define
class CogniterawAclAcl(AdditionalProperties):
    """Set access control on RAW

    Attributes:
        actions (list[CogniterawAclAction]):
        scope (CogniterawAclScopeAll | CogniterawAclScopeTableScope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": ("u", (("m", "CogniterawAclScopeAll"), ("m", "CogniterawAclScopeTableScope"))),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[CogniterawAclAction]
    scope: CogniterawAclScopeAll | CogniterawAclScopeTableScope
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
        from ..models.cogniteraw_acl_scope_all import CogniterawAclScopeAll  # noqa: PLC0415
        from ..models.cogniteraw_acl_scope_table_scope import CogniterawAclScopeTableScope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CogniterawAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(data: object) -> CogniterawAclScopeAll | CogniterawAclScopeTableScope:
            return parse_best(data, (CogniterawAclScopeAll, CogniterawAclScopeTableScope))

        scope = _parse_scope(d.pop("scope"))

        cogniteraw_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cogniteraw_acl_acl.additional_properties = d
        return cogniteraw_acl_acl
