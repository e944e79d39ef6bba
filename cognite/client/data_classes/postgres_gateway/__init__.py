"""Postgres gateway: users and their tables."""

from cognite.client.data_classes.postgres_gateway.tables import (
    RawTable,
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
    "RawTable",
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
