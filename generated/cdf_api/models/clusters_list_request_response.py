from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ClustersListRequestResponse")


@_attrs_define
class ClustersListRequestResponse(AdditionalProperties):
    """
    Attributes:
        clusters (list[str]):
    """

    _FIT = {"clusters": ("l", "s")}
    _REQUIRED = ("clusters",)

    clusters: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clusters = self.clusters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusters": clusters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clusters = cast(list[str], d.pop("clusters"))

        clusters_list_request_response = cls(
            clusters=clusters,
        )

        clusters_list_request_response.additional_properties = d
        return clusters_list_request_response
