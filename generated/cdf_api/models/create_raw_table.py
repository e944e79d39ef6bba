from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_table_object_type import CreateTableObjectType
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.column import Column
    from ..models.raw_table_options import RawTableOptions


T = TypeVar("T", bound="CreateRawTable")


@_attrs_define
class CreateRawTable(AdditionalProperties):
    """ 
        Attributes:
            type_ (CreateTableObjectType):
            tablename (str): Name of the foreign table.\\
                __CANNOT__ be any of the the built-in table names found
                [here](https://docs.cognite.com/cdf/integration/guides/interfaces/ingest_into_raw#create-a-table)
            options (RawTableOptions): Raw rows options
            columns (Column): Foreign table columns.
     """

    _FIT = {"type": "s", "tablename": "s", "options": ("m", "RawTableOptions"), "columns": ("m", "Column")}
    _REQUIRED = ("type", "tablename", "options", "columns")

    type_: CreateTableObjectType
    tablename: str
    options: RawTableOptions
    columns: Column
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        tablename = self.tablename

        options = self.options.to_dict()

        columns = self.columns.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tablename": tablename,
                "options": options,
                "columns": columns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column import Column  # noqa: PLC0415
        from ..models.raw_table_options import RawTableOptions  # noqa: PLC0415

        d = dict(src_dict)
        type_ = CreateTableObjectType(d.pop("type"))

        tablename = d.pop("tablename")

        options = RawTableOptions.from_dict(d.pop("options"))

        columns = Column.from_dict(d.pop("columns"))

        create_raw_table = cls(
            type_=type_,
            tablename=tablename,
            options=options,
            columns=columns,
        )

        create_raw_table.additional_properties = d
        return create_raw_table
