from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchUpdateFailure")


@_attrs_define
class BatchUpdateFailure:
    """
    Attributes:
        id (float): ID of the session.
        error (str): User-friendly error description.
        code (float): HTTP-code corresponding to this error.
    """

    _FIT = {"id": "n", "error": "s", "code": "n"}
    _REQUIRED = ("id", "error", "code")

    id: float
    error: str
    code: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        error = self.error

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "error": error,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        error = d.pop("error")

        code = d.pop("code")

        batch_update_failure = cls(
            id=id,
            error=error,
            code=code,
        )

        batch_update_failure.additional_properties = d
        return batch_update_failure

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
