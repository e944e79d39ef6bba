from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.time_series_patch_dm_update import TimeSeriesPatchDMUpdate


T = TypeVar("T", bound="TimeSeriesPatchDM")


@_attrs_define
class TimeSeriesPatchDM:
    """Changes will be applied to time series. Note that these changes will not be visible in data modeling.

    Attributes:
        update (TimeSeriesPatchDMUpdate):
    """

    _FIT = {"update": ("m", "TimeSeriesPatchDMUpdate")}
    _REQUIRED = ("update",)

    update: TimeSeriesPatchDMUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_patch_dm_update import TimeSeriesPatchDMUpdate  # noqa: PLC0415

        d = dict(src_dict)
        update = TimeSeriesPatchDMUpdate.from_dict(d.pop("update"))

        time_series_patch_dm = cls(
            update=update,
        )

        time_series_patch_dm.additional_properties = d
        return time_series_patch_dm

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
