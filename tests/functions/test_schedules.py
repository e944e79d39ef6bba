"""client.functions.schedules against the emulator: a schedule's calls start on its cron (the test triggers the
minute instead of waiting for it) and get its input data."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from cognite.client import CogniteClient
from cognite.client.data_classes import FunctionSchedule, FunctionSchedulesList, FunctionScheduleWrite
from cognite.client.exceptions import CogniteAPIError
from cognite.emulator import Emulator


def handle(data, function_call_info):  # type: ignore[no-untyped-def]
    return {"data": data, "schedule_id": function_call_info.get("schedule_id")}


def _ms(*args: int) -> int:
    return int(datetime(*args, tzinfo=timezone.utc).timestamp() * 1000)


def test_schedule_runs_its_function_with_its_data(sync_client: CogniteClient, emulator: Emulator) -> None:
    fn = sync_client.functions.create(name="scheduled", external_id="scheduled", function_handle=handle)
    with pytest.warns(UserWarning, match="function_external_id"):
        schedule = sync_client.functions.schedules.create(
            name="quarterly", cron_expression="*/15 * * * *", function_external_id="scheduled", data={"k": "v"}
        )
    assert isinstance(schedule, FunctionSchedule) and schedule.function_id == fn.id
    assert emulator.requests.last.json()["items"][0]["nonce"]  # a session was made for it
    assert schedule.get_input_data() == {"k": "v"}
    assert sync_client.functions.schedules.get_input_data(id=schedule.id) == {"k": "v"}
    other = sync_client.functions.schedules.create(
        FunctionScheduleWrite(name="hourly", cron_expression="0 * * * *", function_id=fn.id, nonce="n")
    )
    assert other.get_input_data() is None

    scheduler = emulator.resource("function_schedules")
    assert scheduler.run_due(_ms(2024, 5, 1, 10, 7)) == []  # neither cron matches 10:07
    started = scheduler.run_due(_ms(2024, 5, 1, 10, 15, 30))
    assert [c["scheduleId"] for c in started] == [schedule.id]
    assert scheduler.run_due(_ms(2024, 5, 1, 10, 15, 50)) == []  # once per minute
    call = sync_client.functions.calls.retrieve(call_id=started[0]["id"], function_id=fn.id)
    call.wait()
    assert call.status == "Completed" and call.schedule_id == schedule.id
    assert call.get_response() == {"data": {"k": "v"}, "schedule_id": schedule.id}
    assert sync_client.functions.calls.list(function_id=fn.id, schedule_id=schedule.id).as_ids() == [call.id]

    listed = sync_client.functions.schedules.list(function_id=fn.id)
    assert isinstance(listed, FunctionSchedulesList) and sorted(s.name for s in listed) == ["hourly", "quarterly"]
    assert [s.name for s in sync_client.functions.schedules.list(name="hourly")] == ["hourly"]
    assert [s.id for s in fn.list_schedules()] == listed.as_ids()
    assert sync_client.functions.schedules.retrieve(id=schedule.id).cron_expression == "*/15 * * * *"
    assert sync_client.functions.schedules.retrieve(id=1) is None
    sync_client.functions.schedules.delete(id=other.id)
    assert sync_client.functions.schedules.retrieve([schedule.id, other.id], ignore_unknown_ids=True).as_ids() == [
        schedule.id
    ]


def test_schedule_validation(sync_client: CogniteClient, emulator: Emulator) -> None:
    fn = sync_client.functions.create(name="f", function_handle=handle)
    with pytest.raises(CogniteAPIError, match="Invalid cron expression"):
        sync_client.functions.schedules.create(name="s", cron_expression="every minute", function_id=fn.id)
    with pytest.raises(CogniteAPIError, match="Function not found"):
        sync_client.functions.schedules.create(name="s", cron_expression="* * * * *", function_id=1)
    sent = len(emulator.requests)
    with pytest.raises(ValueError, match="cron_expression"):
        sync_client.functions.schedules.create(name="s", function_id=fn.id)
    with pytest.raises(ValueError, match="Both"):
        sync_client.functions.schedules.list(function_id=1, function_external_id="x")
    assert len(emulator.requests) == sent


def test_the_background_scheduler_starts_due_calls(sync_client: CogniteClient, emulator: Emulator) -> None:
    """While the emulator runs, a schedule's calls start on their minute (the scheduler's clock is set to just
    before a minute boundary, so the test does not wait for one)."""
    scheduler = emulator.resource("function_schedules")
    scheduler.clock = lambda: _ms(2024, 5, 1, 10, 14, 59) + 990
    fn = sync_client.functions.create(name="ticked", function_handle=handle)
    schedule = sync_client.functions.schedules.create(
        name="every minute", cron_expression="* * * * *", function_id=fn.id, data={"t": 1}
    )
    deadline = time.monotonic() + 60  # the ticker fires within ~20 ms
    while not (calls := sync_client.functions.calls.list(function_id=fn.id)) and time.monotonic() < deadline:
        time.sleep(0.01)
    calls[0].wait()
    assert [(c.schedule_id, c.scheduled_time) for c in calls] == [(schedule.id, _ms(2024, 5, 1, 10, 14))]
    assert calls[0].get_response() == {"data": {"t": 1}, "schedule_id": schedule.id}
