from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="MultiNextCursorV3")


@_attrs_define
class MultiNextCursorV3(AdditionalProperties):
    """Cursors to paginate to the next page of results.  The cursor applies to each result set expression.  We only provide
    a cursor when more data is available.

        Attributes:
            additional_properties (str | Unset): The cursor value used to return (paginate to) the next page of results,
                when more data is available.
    """

    _FIT = {"additionalProperties": "s"}
    _REQUIRED = ()

    additional_properties: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_properties = self.additional_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_properties is not UNSET:
            field_dict["additionalProperties"] = additional_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        additional_properties = d.pop("additionalProperties", UNSET)

        multi_next_cursor_v3 = cls(
            additional_properties=additional_properties,
        )

        multi_next_cursor_v3.additional_properties = d
        return multi_next_cursor_v3
