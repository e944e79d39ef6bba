"""The columns a transformation query must produce per destination type, as CDF's transformations documentation
lists them (facts as data): `GET /transformations/schema/{type}?conflictMode=...` answers from this table.

Each column is (name, type, nullable); a type is a Spark type name or "map" (map<string,string>) / "array<T>".
`delete` mode takes only the identifiers (id / externalId), as CDF documents.
"""

from __future__ import annotations

from typing import Any

_ID = [("id", "long", True), ("externalId", "string", True)]
_DATA_SET = ("dataSetId", "long", True)
_META = ("metadata", "map", True)
_LABELS = ("labels", "array<string>", True)

SCHEMAS: dict[str, list[tuple[str, str, bool]]] = {
    "assets": [
        *_ID,
        ("name", "string", False),
        ("parentId", "long", True),
        ("parentExternalId", "string", True),
        ("description", "string", True),
        ("source", "string", True),
        _META,
        _DATA_SET,
        _LABELS,
    ],
    "asset_hierarchy": [
        ("externalId", "string", False),
        ("name", "string", False),
        ("parentExternalId", "string", True),
        ("description", "string", True),
        ("source", "string", True),
        _META,
        _DATA_SET,
        _LABELS,
    ],
    "timeseries": [
        *_ID,
        ("name", "string", True),
        ("description", "string", True),
        ("isString", "boolean", False),
        _META,
        ("unit", "string", True),
        ("unitExternalId", "string", True),
        ("assetId", "long", True),
        ("isStep", "boolean", False),
        ("securityCategories", "array<long>", True),
        _DATA_SET,
    ],
    "events": [
        *_ID,
        ("startTime", "timestamp", True),
        ("endTime", "timestamp", True),
        ("type", "string", True),
        ("subtype", "string", True),
        ("description", "string", True),
        _META,
        ("assetIds", "array<long>", True),
        ("source", "string", True),
        _DATA_SET,
    ],
    "datapoints": [*_ID, ("timestamp", "timestamp", False), ("value", "double", False)],
    "string_datapoints": [*_ID, ("timestamp", "timestamp", False), ("value", "string", False)],
    "sequences": [
        *_ID,
        ("name", "string", True),
        ("description", "string", True),
        ("assetId", "long", True),
        _META,
        _DATA_SET,
        ("columns", "array<struct>", True),
    ],
    "files": [
        *_ID,
        ("name", "string", False),
        ("directory", "string", True),
        ("source", "string", True),
        ("mimeType", "string", True),
        _META,
        ("assetIds", "array<long>", True),
        _DATA_SET,
        ("sourceCreatedTime", "timestamp", True),
        ("sourceModifiedTime", "timestamp", True),
        ("securityCategories", "array<long>", True),
        _LABELS,
    ],
    "labels": [
        ("externalId", "string", False),
        ("name", "string", False),
        ("description", "string", True),
        _DATA_SET,
    ],
    "relationships": [
        ("externalId", "string", False),
        ("sourceExternalId", "string", False),
        ("sourceType", "string", False),
        ("targetExternalId", "string", False),
        ("targetType", "string", False),
        ("startTime", "timestamp", True),
        ("endTime", "timestamp", True),
        ("confidence", "float", True),
        _LABELS,
        _DATA_SET,
    ],
    "data_sets": [
        *_ID,
        ("name", "string", True),
        ("description", "string", True),
        _META,
        ("writeProtected", "boolean", False),
    ],
    "raw": [("key", "string", False)],
}
_DELETE_KEYS = {"labels": ["externalId"], "relationships": ["externalId"], "asset_hierarchy": ["externalId"]}
_SQL = {"long": "bigint", "float": "float", "double": "double", "string": "string", "boolean": "boolean"}


def _column(name: str, kind: str, nullable: bool) -> dict[str, Any]:
    if kind == "map":
        return {
            "name": name,
            "sqlType": "map<string,string>",
            "type": {"type": "map", "keyType": "string", "valueType": "string", "valueContainsNull": True},
            "nullable": nullable,
        }
    if kind == "array<struct>":
        return {
            "name": name,
            "sqlType": "array<struct<name:string,externalId:string,description:string,metadata:map<string,string>,valueType:string>>",
            "type": {"type": "array", "elementType": {"type": "struct", "fields": []}, "containsNull": True},
            "nullable": nullable,
        }
    if kind.startswith("array<"):
        element = kind[6:-1]
        return {
            "name": name,
            "sqlType": f"array<{_SQL.get(element, element)}>",
            "type": {"type": "array", "elementType": element, "containsNull": True},
            "nullable": nullable,
        }
    return {"name": name, "sqlType": _SQL.get(kind, kind), "type": kind, "nullable": nullable}


def schema_columns(destination: str, conflict_mode: str | None) -> list[dict[str, Any]] | None:
    """The documented columns of a destination type (None for a type CDF has no fixed schema for)."""
    columns = SCHEMAS.get(destination)
    if columns is None:
        return None
    if conflict_mode == "delete":
        keys = _DELETE_KEYS.get(destination, ["id", "externalId"])
        columns = [(n, k, True) for n, k, _ in columns if n in keys]
    return [_column(*c) for c in columns]
