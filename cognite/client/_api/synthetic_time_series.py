"""`client.time_series.data.synthetic`: evaluate expressions over time series (POST /timeseries/synthetic/query)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, overload

from cognite.client._api_client import APIClient
from cognite.client._datapoints.limits import SYNTHETIC_DPS_LIMIT, SYNTHETIC_QUERY_LIMIT
from cognite.client._datapoints.timeparse import normalize_granularity, now_ms, to_ms
from cognite.client.data_classes.datapoints import SyntheticDatapoints, SyntheticDatapointsList

if TYPE_CHECKING:
    import sympy
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client._datapoints.types import TimeLike, TimeZoneLike
    from cognite.client.data_classes.time_series import TimeSeries, TimeSeriesWrite
    from cognite.client.utils.useful_types import SupportsNodeId

    # Names (or sympy symbols) -> the series they stand for: external id, id, NodeId or a time series object.
    Variables: TypeAlias = "dict[str | sympy.Symbol, str | int | SupportsNodeId | TimeSeries | TimeSeriesWrite]"
    from cognite.client.utils.useful_types import SequenceNotStr


class SyntheticDatapointsAPI(APIClient):
    """Synthetic time series: arithmetic over time series evaluated by CDF.

    Example:
        >>> dps = client.time_series.data.synthetic.query(  # doctest: +SKIP
        ...     expressions="TS{id:123} + TS{externalId:'abc'}", start="2w-ago", end="now")
    """

    _CONCURRENCY_CATEGORY = "datapoints"

    @overload
    async def query(
        self,
        expressions: SequenceNotStr[str] | SequenceNotStr[sympy.Basic],
        start: TimeLike,
        end: TimeLike,
        limit: int | None = None,
        variables: Variables | None = None,
        aggregate: str | None = None,
        granularity: str | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        timezone: TimeZoneLike | None = None,
        **options: Unpack[CallOptions],
    ) -> SyntheticDatapointsList: ...

    @overload
    async def query(
        self,
        expressions: str | sympy.Basic,
        start: TimeLike,
        end: TimeLike,
        limit: int | None = None,
        variables: Variables | None = None,
        aggregate: str | None = None,
        granularity: str | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        timezone: TimeZoneLike | None = None,
        **options: Unpack[CallOptions],
    ) -> SyntheticDatapoints: ...

    async def query(
        self,
        expressions: str | sympy.Basic | Sequence[str] | Sequence[sympy.Basic],
        start: TimeLike,
        end: TimeLike,
        limit: int | None = None,
        variables: Variables | None = None,
        aggregate: str | None = None,
        granularity: str | None = None,
        target_unit: str | None = None,
        target_unit_system: str | None = None,
        timezone: TimeZoneLike | None = None,
        **options: Unpack[CallOptions],
    ) -> SyntheticDatapoints | SyntheticDatapointsList:
        """Evaluate one or more expressions over [start, end).

        Args:
            expressions: an expression (str or sympy expression) or a list of them; strings use the API's
                `TS{...}` syntax or names from `variables`.
            start: inclusive start.
            end: exclusive end.
            limit: datapoints per expression (None: all; fetched 10k at a time).
            variables: name (or sympy symbol) -> external id (str), id (int), NodeId or TimeSeries, substituted
                into the expressions.
            aggregate: aggregate applied to the variables' series (with `granularity`).
            granularity: granularity for `aggregate`.
            target_unit: unit external id the variables are converted to.
            target_unit_system: unit system the variables are converted to.
            timezone: time zone aggregates align to.

        Returns:
            SyntheticDatapoints for one expression, SyntheticDatapointsList for a list (`error`: per-point errors).

        Examples:
            >>> dps = client.time_series.data.synthetic.query(  # doctest: +SKIP
            ...     expressions="A+B", start="2w-ago", end="now", variables={"A": "my_ts", "B": 1})
        """
        single = not isinstance(expressions, (list, tuple))
        exprs = [expressions] if single else list(expressions)
        if not exprs:
            raise ValueError("Give at least one expression")
        if (aggregate is None) != (granularity is None):
            raise ValueError("aggregate and granularity must be given together")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
            raise ValueError(f"limit must be a non-negative int or None, got {limit!r}")
        now = now_ms()
        a, b = to_ms(start, now, name="start"), to_ms(end, now, name="end")
        if b <= a:
            raise ValueError("end must be after start")
        texts = [
            _substitute(_expression_text(e), variables or {}, aggregate, granularity, target_unit, target_unit_system)
            for e in exprs
        ]
        results = await asyncio.gather(*(self._one(t, a, b, limit, timezone) for t in texts))
        return results[0] if single else SyntheticDatapointsList(results, cognite_client=self._cognite_client)

    async def _one(
        self, expression: str, start: int, end: int, limit: int | None, timezone: TimeZoneLike | None
    ) -> SyntheticDatapoints:
        ts: list[int] = []
        values: list[Any] = []
        errors: list[str | None] = []
        is_string = False
        last: int | None = None
        while start < end and (limit is None or len(ts) < limit):
            want = SYNTHETIC_DPS_LIMIT if limit is None else min(SYNTHETIC_DPS_LIMIT, limit - len(ts))
            item: dict[str, Any] = {"expression": expression, "start": start, "end": end, "limit": want}
            if timezone:
                item["timeZone"] = timezone if isinstance(timezone, str) else str(timezone)
            resp = await self._post("/timeseries/synthetic/query", json={"items": [item]}, retryable=True)
            res = resp.json()["items"][0]
            is_string = res.get("isString", False)
            page = [d for d in res.get("datapoints", []) if last is None or d["timestamp"] > last]
            if not page:  # no cursor in this API: a page without new points is the only safe end signal
                break
            if limit is not None:
                page = page[: limit - len(ts)]
            for d in page:
                ts.append(d["timestamp"])
                values.append(d.get("value"))
                errors.append(d.get("error"))
            last = page[-1]["timestamp"]
            # Aggregated terms sit on bucket starts: CDF rounds a start down to its bucket, so `last + 1` would
            # return `last` again; the filter above drops it and the loop moves on.
            start = last + 1
        return SyntheticDatapoints(expression=expression, timestamp=ts, value=values, error=errors, is_string=is_string)


def _normalize_ts_refs(expr: str) -> str:
    """`TS{id:123}` (the older documented spelling) -> `TS{id=123}`, the API's syntax; quoted text is untouched."""
    out = []
    depth = 0
    quote: str | None = None
    for i, ch in enumerate(expr):
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"" and depth:
            quote = ch
        elif ch == "{" and expr[max(0, i - 2) : i].upper() == "TS":
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
        elif ch == ":" and depth:
            ch = "="
        out.append(ch)
    return "".join(out)


def _expression_text(e: Any) -> str:
    if isinstance(e, str):
        return _normalize_ts_refs(e)
    try:
        import sympy
    except ImportError:
        raise TypeError(f"Expressions must be strings (or sympy expressions with sympy installed), got {e!r}") from None
    if isinstance(e, sympy.Basic):
        return str(e).replace("**", "^")
    raise TypeError(f"Expressions must be strings or sympy expressions, got {type(e).__name__}")


def _substitute(
    expr: str,
    variables: Mapping[Any, Any],
    aggregate: str | None,
    granularity: str | None,
    target_unit: str | None,
    target_unit_system: str | None,
) -> str:
    if len(variables) > SYNTHETIC_QUERY_LIMIT:
        raise ValueError(f"At most {SYNTHETIC_QUERY_LIMIT} variables per expression")
    extra = ""
    if aggregate is not None:
        from cognite.client._datapoints.aggregates import normalize_aggregate

        extra += (
            f", aggregate='{normalize_aggregate(aggregate)}', granularity='{normalize_granularity(granularity or '')}'"
        )
    if target_unit:
        extra += f", targetUnit='{target_unit}'"
    if target_unit_system:
        extra += f", targetUnitSystem='{target_unit_system}'"
    named = {str(k): v for k, v in variables.items()}  # names may be sympy symbols
    # Longest names first so "AB" is not replaced through "A".
    for name in sorted(named, key=len, reverse=True):
        ref = named[name]
        if isinstance(ref, str):
            ts = f"TS{{externalId='{ref}'{extra}}}"
        elif isinstance(ref, int) and not isinstance(ref, bool):
            ts = f"TS{{id={ref}{extra}}}"
        elif getattr(ref, "id", None) is not None:
            ts = f"TS{{id={ref.id}{extra}}}"
        elif getattr(ref, "space", None) is not None:  # a NodeId: the series' instance id
            ts = f"TS{{space='{ref.space}', externalId='{ref.external_id}'{extra}}}"
        elif getattr(ref, "external_id", None) is not None:
            ts = f"TS{{externalId='{ref.external_id}'{extra}}}"
        else:
            raise TypeError(f"Variable {name!r} must be an external id, an id, a NodeId or a TimeSeries, got {ref!r}")
        expr = re.sub(rf"(?<![\w{{]){re.escape(name)}(?![\w}}])", ts.replace("\\", "\\\\"), expr)
    return expr
