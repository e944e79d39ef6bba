from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cogniterobotics_acl_action import CogniteroboticsAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cogniterobotics_acl_scope_all import CogniteroboticsAclScopeAll
    from ..models.cogniterobotics_acl_scope_dataset_scope import CogniteroboticsAclScopeDatasetScope


T = TypeVar("T", bound="CogniteroboticsAclAcl")


@_attrs_define
class CogniteroboticsAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CogniteroboticsAclAction]):
        scope (CogniteroboticsAclScopeAll | CogniteroboticsAclScopeDatasetScope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": ("u", (("m", "CogniteroboticsAclScopeAll"), ("m", "CogniteroboticsAclScopeDatasetScope"))),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[CogniteroboticsAclAction]
    scope: CogniteroboticsAclScopeAll | CogniteroboticsAclScopeDatasetScope
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
        from ..models.cogniterobotics_acl_scope_all import CogniteroboticsAclScopeAll  # noqa: PLC0415
        from ..models.cogniterobotics_acl_scope_dataset_scope import CogniteroboticsAclScopeDatasetScope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CogniteroboticsAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(data: object) -> CogniteroboticsAclScopeAll | CogniteroboticsAclScopeDatasetScope:
            return parse_best(data, (CogniteroboticsAclScopeAll, CogniteroboticsAclScopeDatasetScope))

        scope = _parse_scope(d.pop("scope"))

        cogniterobotics_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cogniterobotics_acl_acl.additional_properties = d
        return cogniterobotics_acl_acl
