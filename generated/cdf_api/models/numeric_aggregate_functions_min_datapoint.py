from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.datapoint_status import DatapointStatus


T = TypeVar("T", bound="NumericAggregateFunctionsMinDatapoint")


@_attrs_define
class NumericAggregateFunctionsMinDatapoint(AdditionalProperties):
    """ Timestamp and value of the (first) minimum data point in the aggregate period.

        Attributes:
            timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
                (UTC), minus leap seconds. Can be negative to define dates before 1970, up to 1900. Example: 1638795554528.
            value (float): The minimum value in the aggregate period.
            status (DatapointStatus | Unset): The [status
                code](<https://docs.cognite.com/dev/concepts/reference/status_codes>) of the datapoint.

                The most common status codes are:\\
                _Good_ (0) (Default)\\
                _Uncertain_ (1073741824)\\
                _Bad_ (2147483648)

                Only one of code and symbol is required. If both are defined, they must match.
     """

    _FIT = {"timestamp": "i", "value": "n", "status": ("m", "DatapointStatus")}
    _REQUIRED = ("timestamp", "value")

    timestamp: int
    value: float
    status: DatapointStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        value = self.value

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "value": value,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.datapoint_status import DatapointStatus  # noqa: PLC0415

        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        value = d.pop("value")

        _status = d.pop("status", UNSET)
        status: DatapointStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatapointStatus.from_dict(_status)

        numeric_aggregate_functions_min_datapoint = cls(
            timestamp=timestamp,
            value=value,
            status=status,
        )

        numeric_aggregate_functions_min_datapoint.additional_properties = d
        return numeric_aggregate_functions_min_datapoint
