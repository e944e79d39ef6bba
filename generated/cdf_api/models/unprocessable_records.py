from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unprocessable_records_error import UnprocessableRecordsError


T = TypeVar("T", bound="UnprocessableRecords")


@_attrs_define
class UnprocessableRecords:
    """
    Attributes:
        error (UnprocessableRecordsError): Details about the unprocessable records.
    """

    _FIT = {"error": ("m", "UnprocessableRecordsError")}
    _REQUIRED = ("error",)

    error: UnprocessableRecordsError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unprocessable_records_error import UnprocessableRecordsError  # noqa: PLC0415

        d = dict(src_dict)
        error = UnprocessableRecordsError.from_dict(d.pop("error"))

        unprocessable_records = cls(
            error=error,
        )

        unprocessable_records.additional_properties = d
        return unprocessable_records

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
