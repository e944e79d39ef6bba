"""Every resource API of the client, in one table: attribute path -> "module:Class".

`AsyncCogniteClient` exposes each top-level name as a lazily imported, cached attribute; dotted names are children
(`time_series.data` is reached as `client.time_series.data`) and are attached the same way by `APIClient`. A value
starting with "=" is an alias of another entry (the same object). Each class is constructed as
`Class(config, transport, cognite_client)` (see `cognite.client._api_client.APIClient`). To add a resource API,
add a line here, write the module and declare its accessor on the parent (`AsyncCogniteClient` or the parent API
class): `name: Accessor[NameAPI] = Accessor()`, the class imported under TYPE_CHECKING only (a test keeps the
declarations and this table in step; `make generate` then writes its typed sync twin).
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")

API_REGISTRY: dict[str, str] = {
    # core
    "assets": "cognite.client._api.assets:AssetsAPI",
    "events": "cognite.client._api.events:EventsAPI",
    "time_series": "cognite.client._api.time_series:TimeSeriesAPI",
    "time_series.data": "cognite.client._api.datapoints:DatapointsAPI",
    "time_series.data.synthetic": "cognite.client._api.synthetic_time_series:SyntheticDatapointsAPI",
    "time_series.synthetic": "=time_series.data.synthetic",
    "time_series.subscriptions": "cognite.client._api.datapoints_subscriptions:DatapointsSubscriptionAPI",
    "datapoints": "=time_series.data",
    "data_sets": "cognite.client._api.data_sets:DataSetsAPI",
    "labels": "cognite.client._api.labels:LabelsAPI",
    "files": "cognite.client._api.files:FilesAPI",
    "sequences": "cognite.client._api.sequences:SequencesAPI",
    "sequences.data": "cognite.client._api.sequence_data:SequencesDataAPI",
    "raw": "cognite.client._api.raw:RawAPI",
    "raw.databases": "cognite.client._api.raw:RawDatabasesAPI",
    "raw.tables": "cognite.client._api.raw:RawTablesAPI",
    "raw.rows": "cognite.client._api.raw:RawRowsAPI",
    "relationships": "cognite.client._api.relationships:RelationshipsAPI",
    "three_d": "cognite.client._api.three_d:ThreeDAPI",
    "three_d.models": "cognite.client._api.three_d:ThreeDModelsAPI",
    "three_d.revisions": "cognite.client._api.three_d:ThreeDRevisionsAPI",
    "three_d.files": "cognite.client._api.three_d:ThreeDFilesAPI",
    "three_d.asset_mappings": "cognite.client._api.three_d:ThreeDAssetMappingAPI",
    "extraction_pipelines": "cognite.client._api.extraction_pipelines:ExtractionPipelinesAPI",
    "extraction_pipelines.runs": "cognite.client._api.extraction_pipelines:ExtractionPipelineRunsAPI",
    "extraction_pipelines.config": "cognite.client._api.extraction_pipelines:ExtractionPipelineConfigsAPI",
    "extraction_pipeline_runs": "=extraction_pipelines.runs",
    "iam": "cognite.client._api.iam:IAMAPI",
    "iam.groups": "cognite.client._api.iam:GroupsAPI",
    "iam.security_categories": "cognite.client._api.iam:SecurityCategoriesAPI",
    "iam.token": "cognite.client._api.iam:TokenAPI",
    "iam.sessions": "cognite.client._api.iam:SessionsAPI",
    "login": "cognite.client._api.login:LoginAPI",
    # beyond core
    "entity_matching": "cognite.client._api.entity_matching:EntityMatchingAPI",
    "annotations": "cognite.client._api.annotations:AnnotationsAPI",
    "documents": "cognite.client._api.documents:DocumentsAPI",
    "documents.previews": "cognite.client._api.document_preview:DocumentPreviewAPI",
    "data_modeling": "cognite.client._api.data_modeling:DataModelingAPI",
    "data_modeling.containers": "cognite.client._api.data_modeling.containers:ContainersAPI",
    "data_modeling.data_models": "cognite.client._api.data_modeling.data_models:DataModelsAPI",
    "data_modeling.spaces": "cognite.client._api.data_modeling.spaces:SpacesAPI",
    "data_modeling.views": "cognite.client._api.data_modeling.views:ViewsAPI",
    "data_modeling.instances": "cognite.client._api.data_modeling.instances:InstancesAPI",
    "data_modeling.graphql": "cognite.client._api.data_modeling.graphql:DataModelingGraphQLAPI",
    "data_modeling.streams": "cognite.client._api.data_modeling.streams:StreamsAPI",
    "data_modeling.records": "cognite.client._api.data_modeling.records:RecordsAPI",
    "data_modeling.time_series": "cognite.client._api.data_modeling.core_nodes:DataModelingTimeSeriesAPI",
    "data_modeling.files": "cognite.client._api.data_modeling.core_nodes:DataModelingFilesAPI",
    "functions": "cognite.client._api.functions:FunctionsAPI",
    "functions.calls": "cognite.client._api.function_calls:FunctionCallsAPI",
    "functions.schedules": "cognite.client._api.function_schedules:FunctionSchedulesAPI",
    "transformations": "cognite.client._api.transformations:TransformationsAPI",
    "transformations.schedules": "cognite.client._api.transformations.schedules:TransformationSchedulesAPI",
    "transformations.notifications": "cognite.client._api.transformations.notifications:TransformationNotificationsAPI",
    "transformations.jobs": "cognite.client._api.transformations.jobs:TransformationJobsAPI",
    "transformations.schema": "cognite.client._api.transformations.schema:TransformationSchemaAPI",
    "transformations.external_data_sources": "cognite.client._api.transformations.externaldata:TransformationExternalDataSourcesAPI",
    "workflows": "cognite.client._api.workflows:WorkflowsAPI",
    "workflows.versions": "cognite.client._api.workflows.versions:WorkflowVersionAPI",
    "workflows.executions": "cognite.client._api.workflows.executions:WorkflowExecutionAPI",
    "workflows.tasks": "cognite.client._api.workflows.executions:WorkflowTaskAPI",
    "workflows.triggers": "cognite.client._api.workflows.triggers:WorkflowTriggerAPI",
    "units": "cognite.client._api.units:UnitsAPI",
    "units.systems": "cognite.client._api.units:UnitSystemAPI",
    "geospatial": "cognite.client._api.geospatial:GeospatialAPI",
    "diagrams": "cognite.client._api.diagrams:DiagramsAPI",
    "vision": "cognite.client._api.vision:VisionAPI",
    # issue 14, task B: simulators, integrations, user profiles, DMS statistics
    "simulators": "cognite.client._api.simulators:SimulatorsAPI",
    "simulators.integrations": "cognite.client._api.simulators.integrations:SimulatorIntegrationsAPI",
    "simulators.models": "cognite.client._api.simulators.models:SimulatorModelsAPI",
    "simulators.models.revisions": "cognite.client._api.simulators.models:SimulatorModelRevisionsAPI",
    "simulators.routines": "cognite.client._api.simulators.routines:SimulatorRoutinesAPI",
    "simulators.routines.revisions": "cognite.client._api.simulators.routines:SimulatorRoutineRevisionsAPI",
    "simulators.runs": "cognite.client._api.simulators.runs:SimulatorRunsAPI",
    "simulators.logs": "cognite.client._api.simulators.logs:SimulatorLogsAPI",
    "integrations": "cognite.client._api.integrations:IntegrationsAPI",
    "integrations.errors": "cognite.client._api.integrations.errors:IntegrationErrorsAPI",
    "iam.user_profiles": "cognite.client._api.user_profiles:UserProfilesAPI",
    "iam.principals": "cognite.client._api.principals:PrincipalsAPI",
    "data_modeling.statistics": "cognite.client._api.data_modeling.statistics:StatisticsAPI",
    "data_modeling.statistics.spaces": "cognite.client._api.data_modeling.statistics:SpaceStatisticsAPI",
    # issue 14, task A: declared resources
    "hosted_extractors": "cognite.client._api.hosted_extractors:HostedExtractorsAPI",
    "hosted_extractors.sources": "cognite.client._api.hosted_extractors.sources:SourcesAPI",
    "hosted_extractors.destinations": "cognite.client._api.hosted_extractors.destinations:DestinationsAPI",
    "hosted_extractors.jobs": "cognite.client._api.hosted_extractors.jobs:JobsAPI",
    "hosted_extractors.mappings": "cognite.client._api.hosted_extractors.mappings:MappingsAPI",
    "postgres_gateway": "cognite.client._api.postgres_gateway:PostgresGatewaysAPI",
    "postgres_gateway.users": "cognite.client._api.postgres_gateway.users:UsersAPI",
    "postgres_gateway.tables": "cognite.client._api.postgres_gateway.tables:TablesAPI",
    "agents": "cognite.client._api.agents:AgentsAPI",
    "limits": "cognite.client._api.limits:LimitsAPI",
    "metering": "cognite.client._api.metering:MeteringAPI",
    # removed from CDF: each raises an error naming its successor
    "templates": "cognite.client._api.removed:TemplatesAPI",
    "api_keys": "cognite.client._api.removed:APIKeysAPI",
    "service_accounts": "cognite.client._api.removed:ServiceAccountsAPI",
}


def resolve(path: str) -> str:
    """The registry path an alias points to (or `path` itself)."""
    seen = set()
    while API_REGISTRY.get(path, "").startswith("="):
        if path in seen:
            raise RuntimeError(f"Alias cycle in API_REGISTRY at {path!r}")
        seen.add(path)
        path = API_REGISTRY[path][1:]
    return path


def children(parent: str) -> list[str]:
    """Names of the direct children of `parent` ("" for the client itself)."""
    prefix = f"{parent}." if parent else ""
    return [k[len(prefix) :] for k in API_REGISTRY if k.startswith(prefix) and "." not in k[len(prefix) :]]


class Accessor(Generic[T]):
    """A lazily built, cached API attribute, statically typed: `assets: Accessor[AssetsAPI] = Accessor()`.

    On first access the owner's `_registered_api(name)` builds the API from this table; the result is stored in the
    instance's `__dict__`, so later reads are plain attribute lookups (this is a non-data descriptor).
    """

    __slots__ = ("name",)

    def __init__(self) -> None:
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, objtype: type | None = None) -> Accessor[T]: ...
    @overload
    def __get__(self, obj: object, objtype: type | None = None) -> T: ...
    def __get__(self, obj: Any, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        api = obj._registered_api(self.name)
        obj.__dict__[self.name] = api
        return api

    def __repr__(self) -> str:
        return f"Accessor({self.name!r})"
