from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PartitionObject")


@_attrs_define
class PartitionObject(AdditionalProperties):
    """ 
        Attributes:
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

    _FIT = {"partition": "s"}
    _REQUIRED = ()

    partition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition = self.partition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partition is not UNSET:
            field_dict["partition"] = partition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partition = d.pop("partition", UNSET)

        partition_object = cls(
            partition=partition,
        )

        partition_object.additional_properties = d
        return partition_object
