from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_patch_dm_update import TimeSeriesPatchDMUpdate


T = TypeVar("T", bound="TimeSeriesPatchDM")


@_attrs_define
class TimeSeriesPatchDM(AdditionalProperties):
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
