from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cogniteseismic_acl_action import CogniteseismicAclAction
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.cogniteseismic_acl_scope import CogniteseismicAclScope


T = TypeVar("T", bound="CogniteseismicAclAcl")


@_attrs_define
class CogniteseismicAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CogniteseismicAclAction]):
        scope (CogniteseismicAclScope):
    """

    _FIT = {"actions": ("l", "s"), "scope": ("m", "CogniteseismicAclScope")}
    _REQUIRED = ("actions", "scope")

    actions: list[CogniteseismicAclAction]
    scope: CogniteseismicAclScope
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
        from ..models.cogniteseismic_acl_scope import CogniteseismicAclScope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CogniteseismicAclAction(actions_item_data)

            actions.append(actions_item)

        scope = CogniteseismicAclScope.from_dict(d.pop("scope"))

        cogniteseismic_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cogniteseismic_acl_acl.additional_properties = d
        return cogniteseismic_acl_acl
