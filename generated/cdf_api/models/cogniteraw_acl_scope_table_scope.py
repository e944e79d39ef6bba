from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cogniteraw_acl_dbs_to_tables_scope import CogniterawAclDbsToTablesScope


T = TypeVar("T", bound="CogniterawAclScopeTableScope")


@_attrs_define
class CogniterawAclScopeTableScope(AdditionalProperties):
    """
    Attributes:
        table_scope (CogniterawAclDbsToTablesScope | Unset): Scope access to certain tables within a database Example:
            {'dbsToTables': {'db1': ['table1', 'table2'], 'db2': ['table1', 'table2']}}.
    """

    _FIT = {"tableScope": ("m", "CogniterawAclDbsToTablesScope")}
    _REQUIRED = ()

    table_scope: CogniterawAclDbsToTablesScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table_scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table_scope, Unset):
            table_scope = self.table_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if table_scope is not UNSET:
            field_dict["tableScope"] = table_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cogniteraw_acl_dbs_to_tables_scope import CogniterawAclDbsToTablesScope  # noqa: PLC0415

        d = dict(src_dict)
        _table_scope = d.pop("tableScope", UNSET)
        table_scope: CogniterawAclDbsToTablesScope | Unset
        if isinstance(_table_scope, Unset):
            table_scope = UNSET
        else:
            table_scope = CogniterawAclDbsToTablesScope.from_dict(_table_scope)

        cogniteraw_acl_scope_table_scope = cls(
            table_scope=table_scope,
        )

        cogniteraw_acl_scope_table_scope.additional_properties = d
        return cogniteraw_acl_scope_table_scope
