from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.datapoint_status import DatapointStatus


T = TypeVar("T", bound="PostDatapointNumericalDatapoint")


@_attrs_define
class PostDatapointNumericalDatapoint(AdditionalProperties):
    """ 
        Attributes:
            timestamp (Any): The timestamp in milliseconds since the Epoch (Jan 1, 1970). The timestamp must be from a year
                between 1900 and 2099, inclusive. Use a negative number for timestamps before 1970.
            value (float | Unset): The numerical data value of a numerical metric.
                Numerical data values can be in the range (-1e100, 1e100)

                The value is required unless the status is bad. Bad data points may also have one
                of the three special string values: 'NaN', 'Infinity' or '-Infinity'.
            status (DatapointStatus | Unset): The [status
                code](<https://docs.cognite.com/dev/concepts/reference/status_codes>) of the datapoint.

                The most common status codes are:\\
                _Good_ (0) (Default)\\
                _Uncertain_ (1073741824)\\
                _Bad_ (2147483648)

                Only one of code and symbol is required. If both are defined, they must match.
     """

    _FIT = {"timestamp": None, "value": "n", "status": ("m", "DatapointStatus")}
    _REQUIRED = ("timestamp",)

    timestamp: Any
    value: float | Unset = UNSET
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
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.datapoint_status import DatapointStatus  # noqa: PLC0415

        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        value = d.pop("value", UNSET)

        _status = d.pop("status", UNSET)
        status: DatapointStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatapointStatus.from_dict(_status)

        post_datapoint_numerical_datapoint = cls(
            timestamp=timestamp,
            value=value,
            status=status,
        )

        post_datapoint_numerical_datapoint.additional_properties = d
        return post_datapoint_numerical_datapoint
