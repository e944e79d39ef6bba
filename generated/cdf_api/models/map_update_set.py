from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.map_update_set_set_type_0 import MapUpdateSetSetType0


T = TypeVar("T", bound="MapUpdateSet")


@_attrs_define
class MapUpdateSet(AdditionalProperties):
    """
    Attributes:
        set_ (MapUpdateSetSetType0 | None | Unset): Custom, application specific metadata. String key -> String value.
            Limits: Key are at most 128 bytes. Values are at most 10240 bytes. Up to 256 key-value pairs. Total size is at
            most 10240. Example: {'property1': 'string', 'property2': 'string'}.
    """

    _FIT = {"set": ("u", (("m", "MapUpdateSetSetType0"), None))}
    _REQUIRED = ()

    set_: MapUpdateSetSetType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.map_update_set_set_type_0 import MapUpdateSetSetType0  # noqa: PLC0415

        set_: dict[str, Any] | None | Unset
        if isinstance(self.set_, Unset):
            set_ = UNSET
        elif isinstance(self.set_, MapUpdateSetSetType0):
            set_ = self.set_.to_dict()
        else:
            set_ = self.set_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_update_set_set_type_0 import MapUpdateSetSetType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(data: object) -> MapUpdateSetSetType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                set_type_0 = MapUpdateSetSetType0.from_dict(data)

                return set_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MapUpdateSetSetType0 | None | Unset, data)

        set_ = _parse_set_(d.pop("set", UNSET))

        map_update_set = cls(
            set_=set_,
        )

        map_update_set.additional_properties = d
        return map_update_set
