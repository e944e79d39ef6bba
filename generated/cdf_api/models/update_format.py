from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.cognite_format import CogniteFormat
    from ..models.rockwell_format import RockwellFormat
    from ..models.value_format import ValueFormat
    from ..models.write_custom_format import WriteCustomFormat


T = TypeVar("T", bound="UpdateFormat")


@_attrs_define
class UpdateFormat:
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
        from ..models.cognite_format import CogniteFormat  # noqa: PLC0415
        from ..models.rockwell_format import RockwellFormat  # noqa: PLC0415
        from ..models.write_custom_format import WriteCustomFormat  # noqa: PLC0415

        set_: dict[str, Any]
        if isinstance(self.set_, RockwellFormat):
            set_ = self.set_.to_dict()
        elif isinstance(self.set_, CogniteFormat):
            set_ = self.set_.to_dict()
        elif isinstance(self.set_, WriteCustomFormat):
            set_ = self.set_.to_dict()
        else:
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
            if isinstance(data, dict):
                _ranked = best_first(
                    data,
                    (
                        RockwellFormat,
                        CogniteFormat,
                        WriteCustomFormat,
                        ValueFormat,
                    ),
                )
                for _cls in _ranked[:-1]:
                    try:
                        return _cls.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return _ranked[-1].from_dict(data)
            raise TypeError(f"expected an object, got {type(data).__name__}")

        set_ = _parse_set_(d.pop("set"))

        update_format = cls(
            set_=set_,
        )

        update_format.additional_properties = d
        return update_format

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
