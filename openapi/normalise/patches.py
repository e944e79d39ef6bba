"""Cognite's own spec bugs, fixed by name. Each patch checks its precondition, so it reports 0 once fixed upstream."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openapi.normalise.walk import COMPONENT_PREFIX

Spec = dict[str, Any]
Patch = Callable[[Spec], int]


def asset_bool_filter_clauses(spec: Spec) -> int:
    """`AssetBoolFilter` and/or/not clauses reference the request wrapper `AssetAdvancedFilter` instead of the
    filter language itself (every other resource references its `<X>FilterLanguage`)."""
    schemas = spec["components"]["schemas"]
    wrapper = schemas.get("AssetAdvancedFilter", {}).get("properties", {}).get("advancedFilter")
    bool_filter = schemas.get("AssetBoolFilter")
    if not isinstance(wrapper, dict) or "oneOf" not in wrapper or not bool_filter or "AssetFilterLanguage" in schemas:
        return 0
    schemas["AssetFilterLanguage"] = wrapper
    schemas["AssetAdvancedFilter"]["properties"]["advancedFilter"] = {"$ref": COMPONENT_PREFIX + "AssetFilterLanguage"}
    count = 1
    wrong, right = COMPONENT_PREFIX + "AssetAdvancedFilter", COMPONENT_PREFIX + "AssetFilterLanguage"
    for member in bool_filter.get("oneOf", []):
        for clause in (member.get("properties") or {}).values():
            for holder in (clause.get("items"), clause, *(clause.get("allOf") or [])):
                if isinstance(holder, dict) and holder.get("$ref") == wrong:
                    holder["$ref"] = right
                    count += 1
    return count


def prefix_filter_value(spec: Spec) -> int:
    """`PrefixFilter.prefix.value` references `StringValue` (`{value: string}`), but the API takes a plain
    string (`{"prefix": {"property": ["externalId"], "value": "pump"}}`)."""
    prefix = spec["components"]["schemas"].get("PrefixFilter", {}).get("properties", {}).get("prefix", {})
    value = prefix.get("properties", {}).get("value")
    if isinstance(value, dict) and value.get("$ref") == COMPONENT_PREFIX + "StringValue":
        prefix["properties"]["value"] = {"type": "string"}
        return 1
    return 0


def datapoint_is_string_discriminator(spec: Spec) -> int:
    """Numeric and string datapoint replies differ only in `isString` (false/true), which the spec leaves a plain
    boolean: pin it with `const` so a string series never parses as a numeric one (an empty page has no values
    to tell them apart)."""
    count = 0
    schemas = spec["components"]["schemas"]
    for name, value in (("DatapointsGetDoubleDatapoint", False), ("DatapointsGetStringDatapoint", True)):
        for member in schemas.get(name, {}).get("allOf", []):
            prop = (member.get("properties") or {}).get("isString")
            if isinstance(prop, dict) and prop.get("type") == "boolean" and "const" not in prop:
                prop["const"] = value
                count += 1
    return count


PATCHES: list[Patch] = [asset_bool_filter_clauses, prefix_filter_value, datapoint_is_string_discriminator]
