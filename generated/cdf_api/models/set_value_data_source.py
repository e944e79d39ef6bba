from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.asset_centric_data_source import AssetCentricDataSource
    from ..models.data_model_source import DataModelSource
    from ..models.raw_data_source import RawDataSource
    from ..models.sequence_row_data_source import SequenceRowDataSource
    from ..models.view_data_source import ViewDataSource


T = TypeVar("T", bound="SetValueDataSource")


@_attrs_define
class SetValueDataSource(AdditionalProperties):
    """Set a new value for the transformation destination type. Indicates result resource type.

    Attributes:
        set_ (AssetCentricDataSource | DataModelSource | RawDataSource | SequenceRowDataSource | ViewDataSource):
    """

    _FIT = {
        "set": (
            "u",
            (
                ("m", "AssetCentricDataSource"),
                ("m", "DataModelSource"),
                ("m", "ViewDataSource"),
                ("m", "RawDataSource"),
                ("m", "SequenceRowDataSource"),
            ),
        )
    }
    _REQUIRED = ("set",)

    set_: AssetCentricDataSource | DataModelSource | RawDataSource | SequenceRowDataSource | ViewDataSource
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
        from ..models.asset_centric_data_source import AssetCentricDataSource  # noqa: PLC0415
        from ..models.data_model_source import DataModelSource  # noqa: PLC0415
        from ..models.raw_data_source import RawDataSource  # noqa: PLC0415
        from ..models.sequence_row_data_source import SequenceRowDataSource  # noqa: PLC0415
        from ..models.view_data_source import ViewDataSource  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(
            data: object,
        ) -> AssetCentricDataSource | DataModelSource | RawDataSource | SequenceRowDataSource | ViewDataSource:
            return parse_best(
                data, (AssetCentricDataSource, DataModelSource, ViewDataSource, RawDataSource, SequenceRowDataSource)
            )

        set_ = _parse_set_(d.pop("set"))

        set_value_data_source = cls(
            set_=set_,
        )

        set_value_data_source.additional_properties = d
        return set_value_data_source
