from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_patch_update import TimeSeriesPatchUpdate


T = TypeVar("T", bound="TimeSeriesUpdateById")


@_attrs_define
class TimeSeriesUpdateById(AdditionalProperties):
    """
    Attributes:
        update (TimeSeriesPatchUpdate):
        id (int): A server-generated ID for the object.
    """

    _FIT = {"update": ("m", "TimeSeriesPatchUpdate"), "id": "i"}
    _REQUIRED = ("update", "id")

    update: TimeSeriesPatchUpdate
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update = self.update.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update": update,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_patch_update import TimeSeriesPatchUpdate  # noqa: PLC0415

        d = dict(src_dict)
        update = TimeSeriesPatchUpdate.from_dict(d.pop("update"))

        id = d.pop("id")

        time_series_update_by_id = cls(
            update=update,
            id=id,
        )

        time_series_update_by_id.additional_properties = d
        return time_series_update_by_id
