from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_created_type import TableCreatedType
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.column import Column
    from ..models.fdm_table_options import FdmTableOptions
    from ..models.raw_table_options import RawTableOptions


T = TypeVar("T", bound="TableCreated")


@_attrs_define
class TableCreated(AdditionalProperties):
    """Foreign tables

    Attributes:
        columns (Column): Foreign table columns.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        type_ (TableCreatedType):
        tablename (str):
        options (FdmTableOptions | RawTableOptions | Unset): Table options
    """

    _FIT = {
        "columns": ("m", "Column"),
        "createdTime": "i",
        "type": "s",
        "tablename": "s",
        "options": ("u", (("m", "FdmTableOptions"), ("m", "RawTableOptions"))),
    }
    _REQUIRED = ("columns", "createdTime", "type", "tablename")

    columns: Column
    created_time: int
    type_: TableCreatedType
    tablename: str
    options: FdmTableOptions | RawTableOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns.to_dict()

        created_time = self.created_time

        type_ = self.type_.value

        tablename = self.tablename

        options: dict[str, Any] | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        else:
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "createdTime": created_time,
                "type": type_,
                "tablename": tablename,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column import Column  # noqa: PLC0415
        from ..models.fdm_table_options import FdmTableOptions  # noqa: PLC0415
        from ..models.raw_table_options import RawTableOptions  # noqa: PLC0415

        d = dict(src_dict)
        columns = Column.from_dict(d.pop("columns"))

        created_time = d.pop("createdTime")

        type_ = TableCreatedType(d.pop("type"))

        tablename = d.pop("tablename")

        def _parse_options(data: object) -> FdmTableOptions | RawTableOptions | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (FdmTableOptions, RawTableOptions))

        options = _parse_options(d.pop("options", UNSET))

        table_created = cls(
            columns=columns,
            created_time=created_time,
            type_=type_,
            tablename=tablename,
            options=options,
        )

        table_created.additional_properties = d
        return table_created
