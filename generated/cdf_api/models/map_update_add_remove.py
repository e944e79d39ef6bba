from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.map_update_add_remove_add_type_0 import MapUpdateAddRemoveAddType0


T = TypeVar("T", bound="MapUpdateAddRemove")


@_attrs_define
class MapUpdateAddRemove(AdditionalProperties):
    """
    Attributes:
        add (MapUpdateAddRemoveAddType0 | None | Unset): Add the key-value pairs. Values for existing keys will be
            overwritten. Example: {'property1': 'string', 'property2': 'string'}.
        remove (list[str] | None | Unset): Remove the key-value pairs with the specified keys.
    """

    _FIT = {"add": ("u", (("m", "MapUpdateAddRemoveAddType0"), None)), "remove": ("u", (("l", "s"), None))}
    _REQUIRED = ()

    add: MapUpdateAddRemoveAddType0 | None | Unset = UNSET
    remove: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.map_update_add_remove_add_type_0 import MapUpdateAddRemoveAddType0  # noqa: PLC0415

        add: dict[str, Any] | None | Unset
        if isinstance(self.add, Unset):
            add = UNSET
        elif isinstance(self.add, MapUpdateAddRemoveAddType0):
            add = self.add.to_dict()
        else:
            add = self.add

        remove: list[str] | None | Unset
        if isinstance(self.remove, Unset):
            remove = UNSET
        elif isinstance(self.remove, list):
            remove = self.remove

        else:
            remove = self.remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_update_add_remove_add_type_0 import MapUpdateAddRemoveAddType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_add(data: object) -> MapUpdateAddRemoveAddType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                add_type_0 = MapUpdateAddRemoveAddType0.from_dict(data)

                return add_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MapUpdateAddRemoveAddType0 | None | Unset, data)

        add = _parse_add(d.pop("add", UNSET))

        def _parse_remove(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                remove_type_0 = cast(list[str], data)

                return remove_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        remove = _parse_remove(d.pop("remove", UNSET))

        map_update_add_remove = cls(
            add=add,
            remove=remove,
        )

        map_update_add_remove.additional_properties = d
        return map_update_add_remove
