from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.post_datapoint_numerical_datapoint import PostDatapointNumericalDatapoint
    from ..models.post_datapoint_string_datapoint import PostDatapointStringDatapoint


T = TypeVar("T", bound="DatapointsPostDatapointDatapointsWithExternalId")


@_attrs_define
class DatapointsPostDatapointDatapointsWithExternalId(AdditionalProperties):
    """
    Attributes:
        datapoints (list[PostDatapointNumericalDatapoint | PostDatapointStringDatapoint]): The list of data points. The
            total number of data points in a single request is limited to 100000, across all time series.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {
        "datapoints": ("l", ("u", (("m", "PostDatapointNumericalDatapoint"), ("m", "PostDatapointStringDatapoint")))),
        "externalId": "s",
    }
    _REQUIRED = ("datapoints", "externalId")

    datapoints: list[PostDatapointNumericalDatapoint | PostDatapointStringDatapoint]
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datapoints = []
        for datapoints_item_data in self.datapoints:
            datapoints_item: dict[str, Any]
            datapoints_item = datapoints_item_data.to_dict()

            datapoints.append(datapoints_item)

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datapoints": datapoints,
                "externalId": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_datapoint_numerical_datapoint import PostDatapointNumericalDatapoint  # noqa: PLC0415
        from ..models.post_datapoint_string_datapoint import PostDatapointStringDatapoint  # noqa: PLC0415

        d = dict(src_dict)
        datapoints = []
        _datapoints = d.pop("datapoints")
        for datapoints_item_data in _datapoints:

            def _parse_datapoints_item(data: object) -> PostDatapointNumericalDatapoint | PostDatapointStringDatapoint:
                return parse_best(data, (PostDatapointNumericalDatapoint, PostDatapointStringDatapoint))

            datapoints_item = _parse_datapoints_item(datapoints_item_data)

            datapoints.append(datapoints_item)

        external_id = d.pop("externalId")

        datapoints_post_datapoint_datapoints_with_external_id = cls(
            datapoints=datapoints,
            external_id=external_id,
        )

        datapoints_post_datapoint_datapoints_with_external_id.additional_properties = d
        return datapoints_post_datapoint_datapoints_with_external_id
