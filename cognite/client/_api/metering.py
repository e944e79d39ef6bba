"""``client.metering``: the project's consumption per meter (alpha API, off the spec snapshot)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api._declared import DeclaredAPI
from cognite.client._api.limits import ALPHA_VERSION, prefix_filter
from cognite.client.data_classes.metering import MeteringData, MeteringDataList
from cognite.client.utils._time import timestamp_to_ms

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr

Time = int | str | datetime.datetime | None


def _time_range(start: Time, end: Time, number_of_datapoints: int | None) -> dict[str, Any]:
    if (start is None) != (number_of_datapoints is None):
        raise ValueError("start and number_of_datapoints must be given together")
    out: dict[str, Any] = {}
    if start is not None:
        out["start"] = timestamp_to_ms(start)
    if end is not None:
        out["end"] = timestamp_to_ms(end)
    if number_of_datapoints is not None:
        if isinstance(number_of_datapoints, bool) or not isinstance(number_of_datapoints, int):
            raise TypeError("number_of_datapoints must be an int")
        out["numberOfDatapoints"] = number_of_datapoints
    return out


class MeteringAPI(DeclaredAPI[MeteringData, MeteringDataList]):
    """``client.metering``"""

    _RESOURCE_PATH = "/metering/meters"
    _resource_cls, _list_cls = MeteringData, MeteringDataList
    _RETRIEVE_LIMIT = 100  # as the official SDK chunks

    @overload
    async def retrieve(
        self,
        id: str,
        start: Time = None,
        end: Time = None,
        number_of_datapoints: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MeteringData | None: ...
    @overload
    async def retrieve(
        self,
        id: SequenceNotStr[str],
        start: Time = None,
        end: Time = None,
        number_of_datapoints: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MeteringDataList: ...
    async def retrieve(
        self,
        id: str | SequenceNotStr[str],
        start: Time = None,
        end: Time = None,
        number_of_datapoints: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MeteringData | MeteringDataList | None:
        """One meter (or a list for a list of ids), with datapoints when ``start`` and ``number_of_datapoints``.

        Example:
            >>> res = client.metering.retrieve(id="atlas.monthly_ai_tokens")  # doctest: +SKIP
        """
        found = await self._retrieve_multiple(
            self._identifiers(id, "meterId"),
            load=self._load,
            list_cls=self._new_list,
            path=self._RESOURCE_PATH + "/byids",
            extra_body=_time_range(start, end, number_of_datapoints),
            cdf_version=ALPHA_VERSION,
        )
        if isinstance(id, str):
            return found[0] if found else None
        return found  # type: ignore[no-any-return]

    async def list(  # type: ignore[override]
        self,
        filter: Any = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        start: Time = None,
        end: Time = None,
        number_of_datapoints: int | None = None,
        **options: Unpack[CallOptions],
    ) -> MeteringDataList:
        """The project's meters (``filters.Prefix("meter_id", ...)`` narrows them), with datapoints on request.

        Example:
            >>> meters = client.metering.list(limit=None)  # doctest: +SKIP
        """
        return await self._list_filtered(
            prefix_filter(filter, "meterId"),
            limit,
            body=_time_range(start, end, number_of_datapoints) or None,
            path=self._RESOURCE_PATH + "/list",
            cdf_version=ALPHA_VERSION,
        )
