from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cognitetimeseriessubscriptions_acl_action import CognitetimeseriessubscriptionsAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognitetimeseriessubscriptions_acl_scope_all import CognitetimeseriessubscriptionsAclScopeAll
    from ..models.cognitetimeseriessubscriptions_acl_scope_dataset_scope import (
        CognitetimeseriessubscriptionsAclScopeDatasetScope,
    )


T = TypeVar("T", bound="CognitetimeseriessubscriptionsAclAcl")


@_attrs_define
class CognitetimeseriessubscriptionsAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CognitetimeseriessubscriptionsAclAction]):
        scope (CognitetimeseriessubscriptionsAclScopeAll | CognitetimeseriessubscriptionsAclScopeDatasetScope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": (
            "u",
            (
                ("m", "CognitetimeseriessubscriptionsAclScopeAll"),
                ("m", "CognitetimeseriessubscriptionsAclScopeDatasetScope"),
            ),
        ),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[CognitetimeseriessubscriptionsAclAction]
    scope: CognitetimeseriessubscriptionsAclScopeAll | CognitetimeseriessubscriptionsAclScopeDatasetScope
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
        from ..models.cognitetimeseriessubscriptions_acl_scope_all import CognitetimeseriessubscriptionsAclScopeAll  # noqa: PLC0415
        from ..models.cognitetimeseriessubscriptions_acl_scope_dataset_scope import (
            CognitetimeseriessubscriptionsAclScopeDatasetScope,  # noqa: PLC0415
        )

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CognitetimeseriessubscriptionsAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(
            data: object,
        ) -> CognitetimeseriessubscriptionsAclScopeAll | CognitetimeseriessubscriptionsAclScopeDatasetScope:
            return parse_best(
                data, (CognitetimeseriessubscriptionsAclScopeAll, CognitetimeseriessubscriptionsAclScopeDatasetScope)
            )

        scope = _parse_scope(d.pop("scope"))

        cognitetimeseriessubscriptions_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cognitetimeseriessubscriptions_acl_acl.additional_properties = d
        return cognitetimeseriessubscriptions_acl_acl
