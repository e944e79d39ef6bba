"""Metering: the project's consumption per meter (``atlas.monthly_ai_tokens``), optionally as datapoints."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList, load_list


class MeteringDataPoint(CogniteResource):
    """The average consumption over one interval starting at ``timestamp``."""

    _fields = ("timestamp", "average")
    _positional = _fields
    timestamp: int
    average: float


class MeteringData(CogniteResource):
    """One meter and, when asked for with ``start`` and ``number_of_datapoints``, its datapoints.

    Example:
        >>> from cognite.client.data_classes.metering import MeteringData
        >>> MeteringData._load({"meterId": "m", "datapoints": [{"timestamp": 0, "average": 1.5}]}).datapoints[0].average
        1.5
    """

    _fields = ("meter_id", "datapoints")
    _positional = _fields
    meter_id: str
    datapoints: list[MeteringDataPoint]

    def as_id(self) -> str:
        return self.meter_id


MeteringData._nested = {"datapoints": load_list(MeteringDataPoint)}


class MeteringDataList(CogniteResourceList[MeteringData]):
    _RESOURCE = MeteringData

    def as_ids(self) -> list[str]:  # type: ignore[override]  # string ids
        return [m.meter_id for m in self]
