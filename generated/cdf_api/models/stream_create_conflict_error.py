from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.stream_create_conflict_item import StreamCreateConflictItem


T = TypeVar("T", bound="StreamCreateConflictError")


@_attrs_define
class StreamCreateConflictError(AdditionalProperties):
    """Details about the duplicated stream id.

    Attributes:
        code (Literal[409]): The HTTP status code returned.
        message (str): The error which describes the issue.
        duplicated (list[StreamCreateConflictItem] | Unset): Single stream item in the list that is not unique.
    """

    _FIT = {"code": ("c", 409), "message": "s", "duplicated": ("l", ("m", "StreamCreateConflictItem"))}
    _REQUIRED = ("code", "message")

    code: Literal[409]
    message: str
    duplicated: list[StreamCreateConflictItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        duplicated: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.duplicated, Unset):
            duplicated = []
            for duplicated_item_data in self.duplicated:
                duplicated_item = duplicated_item_data.to_dict()
                duplicated.append(duplicated_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if duplicated is not UNSET:
            field_dict["duplicated"] = duplicated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_create_conflict_item import StreamCreateConflictItem  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal[409], d.pop("code"))
        if code != 409:
            raise ValueError(f"code must match const 409, got '{code}'")

        message = d.pop("message")

        _duplicated = d.pop("duplicated", UNSET)
        duplicated: list[StreamCreateConflictItem] | Unset = UNSET
        if _duplicated is not UNSET:
            duplicated = []
            for duplicated_item_data in _duplicated:
                duplicated_item = StreamCreateConflictItem.from_dict(duplicated_item_data)

                duplicated.append(duplicated_item)

        stream_create_conflict_error = cls(
            code=code,
            message=message,
            duplicated=duplicated,
        )

        stream_create_conflict_error.additional_properties = d
        return stream_create_conflict_error
