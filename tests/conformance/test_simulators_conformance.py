"""The official cognite-sdk's simulators API (its doc examples, with the identifiers of the seeded project)
against the emulator: a connector registered its simulator and itself, then models, revisions, routines,
routine revisions and runs are made and read back through the official SDK."""

from __future__ import annotations

from typing import Any

from tests.conformance.conftest import ServedEmulator
from tests.resources.test_simulators import register_connector

ROUTINE_REVISIONS = """
from cognite.client.data_classes.simulators.routine_revisions import (
    SimulatorRoutineRevisionWrite,
    SimulatorRoutineConfiguration,
    SimulatorRoutineInputConstant,
    SimulatorRoutineOutput,
    SimulatorRoutineDataSampling,
    SimulatorRoutineStep,
    SimulatorRoutineStepArguments,
    SimulatorRoutineStage,
    SimulationValueUnitInput,
)
routine_revisions = [
    SimulatorRoutineRevisionWrite(
        external_id="routine_rev_1",
        routine_external_id="routine1",
        configuration=SimulatorRoutineConfiguration(
            data_sampling=SimulatorRoutineDataSampling(sampling_window=15, granularity=1),
            inputs=[
                SimulatorRoutineInputConstant(
                    name="Tubing Head Pressure",
                    reference_id="THP",
                    value=124.3,
                    value_type="DOUBLE",
                    unit=SimulationValueUnitInput(name="bar", quantity="pressure"),
                    save_timeseries_external_id="TEST-ROUTINE-INPUT-THP",
                ),
            ],
            outputs=[
                SimulatorRoutineOutput(
                    name="Bottom Hole Pressure",
                    reference_id="BHP",
                    unit=SimulationValueUnitInput(name="bar", quantity="pressure"),
                    value_type="DOUBLE",
                    save_timeseries_external_id="TEST-ROUTINE-OUTPUT-BHP",
                ),
            ],
        ),
        script=[
            SimulatorRoutineStage(
                order=1,
                description="Solve",
                steps=[
                    SimulatorRoutineStep(
                        order=1, step_type="Command", arguments=SimulatorRoutineStepArguments({"command": "Solve"})
                    ),
                ],
            ),
        ],
    ),
]
"""


def test_simulators_doc_examples(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    emu = conformance_emulator.emu
    http = emu.client(headers={"Authorization": "Bearer t"})
    base = f"/api/v1/projects/{conformance_emulator.project}"
    data_set = http.post(base + "/datasets", json={"items": [{"externalId": "sim-ds"}]}).json()["items"][0]
    file = http.post(base + "/files", json={"name": "model.dwxmz"}).json()
    register_connector(emu, data_set["id"], "sim1", conformance_emulator.project)
    out = run_official(
        """
        from cognite.client.data_classes.simulators import SimulatorModelWrite, SimulatorModelRevisionWrite
        from cognite.client.data_classes.simulators.routines import SimulatorRoutineWrite
        from cognite.client.data_classes.simulators.runs import SimulationRunWrite
        from cognite.client.data_classes.simulators.filters import PropertySort

        res = client.simulators.list(limit=10)
        iterated = [simulator.external_id for simulator in client.simulators()]
        integrations = client.simulators.integrations.list(limit=10)
        models = [
            SimulatorModelWrite(
                name="model1",
                simulator_external_id="sim1",
                type="SteadyState",
                data_set_id=PARAMS["data_set_id"],
                external_id="model_external_id",
            ),
        ]
        created = client.simulators.models.create(models)
        model = client.simulators.models.retrieve(external_ids="model_external_id")
        model.name = "new_name"
        updated = client.simulators.models.update(model)
        by_ids = client.simulators.models.retrieve(ids=[model.id])
        listed = client.simulators.models.list(
            simulator_external_ids=["sim1"], sort=PropertySort(property="createdTime", order="asc")
        )
        revisions = [
            SimulatorModelRevisionWrite(external_id="revision1", file_id=PARAMS["file_id"], model_external_id="model_external_id"),
        ]
        rev = client.simulators.models.revisions.create(revisions)
        rev_list = client.simulators.models.revisions.list(limit=10)
        rev_one = client.simulators.models.revisions.retrieve(ids=rev[0].id)
        routines = [
            SimulatorRoutineWrite(
                name="routine1",
                external_id="routine1",
                simulator_integration_external_id="sim1-connector",
                model_external_id="model_external_id",
            ),
        ]
        routine = client.simulators.routines.create(routines)
        exec(PARAMS["routine_revisions"])
        routine_rev = client.simulators.routines.revisions.create(routine_revisions)
        routine_rev_one = client.simulators.routines.revisions.retrieve(external_ids="routine_rev_1")
        run = [SimulationRunWrite(routine_external_id="routine1", log_severity="Debug", run_type="external")]
        runs = client.simulators.runs.create(run)
        waited = client.simulators.routines.run(routine_external_id="routine1", log_severity="Debug", wait=False)
        run_one = client.simulators.runs.retrieve(ids=runs[0].id)
        run_list = client.simulators.runs.list()
        logs = client.simulators.logs.retrieve(ids=run_one.log_id)
        data = client.simulators.runs.list_run_data(run_id=run_one.id)
        emit({
            "simulators": [s.external_id for s in res],
            "iterated": iterated,
            "integrations": [i.external_id for i in integrations],
            "model": [created[0].external_id, updated.name, len(by_ids), len(listed)],
            "revisions": [rev[0].version_number, len(rev_list), rev_one.external_id],
            "routine": [routine[0].simulator_external_id, routine_rev[0].version_number, routine_rev_one.routine_external_id],
            "runs": [runs[0].status, waited.status, run_one.routine_revision_external_id, len(run_list)],
            "logs": logs.id == run_one.log_id,
            "data": [d.run_id == run_one.id for d in data],
            "routine_revision_dump": routine_revisions[0].dump(),
        })
        """,
        data_set_id=data_set["id"],
        file_id=file["id"],
        routine_revisions=ROUTINE_REVISIONS,
    )
    ours: dict[str, Any] = {}
    exec(ROUTINE_REVISIONS, ours)  # the same doc example with this SDK's classes  # noqa: S102
    assert ours["routine_revisions"][0].dump() == out.pop("routine_revision_dump")
    assert out == {
        "simulators": ["sim1"],
        "iterated": ["sim1"],
        "integrations": ["sim1-connector"],
        "model": ["model_external_id", "new_name", 1, 1],
        "revisions": [1, 1, "revision1"],
        "routine": ["sim1", 1, "routine1"],
        "runs": ["ready", "ready", "routine_rev_1", 2],
        "logs": True,
        "data": [True],
    }
