from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cognitegeospatial_acl_action import CognitegeospatialAclAction
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.cognitegeospatial_acl_scope import CognitegeospatialAclScope


T = TypeVar("T", bound="CognitegeospatialAclAcl")


@_attrs_define
class CognitegeospatialAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CognitegeospatialAclAction]):
        scope (CognitegeospatialAclScope):
    """

    _FIT = {"actions": ("l", "s"), "scope": ("m", "CognitegeospatialAclScope")}
    _REQUIRED = ("actions", "scope")

    actions: list[CognitegeospatialAclAction]
    scope: CognitegeospatialAclScope
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
        from ..models.cognitegeospatial_acl_scope import CognitegeospatialAclScope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CognitegeospatialAclAction(actions_item_data)

            actions.append(actions_item)

        scope = CognitegeospatialAclScope.from_dict(d.pop("scope"))

        cognitegeospatial_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cognitegeospatial_acl_acl.additional_properties = d
        return cognitegeospatial_acl_acl
