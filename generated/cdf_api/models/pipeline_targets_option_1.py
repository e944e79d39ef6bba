from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipeline_resource_type import PipelineResourceType
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.id_either_external_id import IdEitherExternalId
    from ..models.id_either_id import IdEitherId


T = TypeVar("T", bound="PipelineTargetsOption1")


@_attrs_define
class PipelineTargetsOption1(AdditionalProperties):
    """Target asset subtrees

    Attributes:
        asset_subtree_ids (list[IdEitherExternalId | IdEitherId] | Unset): List of id or externalId for asset subtrees
            to use.
        resource (PipelineResourceType | Unset): CDF resource type. Example: assets.
    """

    _FIT = {"assetSubtreeIds": ("l", ("u", (("m", "IdEitherId"), ("m", "IdEitherExternalId")))), "resource": "s"}
    _REQUIRED = ()

    asset_subtree_ids: list[IdEitherExternalId | IdEitherId] | Unset = UNSET
    resource: PipelineResourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_subtree_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_subtree_ids, Unset):
            asset_subtree_ids = []
            for asset_subtree_ids_item_data in self.asset_subtree_ids:
                asset_subtree_ids_item: dict[str, Any]
                asset_subtree_ids_item = asset_subtree_ids_item_data.to_dict()

                asset_subtree_ids.append(asset_subtree_ids_item)

        resource: str | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_subtree_ids is not UNSET:
            field_dict["assetSubtreeIds"] = asset_subtree_ids
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_either_external_id import IdEitherExternalId  # noqa: PLC0415
        from ..models.id_either_id import IdEitherId  # noqa: PLC0415

        d = dict(src_dict)
        _asset_subtree_ids = d.pop("assetSubtreeIds", UNSET)
        asset_subtree_ids: list[IdEitherExternalId | IdEitherId] | Unset = UNSET
        if _asset_subtree_ids is not UNSET:
            asset_subtree_ids = []
            for asset_subtree_ids_item_data in _asset_subtree_ids:

                def _parse_asset_subtree_ids_item(data: object) -> IdEitherExternalId | IdEitherId:
                    return parse_best(data, (IdEitherId, IdEitherExternalId))

                asset_subtree_ids_item = _parse_asset_subtree_ids_item(asset_subtree_ids_item_data)

                asset_subtree_ids.append(asset_subtree_ids_item)

        _resource = d.pop("resource", UNSET)
        resource: PipelineResourceType | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = PipelineResourceType(_resource)

        pipeline_targets_option_1 = cls(
            asset_subtree_ids=asset_subtree_ids,
            resource=resource,
        )

        pipeline_targets_option_1.additional_properties = d
        return pipeline_targets_option_1
