from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cognitesequences_acl_action import CognitesequencesAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognitesequences_acl_scope_all import CognitesequencesAclScopeAll
    from ..models.cognitesequences_acl_scope_dataset_scope import CognitesequencesAclScopeDatasetScope


T = TypeVar("T", bound="CognitesequencesAclAcl")


@_attrs_define
class CognitesequencesAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CognitesequencesAclAction]):
        scope (CognitesequencesAclScopeAll | CognitesequencesAclScopeDatasetScope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": ("u", (("m", "CognitesequencesAclScopeAll"), ("m", "CognitesequencesAclScopeDatasetScope"))),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[CognitesequencesAclAction]
    scope: CognitesequencesAclScopeAll | CognitesequencesAclScopeDatasetScope
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
        from ..models.cognitesequences_acl_scope_all import CognitesequencesAclScopeAll  # noqa: PLC0415
        from ..models.cognitesequences_acl_scope_dataset_scope import CognitesequencesAclScopeDatasetScope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CognitesequencesAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(data: object) -> CognitesequencesAclScopeAll | CognitesequencesAclScopeDatasetScope:
            return parse_best(data, (CognitesequencesAclScopeAll, CognitesequencesAclScopeDatasetScope))

        scope = _parse_scope(d.pop("scope"))

        cognitesequences_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cognitesequences_acl_acl.additional_properties = d
        return cognitesequences_acl_acl
