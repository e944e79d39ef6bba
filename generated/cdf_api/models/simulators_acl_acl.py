from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulators_acl_action import SimulatorsAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.simulators_acl_scope_all import SimulatorsAclScopeAll
    from ..models.simulators_acl_scope_dataset_scope import SimulatorsAclScopeDatasetScope


T = TypeVar("T", bound="SimulatorsAclAcl")


@_attrs_define
class SimulatorsAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[SimulatorsAclAction]):
        scope (SimulatorsAclScopeAll | SimulatorsAclScopeDatasetScope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": ("u", (("m", "SimulatorsAclScopeAll"), ("m", "SimulatorsAclScopeDatasetScope"))),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[SimulatorsAclAction]
    scope: SimulatorsAclScopeAll | SimulatorsAclScopeDatasetScope
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
        from ..models.simulators_acl_scope_all import SimulatorsAclScopeAll  # noqa: PLC0415
        from ..models.simulators_acl_scope_dataset_scope import SimulatorsAclScopeDatasetScope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = SimulatorsAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(data: object) -> SimulatorsAclScopeAll | SimulatorsAclScopeDatasetScope:
            return parse_best(data, (SimulatorsAclScopeAll, SimulatorsAclScopeDatasetScope))

        scope = _parse_scope(d.pop("scope"))

        simulators_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        simulators_acl_acl.additional_properties = d
        return simulators_acl_acl
