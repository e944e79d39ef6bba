"""Simulators through the SDK against the emulator: a simulator and its connector registered (connector-side
endpoints), models and revisions, routines and revisions, runs (they stay ``ready``: no simulator runs locally),
logs; validation of parents before anything is stored."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.client import CogniteClient
from cognite.client.data_classes import DataSetWrite
from cognite.client.data_classes.simulators import (
    PropertySort,
    SimulationRun,
    SimulationRunList,
    SimulationRunWrite,
    SimulationValueUnitInput,
    SimulatorList,
    SimulatorLog,
    SimulatorModel,
    SimulatorModelList,
    SimulatorModelRevision,
    SimulatorModelRevisionWrite,
    SimulatorModelUpdate,
    SimulatorModelWrite,
    SimulatorRoutine,
    SimulatorRoutineConfiguration,
    SimulatorRoutineDataSampling,
    SimulatorRoutineInputConstant,
    SimulatorRoutineInputTimeseries,
    SimulatorRoutineOutput,
    SimulatorRoutineRevision,
    SimulatorRoutineRevisionWrite,
    SimulatorRoutineStage,
    SimulatorRoutineStep,
    SimulatorRoutineStepArguments,
    SimulatorRoutineWrite,
)
from cognite.client.exceptions import CogniteAPIError
from cognite.emulator import Emulator
from tests.conftest import PROJECT

CONFIGURATION = {
    "schedule": {"enabled": False},
    "dataSampling": {"enabled": False},
    "logicalCheck": [],
    "steadyStateDetection": [],
    "inputs": [{"name": "T", "referenceId": "T", "value": 25.0, "valueType": "DOUBLE"}],
    "outputs": [{"name": "P", "referenceId": "P", "valueType": "DOUBLE"}],
}
SCRIPT = [{"order": 1, "steps": [{"order": 1, "stepType": "Set", "arguments": {"referenceId": "T"}}]}]


def register_connector(emulator: Emulator, data_set_id: int, simulator: str = "DWSIM", project: str = PROJECT) -> None:
    """What a connector does on start: register its simulator and itself (endpoints the SDK does not wrap)."""
    http = emulator.client(headers={"Authorization": "Bearer t"})
    base = f"/api/v1/projects/{project}/simulators"
    reply = http.post(
        base,
        json={
            "items": [
                {
                    "externalId": simulator,
                    "name": simulator,
                    "fileExtensionTypes": ["dwxmz"],
                    "modelTypes": [{"name": "Steady State", "key": "SteadyState"}],
                    "stepFields": [],
                }
            ]
        },
    )
    assert reply.status_code == 201, reply.text
    connector = {
        "externalId": f"{simulator}-connector",
        "simulatorExternalId": simulator,
        "dataSetId": data_set_id,
        "connectorVersion": "1.0",
        "simulatorVersion": "8.0",
    }
    reply = http.post(base + "/integrations", json={"items": [connector]})
    assert reply.status_code == 201, reply.text


@pytest.fixture
async def seeded(client: Any, resolve: Any, emulator: Emulator) -> dict[str, Any]:
    data_set = await resolve(client.data_sets.create(DataSetWrite(external_id="sim-ds")))
    register_connector(emulator, data_set.id)
    file = await resolve(client.files.upload_bytes(b"model", name="model.dwxmz", external_id="model-file"))
    return {"data_set_id": data_set.id, "file_id": file.id}


async def test_models_revisions_routines_runs(client: Any, resolve: Any, seeded: dict[str, Any]) -> None:
    simulators = await resolve(client.simulators.list())
    assert isinstance(simulators, SimulatorList) and [s.external_id for s in simulators] == ["DWSIM"]
    (integration,) = await resolve(client.simulators.integrations.list(simulator_external_ids="DWSIM"))
    assert integration.active is True and integration.log_id is not None
    assert await resolve(client.simulators.integrations.list(active=False)) == []

    model = await resolve(
        client.simulators.models.create(
            SimulatorModelWrite("m1", "DWSIM", seeded["data_set_id"], "Model 1", "SteadyState", "first")
        )
    )
    assert isinstance(model, SimulatorModel) and model.id is not None and model.type == "SteadyState"
    assert (await resolve(client.simulators.models.retrieve(external_ids="m1"))).name == "Model 1"
    assert await resolve(client.simulators.models.retrieve(ids=123456)) is None
    renamed = await resolve(client.simulators.models.update(SimulatorModelUpdate(id=model.id).name.set("Renamed")))
    assert renamed.name == "Renamed" and renamed.description == "first"
    model.description = "second"
    assert (await resolve(client.simulators.models.update(model))).description == "second"

    revisions = client.simulators.models.revisions
    first = await resolve(revisions.create(SimulatorModelRevisionWrite("m1-v1", "m1", seeded["file_id"])))
    second = await resolve(revisions.create([SimulatorModelRevisionWrite("m1-v2", "m1", seeded["file_id"])]))
    assert isinstance(first, SimulatorModelRevision) and first.version_number == 1
    assert second[0].version_number == 2 and second[0].simulator_external_id == "DWSIM"
    assert first.status == "unknown" and first.data_set_id == seeded["data_set_id"]
    assert [r.external_id for r in await resolve(revisions.list(model_external_ids=["m1"]))] == ["m1-v2"]
    every = await resolve(revisions.list(all_versions=True, sort=PropertySort("created_time", "desc")))
    assert [r.version_number for r in every] == [2, 1]
    (data,) = await resolve(revisions.retrieve_data("m1-v1"))
    assert data.model_revision_external_id == "m1-v1" and data.flowsheets is None  # no connector extracted any

    routine = await resolve(
        client.simulators.routines.create(SimulatorRoutineWrite("r1", "m1", "Routine 1", "DWSIM-connector"))
    )
    assert isinstance(routine, SimulatorRoutine) and routine.simulator_external_id == "DWSIM"
    rev = await resolve(
        client.simulators.routines.revisions.create(
            SimulatorRoutineRevisionWrite("r1-v1", "r1", configuration=CONFIGURATION, script=SCRIPT)
        )
    )
    assert isinstance(rev, SimulatorRoutineRevision) and rev.version_number == 1 and rev.model_external_id == "m1"
    (listed,) = await resolve(client.simulators.routines.revisions.list(routine_external_ids=["r1"]))
    assert listed.script is None and listed.configuration.inputs is None  # lists leave them out
    (full,) = await resolve(client.simulators.routines.revisions.list(include_all_fields=True))
    assert [stage.dump() for stage in full.script] == SCRIPT
    (constant,) = full.configuration.inputs
    assert isinstance(constant, SimulatorRoutineInputConstant) and constant.reference_id == "T"
    assert full.configuration.schedule is None and full.configuration.dump()["schedule"] == {"enabled": False}
    typed = SimulatorRoutineRevisionWrite(
        "r1-v2",
        "r1",
        configuration=SimulatorRoutineConfiguration(
            inputs=[SimulatorRoutineInputTimeseries("P", "P", "pressure-ts", aggregate="average")],
            outputs=[SimulatorRoutineOutput("Q", "Q", "DOUBLE", SimulationValueUnitInput("m3/h", "flow"))],
            data_sampling=SimulatorRoutineDataSampling(sampling_window=15, granularity=1),
        ),
        script=[
            SimulatorRoutineStage(
                1, [SimulatorRoutineStep("Command", SimulatorRoutineStepArguments({"command": "Solve"}), 1)]
            )
        ],
    )
    second = await resolve(client.simulators.routines.revisions.create(typed))
    got = await resolve(client.simulators.routines.revisions.retrieve(ids=second.id))
    assert got.version_number == 2 and got.as_write().dump() == typed.dump()
    assert isinstance(got.configuration.inputs[0], SimulatorRoutineInputTimeseries)
    assert got.script[0].steps[0].arguments == {"command": "Solve"}

    run = await resolve(client.simulators.routines.run(routine_external_id="r1", wait=False))
    assert isinstance(run, SimulationRun) and run.status == "ready" and run.run_type == "external"
    assert run.model_revision_external_id == "m1-v2" and run.routine_revision_external_id == "r1-v2"
    by_revision = await resolve(
        client.simulators.runs.create(
            SimulationRunWrite(routine_revision_external_id="r1-v1", model_revision_external_id="m1-v1")
        )
    )
    assert by_revision.model_revision_external_id == "m1-v1"
    runs = await resolve(client.simulators.runs.list(routine_external_ids=["r1"], status="ready"))
    assert isinstance(runs, SimulationRunList) and sorted(r.id for r in runs) == sorted([run.id, by_revision.id])
    assert await resolve(client.simulators.runs.list(status="success")) == []
    assert (await resolve(client.simulators.runs.retrieve(ids=run.id))).id == run.id
    (run_data,) = await resolve(client.simulators.runs.list_run_data(run_id=run.id))
    assert run_data.run_id == run.id and run_data.inputs == [] and run_data.outputs == []
    log = await resolve(client.simulators.logs.retrieve(ids=run.log_id))
    assert isinstance(log, SimulatorLog) and log.data == []

    await resolve(client.simulators.models.delete(external_ids="m1"))
    assert await resolve(client.simulators.models.list()) == []
    assert await resolve(client.simulators.routines.list()) == []
    assert await resolve(client.simulators.models.revisions.list(all_versions=True)) == []


async def test_iteration_and_limits(client: Any, resolve: Any, seeded: dict[str, Any]) -> None:
    for n in range(3):
        await resolve(
            client.simulators.models.create(
                SimulatorModelWrite(f"m{n}", "DWSIM", seeded["data_set_id"], f"Model {n}", "SteadyState")
            )
        )
    got = await resolve(client.simulators.models.list(limit=2))
    assert isinstance(got, SimulatorModelList) and len(got) == 2
    if isinstance(client, CogniteClient):
        names = [m.name for m in client.simulators.models()]
    else:
        names = [m.name async for m in client.simulators.models()]
    chunks = client.simulators.models(chunk_size=2)
    sizes = [len(c) for c in chunks] if isinstance(client, CogniteClient) else [len(c) async for c in chunks]
    assert sizes == [2, 1]
    assert sorted(names) == ["Model 0", "Model 1", "Model 2"]


async def test_cdf_validation(client: Any, resolve: Any, seeded: dict[str, Any]) -> None:
    ds = seeded["data_set_id"]
    with pytest.raises(CogniteAPIError, match="simulatorExternalId"):
        await resolve(client.simulators.models.create(SimulatorModelWrite("x", "NOPE", ds, "X", "SteadyState")))
    with pytest.raises(CogniteAPIError, match="model types"):
        await resolve(client.simulators.models.create(SimulatorModelWrite("x", "DWSIM", ds, "X", "Dynamic")))
    with pytest.raises(CogniteAPIError, match="Data set"):
        await resolve(client.simulators.models.create(SimulatorModelWrite("x", "DWSIM", 999, "X", "SteadyState")))
    await resolve(client.simulators.models.create(SimulatorModelWrite("m", "DWSIM", ds, "M", "SteadyState")))
    with pytest.raises(CogniteAPIError) as dup:
        await resolve(client.simulators.models.create(SimulatorModelWrite("m", "DWSIM", ds, "M", "SteadyState")))
    assert dup.value.code == 409
    with pytest.raises(CogniteAPIError, match="File"):
        await resolve(client.simulators.models.revisions.create(SimulatorModelRevisionWrite("v", "m", 999)))
    with pytest.raises(CogniteAPIError, match="simulatorIntegrationExternalId"):
        await resolve(client.simulators.routines.create(SimulatorRoutineWrite("r", "m", "R", "nope")))
    await resolve(client.simulators.routines.create(SimulatorRoutineWrite("r", "m", "R", "DWSIM-connector")))
    with pytest.raises(CogniteAPIError, match="no revision"):
        await resolve(client.simulators.routines.run(routine_external_id="r", wait=False))


def test_bad_input_fails_before_sending(sync_client: Any) -> None:
    with pytest.raises(ValueError, match="routine_external_id"):
        sync_client.simulators.routines.run(routine_revision_external_id="only-one", wait=False)
    with pytest.raises(ValueError, match="sorts by"):
        sync_client.simulators.models.list(sort=PropertySort("name"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="kind"):
        sync_client.simulators.routines.list(kind="short")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="run_id"):
        sync_client.simulators.runs.list_run_data(run_id="1")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="missing required"):
        sync_client.simulators.models.create(SimulatorModel(external_id="m"))


def test_data_class_navigation(sync_client: Any, emulator: Emulator) -> None:
    ds = sync_client.data_sets.create(DataSetWrite(external_id="nav-ds"))
    register_connector(emulator, ds.id)
    file = sync_client.files.upload_bytes(b"model", name="m.dwxmz")
    sync_client.simulators.models.create(SimulatorModelWrite("m", "DWSIM", ds.id, "M", "SteadyState"))
    revision = sync_client.simulators.models.revisions.create(SimulatorModelRevisionWrite("m-v1", "m", file.id))
    assert [d.model_revision_external_id for d in revision.get_data()] == ["m-v1"]
    sync_client.simulators.routines.create(SimulatorRoutineWrite("r", "m", "R", "DWSIM-connector"))
    sync_client.simulators.routines.revisions.create(
        SimulatorRoutineRevisionWrite("r-v1", "r", configuration=SimulatorRoutineConfiguration(), script=[])
    )
    run = sync_client.simulators.routines.run(routine_external_id="r", wait=False)
    assert run.get_logs().id == run.log_id and run.get_data().run_id == run.id
    emulator.resource("simulation_runs").store.items[run.id]["status"] = "success"  # as a connector would
    run.update()
    assert run.status == "success"
    run.wait(timeout=1)  # finished: returns at once
    (simulator,) = sync_client.simulators.list()
    assert simulator.get_quantities() == [] and simulator.model_types[0].key == "SteadyState"
    with pytest.raises(ValueError, match="pressure"):
        simulator.get_units("pressure")
