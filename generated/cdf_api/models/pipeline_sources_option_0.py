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


T = TypeVar("T", bound="PipelineSourcesOption0")


@_attrs_define
class PipelineSourcesOption0(AdditionalProperties):
    """
    Attributes:
        data_set_ids (list[IdEitherExternalId | IdEitherId] | Unset): List of data set internal or external IDs.
        resource (PipelineResourceType | Unset): CDF resource type. Example: assets.
    """

    _FIT = {"dataSetIds": ("l", ("u", (("m", "IdEitherId"), ("m", "IdEitherExternalId")))), "resource": "s"}
    _REQUIRED = ()

    data_set_ids: list[IdEitherExternalId | IdEitherId] | Unset = UNSET
    resource: PipelineResourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_set_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_set_ids, Unset):
            data_set_ids = []
            for data_set_ids_item_data in self.data_set_ids:
                data_set_ids_item: dict[str, Any]
                data_set_ids_item = data_set_ids_item_data.to_dict()

                data_set_ids.append(data_set_ids_item)

        resource: str | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_either_external_id import IdEitherExternalId  # noqa: PLC0415
        from ..models.id_either_id import IdEitherId  # noqa: PLC0415

        d = dict(src_dict)
        _data_set_ids = d.pop("dataSetIds", UNSET)
        data_set_ids: list[IdEitherExternalId | IdEitherId] | Unset = UNSET
        if _data_set_ids is not UNSET:
            data_set_ids = []
            for data_set_ids_item_data in _data_set_ids:

                def _parse_data_set_ids_item(data: object) -> IdEitherExternalId | IdEitherId:
                    return parse_best(data, (IdEitherId, IdEitherExternalId))

                data_set_ids_item = _parse_data_set_ids_item(data_set_ids_item_data)

                data_set_ids.append(data_set_ids_item)

        _resource = d.pop("resource", UNSET)
        resource: PipelineResourceType | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = PipelineResourceType(_resource)

        pipeline_sources_option_0 = cls(
            data_set_ids=data_set_ids,
            resource=resource,
        )

        pipeline_sources_option_0.additional_properties = d
        return pipeline_sources_option_0
