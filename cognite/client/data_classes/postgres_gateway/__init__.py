"""Postgres gateway: users and their tables."""

from cognite.client.data_classes.postgres_gateway.tables import (
    Column,
    ColumnList,
    ColumnType,
    RawTable,
    RawTableOptions,
    RawTableWrite,
    Table,
    TableList,
    TableWrite,
    TableWriteList,
    ViewTable,
    ViewTableWrite,
)
from cognite.client.data_classes.postgres_gateway.users import (
    SessionCredentials,
    User,
    UserCreated,
    UserCreatedList,
    UserList,
    UserUpdate,
    UserWrite,
    UserWriteList,
)

__all__ = [
    "Column",
    "ColumnList",
    "ColumnType",
    "RawTable",
    "RawTableOptions",
    "RawTableWrite",
    "SessionCredentials",
    "Table",
    "TableList",
    "TableWrite",
    "TableWriteList",
    "User",
    "UserCreated",
    "UserCreatedList",
    "UserList",
    "UserUpdate",
    "UserWrite",
    "UserWriteList",
    "ViewTable",
    "ViewTableWrite",
]
