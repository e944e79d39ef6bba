"""Postgres gateway users and tables through the SDK (sync and async) against the emulator."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.client.data_classes.postgres_gateway import (
    Column,
    ColumnList,
    RawTable,
    RawTableOptions,
    RawTableWrite,
    SessionCredentials,
    TableList,
    User,
    UserCreated,
    UserUpdate,
    UserWrite,
    ViewTable,
    ViewTableWrite,
)
from cognite.client.exceptions import CogniteAPIError, CogniteNotFoundError
from cognite.emulator import Emulator

VIEW = {"space": "my_space", "externalId": "Pump", "version": "v1"}
RAW = {"database": "db", "table": "tbl"}


async def _user(client: Any, resolve: Any) -> UserCreated:
    created = await resolve(client.postgres_gateway.users.create(UserWrite(SessionCredentials("nonce"))))
    assert isinstance(created, UserCreated)
    return created


async def test_users_crud(client: Any, resolve: Any, drain: Any) -> None:
    users = client.postgres_gateway.users
    created = await _user(client, resolve)
    assert created.username and created.password and created.host and created.session_id is not None
    one = await resolve(users.retrieve(created.username))
    assert isinstance(one, User) and one.username == created.username
    assert getattr(one, "password", None) is None  # shown once, on create
    second = await _user(client, resolve)
    assert {u.username for u in await resolve(users.list(limit=None))} == {created.username, second.username}
    assert len(await drain(users())) == 2
    updated = await resolve(users.update(UserUpdate(created.username).credentials.set({"nonce": "new"})))
    assert updated.session_id != created.session_id
    with pytest.raises(CogniteNotFoundError):
        await resolve(users.retrieve([created.username, "nobody"]))
    assert len(await resolve(users.retrieve([created.username, "nobody"], ignore_unknown_ids=True))) == 1
    await resolve(users.delete(created.username))
    await resolve(users.delete("nobody", ignore_unknown_ids=True))
    with pytest.raises(CogniteNotFoundError):
        await resolve(users.delete("nobody"))
    assert [u.username for u in await resolve(users.list())] == [second.username]


async def test_user_create_needs_credentials(client: Any, resolve: Any) -> None:
    with pytest.raises(ValueError, match="credentials"):
        await resolve(client.postgres_gateway.users.create(UserWrite()))
    with pytest.raises(CogniteAPIError, match="credentials"):
        await resolve(client.postgres_gateway.users.create({}))


async def test_tables_of_a_user(client: Any, resolve: Any, drain: Any) -> None:
    tables = client.postgres_gateway.tables
    user = (await _user(client, resolve)).username
    other = (await _user(client, resolve)).username
    created = await resolve(
        tables.create(user, [RawTableWrite("rows", RAW, [Column("k", "TEXT")]), ViewTableWrite("pumps", VIEW)])
    )
    assert isinstance(created, TableList)
    assert [type(t) for t in created] == [RawTable, ViewTable] and created[0].created_time is not None
    assert created[0].columns == ColumnList([Column("k", "TEXT")]) and created[0].options == RawTableOptions(
        "db", "tbl"
    )
    await resolve(tables.create(other, ViewTableWrite("pumps", VIEW)))  # names are per user
    with pytest.raises(CogniteAPIError):
        await resolve(tables.create(user, ViewTableWrite("pumps", VIEW)))  # ... and unique within one
    assert {t.tablename for t in await resolve(tables.list(user))} == {"rows", "pumps"}
    one = await resolve(tables.retrieve(user, "pumps"))
    assert isinstance(one, ViewTable) and one.options == VIEW
    assert await resolve(tables.retrieve(user, ["pumps", "nope"], ignore_unknown_ids=True)) == [one]
    assert len(await drain(tables())) == 3
    assert [len(c) for c in await drain(tables(chunk_size=2))] == [2, 1]
    await resolve(tables.delete(user, ["rows", "pumps"]))
    assert list(await resolve(tables.list(user))) == []
    with pytest.raises(CogniteAPIError, match="not found"):
        await resolve(tables.list("nobody"))
    with pytest.raises(ValueError):
        await resolve(tables.list(user, include_built_ins="maybe"))


def test_deleting_a_user_drops_its_tables(sync_client: Any, emulator: Emulator) -> None:
    user = sync_client.postgres_gateway.users.create(UserWrite(SessionCredentials("n"))).username
    sync_client.postgres_gateway.tables.create(user, ViewTableWrite("pumps", VIEW))
    sync_client.postgres_gateway.users.delete(user)
    assert len(emulator.resource("postgresgateway_tables").store) == 0


def test_view_table_columns_are_the_view_properties(sync_client: Any) -> None:
    from cognite.client.data_classes.data_modeling import ContainerApply, ContainerProperty, SpaceApply, ViewApply
    from cognite.client.data_classes.data_modeling.data_types import Float64, Text
    from cognite.client.data_classes.data_modeling.ids import ContainerId
    from cognite.client.data_classes.data_modeling.views import MappedPropertyApply

    dm = sync_client.data_modeling
    dm.spaces.apply(SpaceApply("my_space"))
    props = {"name": ContainerProperty(Text()), "weights": ContainerProperty(Float64(is_list=True))}
    dm.containers.apply(ContainerApply("my_space", "Pump", props))
    mapped = {p: MappedPropertyApply(ContainerId("my_space", "Pump"), p) for p in props}
    dm.views.apply(ViewApply("my_space", "Pump", "v1", properties=mapped))
    user = sync_client.postgres_gateway.users.create(UserWrite(SessionCredentials("n"))).username
    table = sync_client.postgres_gateway.tables.create(user, ViewTableWrite("pumps", VIEW))
    assert table.columns == {"name": {"type": "TEXT"}, "weights": {"type": "DOUBLE PRECISION[]"}}
