from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.node_3d_property_filter import Node3DPropertyFilter


T = TypeVar("T", bound="Node3DPropertyFilterBody")


@_attrs_define
class Node3DPropertyFilterBody(AdditionalProperties):
    """ Filter request for nodes. Filters nodes with properties matching ones in a list of alternatives.

        Attributes:
            limit (int | Unset): Limits the number of results to return.
            cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
            partition (str | Unset): Splits the data set into `N` partitions.
                The attribute is specified as a "M/N" string, where `M` is a natural number in the interval of `[1, N]`.
                You need to follow the cursors within each partition in order to receive all the data.

                To prevent unexpected problems and maximize read throughput, you should at most use 10 (N <= 10) partitions.

                When using more than 10 partitions, CDF may reduce the number of partitions silently.
                For example, CDF may reduce the number of partitions to `K = 10` so if you specify an `X/N` `partition` value
                where `X = 8` and `N = 20` - i.e. `"partition": "8/20"`- then
                CDF will change `N` to `N = K = 10` and process the request.
                But if you  specify the `X/N` `partition` value where `X = 11` (`X > K`) and `N = 20` - i.e. `"partition":
                "11/20"`- then
                CDF will reply with an empty result list and no cursor in the response.\\

                In future releases of the resource APIs, Cognite may reject requests if you specify more than 10 partitions.
                When Cognite enforces this behavior, the requests will result in a 400 Bad Request status.
                 Example: 1/10.
            filter_ (Node3DPropertyFilter | Unset): Filters used in the search.
     """

    _FIT = {"limit": "i", "cursor": "s", "partition": "s", "filter": ("m", "Node3DPropertyFilter")}
    _REQUIRED = ()

    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    partition: str | Unset = UNSET
    filter_: Node3DPropertyFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        cursor = self.cursor

        partition = self.partition

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if partition is not UNSET:
            field_dict["partition"] = partition
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_3d_property_filter import Node3DPropertyFilter  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        cursor = d.pop("cursor", UNSET)

        partition = d.pop("partition", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: Node3DPropertyFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = Node3DPropertyFilter.from_dict(_filter_)

        node_3d_property_filter_body = cls(
            limit=limit,
            cursor=cursor,
            partition=partition,
            filter_=filter_,
        )

        node_3d_property_filter_body.additional_properties = d
        return node_3d_property_filter_body
