from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.datapoint_status import DatapointStatus


T = TypeVar("T", bound="PostDatapointStringDatapoint")


@_attrs_define
class PostDatapointStringDatapoint(AdditionalProperties):
    """ 
        Attributes:
            timestamp (Any): The timestamp in milliseconds since the Epoch (Jan 1, 1970). The timestamp must be from a year
                between 1900 and 2099, inclusive. Use a negative number for timestamps before 1970.
            value (str | Unset): The string data value of a string metric. The value is required unless the status is bad.
                The max length is 1023 bytes (UTF-8 encoded). The "character-to-byte ratio" is dependent on the language /
                alphabet used. The following can be used as a **loose** guide for estimation:
                  * Basic Latin characters (ASCII): 1 byte / character
                  * Latin-based alphabets with diacritics (e.g., French, German): 1-2 bytes / character
                  * Greek, Cyrillic, Arabic, Hebrew: typically 2 bytes / character
                  * CJK logograms (e.g., Chinese, Japanese, Korean): typically 3 bytes / character
                  * Emojis and other symbols: typically 4 bytes / character
            status (DatapointStatus | Unset): The [status
                code](<https://docs.cognite.com/dev/concepts/reference/status_codes>) of the datapoint.

                The most common status codes are:\\
                _Good_ (0) (Default)\\
                _Uncertain_ (1073741824)\\
                _Bad_ (2147483648)

                Only one of code and symbol is required. If both are defined, they must match.
     """

    _FIT = {"timestamp": None, "value": "s", "status": ("m", "DatapointStatus")}
    _REQUIRED = ("timestamp",)

    timestamp: Any
    value: str | Unset = UNSET
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

        post_datapoint_string_datapoint = cls(
            timestamp=timestamp,
            value=value,
            status=status,
        )

        post_datapoint_string_datapoint.additional_properties = d
        return post_datapoint_string_datapoint
