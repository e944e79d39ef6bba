from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SequencesUniquePropertiesAggregate")


@_attrs_define
class SequencesUniquePropertiesAggregate(AdditionalProperties):
    """
    Attributes:
        path (list[Literal['metadata']]): The scope within which properties should be aggregated. The only value that is
            currently allowed is `['metadata']`, which will aggregate metadata keys.
        aggregate (Literal['uniqueProperties']): The `uniqueProperties` aggregation gets, from the sequences that match
            the filter(s),
            the set of unique properties (up to max 1000) whose property path begins with the given `path`.
            Currently, the only supported value for `path` is `["metadata"]`, which means that this aggregation
            will get the set of unique metadata keys. For each such property, the aggregation result will also
            specify the frequency - that is, the number of sequences that match the filter(s) and have that
            property. The results are ordered by frequency in descending order.
    """

    _FIT = {"path": ("l", ("c", "metadata")), "aggregate": ("c", "uniqueProperties")}
    _REQUIRED = ("path", "aggregate")

    path: list[Literal["metadata"]]
    aggregate: Literal["uniqueProperties"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        aggregate = self.aggregate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "aggregate": aggregate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = []
        _path = d.pop("path")
        for path_item_data in _path:
            path_item = cast(Literal["metadata"], path_item_data)
            if path_item != "metadata":
                raise ValueError(f"path_item must match const 'metadata', got '{path_item}'")
            path.append(path_item)

        aggregate = cast(Literal["uniqueProperties"], d.pop("aggregate"))
        if aggregate != "uniqueProperties":
            raise ValueError(f"aggregate must match const 'uniqueProperties', got '{aggregate}'")

        sequences_unique_properties_aggregate = cls(
            path=path,
            aggregate=aggregate,
        )

        sequences_unique_properties_aggregate.additional_properties = d
        return sequences_unique_properties_aggregate
