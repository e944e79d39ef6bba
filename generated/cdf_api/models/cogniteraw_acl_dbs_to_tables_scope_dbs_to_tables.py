from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CogniterawAclDbsToTablesScopeDbsToTables")


@_attrs_define
class CogniterawAclDbsToTablesScopeDbsToTables(AdditionalProperties):
    """Scopes access to tables within a database. { database1: [table1, table2] } will give access to table1 and table2
    within database1.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cogniteraw_acl_dbs_to_tables_scope_dbs_to_tables = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = cast(list[str], prop_dict)

            additional_properties[prop_name] = additional_property

        cogniteraw_acl_dbs_to_tables_scope_dbs_to_tables.additional_properties = additional_properties
        return cogniteraw_acl_dbs_to_tables_scope_dbs_to_tables
