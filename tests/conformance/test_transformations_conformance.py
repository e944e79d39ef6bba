"""The official SDK's transformations docstring examples (CRUD, schedules, notifications, schema, jobs) against
the emulator. The examples run as written except where a docstring is not valid Python (keyword assignments
inside calls, an extra parenthesis: fixed minimally, noted inline) or names ids the emulator cannot give (the
notification ids). Setup lines (marked) create what the examples refer to."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conformance.conftest import ServedEmulator


@pytest.fixture
def conformance_emulator_options() -> dict[str, Any]:
    return {"sequential_ids": True}  # the examples name transformations 1, 2, 3


def test_transformations_doc_examples(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import TransformationWrite, TransformationDestination, DataSetWrite
        from cognite.client.data_classes.transformations.common import ViewInfo, EdgeType, DataModelInfo
        # the create example, its keyword assignments hoisted out of the calls (not valid Python as written)
        view = ViewInfo(space="TypeSpace", external_id="TypeExtId", version="version")
        edge_type = EdgeType(space="TypeSpace", external_id="TypeExtId")
        data_model = DataModelInfo(space="modelSpace", external_id="modelExternalId",version="modelVersion",destination_type="viewExternalId")
        data_model2 = DataModelInfo(space="modelSpace", external_id="modelExternalId",version="modelVersion",destination_type="viewExternalId", destination_relationship_from_type="connectionPropertyName")
        transformations = [
            TransformationWrite(external_id="transformation1", name="transformation1", ignore_null_fields=False,
                                destination=TransformationDestination.assets()),
            TransformationWrite(external_id="transformation2", name="transformation2", ignore_null_fields=False,
                                destination=TransformationDestination.raw("myDatabase", "myTable")),
            TransformationWrite(external_id="transformation3", name="transformation3", ignore_null_fields=False,
                                destination=TransformationDestination.nodes(view, "InstanceSpace")),
            TransformationWrite(external_id="transformation4", name="transformation4", ignore_null_fields=False,
                                destination=TransformationDestination.edges(view, "InstanceSpace")),
            TransformationWrite(external_id="transformation6", name="transformation6", ignore_null_fields=False,
                                destination=TransformationDestination.instances(data_model,"InstanceSpace")),
            TransformationWrite(external_id="transformation7", name="transformation7", ignore_null_fields=False,
                                destination=TransformationDestination.instances(data_model2,"InstanceSpace")),
        ]
        res = client.transformations.create(transformations)
        created = [t.id for t in res]
        # setup: what the later examples name
        ds = client.data_sets.create(DataSetWrite(external_id="foo"))
        client.transformations.create([
            TransformationWrite(external_id=x, name=x, ignore_null_fields=False, data_set_id=ds.id)
            for x in ("transform-1", "transform-2", "function3", "t1", "t2", "3")
        ])

        transformations_list = client.transformations.list()
        res = client.transformations.retrieve(id=1)
        missing = client.transformations.retrieve(external_id="1")
        many = client.transformations.retrieve_multiple(ids=[1, 2, 3], external_ids=["transform-1", "transform-2"])

        transformation = client.transformations.retrieve(id=1)
        transformation.query = "SELECT * FROM _cdf.assets"
        res = client.transformations.update(transformation)
        query = res.query
        from cognite.client.data_classes import TransformationUpdate
        my_update = (
            TransformationUpdate(id=1)
            .query.set("SELECT * FROM _cdf.assets")
            .is_public.set(False)
        )
        res = client.transformations.update(my_update)
        public = res.is_public
        from cognite.client.data_classes.transformations.common import NonceCredentials  # the example imports it from data_classes, which 8.22 does not export
        to_update = client.transformations.list(data_set_external_ids=["foo"])
        new_session = client.iam.sessions.create()
        new_nonce = NonceCredentials(
            session_id=new_session.id,
            nonce=new_session.nonce,
            cdf_project_name=client.config.project,
        )
        for tr in to_update:
            tr.source_nonce = new_nonce
            tr.destination_nonce = new_nonce
        res = client.transformations.update(to_update)
        with_nonce = [t.source_session.session_id == new_session.id for t in res]

        # schedules (the create example has one closing parenthesis too many)
        from cognite.client.data_classes import TransformationScheduleWrite
        schedules = [TransformationScheduleWrite(id = 1, interval = "0 * * * *"), TransformationScheduleWrite(external_id="transformation2", interval = "5 * * * *")]
        res = client.transformations.schedules.create(schedules)
        client.transformations.schedules.create([  # setup
            TransformationScheduleWrite(id=3, interval="0 0 * * *"),
            *[TransformationScheduleWrite(external_id=x, interval="0 0 * * *") for x in ("t1", "t2", "3")],
        ])
        s1 = client.transformations.schedules.retrieve(id=1)
        s_missing = client.transformations.schedules.retrieve(external_id="1")
        s123 = client.transformations.schedules.retrieve_multiple(ids=[1, 2, 3])
        st = client.transformations.schedules.retrieve_multiple(external_ids=["t1", "t2"])
        schedules_list = client.transformations.schedules.list()
        transformation_schedule = client.transformations.schedules.retrieve(id=1)
        transformation_schedule.is_paused = True
        res = client.transformations.schedules.update(transformation_schedule)
        paused = res.is_paused
        from cognite.client.data_classes import TransformationScheduleUpdate
        my_update = (
            TransformationScheduleUpdate(id=1).interval.set("0 * * * *").is_paused.set(False)
        )
        res = client.transformations.schedules.update(my_update)
        unpaused = res.is_paused
        scheduled_tr = client.transformations.retrieve(id=1).schedule.interval

        # notifications (the create example has one closing parenthesis too many, and builds the read class, which
        # 8.22 cannot construct from these arguments: its write class is used)
        from cognite.client.data_classes import TransformationNotificationWrite as TransformationNotification
        notifications = [TransformationNotification(transformation_id = 1, destination="my@email.com"), TransformationNotification(transformation_external_id="transformation2", destination="other@email.com")]
        res = client.transformations.notifications.create(notifications)
        notifications_list = client.transformations.notifications.list()
        of_one = client.transformations.notifications.list(transformation_id = 1)
        client.transformations.notifications.delete(id=[n.id for n in res])  # the example's ids are 1, 2, 3

        from cognite.client.data_classes import TransformationDestination
        columns = client.transformations.schema.retrieve(destination = TransformationDestination.assets())

        transformation_jobs_list = client.transformations.jobs.list()
        of_tr = client.transformations.jobs.list(transformation_id=1)
        job = client.transformations.jobs.retrieve(id=1)

        from cognite.client.exceptions import CogniteAPIError
        refused = []
        for call in (lambda: client.transformations.run(transformation_id=1),
                     lambda: client.transformations.preview(query="select * from _cdf.assets")):
            try:
                call()
            except CogniteAPIError as e:
                refused.append((e.code, "not supported by the local CDF emulator" in e.message))

        client.transformations.schedules.delete(id=[1, 2, 3], external_id="3")
        client.transformations.delete(id=[1,2,3], external_id="function3")
        emit({
            "created": created,
            "n": len(transformations_list),
            "retrieved": [client is not None, missing is None],
            "many": [t.external_id for t in many],
            "query": query,
            "public": public,
            "with_nonce": with_nonce,
            "destinations": sorted({type(t.destination).__name__ for t in client.transformations.list(limit=None)}),
            "s1": s1.interval, "s_missing": s_missing is None, "s123": [s.id for s in s123],
            "st": [s.external_id for s in st], "schedules": len(schedules_list),
            "paused": paused, "unpaused": unpaused, "scheduled_tr": scheduled_tr,
            "notifications": [len(notifications_list), [n.destination for n in of_one]],
            "left": len(client.transformations.notifications.list()),
            "columns": {c.name: c.sql_type for c in columns},
            "jobs": [len(transformation_jobs_list), len(of_tr), job is None],
            "refused": refused,
            "after": sorted(t.external_id for t in client.transformations.list(limit=None)),
            "schedules_after": sorted(s.external_id for s in client.transformations.schedules.list()),
        })
        """
    )
    assert out["created"] == [1, 2, 3, 4, 5, 6]
    assert out["n"] == 12 and out["retrieved"] == [True, True]
    assert out["many"] == ["transformation1", "transformation2", "transformation3", "transform-1", "transform-2"]
    assert out["query"] == "SELECT * FROM _cdf.assets" and out["public"] is False
    assert out["with_nonce"] == [True] * 6
    assert out["destinations"] == ["Edges", "Instances", "TransformationDestination"]  # after the deletes
    assert out["s1"] == "0 * * * *" and out["s_missing"] is True and out["s123"] == [1, 2, 3]
    assert out["st"] == ["t1", "t2"] and out["schedules"] == 6
    assert (out["paused"], out["unpaused"], out["scheduled_tr"]) == (True, False, "0 * * * *")
    assert out["notifications"] == [2, ["my@email.com"]] and out["left"] == 0
    assert out["columns"]["parentId"] == "bigint" and out["columns"]["metadata"] == "map<string,string>"
    assert out["jobs"] == [0, 0, True]
    assert out["refused"] == [[501, True], [501, True]]
    assert out["after"] == [
        "3",
        "t1",
        "t2",
        "transform-1",
        "transform-2",
        "transformation4",
        "transformation6",
        "transformation7",
    ]
    assert out["schedules_after"] == ["t1", "t2"]
