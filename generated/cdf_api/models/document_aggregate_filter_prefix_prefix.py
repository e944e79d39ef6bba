from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
    from ..models.label import Label


T = TypeVar("T", bound="DocumentAggregateFilterPrefixPrefix")


@_attrs_define
class DocumentAggregateFilterPrefixPrefix(AdditionalProperties):
    """Matches items that contain a specific prefix in the provided property.

    Example:
        {'property': ['name'], 'value': 'Report'}

    Attributes:
        value (bool | CogniteInstanceId | float | Label | str): Value you wish to find in the provided property.
    """

    _FIT = {"value": ("u", ("s", "n", "b", ("m", "Label"), ("m", "CogniteInstanceId")))}
    _REQUIRED = ("value",)

    value: bool | CogniteInstanceId | float | Label | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        value: bool | dict[str, Any] | float | str
        if isinstance(self.value, Label):
            value = self.value.to_dict()
        elif isinstance(self.value, CogniteInstanceId):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_value(data: object) -> bool | CogniteInstanceId | float | Label | str:
            _parsed = parse_best(data, (Label, CogniteInstanceId), strict=False)
            if _parsed is not None:
                return _parsed
            return cast(bool | CogniteInstanceId | float | Label | str, data)

        value = _parse_value(d.pop("value"))

        document_aggregate_filter_prefix_prefix = cls(
            value=value,
        )

        document_aggregate_filter_prefix_prefix.additional_properties = d
        return document_aggregate_filter_prefix_prefix
