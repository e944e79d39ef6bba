"""Every emulated resource and service, registered in one table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator


def build_services(emu: Emulator) -> dict[str, Any]:
    """name -> service (a Resource or any object with routes(), reset(), dump(), load())."""
    from cognite.emulator.resources.assets import Assets
    from cognite.emulator.resources.timeseries import TimeSeries

    services = [Assets(emu), TimeSeries(emu)]
    return {s.name: s for s in services}
