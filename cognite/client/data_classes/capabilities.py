"""IAM capabilities: ``Capability`` and the ACL classes (``AssetsAcl`` ...), scopes, and project capabilities.

Example:
    >>> from cognite.client.data_classes.capabilities import Capability, GroupsAcl
    >>> acl = GroupsAcl(actions=[GroupsAcl.Action.List], scope=GroupsAcl.Scope.CurrentUser())
    >>> Capability.load(acl.dump()) == acl
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList
from cognite.client.data_classes._capability_acls import *  # noqa: F403 - the generated ACL classes
from cognite.client.data_classes._capability_acls import __all__ as _acl_names
from cognite.client.data_classes._capability_base import (
    AllScope,
    AppConfigScope,
    AppExternalIdScope,
    AssetRootIDScope,
    Capability,
    CapabilityTuple,
    CurrentUserScope,
    DataProductScope,
    DataSetScope,
    ExperimentsScope,
    ExtractionPipelineScope,
    IDScope,
    IDScopeLowerCase,
    InstancesScope,
    LegacyCapability,
    LegacyDataModelScope,
    LegacySpaceScope,
    PartitionScope,
    PostgresGatewayUsersScope,
    SpaceIDScope,
    TableScope,
    UnknownAcl,
    UnknownScope,
    from_tuple,
    known_acls,
    load_capabilities,
    missing_capabilities,
)

__all__ = [
    *_acl_names,
    "ALL_CAPABILITIES",
    "AllProjectsScope",
    "AllScope",
    "AppConfigScope",
    "AppExternalIdScope",
    "AssetRootIDScope",
    "Capability",
    "CapabilityTuple",
    "CurrentUserScope",
    "DataProductScope",
    "DataSetScope",
    "ExperimentsScope",
    "ExtractionPipelineScope",
    "IDScope",
    "IDScopeLowerCase",
    "InstancesScope",
    "LegacyCapability",
    "LegacyDataModelScope",
    "LegacySpaceScope",
    "PartitionScope",
    "PostgresGatewayUsersScope",
    "ProjectCapability",
    "ProjectCapabilityList",
    "ProjectScope",
    "ProjectsScope",
    "SpaceIDScope",
    "TableScope",
    "UnknownAcl",
    "UnknownScope",
    "from_tuple",
    "load_capabilities",
    "missing_capabilities",
]

ALL_CAPABILITIES = sorted(known_acls())


class ProjectScope:
    """Which projects a capability of a token applies to (``{"projectScope": {...}}`` on the wire)."""

    name = "projectScope"

    @classmethod
    def load(cls, resource: dict[str, Any]) -> AllProjectsScope | ProjectsScope:
        data = resource.get(cls.name, resource)
        if "projects" in data:
            return ProjectsScope(projects=list(data["projects"]))
        if "allProjects" in data:
            return AllProjectsScope()
        raise ValueError(f"Unknown project scope: {resource}")

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        if isinstance(self, ProjectsScope):
            return {self.name: {"projects": self.projects}}
        return {self.name: {"allProjects": {}}}


@dataclass(frozen=True)
class AllProjectsScope(ProjectScope):
    pass


@dataclass(frozen=True)
class ProjectsScope(ProjectScope):
    projects: list[str]


class ProjectCapability(CogniteResource):
    """A token's capability together with the projects it holds in.

    Example:
        >>> from cognite.client.data_classes.capabilities import ProjectCapability
        >>> pc = ProjectCapability.load({"groupsAcl": {"actions": ["LIST"], "scope": {"all": {}}},
        ...                               "projectScope": {"projects": ["p"]}})
        >>> type(pc.capability).__name__, pc.project_scope
        ('GroupsAcl', ProjectsScope(projects=['p']))
    """

    _fields = ("capability", "project_scope")
    capability: Capability
    project_scope: AllProjectsScope | ProjectsScope

    def __init__(
        self, capability: Capability, project_scope: AllProjectsScope | ProjectsScope, cognite_client: Any = None
    ) -> None:
        self.capability = capability
        self.project_scope = project_scope
        self._cognite_client = cognite_client

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> ProjectCapability:
        acl = {k: v for k, v in resource.items() if k != ProjectScope.name}
        scope = ProjectScope.load(resource[ProjectScope.name]) if ProjectScope.name in resource else AllProjectsScope()
        return cls(Capability.load(acl, allow_unknown=True), scope, cognite_client)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {**self.capability.dump(camel_case), **self.project_scope.dump(camel_case)}


class ProjectCapabilityList(CogniteResourceList[ProjectCapability]):
    _RESOURCE = ProjectCapability

    def as_tuples(self, project: str | None = None) -> set[CapabilityTuple]:
        """Every grant, for one project when given (legacy and unknown ACLs left out)."""
        out: set[CapabilityTuple] = set()
        for pc in self:
            if isinstance(pc.capability, (UnknownAcl, LegacyCapability)):
                continue
            scope = pc.project_scope
            if project is None or isinstance(scope, AllProjectsScope) or project in scope.projects:
                out |= pc.capability.as_tuples()
        return out
