from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.datapoints_delete_range import DatapointsDeleteRange
    from ..models.get_time_series_for_subscription import GetTimeSeriesForSubscription
    from ..models.post_datapoint_numerical_datapoint import PostDatapointNumericalDatapoint
    from ..models.post_datapoint_string_datapoint import PostDatapointStringDatapoint


T = TypeVar("T", bound="SubscriptionsDataUpdateResponseDTO")


@_attrs_define
class SubscriptionsDataUpdateResponseDTO(AdditionalProperties):
    """
    Attributes:
        time_series (GetTimeSeriesForSubscription | Unset):
        upserts (list[PostDatapointNumericalDatapoint | PostDatapointStringDatapoint] | Unset): List of data points
            inserted into the time series (possibly overwriting existing data).
        deletes (list[DatapointsDeleteRange] | Unset): List of time ranges in which all data points were deleted.
    """

    _FIT = {
        "timeSeries": ("m", "GetTimeSeriesForSubscription"),
        "upserts": ("l", ("u", (("m", "PostDatapointNumericalDatapoint"), ("m", "PostDatapointStringDatapoint")))),
        "deletes": ("l", ("m", "DatapointsDeleteRange")),
    }
    _REQUIRED = ()

    time_series: GetTimeSeriesForSubscription | Unset = UNSET
    upserts: list[PostDatapointNumericalDatapoint | PostDatapointStringDatapoint] | Unset = UNSET
    deletes: list[DatapointsDeleteRange] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_series, Unset):
            time_series = self.time_series.to_dict()

        upserts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upserts, Unset):
            upserts = []
            for componentsschemas_subscriptions_data_upserts_dto_item_data in self.upserts:
                componentsschemas_subscriptions_data_upserts_dto_item: dict[str, Any]
                componentsschemas_subscriptions_data_upserts_dto_item = (
                    componentsschemas_subscriptions_data_upserts_dto_item_data.to_dict()
                )

                upserts.append(componentsschemas_subscriptions_data_upserts_dto_item)

        deletes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deletes, Unset):
            deletes = []
            for componentsschemas_subscriptions_data_deletes_dto_item_data in self.deletes:
                componentsschemas_subscriptions_data_deletes_dto_item = (
                    componentsschemas_subscriptions_data_deletes_dto_item_data.to_dict()
                )
                deletes.append(componentsschemas_subscriptions_data_deletes_dto_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_series is not UNSET:
            field_dict["timeSeries"] = time_series
        if upserts is not UNSET:
            field_dict["upserts"] = upserts
        if deletes is not UNSET:
            field_dict["deletes"] = deletes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.datapoints_delete_range import DatapointsDeleteRange  # noqa: PLC0415
        from ..models.get_time_series_for_subscription import GetTimeSeriesForSubscription  # noqa: PLC0415
        from ..models.post_datapoint_numerical_datapoint import PostDatapointNumericalDatapoint  # noqa: PLC0415
        from ..models.post_datapoint_string_datapoint import PostDatapointStringDatapoint  # noqa: PLC0415

        d = dict(src_dict)
        _time_series = d.pop("timeSeries", UNSET)
        time_series: GetTimeSeriesForSubscription | Unset
        if isinstance(_time_series, Unset):
            time_series = UNSET
        else:
            time_series = GetTimeSeriesForSubscription.from_dict(_time_series)

        _upserts = d.pop("upserts", UNSET)
        upserts: list[PostDatapointNumericalDatapoint | PostDatapointStringDatapoint] | Unset = UNSET
        if _upserts is not UNSET:
            upserts = []
            for componentsschemas_subscriptions_data_upserts_dto_item_data in _upserts:

                def _parse_componentsschemas_subscriptions_data_upserts_dto_item(
                    data: object,
                ) -> PostDatapointNumericalDatapoint | PostDatapointStringDatapoint:
                    return parse_best(data, (PostDatapointNumericalDatapoint, PostDatapointStringDatapoint))

                componentsschemas_subscriptions_data_upserts_dto_item = (
                    _parse_componentsschemas_subscriptions_data_upserts_dto_item(
                        componentsschemas_subscriptions_data_upserts_dto_item_data
                    )
                )

                upserts.append(componentsschemas_subscriptions_data_upserts_dto_item)

        _deletes = d.pop("deletes", UNSET)
        deletes: list[DatapointsDeleteRange] | Unset = UNSET
        if _deletes is not UNSET:
            deletes = []
            for componentsschemas_subscriptions_data_deletes_dto_item_data in _deletes:
                componentsschemas_subscriptions_data_deletes_dto_item = DatapointsDeleteRange.from_dict(
                    componentsschemas_subscriptions_data_deletes_dto_item_data
                )

                deletes.append(componentsschemas_subscriptions_data_deletes_dto_item)

        subscriptions_data_update_response_dto = cls(
            time_series=time_series,
            upserts=upserts,
            deletes=deletes,
        )

        subscriptions_data_update_response_dto.additional_properties = d
        return subscriptions_data_update_response_dto
