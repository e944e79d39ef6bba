from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cogniteraw_acl_dbs_to_tables_scope_dbs_to_tables import CogniterawAclDbsToTablesScopeDbsToTables


T = TypeVar("T", bound="CogniterawAclDbsToTablesScope")


@_attrs_define
class CogniterawAclDbsToTablesScope(AdditionalProperties):
    """Scope access to certain tables within a database

    Example:
        {'dbsToTables': {'db1': ['table1', 'table2'], 'db2': ['table1', 'table2']}}

    Attributes:
        dbs_to_tables (CogniterawAclDbsToTablesScopeDbsToTables | Unset): Scopes access to tables within a database. {
            database1: [table1, table2] } will give access to table1 and table2 within database1.
    """

    _FIT = {"dbsToTables": ("m", "CogniterawAclDbsToTablesScopeDbsToTables")}
    _REQUIRED = ()

    dbs_to_tables: CogniterawAclDbsToTablesScopeDbsToTables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dbs_to_tables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbs_to_tables, Unset):
            dbs_to_tables = self.dbs_to_tables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dbs_to_tables is not UNSET:
            field_dict["dbsToTables"] = dbs_to_tables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cogniteraw_acl_dbs_to_tables_scope_dbs_to_tables import CogniterawAclDbsToTablesScopeDbsToTables  # noqa: PLC0415

        d = dict(src_dict)
        _dbs_to_tables = d.pop("dbsToTables", UNSET)
        dbs_to_tables: CogniterawAclDbsToTablesScopeDbsToTables | Unset
        if isinstance(_dbs_to_tables, Unset):
            dbs_to_tables = UNSET
        else:
            dbs_to_tables = CogniterawAclDbsToTablesScopeDbsToTables.from_dict(_dbs_to_tables)

        cogniteraw_acl_dbs_to_tables_scope = cls(
            dbs_to_tables=dbs_to_tables,
        )

        cogniteraw_acl_dbs_to_tables_scope.additional_properties = d
        return cogniteraw_acl_dbs_to_tables_scope
