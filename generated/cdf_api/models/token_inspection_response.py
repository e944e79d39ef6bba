from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.capability_analytics_capability import CapabilityAnalyticsCapability
    from ..models.capability_assets_capability import CapabilityAssetsCapability
    from ..models.capability_data_modeling_instances_capability import CapabilityDataModelingInstancesCapability
    from ..models.capability_data_modeling_schema_capability import CapabilityDataModelingSchemaCapability
    from ..models.capability_datasets_capability import CapabilityDatasetsCapability
    from ..models.capability_digital_twin_capability import CapabilityDigitalTwinCapability
    from ..models.capability_events_capability import CapabilityEventsCapability
    from ..models.capability_extraction_pipeline_runs_capability import CapabilityExtractionPipelineRunsCapability
    from ..models.capability_extraction_pipelines_capability import CapabilityExtractionPipelinesCapability
    from ..models.capability_files_capability import CapabilityFilesCapability
    from ..models.capability_functions_capability import CapabilityFunctionsCapability
    from ..models.capability_groups_capability import CapabilityGroupsCapability
    from ..models.capability_industrial_log_analytics_instances_capability import (
        CapabilityIndustrialLogAnalyticsInstancesCapability,
    )
    from ..models.capability_labels_capability import CapabilityLabelsCapability
    from ..models.capability_limits_capability import CapabilityLimitsCapability
    from ..models.capability_projects_capability import CapabilityProjectsCapability
    from ..models.capability_raw_capability import CapabilityRawCapability
    from ..models.capability_relationships_capability import CapabilityRelationshipsCapability
    from ..models.capability_security_category_capability import CapabilitySecurityCategoryCapability
    from ..models.capability_seismic_capability import CapabilitySeismicCapability
    from ..models.capability_sequences_capability import CapabilitySequencesCapability
    from ..models.capability_threed_capability import CapabilityThreedCapability
    from ..models.capability_time_series_capability import CapabilityTimeSeriesCapability
    from ..models.capability_types_capability import CapabilityTypesCapability
    from ..models.projects_item import ProjectsItem


T = TypeVar("T", bound="TokenInspectionResponse")


@_attrs_define
class TokenInspectionResponse(AdditionalProperties):
    """
    Attributes:
        subject (str): Subject (sub claim) of JWT
        projects (list[ProjectsItem]):
        capabilities (list[CapabilityAnalyticsCapability | CapabilityAssetsCapability |
            CapabilityDataModelingInstancesCapability | CapabilityDataModelingSchemaCapability |
            CapabilityDatasetsCapability | CapabilityDigitalTwinCapability | CapabilityEventsCapability |
            CapabilityExtractionPipelineRunsCapability | CapabilityExtractionPipelinesCapability | CapabilityFilesCapability
            | CapabilityFunctionsCapability | CapabilityGroupsCapability |
            CapabilityIndustrialLogAnalyticsInstancesCapability | CapabilityLabelsCapability | CapabilityLimitsCapability |
            CapabilityProjectsCapability | CapabilityRawCapability | CapabilityRelationshipsCapability |
            CapabilitySecurityCategoryCapability | CapabilitySeismicCapability | CapabilitySequencesCapability |
            CapabilityThreedCapability | CapabilityTimeSeriesCapability | CapabilityTypesCapability]):
    """

    _FIT = {
        "subject": "s",
        "projects": ("l", ("m", "ProjectsItem")),
        "capabilities": (
            "l",
            (
                "u",
                (
                    ("m", "CapabilityGroupsCapability"),
                    ("m", "CapabilityAssetsCapability"),
                    ("m", "CapabilityEventsCapability"),
                    ("m", "CapabilityFilesCapability"),
                    ("m", "CapabilityProjectsCapability"),
                    ("m", "CapabilitySecurityCategoryCapability"),
                    ("m", "CapabilityRawCapability"),
                    ("m", "CapabilityTimeSeriesCapability"),
                    ("m", "CapabilityThreedCapability"),
                    ("m", "CapabilitySequencesCapability"),
                    ("m", "CapabilityLabelsCapability"),
                    ("m", "CapabilityAnalyticsCapability"),
                    ("m", "CapabilityDigitalTwinCapability"),
                    ("m", "CapabilityDataModelingSchemaCapability"),
                    ("m", "CapabilityDataModelingInstancesCapability"),
                    ("m", "CapabilityIndustrialLogAnalyticsInstancesCapability"),
                    ("m", "CapabilityRelationshipsCapability"),
                    ("m", "CapabilityDatasetsCapability"),
                    ("m", "CapabilitySeismicCapability"),
                    ("m", "CapabilityTypesCapability"),
                    ("m", "CapabilityFunctionsCapability"),
                    ("m", "CapabilityExtractionPipelinesCapability"),
                    ("m", "CapabilityExtractionPipelineRunsCapability"),
                    ("m", "CapabilityLimitsCapability"),
                ),
            ),
        ),
    }
    _REQUIRED = ("subject", "projects", "capabilities")

    subject: str
    projects: list[ProjectsItem]
    capabilities: list[
        CapabilityAnalyticsCapability
        | CapabilityAssetsCapability
        | CapabilityDataModelingInstancesCapability
        | CapabilityDataModelingSchemaCapability
        | CapabilityDatasetsCapability
        | CapabilityDigitalTwinCapability
        | CapabilityEventsCapability
        | CapabilityExtractionPipelineRunsCapability
        | CapabilityExtractionPipelinesCapability
        | CapabilityFilesCapability
        | CapabilityFunctionsCapability
        | CapabilityGroupsCapability
        | CapabilityIndustrialLogAnalyticsInstancesCapability
        | CapabilityLabelsCapability
        | CapabilityLimitsCapability
        | CapabilityProjectsCapability
        | CapabilityRawCapability
        | CapabilityRelationshipsCapability
        | CapabilitySecurityCategoryCapability
        | CapabilitySeismicCapability
        | CapabilitySequencesCapability
        | CapabilityThreedCapability
        | CapabilityTimeSeriesCapability
        | CapabilityTypesCapability
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        projects = []
        for componentsschemas_projects_item_data in self.projects:
            componentsschemas_projects_item = componentsschemas_projects_item_data.to_dict()
            projects.append(componentsschemas_projects_item)

        capabilities = []
        for componentsschemas_capabilities_item_data in self.capabilities:
            componentsschemas_capabilities_item: dict[str, Any]
            componentsschemas_capabilities_item = componentsschemas_capabilities_item_data.to_dict()

            capabilities.append(componentsschemas_capabilities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "projects": projects,
                "capabilities": capabilities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capability_analytics_capability import CapabilityAnalyticsCapability  # noqa: PLC0415
        from ..models.capability_assets_capability import CapabilityAssetsCapability  # noqa: PLC0415
        from ..models.capability_data_modeling_instances_capability import CapabilityDataModelingInstancesCapability  # noqa: PLC0415
        from ..models.capability_data_modeling_schema_capability import CapabilityDataModelingSchemaCapability  # noqa: PLC0415
        from ..models.capability_datasets_capability import CapabilityDatasetsCapability  # noqa: PLC0415
        from ..models.capability_digital_twin_capability import CapabilityDigitalTwinCapability  # noqa: PLC0415
        from ..models.capability_events_capability import CapabilityEventsCapability  # noqa: PLC0415
        from ..models.capability_extraction_pipeline_runs_capability import CapabilityExtractionPipelineRunsCapability  # noqa: PLC0415
        from ..models.capability_extraction_pipelines_capability import CapabilityExtractionPipelinesCapability  # noqa: PLC0415
        from ..models.capability_files_capability import CapabilityFilesCapability  # noqa: PLC0415
        from ..models.capability_functions_capability import CapabilityFunctionsCapability  # noqa: PLC0415
        from ..models.capability_groups_capability import CapabilityGroupsCapability  # noqa: PLC0415
        from ..models.capability_industrial_log_analytics_instances_capability import (
            CapabilityIndustrialLogAnalyticsInstancesCapability,  # noqa: PLC0415
        )
        from ..models.capability_labels_capability import CapabilityLabelsCapability  # noqa: PLC0415
        from ..models.capability_limits_capability import CapabilityLimitsCapability  # noqa: PLC0415
        from ..models.capability_projects_capability import CapabilityProjectsCapability  # noqa: PLC0415
        from ..models.capability_raw_capability import CapabilityRawCapability  # noqa: PLC0415
        from ..models.capability_relationships_capability import CapabilityRelationshipsCapability  # noqa: PLC0415
        from ..models.capability_security_category_capability import CapabilitySecurityCategoryCapability  # noqa: PLC0415
        from ..models.capability_seismic_capability import CapabilitySeismicCapability  # noqa: PLC0415
        from ..models.capability_sequences_capability import CapabilitySequencesCapability  # noqa: PLC0415
        from ..models.capability_threed_capability import CapabilityThreedCapability  # noqa: PLC0415
        from ..models.capability_time_series_capability import CapabilityTimeSeriesCapability  # noqa: PLC0415
        from ..models.capability_types_capability import CapabilityTypesCapability  # noqa: PLC0415
        from ..models.projects_item import ProjectsItem  # noqa: PLC0415

        d = dict(src_dict)
        subject = d.pop("subject")

        projects = []
        _projects = d.pop("projects")
        for componentsschemas_projects_item_data in _projects:
            componentsschemas_projects_item = ProjectsItem.from_dict(componentsschemas_projects_item_data)

            projects.append(componentsschemas_projects_item)

        capabilities = []
        _capabilities = d.pop("capabilities")
        for componentsschemas_capabilities_item_data in _capabilities:

            def _parse_componentsschemas_capabilities_item(
                data: object,
            ) -> (
                CapabilityAnalyticsCapability
                | CapabilityAssetsCapability
                | CapabilityDataModelingInstancesCapability
                | CapabilityDataModelingSchemaCapability
                | CapabilityDatasetsCapability
                | CapabilityDigitalTwinCapability
                | CapabilityEventsCapability
                | CapabilityExtractionPipelineRunsCapability
                | CapabilityExtractionPipelinesCapability
                | CapabilityFilesCapability
                | CapabilityFunctionsCapability
                | CapabilityGroupsCapability
                | CapabilityIndustrialLogAnalyticsInstancesCapability
                | CapabilityLabelsCapability
                | CapabilityLimitsCapability
                | CapabilityProjectsCapability
                | CapabilityRawCapability
                | CapabilityRelationshipsCapability
                | CapabilitySecurityCategoryCapability
                | CapabilitySeismicCapability
                | CapabilitySequencesCapability
                | CapabilityThreedCapability
                | CapabilityTimeSeriesCapability
                | CapabilityTypesCapability
            ):
                return parse_best(
                    data,
                    (
                        CapabilityGroupsCapability,
                        CapabilityAssetsCapability,
                        CapabilityEventsCapability,
                        CapabilityFilesCapability,
                        CapabilityProjectsCapability,
                        CapabilitySecurityCategoryCapability,
                        CapabilityRawCapability,
                        CapabilityTimeSeriesCapability,
                        CapabilityThreedCapability,
                        CapabilitySequencesCapability,
                        CapabilityLabelsCapability,
                        CapabilityAnalyticsCapability,
                        CapabilityDigitalTwinCapability,
                        CapabilityDataModelingSchemaCapability,
                        CapabilityDataModelingInstancesCapability,
                        CapabilityIndustrialLogAnalyticsInstancesCapability,
                        CapabilityRelationshipsCapability,
                        CapabilityDatasetsCapability,
                        CapabilitySeismicCapability,
                        CapabilityTypesCapability,
                        CapabilityFunctionsCapability,
                        CapabilityExtractionPipelinesCapability,
                        CapabilityExtractionPipelineRunsCapability,
                        CapabilityLimitsCapability,
                    ),
                )

            componentsschemas_capabilities_item = _parse_componentsschemas_capabilities_item(
                componentsschemas_capabilities_item_data
            )

            capabilities.append(componentsschemas_capabilities_item)

        token_inspection_response = cls(
            subject=subject,
            projects=projects,
            capabilities=capabilities,
        )

        token_inspection_response.additional_properties = d
        return token_inspection_response
