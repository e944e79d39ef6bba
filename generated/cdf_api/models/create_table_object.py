from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_table_object_type import CreateTableObjectType
from ..types import AdditionalProperties

T = TypeVar("T", bound="CreateTableObject")


@_attrs_define
class CreateTableObject(AdditionalProperties):
    """ 
        Attributes:
            type_ (CreateTableObjectType):
            tablename (str): Name of the foreign table.\\
                __CANNOT__ be any of the the built-in table names found
                [here](https://docs.cognite.com/cdf/integration/guides/interfaces/ingest_into_raw#create-a-table)
     """

    _FIT = {"type": "s", "tablename": "s"}
    _REQUIRED = ("type", "tablename")

    type_: CreateTableObjectType
    tablename: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        tablename = self.tablename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tablename": tablename,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CreateTableObjectType(d.pop("type"))

        tablename = d.pop("tablename")

        create_table_object = cls(
            type_=type_,
            tablename=tablename,
        )

        create_table_object.additional_properties = d
        return create_table_object
