"""Render the IAM ACL classes (``cognite/client/data_classes/_capability_acls.py``) from the spec.

The spec's ``CogniteCapability`` union lists each ACL (its wire name), its action enum and its scope kinds; each
becomes a typed dataclass (``AssetsAcl`` with ``Action.Read`` / ``Scope.All``). The tables below hold only what
the spec cannot say: the public class / member names users already import, ACLs CDF serves that the spec does not
list yet, and the spec's few disagreements with what CDF answers.

    python -m openapi.capabilities          # rewrite the module from the pinned spec
    python -m openapi.capabilities --check  # exit 1 when the module is out of date
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from openapi import fetch
from openapi.pin import load_pin

TARGET = Path(__file__).resolve().parent.parent / "cognite" / "client" / "data_classes" / "_capability_acls.py"

# Public class names that are not the wire name capitalised.
CLASS_NAMES = {
    "datasetsAcl": "DataSetsAcl",
    "entitymatchingAcl": "EntityMatchingAcl",
    "threedAcl": "ThreeDAcl",
    "extractionRunsAcl": "ExtractionsRunAcl",
    "sapWritebackAcl": "SAPWritebackAcl",
    "sapWritebackRequestsAcl": "SAPWritebackRequestsAcl",
    "experimentAcl": "ExperimentsAcl",
    "genericsAcl": "LegacyGenericsAcl",
    "modelHostingAcl": "LegacyModelHostingAcl",
}
LEGACY = {"genericsAcl", "modelHostingAcl", "templateGroupsAcl"}
# Wire names CDF answers with where the spec's title differs (the official SDK's spelling).
WIRE_NAMES = {"entityMatchingAcl": "entitymatchingAcl"}
# Action member names that are not the value title-cased.
ACTION_NAMES = {"MEMBEROF": "MemberOf"}
UPPER_CASE_ACTIONS = {"agentsAcl"}  # members named as their values (AgentsAcl.Action.READ)
# Scope wire key (lower case) -> (attribute on ``<Acl>.Scope``, class in _capability_base).
SCOPES = {
    "all": ("All", "AllScope"),
    "currentuserscope": ("CurrentUser", "CurrentUserScope"),
    "idscope": ("ID", "IDScopeLowerCase"),
    "idScope": ("ID", "IDScope"),  # case-sensitive entry wins over the lower-case one
    "datasetscope": ("DataSet", "DataSetScope"),
    "assetrootidscope": ("AssetRootID", "AssetRootIDScope"),
    "extractionpipelinescope": ("ExtractionPipeline", "ExtractionPipelineScope"),
    "partition": ("Partition", "PartitionScope"),
    "spaceidscope": ("SpaceID", "SpaceIDScope"),
    "instancesscope": ("Instances", "InstancesScope"),
    "usersscope": ("UsersScope", "PostgresGatewayUsersScope"),
    "experimentscope": ("Experiments", "ExperimentsScope"),
    "appscope": ("AppConfig", "AppConfigScope"),
    "spacescope": ("LegacySpace", "LegacySpaceScope"),
    "datamodelscope": ("LegacyDataModel", "LegacyDataModelScope"),
    "appexternalidscope": ("AppExternalId", "AppExternalIdScope"),
    "dataproductscope": ("DataProduct", "DataProductScope"),
    "tablescope": ("Table", "TableScope"),
}
# Where CDF answers differently from the spec: (acl, spec scope key) -> the key CDF uses.
SCOPE_FIXES = {("datasetsAcl", "idscope"): "idScope", ("extractionPipelinesAcl", "idscope"): "idScope"}
# Actions / scopes CDF grants beyond the spec's enums.
EXTRA = {
    "projectsAcl": (("DELETE",), ()),
    "seismicAcl": ((), ("partition",)),
    "dataModelsAcl": ((), ("dataModelScope",)),
    "dataModelInstancesAcl": ((), ("spaceScope",)),
}
# ACLs CDF serves that the pinned spec does not list: wire name -> (actions, scopes).
NOT_IN_SPEC: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "appConfigAcl": (("READ", "WRITE"), ("all", "appScope")),
    "appHostingAcl": (("READ", "WRITE", "RUN"), ("all", "appExternalIdScope")),
    "auditlogAcl": (("READ",), ("all",)),
    "chartsAdminAcl": (("READ", "UPDATE", "DELETE"), ("all",)),
    "cogUnitsAcl": (("READ",), ("all",)),
    "dataProductsAcl": (("CREATE", "READ", "UPDATE", "DELETE", "USE"), ("all", "dataProductScope")),
    "documentFeedbackAcl": (("CREATE", "READ", "DELETE"), ("all",)),
    "documentPipelinesAcl": (("READ", "WRITE"), ("all",)),
    "experimentAcl": (("USE",), ("experimentscope",)),
    "extractionConfigsAcl": (("READ", "WRITE"), ("all", "datasetScope", "extractionPipelineScope")),
    "filePipelinesAcl": (("READ", "WRITE"), ("all",)),
    "integrationConfigsAcl": (("READ", "WRITE"), ("all",)),
    "integrationsAcl": (("READ", "WRITE", "USE"), ("all",)),
    "genericsAcl": (("READ", "WRITE"), ("all",)),
    "modelHostingAcl": (("READ", "WRITE"), ("all",)),
    "monitoringTasksAcl": (("READ", "WRITE"), ("all",)),
    "notificationsAcl": (("READ", "WRITE"), ("all",)),
    "pipelinesAcl": (("READ", "WRITE"), ("all",)),
    "postgresGatewayAcl": (("READ", "WRITE"), ("all", "usersScope")),
    "sapWritebackAcl": (("READ", "WRITE"), ("all", "instancesScope")),
    "sapWritebackRequestsAcl": (("WRITE", "LIST"), ("all", "instancesScope")),
    "scheduledCalculationsAcl": (("READ", "WRITE"), ("all",)),
    "slaAcl": (("READ",), ("all",)),
    "streamRecordsAcl": (("READ", "WRITE"), ("all", "spaceIdScope")),
    "streamsAcl": (("READ", "CREATE", "DELETE"), ("all",)),
    "subscribeSignalsAcl": (("READ", "WRITE"), ("all", "currentuserscope")),
    "templateGroupsAcl": (("READ", "WRITE"), ("all", "datasetScope")),
    "templateInstancesAcl": (("READ", "WRITE"), ("all", "datasetScope")),
    "transformationsExternalDataSourcesAcl": (("READ", "WRITE", "USE"), ("all", "datasetScope")),
    "userProfilesAcl": (("READ",), ("all",)),
    "visionModelAcl": (("READ", "WRITE"), ("all",)),
    "wellsAcl": (("READ", "WRITE"), ("all",)),
}


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _scope_keys(spec: dict[str, Any], node: dict[str, Any]) -> list[str]:
    node = _resolve(spec, node)
    keys = [k for branch in ("oneOf", "anyOf", "allOf") for n in node.get(branch, []) for k in _scope_keys(spec, n)]
    return keys + list(node.get("properties", {}))


def spec_acls(spec: dict[str, Any]) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """wire name -> (actions, scope keys) of every ACL in the spec's ``CogniteCapability`` union."""
    union = spec["components"]["schemas"]["CogniteCapability"]["items"]["allOf"][0]["oneOf"]
    out = {}
    for member in union:
        name = member["title"]  # the property key is misspelt in places (roboticsAcl's is "groupsAcl")
        (acl_ref,) = member["properties"].values()
        acl = _resolve(spec, acl_ref)
        actions = tuple(_resolve(spec, acl["properties"]["actions"]["items"])["enum"])
        scopes = tuple(SCOPE_FIXES.get((name, k), k) for k in _scope_keys(spec, acl["properties"]["scope"]))
        extra_actions, extra_scopes = EXTRA.get(name, ((), ()))
        out[WIRE_NAMES.get(name, name)] = (actions + extra_actions, scopes + extra_scopes)
    return out


def _scope(key: str) -> tuple[str, str]:
    return SCOPES.get(key) or SCOPES[key.lower()]


def render(spec: dict[str, Any]) -> str:
    acls = {**spec_acls(spec), **NOT_IN_SPEC}
    classes, names = [], []
    for wire in sorted(acls, key=lambda w: CLASS_NAMES.get(w, w[0].upper() + w[1:])):
        actions, scope_keys = acls[wire]
        cls = CLASS_NAMES.get(wire, wire[0].upper() + wire[1:])
        names.append(cls)
        scopes = list(dict.fromkeys(_scope(k) for k in scope_keys))
        members = "\n".join(
            f"        {a if wire in UPPER_CASE_ACTIONS else ACTION_NAMES.get(a, a.title())} = {a!r}" for a in actions
        )
        scope_attrs = "\n".join(f"        {attr} = {c}" for attr, c in scopes)
        scope_type = " | ".join(c for _, c in scopes)
        base = "LegacyCapability" if wire in LEGACY else "Capability"
        default = " = field(default_factory=AllScope)" if "AllScope" in scope_type else ""
        classes.append(
            f"@dataclass\nclass {cls}({base}):\n"
            f"    _capability_name = {wire!r}\n"
            f"    actions: Sequence[Action]  # type: ignore[assignment]\n"
            f"    scope: {scope_type}{default}  # type: ignore[assignment]\n\n"
            f"    class Action(Capability.Action):  # type: ignore[misc]\n{members}\n\n"
            f"    class Scope:  # type: ignore[misc]\n{scope_attrs}\n"
        )
    imported = sorted({c for _, c in SCOPES.values()} | {"Capability", "LegacyCapability"})
    return (
        '"""IAM ACL classes (generated by `python -m openapi.capabilities` from the spec; do not edit)."""\n\n'
        "from __future__ import annotations\n\n"
        "from collections.abc import Sequence\n"
        "from dataclasses import dataclass, field\n\n"
        "from cognite.client.data_classes._capability_base import (\n"
        + "".join(f"    {c},\n" for c in imported)
        + ")\n\n"
        f"__all__ = {sorted(names)!r}\n\n\n" + "\n\n".join(classes)
    )


def _formatted(text: str) -> str:
    ruff = [sys.executable, "-m", "ruff"]
    args = ["--isolated", "--line-length", "120", "--stdin-filename", str(TARGET)]
    return subprocess.run([*ruff, "format", *args, "-"], input=text, text=True, capture_output=True, check=True).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the module is out of date")
    args = parser.parse_args(argv)
    spec = json.loads(fetch.ensure(load_pin().snapshot).read_text())
    text = _formatted(render(spec))
    if args.check:
        if TARGET.read_text() != text:
            print(f"{TARGET} is out of date: run python -m openapi.capabilities", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
