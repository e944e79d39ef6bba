from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.advanced_list_filter import AdvancedListFilter


T = TypeVar("T", bound="RelationshipsAdvancedListRequest")


@_attrs_define
class RelationshipsAdvancedListRequest(AdditionalProperties):
    """ 
        Attributes:
            filter_ (AdvancedListFilter | Unset): Filter on relationships with exact match. Multiple filter elements in one
                property, for example `sourceExternalIds: [ "a", "b" ], returns all relationships where the sourceExternalId
                field is either `a` or `b`. Filters in multiple properties return relationships that match all criteria. If the
                filter is not specified, it defaults to an empty filter.
            limit (int | Unset): Limits the number of results to return.
            cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
            fetch_resources (bool | Unset): If true,
                will try to fetch the resources referred to in the relationship,
                based on the users access rights.
                Will silently fail to attatch the resources if the user lacks access to some of them.
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
     """

    _FIT = {"filter": ("m", "AdvancedListFilter"), "limit": "i", "cursor": "s", "fetchResources": "b", "partition": "s"}
    _REQUIRED = ()

    filter_: AdvancedListFilter | Unset = UNSET
    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    fetch_resources: bool | Unset = UNSET
    partition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        limit = self.limit

        cursor = self.cursor

        fetch_resources = self.fetch_resources

        partition = self.partition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if fetch_resources is not UNSET:
            field_dict["fetchResources"] = fetch_resources
        if partition is not UNSET:
            field_dict["partition"] = partition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advanced_list_filter import AdvancedListFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: AdvancedListFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = AdvancedListFilter.from_dict(_filter_)

        limit = d.pop("limit", UNSET)

        cursor = d.pop("cursor", UNSET)

        fetch_resources = d.pop("fetchResources", UNSET)

        partition = d.pop("partition", UNSET)

        relationships_advanced_list_request = cls(
            filter_=filter_,
            limit=limit,
            cursor=cursor,
            fetch_resources=fetch_resources,
            partition=partition,
        )

        relationships_advanced_list_request.additional_properties = d
        return relationships_advanced_list_request
