from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cognitetimeseries_acl_action import CognitetimeseriesAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognitetimeseries_acl_scope_all import CognitetimeseriesAclScopeAll
    from ..models.cognitetimeseries_acl_scope_asset_root_id_scope import CognitetimeseriesAclScopeAssetRootIdScope
    from ..models.cognitetimeseries_acl_scope_dataset_scope import CognitetimeseriesAclScopeDatasetScope
    from ..models.cognitetimeseries_acl_scope_idscope import CognitetimeseriesAclScopeIdscope


T = TypeVar("T", bound="CognitetimeseriesAclAcl")


@_attrs_define
class CognitetimeseriesAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[CognitetimeseriesAclAction]):
        scope (CognitetimeseriesAclScopeAll | CognitetimeseriesAclScopeAssetRootIdScope |
            CognitetimeseriesAclScopeDatasetScope | CognitetimeseriesAclScopeIdscope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": (
            "u",
            (
                ("m", "CognitetimeseriesAclScopeAll"),
                ("m", "CognitetimeseriesAclScopeIdscope"),
                ("m", "CognitetimeseriesAclScopeAssetRootIdScope"),
                ("m", "CognitetimeseriesAclScopeDatasetScope"),
            ),
        ),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[CognitetimeseriesAclAction]
    scope: (
        CognitetimeseriesAclScopeAll
        | CognitetimeseriesAclScopeAssetRootIdScope
        | CognitetimeseriesAclScopeDatasetScope
        | CognitetimeseriesAclScopeIdscope
    )
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
        from ..models.cognitetimeseries_acl_scope_all import CognitetimeseriesAclScopeAll  # noqa: PLC0415
        from ..models.cognitetimeseries_acl_scope_asset_root_id_scope import CognitetimeseriesAclScopeAssetRootIdScope  # noqa: PLC0415
        from ..models.cognitetimeseries_acl_scope_dataset_scope import CognitetimeseriesAclScopeDatasetScope  # noqa: PLC0415
        from ..models.cognitetimeseries_acl_scope_idscope import CognitetimeseriesAclScopeIdscope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = CognitetimeseriesAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(
            data: object,
        ) -> (
            CognitetimeseriesAclScopeAll
            | CognitetimeseriesAclScopeAssetRootIdScope
            | CognitetimeseriesAclScopeDatasetScope
            | CognitetimeseriesAclScopeIdscope
        ):
            return parse_best(
                data,
                (
                    CognitetimeseriesAclScopeAll,
                    CognitetimeseriesAclScopeIdscope,
                    CognitetimeseriesAclScopeAssetRootIdScope,
                    CognitetimeseriesAclScopeDatasetScope,
                ),
            )

        scope = _parse_scope(d.pop("scope"))

        cognitetimeseries_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        cognitetimeseries_acl_acl.additional_properties = d
        return cognitetimeseries_acl_acl
