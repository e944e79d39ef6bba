from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.cognite_format import CogniteFormat
    from ..models.rockwell_format import RockwellFormat
    from ..models.value_format import ValueFormat
    from ..models.write_custom_format import WriteCustomFormat


T = TypeVar("T", bound="UpdateFormat")


@_attrs_define
class UpdateFormat(AdditionalProperties):
    """Set a new format.

    Attributes:
        set_ (CogniteFormat | RockwellFormat | ValueFormat | WriteCustomFormat): The format of the messages from the
            source. This is used to convert messages coming from the source system to a format that can be inserted into
            CDF.
    """

    _FIT = {
        "set": (
            "u",
            (("m", "RockwellFormat"), ("m", "CogniteFormat"), ("m", "WriteCustomFormat"), ("m", "ValueFormat")),
        )
    }
    _REQUIRED = ("set",)

    set_: CogniteFormat | RockwellFormat | ValueFormat | WriteCustomFormat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: dict[str, Any]
        set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_format import CogniteFormat  # noqa: PLC0415
        from ..models.rockwell_format import RockwellFormat  # noqa: PLC0415
        from ..models.value_format import ValueFormat  # noqa: PLC0415
        from ..models.write_custom_format import WriteCustomFormat  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(data: object) -> CogniteFormat | RockwellFormat | ValueFormat | WriteCustomFormat:
            return parse_best(data, (RockwellFormat, CogniteFormat, WriteCustomFormat, ValueFormat))

        set_ = _parse_set_(d.pop("set"))

        update_format = cls(
            set_=set_,
        )

        update_format.additional_properties = d
        return update_format
