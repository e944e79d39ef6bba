from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cognitethreed_acl_action import CognitethreedAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognitethreed_acl_scope_all import CognitethreedAclScopeAll
    from ..models.cognitethreed_acl_scope_dataset_scope import CognitethreedAclScopeDatasetScope


T = TypeVar("T", bound="CognitethreedAclAcl")


@_attrs_define
class CognitethreedAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CognitethreedAclAction]):
        scope (CognitethreedAclScopeAll | CognitethreedAclScopeDatasetScope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": ("u", (("m", "CognitethreedAclScopeAll"), ("m", "CognitethreedAclScopeDatasetScope"))),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[CognitethreedAclAction]
    scope: CognitethreedAclScopeAll | CognitethreedAclScopeDatasetScope
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
        from ..models.cognitethreed_acl_scope_all import CognitethreedAclScopeAll  # noqa: PLC0415
        from ..models.cognitethreed_acl_scope_dataset_scope import CognitethreedAclScopeDatasetScope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CognitethreedAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(data: object) -> CognitethreedAclScopeAll | CognitethreedAclScopeDatasetScope:
            return parse_best(data, (CognitethreedAclScopeAll, CognitethreedAclScopeDatasetScope))

        scope = _parse_scope(d.pop("scope"))

        cognitethreed_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cognitethreed_acl_acl.additional_properties = d
        return cognitethreed_acl_acl
