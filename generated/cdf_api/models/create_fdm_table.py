from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_table_object_type import CreateTableObjectType
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.fdm_table_options import FdmTableOptions


T = TypeVar("T", bound="CreateFdmTable")


@_attrs_define
class CreateFdmTable(AdditionalProperties):
    """ 
        Attributes:
            type_ (CreateTableObjectType):
            tablename (str): Name of the foreign table.\\
                __CANNOT__ be any of the the built-in table names found
                [here](https://docs.cognite.com/cdf/integration/guides/interfaces/ingest_into_raw#create-a-table)
            options (FdmTableOptions): Fdm table options
     """

    _FIT = {"type": "s", "tablename": "s", "options": ("m", "FdmTableOptions")}
    _REQUIRED = ("type", "tablename", "options")

    type_: CreateTableObjectType
    tablename: str
    options: FdmTableOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        tablename = self.tablename

        options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tablename": tablename,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fdm_table_options import FdmTableOptions  # noqa: PLC0415

        d = dict(src_dict)
        type_ = CreateTableObjectType(d.pop("type"))

        tablename = d.pop("tablename")

        options = FdmTableOptions.from_dict(d.pop("options"))

        create_fdm_table = cls(
            type_=type_,
            tablename=tablename,
            options=options,
        )

        create_fdm_table.additional_properties = d
        return create_fdm_table
