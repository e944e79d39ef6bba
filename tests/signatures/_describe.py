"""Describes the public methods of API classes: {method: [[name, kind, default repr or None], ...]}.

Standard library only: it runs in this interpreter (our classes) and, as a script, in `.venv-official` (the
official SDK's sync client; `python _describe.py` prints the core accessors' descriptions as JSON).
"""

from __future__ import annotations

import functools
import inspect
import json
import re
import sys
from typing import Any

# The core accessors of the official sync CogniteClient (see shared/reference/official-sdk-inventory.md).
CORE_ACCESSORS = (
    "assets",
    "events",
    "time_series",
    "time_series.data",
    "time_series.subscriptions",
    "data_sets",
    "labels",
    "files",
    "sequences",
    "sequences.data",
    "raw.databases",
    "raw.tables",
    "raw.rows",
    "relationships",
    "three_d.models",
    "three_d.revisions",
    "three_d.files",
    "three_d.asset_mappings",
    "iam.groups",
    "iam.security_categories",
    "iam.token",
    "iam.sessions",
    "extraction_pipelines",
    "extraction_pipelines.runs",
    "extraction_pipelines.config",
    "entity_matching",
    "data_modeling.instances",
    "data_modeling.graphql",
    "data_modeling.streams",
    "data_modeling.records",
    "data_modeling.time_series",
    "data_modeling.files",
    # issue 14, task B
    "simulators",
    "simulators.integrations",
    "simulators.models",
    "simulators.models.revisions",
    "simulators.routines",
    "simulators.routines.revisions",
    "simulators.runs",
    "simulators.logs",
    "integrations",
    "integrations.errors",
    "iam.user_profiles",
    "iam.principals",
    "data_modeling.statistics",
    "data_modeling.statistics.spaces",
    # issue 14, task A
    "hosted_extractors.sources",
    "hosted_extractors.destinations",
    "hosted_extractors.jobs",
    "hosted_extractors.mappings",
    "postgres_gateway.users",
    "postgres_gateway.tables",
    "agents",
    "limits",
    "metering",
    "workflows",
    "workflows.versions",
    "workflows.executions",
    "workflows.tasks",
    "workflows.triggers",
    "units",
    "units.systems",
    "functions",
    "functions.calls",
    "functions.schedules",
    # transformations (issue 14, task E)
    "transformations",
    "transformations.schedules",
    "transformations.notifications",
    "transformations.jobs",
    "transformations.schema",
    "transformations.external_data_sources",
    "documents",
    "documents.previews",
)
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")

Params = list[list[Any]]


def _params(fn: Any, bound: bool) -> Params | None:
    try:
        sig = inspect.signature(fn)  # follows __wrapped__ (our call-options wrapper)
    except (TypeError, ValueError):
        return None
    params = list(sig.parameters.values())
    if bound and params and params[0].kind is not inspect.Parameter.KEYWORD_ONLY:
        params = params[1:]  # self / cls
    out: Params = []
    for p in params:
        if p.kind is p.VAR_KEYWORD and p.name == "options":
            continue  # our per-call options (CallOptions), on every method by design
        default = None if p.default is p.empty else _ADDRESS.sub("", repr(p.default))
        out.append([p.name, p.kind.name, default])
    return out


def describe_class(cls: type) -> dict[str, Params]:
    out: dict[str, Params] = {}
    for name in sorted(dir(cls)):
        if name.startswith("_") and name != "__call__":
            continue
        try:
            raw = inspect.getattr_static(cls, name)
        except AttributeError:
            continue
        if isinstance(raw, staticmethod):
            fn, bound = raw.__func__, False
        elif isinstance(raw, classmethod):
            fn, bound = raw.__func__, True
        elif inspect.isfunction(raw) or hasattr(raw, "__wrapped__"):
            fn, bound = raw, True
        else:
            continue  # properties, nested classes, constants
        params = _params(fn, bound)
        if params is not None:
            out[name] = params
    return out


def _official() -> dict[str, dict[str, Params]]:
    from cognite.client import ClientConfig, CogniteClient, global_config
    from cognite.client.credentials import Token

    global_config.disable_pypi_version_check = True
    config = ClientConfig(client_name="sig", project="p", credentials=Token("t"), base_url="https://x.cognitedata.com")
    client = CogniteClient(config)
    return {path: describe_class(type(functools.reduce(getattr, path.split("."), client))) for path in CORE_ACCESSORS}


def _accessors(obj: Any, prefix: str, api_base: type, seen: set[int]) -> dict[str, Any]:
    """Every API object reachable from `obj` by public attributes: {"time_series.subscriptions": api, ...}."""
    out: dict[str, Any] = {}
    for name in sorted(vars(obj)):
        if name.startswith("_"):
            continue
        value = vars(obj)[name]
        if isinstance(value, api_base) and id(value) not in seen:
            seen.add(id(value))
            path = f"{prefix}{name}"
            out[path] = value
            out.update(_accessors(value, path + ".", api_base, seen))
    return out


def _official_all() -> dict[str, dict[str, Params]]:
    """Every accessor of the official client (walked recursively), each with its public methods."""
    from cognite.client._sync_api_client import SyncAPIClient

    from cognite.client import ClientConfig, CogniteClient, global_config
    from cognite.client.credentials import Token

    global_config.disable_pypi_version_check = True
    config = ClientConfig(client_name="sig", project="p", credentials=Token("t"), base_url="https://x.cognitedata.com")
    client = CogniteClient(config)
    return {path: describe_class(type(api)) for path, api in _accessors(client, "", SyncAPIClient, set()).items()}


if __name__ == "__main__":
    json.dump(_official_all() if sys.argv[1:] == ["--all"] else _official(), sys.stdout)
