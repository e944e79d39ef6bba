from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.synthetic_data_error import SyntheticDataError
    from ..models.synthetic_data_value import SyntheticDataValue


T = TypeVar("T", bound="SyntheticQueryResponse")


@_attrs_define
class SyntheticQueryResponse(AdditionalProperties):
    """
    Attributes:
        datapoints (list[SyntheticDataError | SyntheticDataValue]): list of data points
        is_string (bool | Unset): whether the returned data points are of string type or floating point type. Currently
            it will always be false. Example: False.
    """

    _FIT = {"datapoints": ("l", ("u", (("m", "SyntheticDataValue"), ("m", "SyntheticDataError")))), "isString": "b"}
    _REQUIRED = ("datapoints",)

    datapoints: list[SyntheticDataError | SyntheticDataValue]
    is_string: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datapoints = []
        for datapoints_item_data in self.datapoints:
            datapoints_item: dict[str, Any]
            datapoints_item = datapoints_item_data.to_dict()

            datapoints.append(datapoints_item)

        is_string = self.is_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datapoints": datapoints,
            }
        )
        if is_string is not UNSET:
            field_dict["isString"] = is_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.synthetic_data_error import SyntheticDataError  # noqa: PLC0415
        from ..models.synthetic_data_value import SyntheticDataValue  # noqa: PLC0415

        d = dict(src_dict)
        datapoints = []
        _datapoints = d.pop("datapoints")
        for datapoints_item_data in _datapoints:

            def _parse_datapoints_item(data: object) -> SyntheticDataError | SyntheticDataValue:
                return parse_best(data, (SyntheticDataValue, SyntheticDataError))

            datapoints_item = _parse_datapoints_item(datapoints_item_data)

            datapoints.append(datapoints_item)

        is_string = d.pop("isString", UNSET)

        synthetic_query_response = cls(
            datapoints=datapoints,
            is_string=is_string,
        )

        synthetic_query_response.additional_properties = d
        return synthetic_query_response
