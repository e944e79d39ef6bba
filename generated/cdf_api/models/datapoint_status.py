from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DatapointStatus")


@_attrs_define
class DatapointStatus(AdditionalProperties):
    """ The [status code](<https://docs.cognite.com/dev/concepts/reference/status_codes>) of the datapoint.

    The most common status codes are:\\
    _Good_ (0) (Default)\\
    _Uncertain_ (1073741824)\\
    _Bad_ (2147483648)

    Only one of code and symbol is required. If both are defined, they must match.

        Attributes:
            code (int | Unset): The numeric status code of the data point.
            symbol (str | Unset): The status name of the data point.
     """

    _FIT = {"code": "i", "symbol": "s"}
    _REQUIRED = ()

    code: int | Unset = UNSET
    symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if symbol is not UNSET:
            field_dict["symbol"] = symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        symbol = d.pop("symbol", UNSET)

        datapoint_status = cls(
            code=code,
            symbol=symbol,
        )

        datapoint_status.additional_properties = d
        return datapoint_status
