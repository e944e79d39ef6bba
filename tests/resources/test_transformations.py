"""Transformations through the SDK against the emulator: CRUD with credentials (kept, never echoed), filters,
schedules, notifications, jobs, schema facts, external data sources; running SQL refused with a clear error."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.client.data_classes import (
    NonceCredentials,
    OidcCredentials,
    Transformation,
    TransformationDestination,
    TransformationJob,
    TransformationList,
    TransformationNotificationWrite,
    TransformationScheduleUpdate,
    TransformationScheduleWrite,
    TransformationUpdate,
    TransformationWrite,
)
from cognite.client.data_classes.transformations import ContainsAny
from cognite.client.data_classes.transformations.common import Nodes, RawTable, ViewInfo
from cognite.client.data_classes.transformations.externaldata import (
    OneLakeCredentialsWrite,
    OneLakeExternalDataSource,
    OneLakeExternalDataSourceWrite,
    OneLakeLocationDescription,
    OneLakeSettingsWrite,
)
from cognite.client.exceptions import CogniteAPIError, CogniteNotFoundError
from cognite.emulator import Emulator


def _tr(xid: str, **kw: Any) -> TransformationWrite:
    kw.setdefault("query", "select * from db.tbl")
    kw.setdefault("destination", TransformationDestination.assets())
    return TransformationWrite(external_id=xid, name=xid.upper(), **kw)


async def test_crud_and_destinations(client: Any, resolve: Any, drain: Any) -> None:
    one = await resolve(client.transformations.create(_tr("a", tags=["x"])))
    assert isinstance(one, Transformation) and one.external_id == "a" and one.conflict_mode == "upsert"
    view = ViewInfo("sp", "Pump", "1")
    many = await resolve(
        client.transformations.create(
            [
                _tr("b", destination=TransformationDestination.raw("db", "t"), is_public=False),
                _tr("c", destination=TransformationDestination.nodes(view, "inst"), conflict_mode="abort"),
            ]
        )
    )
    assert isinstance(many, TransformationList) and [t.external_id for t in many] == ["b", "c"]
    got = await resolve(client.transformations.retrieve(external_id="c"))
    assert isinstance(got.destination, Nodes) and got.destination.view == view
    raw = await resolve(client.transformations.retrieve(id=many[0].id))
    assert isinstance(raw.destination, RawTable) and raw.destination.table == "t"
    assert await resolve(client.transformations.retrieve(external_id="nope")) is None
    both = await resolve(client.transformations.retrieve_multiple(external_ids=["a", "b"]))
    assert [t.external_id for t in both] == ["a", "b"]
    with pytest.raises(CogniteNotFoundError):
        await resolve(client.transformations.retrieve_multiple(external_ids=["a", "nope"]))

    upd = await resolve(
        client.transformations.update(TransformationUpdate(external_id="a").query.set("select 2").tags.add(["y"]))
    )
    assert upd.query == "select 2" and upd.tags == ["x", "y"]
    got.name = "renamed"
    assert (await resolve(client.transformations.update(got))).name == "renamed"

    assert sorted(t.external_id for t in await drain(client.transformations())) == ["a", "b", "c"]
    assert [t.external_id for t in await resolve(client.transformations.list(include_public=False))] == ["b"]
    assert [t.external_id for t in await resolve(client.transformations.list(destination_type="raw"))] == ["b"]
    assert [t.external_id for t in await resolve(client.transformations.list(name_regex="^ren"))] == ["c"]
    assert [t.external_id for t in await resolve(client.transformations.list(tags=ContainsAny(["y"])))] == ["a"]
    assert [t.external_id for t in await resolve(client.transformations.list(conflict_mode="abort"))] == ["c"]
    assert len(await resolve(client.transformations.list(limit=2))) == 2

    await resolve(client.transformations.delete(external_id=["a", "b"]))
    await resolve(client.transformations.delete(external_id="zz", ignore_unknown_ids=True))
    assert [t.external_id for t in await resolve(client.transformations.list())] == ["c"]


async def test_credentials_are_kept_but_never_sent_back(client: Any, resolve: Any, emulator: Emulator) -> None:
    creds = OidcCredentials("app", "s3cret", "https://login/token", "proj", scopes=["a", "b"])
    session = await resolve(client.iam.sessions.create())
    nonce = NonceCredentials(session.id, session.nonce, "proj")
    tr = await resolve(client.transformations.create(_tr("a", source_oidc_credentials=creds, destination_nonce=nonce)))
    assert tr.has_source_oidc_credentials is True and tr.has_destination_oidc_credentials is True
    assert tr.source_oidc_credentials is None and tr.destination_nonce is None
    assert tr.destination_session.session_id == session.id
    stored = emulator.resource("transformations").secrets[tr.id]
    assert stored["sourceOidcCredentials"]["clientSecret"] == "s3cret"  # kept for running, as CDF does
    again = await resolve(client.transformations.retrieve(id=tr.id))
    assert "s3cret" not in repr(again.dump()) and "nonce" not in again.dump()
    cleared = await resolve(
        client.transformations.update(TransformationUpdate(id=tr.id).source_oidc_credentials.set(None))
    )
    assert cleared.has_source_oidc_credentials is False
    with pytest.raises(CogniteAPIError, match="session 12345 does not exist"):
        await resolve(client.transformations.create(_tr("b", source_nonce=NonceCredentials(12345, "n", "proj"))))


async def test_bad_input(client: Any, resolve: Any) -> None:
    with pytest.raises(ValueError, match="missing required"):
        await resolve(client.transformations.create(TransformationWrite(external_id="x", name=None)))  # type: ignore[arg-type]
    with pytest.raises(CogniteAPIError, match="destination.type must be one of"):
        await resolve(client.transformations.create(_tr("x", destination=TransformationDestination("moon"))))
    await resolve(client.transformations.create(_tr("x")))
    with pytest.raises(CogniteAPIError) as e:
        await resolve(client.transformations.create(_tr("x")))
    assert e.value.code == 409
    with pytest.raises(ValueError, match="exactly one"):
        await resolve(client.transformations.run())
    with pytest.raises(TypeError, match="include_public"):
        await resolve(client.transformations.list(include_public="yes"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="query"):
        await resolve(client.transformations.preview(query=""))


async def test_running_sql_is_refused_clearly(client: Any, resolve: Any) -> None:
    await resolve(client.transformations.create(_tr("a")))
    with pytest.raises(CogniteAPIError, match="not supported by the local CDF emulator") as e:
        await resolve(client.transformations.run(transformation_external_id="a", wait=False))
    assert e.value.code == 501
    with pytest.raises(CogniteAPIError, match="not supported by the local CDF emulator"):
        await resolve(client.transformations.preview(query="select 1"))
    with pytest.raises(CogniteAPIError, match="no running job"):
        await resolve(client.transformations.cancel(transformation_external_id="a"))
    with pytest.raises(CogniteNotFoundError):
        await resolve(client.transformations.run(transformation_external_id="missing"))
    # no job was made: the jobs endpoints answer from an empty table
    assert len(await resolve(client.transformations.jobs.list(transformation_external_id="a"))) == 0
    assert await resolve(client.transformations.jobs.retrieve(id=7)) is None
    with pytest.raises(CogniteNotFoundError):
        await resolve(client.transformations.jobs.retrieve_multiple(ids=[7]))
    assert len(await resolve(client.transformations.jobs.retrieve_multiple(ids=[7], ignore_unknown_ids=True))) == 0
    with pytest.raises(CogniteAPIError, match="job ids not found"):
        await resolve(client.transformations.jobs.list_metrics(id=7))


async def test_schedules(client: Any, resolve: Any, drain: Any) -> None:
    a = await resolve(client.transformations.create(_tr("a")))
    await resolve(client.transformations.create(_tr("b", is_public=False)))
    s = await resolve(client.transformations.schedules.create(TransformationScheduleWrite("0 * * * *", id=a.id)))
    assert (s.id, s.external_id, s.is_paused) == (a.id, "a", False)
    many = await resolve(
        client.transformations.schedules.create([TransformationScheduleWrite("*/5 * * * *", external_id="b")])
    )
    assert [x.external_id for x in many] == ["b"]
    with pytest.raises(CogniteAPIError) as e:
        await resolve(client.transformations.schedules.create(TransformationScheduleWrite("0 * * * *", id=a.id)))
    assert e.value.code == 409
    with pytest.raises(CogniteAPIError, match="cron"):
        await resolve(client.transformations.create(_tr("c")))
        await resolve(client.transformations.schedules.create(TransformationScheduleWrite("hourly", external_id="c")))
    assert (await resolve(client.transformations.retrieve(id=a.id))).schedule.interval == "0 * * * *"
    assert (await resolve(client.transformations.schedules.retrieve(external_id="a"))).interval == "0 * * * *"
    assert await resolve(client.transformations.schedules.retrieve(external_id="c")) is None
    both = await resolve(client.transformations.schedules.retrieve_multiple(ids=[a.id], external_ids=["b"]))
    assert sorted(x.external_id for x in both) == ["a", "b"]
    paused = await resolve(
        client.transformations.schedules.update(TransformationScheduleUpdate(id=a.id).is_paused.set(True))
    )
    assert paused.is_paused is True
    assert sorted(x.external_id for x in await resolve(client.transformations.schedules.list())) == ["a", "b"]
    assert [x.external_id for x in await resolve(client.transformations.schedules.list(include_public=False))] == ["b"]
    assert len(await drain(client.transformations.schedules())) == 2
    await resolve(client.transformations.update(TransformationUpdate(id=a.id).external_id.set("a2")))
    assert (await resolve(client.transformations.schedules.retrieve(id=a.id))).external_id == "a2"
    await resolve(client.transformations.schedules.delete(external_id="a2"))
    await resolve(client.transformations.delete(external_id="b"))  # its schedule goes with it
    assert len(await resolve(client.transformations.schedules.list())) == 0


async def test_notifications(client: Any, resolve: Any, drain: Any) -> None:
    a = await resolve(client.transformations.create(_tr("a")))
    await resolve(client.transformations.create(_tr("b")))
    n = await resolve(
        client.transformations.notifications.create(TransformationNotificationWrite("me@x.com", transformation_id=a.id))
    )
    assert n.transformation_id == a.id and n.destination == "me@x.com"
    await resolve(
        client.transformations.notifications.create(
            [TransformationNotificationWrite("you@x.com", transformation_external_id="b")]
        )
    )
    assert len(await resolve(client.transformations.notifications.list())) == 2
    assert [
        x.destination for x in await resolve(client.transformations.notifications.list(transformation_id=a.id))
    ] == ["me@x.com"]
    by_xid = await resolve(client.transformations.notifications.list(transformation_external_id="b"))
    assert [x.destination for x in by_xid] == ["you@x.com"]
    assert len(await resolve(client.transformations.notifications.list(destination="me@x.com"))) == 1
    assert len(await drain(client.transformations.notifications(chunk_size=1))) == 2
    with pytest.raises(CogniteAPIError, match="email"):
        await resolve(
            client.transformations.notifications.create(TransformationNotificationWrite("nope", transformation_id=a.id))
        )
    with pytest.raises(ValueError, match="transformation_id or transformation_external_id"):
        await resolve(client.transformations.notifications.create(TransformationNotificationWrite("me@x.com")))
    await resolve(client.transformations.notifications.delete(id=n.id))
    await resolve(client.transformations.delete(external_id="b"))
    assert len(await resolve(client.transformations.notifications.list())) == 0


async def test_schema_facts(client: Any, resolve: Any) -> None:
    cols = await resolve(client.transformations.schema.retrieve(TransformationDestination.assets()))
    by_name = {c.name: c for c in cols}
    assert by_name["name"].nullable is False and by_name["parentId"].sql_type == "bigint"
    assert by_name["metadata"].type.type == "map" and by_name["labels"].type.element_type == "string"
    delete = await resolve(client.transformations.schema.retrieve(TransformationDestination.events(), "delete"))
    assert [c.name for c in delete] == ["id", "externalId"]
    with pytest.raises(ValueError, match="conflict_mode"):
        await resolve(client.transformations.schema.retrieve(TransformationDestination.assets(), "merge"))


async def test_external_data_sources(client: Any, resolve: Any, drain: Any) -> None:
    src = OneLakeExternalDataSourceWrite(
        "lake",
        OneLakeSettingsWrite(
            OneLakeCredentialsWrite("app", "tenant", "s3cret"), OneLakeLocationDescription("ws", "it")
        ),
        name="Lake",
    )
    made = await resolve(client.transformations.external_data_sources.create(src))
    assert isinstance(made, OneLakeExternalDataSource) and made.settings.credentials.client_id == "app"
    assert "s3cret" not in repr(made.dump()) and "s3cret" not in repr(src.settings.credentials)
    assert [s.external_id for s in await resolve(client.transformations.external_data_sources.list())] == ["lake"]
    assert len(await drain(client.transformations.external_data_sources())) == 1
    usability = await resolve(client.transformations.external_data_sources.verify_usability("lake"))
    assert usability.external_id == "lake" and usability.is_usable is False
    await resolve(client.transformations.external_data_sources.delete("lake"))
    with pytest.raises(CogniteNotFoundError):
        await resolve(client.transformations.external_data_sources.delete("lake"))


def test_object_methods_run_cancel_jobs_wait(sync_client: Any) -> None:
    c = sync_client
    tr = c.transformations.create(_tr("a"))
    with pytest.raises(CogniteAPIError, match="not supported by the local CDF emulator"):
        tr.run(wait=False)
    with pytest.raises(CogniteAPIError, match="no running job"):
        tr.cancel()
    assert len(tr.jobs()) == 0
    done = TransformationJob._load({"id": 5, "status": "Completed", "transformationId": tr.id}, cognite_client=c)
    assert done.wait() is done and done.status == "Completed"  # finished: no poll
    running = TransformationJob._load({"id": 6, "status": "Running", "transformationId": tr.id}, cognite_client=c)
    assert running.wait(timeout=0).status == "Running"  # the deadline passed before the first poll
    running.update()  # unknown to CDF (no job runs locally): the state stays as it was
    assert running.status == "Running"
    with pytest.raises(CogniteAPIError, match="job ids not found"):
        running.metrics()
    with pytest.raises(ValueError, match="polling_interval"):
        running.wait(polling_interval=0)


def test_state_survives_save_and_load(sync_client: Any, emulator: Emulator, tmp_path: Any) -> None:
    c = sync_client
    creds = OidcCredentials("app", "s3cret", "https://login/token", "proj")
    tr = c.transformations.create(_tr("a", source_oidc_credentials=creds))
    c.transformations.schedules.create(TransformationScheduleWrite("0 * * * *", id=tr.id))
    c.transformations.notifications.create(TransformationNotificationWrite("me@x.com", transformation_id=tr.id))
    emulator.save(tmp_path / "state.json")
    fresh = Emulator()
    fresh.load(tmp_path / "state.json")
    assert fresh.resource("transformations").secrets[tr.id]["sourceOidcCredentials"]["clientSecret"] == "s3cret"
    assert fresh.resource("transformation_schedules").store.get(tr.id)["interval"] == "0 * * * *"
    assert len(fresh.resource("transformation_notifications").store.items) == 1
