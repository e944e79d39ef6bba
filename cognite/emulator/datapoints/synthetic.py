"""POST /timeseries/synthetic/query: a small, safe expression language over time series (no eval()).

Grammar:  expr := term (('+'|'-') term)* ;  term := unary (('*'|'/') unary)* ;  unary := '-' unary | atom ;
          atom := number | TS{key=value, ...} | name '(' [expr (',' expr)*] ')' | '(' expr ')'
TS{} keys (`key=value` or `key:value`): id, externalId, space (with externalId: an instance id), aggregate,
granularity, targetUnit / targetUnitSystem (the input converted, see units.py).
Inputs are aligned on the union of their timestamps; each input is interpolated there (linear, or stepwise for
step series) and timestamps outside any input's first..last point are dropped, as CDF does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from cognite.emulator.datapoints import aggregates
from cognite.emulator.datapoints.refs import Resolver
from cognite.emulator.datapoints.retrieve import visible_points
from cognite.emulator.datapoints.store import DatapointStore
from cognite.emulator.datapoints.timespec import Granularity, now_ms, parse_time
from cognite.emulator.datapoints.units import conversion
from cognite.emulator.http import CDFError

MAX_QUERIES = 10
MAX_LIMIT = 10_000
DEFAULT_LIMIT = 100

_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|(?P<name>[A-Za-z_]\w*)"
    r"|(?P<str>'[^']*'|\"[^\"]*\")|(?P<op>[-+*/(){},=:]))"
)


@dataclass
class _Series:
    args: dict[str, Any]


@dataclass
class _Call:
    name: str
    args: list[Any]


@dataclass
class _BinOp:
    op: str
    left: Any
    right: Any


_FUNCTIONS: dict[str, tuple[int, Callable[..., Any]]] = {
    "abs": (1, np.abs), "sqrt": (1, np.sqrt), "exp": (1, np.exp), "ln": (1, np.log), "log10": (1, np.log10),
    "sin": (1, np.sin), "cos": (1, np.cos), "tan": (1, np.tan), "round": (1, np.round), "pow": (2, np.power),
    "max": (2, np.maximum), "min": (2, np.minimum), "pi": (0, lambda: np.pi),
}  # fmt: skip


def tokenize(text: str) -> list[tuple[str, str]]:
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            raise CDFError(400, f"Invalid synthetic expression: unexpected character at position {pos}: {text[pos:pos + 10]!r}")  # fmt: skip
        kind = m.lastgroup
        assert kind is not None
        tokens.append((kind, m.group(kind)))
        pos = m.end()
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None or (value is not None and tok[1] != value):
            raise CDFError(400, f"Invalid synthetic expression: expected {value or 'more input'}, got {tok[1] if tok else 'end'}")  # fmt: skip
        self.i += 1
        return tok

    def parse(self) -> Any:
        node = self.expr()
        if self.peek() is not None:
            raise CDFError(400, f"Invalid synthetic expression: unexpected {self.peek()[1]!r}")  # type: ignore[index]
        return node

    def expr(self) -> Any:
        node = self.term()
        while (tok := self.peek()) and tok[1] in "+-" and tok[0] == "op":
            self.take()
            node = _BinOp(tok[1], node, self.term())
        return node

    def term(self) -> Any:
        node = self.unary()
        while (tok := self.peek()) and tok[1] in "*/" and tok[0] == "op":
            self.take()
            node = _BinOp(tok[1], node, self.unary())
        return node

    def unary(self) -> Any:
        tok = self.peek()
        if tok == ("op", "-"):
            self.take()
            return _BinOp("-", 0.0, self.unary())
        if tok == ("op", "+"):
            self.take()
            return self.unary()
        return self.atom()

    def atom(self) -> Any:
        kind, value = self.take()
        if kind == "num":
            return float(value)
        if kind == "op" and value == "(":
            node = self.expr()
            self.take(")")
            return node
        if kind == "name" and value.lower() == "ts" and self.peek() == ("op", "{"):
            return self.series()
        if kind == "name" and value.lower() in _FUNCTIONS:
            self.take("(")
            args = []
            if self.peek() != ("op", ")"):
                args.append(self.expr())
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
            self.take(")")
            arity = _FUNCTIONS[value.lower()][0]
            if len(args) != arity:
                raise CDFError(400, f"Invalid synthetic expression: {value}() takes {arity} argument(s)")
            return _Call(value.lower(), args)
        raise CDFError(400, f"Invalid synthetic expression: unexpected {value!r}")

    def series(self) -> _Series:
        self.take("{")
        args: dict[str, Any] = {}
        while self.peek() != ("op", "}"):
            key = self.take()[1]
            if self.peek() == ("op", ":"):  # ts{externalId:'x'} (the official SDK's form) or ts{externalId='x'}
                self.take(":")
            else:
                self.take("=")
            kind, raw = self.take()
            args[key] = raw[1:-1] if kind == "str" else int(raw) if kind == "num" and raw.isdigit() else raw
            if self.peek() == ("op", ","):
                self.take()
        self.take("}")
        return _Series(args)


def query(body: dict[str, Any], resolve: Resolver, store: DatapointStore) -> list[dict[str, Any]]:
    items = body.get("items")
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_QUERIES:
        raise CDFError(400, f"'items' must be a list of 1 to {MAX_QUERIES} synthetic queries")
    return [_run(item, resolve, store) for item in items]


def _run(item: dict[str, Any], resolve: Resolver, store: DatapointStore) -> dict[str, Any]:
    if not isinstance(item, dict) or not isinstance(item.get("expression"), str):
        raise CDFError(400, "Each synthetic query needs an 'expression' string")
    start = parse_time(item.get("start"), "start", default=0)
    end = parse_time(item.get("end"), "end", default=now_ms())
    limit = item.get("limit", DEFAULT_LIMIT)
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise CDFError(400, f"Invalid limit: {limit!r}. Must be between 1 and {MAX_LIMIT}")
    tree = _Parser(item["expression"]).parse()
    inputs: list[tuple[np.ndarray, np.ndarray, bool]] = []
    time_zone = item.get("timeZone")
    _collect(tree, inputs, lambda args: _fetch(args, resolve, store, start, end, time_zone))
    if not inputs:
        raise CDFError(400, "A synthetic expression must reference at least one time series")
    grid = np.unique(np.concatenate([t for t, _, _ in inputs]))
    for t, _, _ in inputs:
        grid = grid[(grid >= t[0]) & (grid <= t[-1])] if len(t) else grid[:0]
    grid = grid[:limit]
    columns = [_interpolate(t, v, step, grid) for t, v, step in inputs]
    errors = np.zeros(len(grid), dtype=bool)
    with np.errstate(all="ignore"):
        result = _eval(tree, iter(columns), errors, len(grid))
    points: list[dict[str, Any]] = []
    for t, v, err in zip(grid.tolist(), np.broadcast_to(result, grid.shape).tolist(), errors.tolist(), strict=True):
        if err:
            points.append({"timestamp": t, "error": "Error BAD_DOMAIN: Division by zero"})
        elif v != v or v in (float("inf"), float("-inf")):
            points.append({"timestamp": t, "error": "Error BAD_DOMAIN: Result is not a finite number"})
        else:
            points.append({"timestamp": t, "value": v})
    return {"isString": False, "datapoints": points}


def _collect(node: Any, out: list, fetch: Callable[[dict[str, Any]], Any]) -> None:
    # Depth-first, left to right: the same order `_eval` consumes the columns in.
    if isinstance(node, _BinOp):
        _collect(node.left, out, fetch)
        _collect(node.right, out, fetch)
    elif isinstance(node, _Call):
        for arg in node.args:
            _collect(arg, out, fetch)
    elif isinstance(node, _Series):
        out.append(fetch(node.args))


def _fetch(
    args: dict[str, Any], resolve: Resolver, store: DatapointStore, start: int, end: int, time_zone: Any
) -> tuple[np.ndarray, np.ndarray, bool]:
    lowered = {k.lower(): v for k, v in args.items()}
    if "space" in lowered:
        ident: dict[str, Any] = {"instanceId": {"space": lowered["space"], "externalId": lowered.get("externalid")}}
    elif "externalid" in lowered:
        ident = {"externalId": str(lowered["externalid"])}
    elif "id" in lowered:
        ident = {"id": int(lowered["id"])}
    else:
        raise CDFError(400, f"Invalid synthetic expression: TS{{...}} needs id, externalId or space+externalId: {args}")
    ref = resolve(ident)
    if ref is None:
        raise CDFError(400, "Time series not found", missing=[ident])
    if ref.is_string:
        raise CDFError(400, "Synthetic queries do not support string time series")
    ts, values, status = visible_points(store.get(ref.id), False, True, True)
    units = {"targetUnit": lowered.get("targetunit"), "targetUnitSystem": lowered.get("targetunitsystem")}
    convert = conversion({k: v for k, v in units.items() if v is not None}, ref)
    if convert is not None:  # the input in the target unit (aggregates of converted values)
        values = convert.apply(values)
    agg = lowered.get("aggregate")
    if agg is None:
        lo, hi = np.searchsorted(ts, [start, end], side="left")
        return ts[lo:hi], values[lo:hi].astype(np.float64), ref.is_step
    if agg not in aggregates.AGGREGATES or agg.endswith("Datapoint"):
        raise CDFError(400, f"Invalid synthetic expression: unknown aggregate {agg!r}")
    gran = Granularity.parse(lowered.get("granularity", "1h"), time_zone)
    page = aggregates.compute(
        ts, values, status, names=[agg], granularity=gran, start=start, end=end, after=None,
        limit=MAX_LIMIT, is_step=ref.is_step,
    )  # fmt: skip
    col = page.columns[agg]
    ok = ~np.isnan(col)
    return page.timestamps[ok], col[ok], False


def _interpolate(t: np.ndarray, v: np.ndarray, step: bool, grid: np.ndarray) -> np.ndarray:
    if len(grid) == 0:
        return np.empty(0)
    if step:
        return v[np.searchsorted(t, grid, side="right") - 1]
    return np.interp(grid, t, v)


def _eval(node: Any, columns: Any, errors: np.ndarray, n: int) -> Any:
    if isinstance(node, float):
        return node
    if isinstance(node, _Series):
        return next(columns)
    if isinstance(node, _Call):
        args = [_eval(a, columns, errors, n) for a in node.args]
        return _FUNCTIONS[node.name][1](*args)
    left = _eval(node.left, columns, errors, n)
    right = _eval(node.right, columns, errors, n)
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return left * right
    zero = np.broadcast_to(np.asarray(right) == 0, (n,))
    errors |= zero
    return np.divide(left, np.where(np.asarray(right) == 0, 1.0, right))
