from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
    from ..models.post_datapoint_numerical_datapoint import PostDatapointNumericalDatapoint
    from ..models.post_datapoint_string_datapoint import PostDatapointStringDatapoint


T = TypeVar("T", bound="DatapointsPostDatapointDatapointsWithInstanceId")


@_attrs_define
class DatapointsPostDatapointDatapointsWithInstanceId(AdditionalProperties):
    """
    Attributes:
        datapoints (list[PostDatapointNumericalDatapoint | PostDatapointStringDatapoint]): The list of data points. The
            total number of data points in a single request is limited to 100000, across all time series.
        instance_id (CogniteInstanceId): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
    """

    _FIT = {
        "datapoints": ("l", ("u", (("m", "PostDatapointNumericalDatapoint"), ("m", "PostDatapointStringDatapoint")))),
        "instanceId": ("m", "CogniteInstanceId"),
    }
    _REQUIRED = ("datapoints", "instanceId")

    datapoints: list[PostDatapointNumericalDatapoint | PostDatapointStringDatapoint]
    instance_id: CogniteInstanceId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datapoints = []
        for datapoints_item_data in self.datapoints:
            datapoints_item: dict[str, Any]
            datapoints_item = datapoints_item_data.to_dict()

            datapoints.append(datapoints_item)

        instance_id = self.instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datapoints": datapoints,
                "instanceId": instance_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
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

        instance_id = CogniteInstanceId.from_dict(d.pop("instanceId"))

        datapoints_post_datapoint_datapoints_with_instance_id = cls(
            datapoints=datapoints,
            instance_id=instance_id,
        )

        datapoints_post_datapoint_datapoints_with_instance_id.additional_properties = d
        return datapoints_post_datapoint_datapoints_with_instance_id
