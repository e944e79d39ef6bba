from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CsvConfig")


@_attrs_define
class CsvConfig(AdditionalProperties):
    """Transform the input from a CSV (Comma Separated Values) file to a list of JSON objects. The input to the mapping
    will be a list on the form `[{\\"header1\\": \\"value1\\", ...}, ...]`.

        Attributes:
            type_ (Literal['csv']): Input type
            delimiter (str | Unset): A single ASCII character used as the separator in the CSV file. Defaults to `,`
            custom_keys (list[str] | Unset): List of headers. If this is not set, the headers will be retrieved from the CSV
                file.
    """

    _FIT = {"type": ("c", "csv"), "delimiter": "s", "customKeys": ("l", "s")}
    _REQUIRED = ("type",)

    type_: Literal["csv"]
    delimiter: str | Unset = UNSET
    custom_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        delimiter = self.delimiter

        custom_keys: list[str] | Unset = UNSET
        if not isinstance(self.custom_keys, Unset):
            custom_keys = self.custom_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if delimiter is not UNSET:
            field_dict["delimiter"] = delimiter
        if custom_keys is not UNSET:
            field_dict["customKeys"] = custom_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["csv"], d.pop("type"))
        if type_ != "csv":
            raise ValueError(f"type must match const 'csv', got '{type_}'")

        delimiter = d.pop("delimiter", UNSET)

        custom_keys = cast(list[str], d.pop("customKeys", UNSET))

        csv_config = cls(
            type_=type_,
            delimiter=delimiter,
            custom_keys=custom_keys,
        )

        csv_config.additional_properties = d
        return csv_config
