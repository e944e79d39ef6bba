from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cognite_capability_agents_acl import CogniteCapabilityAgentsAcl
    from ..models.cognite_capability_analytics_acl import CogniteCapabilityAnalyticsAcl
    from ..models.cognite_capability_annotations_acl import CogniteCapabilityAnnotationsAcl
    from ..models.cognite_capability_assets_acl import CogniteCapabilityAssetsAcl
    from ..models.cognite_capability_data_model_instances_acl import CogniteCapabilityDataModelInstancesAcl
    from ..models.cognite_capability_data_models_acl import CogniteCapabilityDataModelsAcl
    from ..models.cognite_capability_datasets_acl import CogniteCapabilityDatasetsAcl
    from ..models.cognite_capability_diagram_parsing_acl import CogniteCapabilityDiagramParsingAcl
    from ..models.cognite_capability_digital_twin_acl import CogniteCapabilityDigitalTwinAcl
    from ..models.cognite_capability_entity_matching_acl import CogniteCapabilityEntityMatchingAcl
    from ..models.cognite_capability_events_acl import CogniteCapabilityEventsAcl
    from ..models.cognite_capability_extraction_pipelines_acl import CogniteCapabilityExtractionPipelinesAcl
    from ..models.cognite_capability_extraction_runs_acl import CogniteCapabilityExtractionRunsAcl
    from ..models.cognite_capability_files_acl import CogniteCapabilityFilesAcl
    from ..models.cognite_capability_functions_acl import CogniteCapabilityFunctionsAcl
    from ..models.cognite_capability_geospatial_acl import CogniteCapabilityGeospatialAcl
    from ..models.cognite_capability_geospatial_crs_acl import CogniteCapabilityGeospatialCrsAcl
    from ..models.cognite_capability_groups_acl import CogniteCapabilityGroupsAcl
    from ..models.cognite_capability_hosted_extractors_acl import CogniteCapabilityHostedExtractorsAcl
    from ..models.cognite_capability_ilainstances_acl import CogniteCapabilityIlainstancesAcl
    from ..models.cognite_capability_labels_acl import CogniteCapabilityLabelsAcl
    from ..models.cognite_capability_limits_acl import CogniteCapabilityLimitsAcl
    from ..models.cognite_capability_location_filters_acl import CogniteCapabilityLocationFiltersAcl
    from ..models.cognite_capability_projects_acl import CogniteCapabilityProjectsAcl
    from ..models.cognite_capability_raw_acl import CogniteCapabilityRawAcl
    from ..models.cognite_capability_relationships_acl import CogniteCapabilityRelationshipsAcl
    from ..models.cognite_capability_robotics_acl import CogniteCapabilityRoboticsAcl
    from ..models.cognite_capability_security_categories_acl import CogniteCapabilitySecurityCategoriesAcl
    from ..models.cognite_capability_seismic_acl import CogniteCapabilitySeismicAcl
    from ..models.cognite_capability_sequences_acl import CogniteCapabilitySequencesAcl
    from ..models.cognite_capability_sessions_acl import CogniteCapabilitySessionsAcl
    from ..models.cognite_capability_simulators_acl import CogniteCapabilitySimulatorsAcl
    from ..models.cognite_capability_threed_acl import CogniteCapabilityThreedAcl
    from ..models.cognite_capability_time_series_acl import CogniteCapabilityTimeSeriesAcl
    from ..models.cognite_capability_time_series_subscriptions_acl import CogniteCapabilityTimeSeriesSubscriptionsAcl
    from ..models.cognite_capability_transformations_acl import CogniteCapabilityTransformationsAcl
    from ..models.cognite_capability_types_acl import CogniteCapabilityTypesAcl
    from ..models.cognite_capability_workflow_orchestration_acl import CogniteCapabilityWorkflowOrchestrationAcl
    from ..models.group_attributes import GroupAttributes
    from ..models.group_metadata import GroupMetadata


T = TypeVar("T", bound="GroupBase")


@_attrs_define
class GroupBase(AdditionalProperties):
    """
    Attributes:
        name (str): Name of the group Example: Production Engineers.
        capabilities (list[CogniteCapabilityAgentsAcl | CogniteCapabilityAnalyticsAcl | CogniteCapabilityAnnotationsAcl
            | CogniteCapabilityAssetsAcl | CogniteCapabilityDataModelInstancesAcl | CogniteCapabilityDataModelsAcl |
            CogniteCapabilityDatasetsAcl | CogniteCapabilityDiagramParsingAcl | CogniteCapabilityDigitalTwinAcl |
            CogniteCapabilityEntityMatchingAcl | CogniteCapabilityEventsAcl | CogniteCapabilityExtractionPipelinesAcl |
            CogniteCapabilityExtractionRunsAcl | CogniteCapabilityFilesAcl | CogniteCapabilityFunctionsAcl |
            CogniteCapabilityGeospatialAcl | CogniteCapabilityGeospatialCrsAcl | CogniteCapabilityGroupsAcl |
            CogniteCapabilityHostedExtractorsAcl | CogniteCapabilityIlainstancesAcl | CogniteCapabilityLabelsAcl |
            CogniteCapabilityLimitsAcl | CogniteCapabilityLocationFiltersAcl | CogniteCapabilityProjectsAcl |
            CogniteCapabilityRawAcl | CogniteCapabilityRelationshipsAcl | CogniteCapabilityRoboticsAcl |
            CogniteCapabilitySecurityCategoriesAcl | CogniteCapabilitySeismicAcl | CogniteCapabilitySequencesAcl |
            CogniteCapabilitySessionsAcl | CogniteCapabilitySimulatorsAcl | CogniteCapabilityThreedAcl |
            CogniteCapabilityTimeSeriesAcl | CogniteCapabilityTimeSeriesSubscriptionsAcl |
            CogniteCapabilityTransformationsAcl | CogniteCapabilityTypesAcl | CogniteCapabilityWorkflowOrchestrationAcl] |
            Unset):
        metadata (GroupMetadata | Unset): Custom, immutable application specific metadata. String key -> String value.
            Limits: Key are at most 32 bytes. Values are at most 512 bytes. Up to 16 key-value pairs. Total size is at most
            4096.
        attributes (GroupAttributes | Unset): Set Attributes for the group.
    """

    _FIT = {
        "name": "s",
        "capabilities": (
            "l",
            (
                "u",
                (
                    ("m", "CogniteCapabilityAgentsAcl"),
                    ("m", "CogniteCapabilityAnalyticsAcl"),
                    ("m", "CogniteCapabilityAnnotationsAcl"),
                    ("m", "CogniteCapabilityAssetsAcl"),
                    ("m", "CogniteCapabilityDataModelInstancesAcl"),
                    ("m", "CogniteCapabilityDataModelsAcl"),
                    ("m", "CogniteCapabilityDatasetsAcl"),
                    ("m", "CogniteCapabilityDiagramParsingAcl"),
                    ("m", "CogniteCapabilityDigitalTwinAcl"),
                    ("m", "CogniteCapabilityEntityMatchingAcl"),
                    ("m", "CogniteCapabilityEventsAcl"),
                    ("m", "CogniteCapabilityExtractionPipelinesAcl"),
                    ("m", "CogniteCapabilityExtractionRunsAcl"),
                    ("m", "CogniteCapabilityHostedExtractorsAcl"),
                    ("m", "CogniteCapabilityIlainstancesAcl"),
                    ("m", "CogniteCapabilityFilesAcl"),
                    ("m", "CogniteCapabilityFunctionsAcl"),
                    ("m", "CogniteCapabilityGeospatialAcl"),
                    ("m", "CogniteCapabilityGeospatialCrsAcl"),
                    ("m", "CogniteCapabilityGroupsAcl"),
                    ("m", "CogniteCapabilityLabelsAcl"),
                    ("m", "CogniteCapabilityLimitsAcl"),
                    ("m", "CogniteCapabilityLocationFiltersAcl"),
                    ("m", "CogniteCapabilityProjectsAcl"),
                    ("m", "CogniteCapabilityRawAcl"),
                    ("m", "CogniteCapabilityRelationshipsAcl"),
                    ("m", "CogniteCapabilityRoboticsAcl"),
                    ("m", "CogniteCapabilitySecurityCategoriesAcl"),
                    ("m", "CogniteCapabilitySeismicAcl"),
                    ("m", "CogniteCapabilitySequencesAcl"),
                    ("m", "CogniteCapabilitySessionsAcl"),
                    ("m", "CogniteCapabilityThreedAcl"),
                    ("m", "CogniteCapabilityTimeSeriesAcl"),
                    ("m", "CogniteCapabilityTimeSeriesSubscriptionsAcl"),
                    ("m", "CogniteCapabilityTransformationsAcl"),
                    ("m", "CogniteCapabilityTypesAcl"),
                    ("m", "CogniteCapabilityWorkflowOrchestrationAcl"),
                    ("m", "CogniteCapabilitySimulatorsAcl"),
                ),
            ),
        ),
        "metadata": ("m", "GroupMetadata"),
        "attributes": ("m", "GroupAttributes"),
    }
    _REQUIRED = ("name",)

    name: str
    capabilities: (
        list[
            CogniteCapabilityAgentsAcl
            | CogniteCapabilityAnalyticsAcl
            | CogniteCapabilityAnnotationsAcl
            | CogniteCapabilityAssetsAcl
            | CogniteCapabilityDataModelInstancesAcl
            | CogniteCapabilityDataModelsAcl
            | CogniteCapabilityDatasetsAcl
            | CogniteCapabilityDiagramParsingAcl
            | CogniteCapabilityDigitalTwinAcl
            | CogniteCapabilityEntityMatchingAcl
            | CogniteCapabilityEventsAcl
            | CogniteCapabilityExtractionPipelinesAcl
            | CogniteCapabilityExtractionRunsAcl
            | CogniteCapabilityFilesAcl
            | CogniteCapabilityFunctionsAcl
            | CogniteCapabilityGeospatialAcl
            | CogniteCapabilityGeospatialCrsAcl
            | CogniteCapabilityGroupsAcl
            | CogniteCapabilityHostedExtractorsAcl
            | CogniteCapabilityIlainstancesAcl
            | CogniteCapabilityLabelsAcl
            | CogniteCapabilityLimitsAcl
            | CogniteCapabilityLocationFiltersAcl
            | CogniteCapabilityProjectsAcl
            | CogniteCapabilityRawAcl
            | CogniteCapabilityRelationshipsAcl
            | CogniteCapabilityRoboticsAcl
            | CogniteCapabilitySecurityCategoriesAcl
            | CogniteCapabilitySeismicAcl
            | CogniteCapabilitySequencesAcl
            | CogniteCapabilitySessionsAcl
            | CogniteCapabilitySimulatorsAcl
            | CogniteCapabilityThreedAcl
            | CogniteCapabilityTimeSeriesAcl
            | CogniteCapabilityTimeSeriesSubscriptionsAcl
            | CogniteCapabilityTransformationsAcl
            | CogniteCapabilityTypesAcl
            | CogniteCapabilityWorkflowOrchestrationAcl
        ]
        | Unset
    ) = UNSET
    metadata: GroupMetadata | Unset = UNSET
    attributes: GroupAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for componentsschemas_cognite_capability_item_data in self.capabilities:
                componentsschemas_cognite_capability_item: dict[str, Any]
                componentsschemas_cognite_capability_item = componentsschemas_cognite_capability_item_data.to_dict()

                capabilities.append(componentsschemas_cognite_capability_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_capability_agents_acl import CogniteCapabilityAgentsAcl  # noqa: PLC0415
        from ..models.cognite_capability_analytics_acl import CogniteCapabilityAnalyticsAcl  # noqa: PLC0415
        from ..models.cognite_capability_annotations_acl import CogniteCapabilityAnnotationsAcl  # noqa: PLC0415
        from ..models.cognite_capability_assets_acl import CogniteCapabilityAssetsAcl  # noqa: PLC0415
        from ..models.cognite_capability_data_model_instances_acl import CogniteCapabilityDataModelInstancesAcl  # noqa: PLC0415
        from ..models.cognite_capability_data_models_acl import CogniteCapabilityDataModelsAcl  # noqa: PLC0415
        from ..models.cognite_capability_datasets_acl import CogniteCapabilityDatasetsAcl  # noqa: PLC0415
        from ..models.cognite_capability_diagram_parsing_acl import CogniteCapabilityDiagramParsingAcl  # noqa: PLC0415
        from ..models.cognite_capability_digital_twin_acl import CogniteCapabilityDigitalTwinAcl  # noqa: PLC0415
        from ..models.cognite_capability_entity_matching_acl import CogniteCapabilityEntityMatchingAcl  # noqa: PLC0415
        from ..models.cognite_capability_events_acl import CogniteCapabilityEventsAcl  # noqa: PLC0415
        from ..models.cognite_capability_extraction_pipelines_acl import CogniteCapabilityExtractionPipelinesAcl  # noqa: PLC0415
        from ..models.cognite_capability_extraction_runs_acl import CogniteCapabilityExtractionRunsAcl  # noqa: PLC0415
        from ..models.cognite_capability_files_acl import CogniteCapabilityFilesAcl  # noqa: PLC0415
        from ..models.cognite_capability_functions_acl import CogniteCapabilityFunctionsAcl  # noqa: PLC0415
        from ..models.cognite_capability_geospatial_acl import CogniteCapabilityGeospatialAcl  # noqa: PLC0415
        from ..models.cognite_capability_geospatial_crs_acl import CogniteCapabilityGeospatialCrsAcl  # noqa: PLC0415
        from ..models.cognite_capability_groups_acl import CogniteCapabilityGroupsAcl  # noqa: PLC0415
        from ..models.cognite_capability_hosted_extractors_acl import CogniteCapabilityHostedExtractorsAcl  # noqa: PLC0415
        from ..models.cognite_capability_ilainstances_acl import CogniteCapabilityIlainstancesAcl  # noqa: PLC0415
        from ..models.cognite_capability_labels_acl import CogniteCapabilityLabelsAcl  # noqa: PLC0415
        from ..models.cognite_capability_limits_acl import CogniteCapabilityLimitsAcl  # noqa: PLC0415
        from ..models.cognite_capability_location_filters_acl import CogniteCapabilityLocationFiltersAcl  # noqa: PLC0415
        from ..models.cognite_capability_projects_acl import CogniteCapabilityProjectsAcl  # noqa: PLC0415
        from ..models.cognite_capability_raw_acl import CogniteCapabilityRawAcl  # noqa: PLC0415
        from ..models.cognite_capability_relationships_acl import CogniteCapabilityRelationshipsAcl  # noqa: PLC0415
        from ..models.cognite_capability_robotics_acl import CogniteCapabilityRoboticsAcl  # noqa: PLC0415
        from ..models.cognite_capability_security_categories_acl import CogniteCapabilitySecurityCategoriesAcl  # noqa: PLC0415
        from ..models.cognite_capability_seismic_acl import CogniteCapabilitySeismicAcl  # noqa: PLC0415
        from ..models.cognite_capability_sequences_acl import CogniteCapabilitySequencesAcl  # noqa: PLC0415
        from ..models.cognite_capability_sessions_acl import CogniteCapabilitySessionsAcl  # noqa: PLC0415
        from ..models.cognite_capability_simulators_acl import CogniteCapabilitySimulatorsAcl  # noqa: PLC0415
        from ..models.cognite_capability_threed_acl import CogniteCapabilityThreedAcl  # noqa: PLC0415
        from ..models.cognite_capability_time_series_acl import CogniteCapabilityTimeSeriesAcl  # noqa: PLC0415
        from ..models.cognite_capability_time_series_subscriptions_acl import (
            CogniteCapabilityTimeSeriesSubscriptionsAcl,  # noqa: PLC0415
        )
        from ..models.cognite_capability_transformations_acl import CogniteCapabilityTransformationsAcl  # noqa: PLC0415
        from ..models.cognite_capability_types_acl import CogniteCapabilityTypesAcl  # noqa: PLC0415
        from ..models.cognite_capability_workflow_orchestration_acl import CogniteCapabilityWorkflowOrchestrationAcl  # noqa: PLC0415
        from ..models.group_attributes import GroupAttributes  # noqa: PLC0415
        from ..models.group_metadata import GroupMetadata  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: (
            list[
                CogniteCapabilityAgentsAcl
                | CogniteCapabilityAnalyticsAcl
                | CogniteCapabilityAnnotationsAcl
                | CogniteCapabilityAssetsAcl
                | CogniteCapabilityDataModelInstancesAcl
                | CogniteCapabilityDataModelsAcl
                | CogniteCapabilityDatasetsAcl
                | CogniteCapabilityDiagramParsingAcl
                | CogniteCapabilityDigitalTwinAcl
                | CogniteCapabilityEntityMatchingAcl
                | CogniteCapabilityEventsAcl
                | CogniteCapabilityExtractionPipelinesAcl
                | CogniteCapabilityExtractionRunsAcl
                | CogniteCapabilityFilesAcl
                | CogniteCapabilityFunctionsAcl
                | CogniteCapabilityGeospatialAcl
                | CogniteCapabilityGeospatialCrsAcl
                | CogniteCapabilityGroupsAcl
                | CogniteCapabilityHostedExtractorsAcl
                | CogniteCapabilityIlainstancesAcl
                | CogniteCapabilityLabelsAcl
                | CogniteCapabilityLimitsAcl
                | CogniteCapabilityLocationFiltersAcl
                | CogniteCapabilityProjectsAcl
                | CogniteCapabilityRawAcl
                | CogniteCapabilityRelationshipsAcl
                | CogniteCapabilityRoboticsAcl
                | CogniteCapabilitySecurityCategoriesAcl
                | CogniteCapabilitySeismicAcl
                | CogniteCapabilitySequencesAcl
                | CogniteCapabilitySessionsAcl
                | CogniteCapabilitySimulatorsAcl
                | CogniteCapabilityThreedAcl
                | CogniteCapabilityTimeSeriesAcl
                | CogniteCapabilityTimeSeriesSubscriptionsAcl
                | CogniteCapabilityTransformationsAcl
                | CogniteCapabilityTypesAcl
                | CogniteCapabilityWorkflowOrchestrationAcl
            ]
            | Unset
        ) = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for componentsschemas_cognite_capability_item_data in _capabilities:

                def _parse_componentsschemas_cognite_capability_item(
                    data: object,
                ) -> (
                    CogniteCapabilityAgentsAcl
                    | CogniteCapabilityAnalyticsAcl
                    | CogniteCapabilityAnnotationsAcl
                    | CogniteCapabilityAssetsAcl
                    | CogniteCapabilityDataModelInstancesAcl
                    | CogniteCapabilityDataModelsAcl
                    | CogniteCapabilityDatasetsAcl
                    | CogniteCapabilityDiagramParsingAcl
                    | CogniteCapabilityDigitalTwinAcl
                    | CogniteCapabilityEntityMatchingAcl
                    | CogniteCapabilityEventsAcl
                    | CogniteCapabilityExtractionPipelinesAcl
                    | CogniteCapabilityExtractionRunsAcl
                    | CogniteCapabilityFilesAcl
                    | CogniteCapabilityFunctionsAcl
                    | CogniteCapabilityGeospatialAcl
                    | CogniteCapabilityGeospatialCrsAcl
                    | CogniteCapabilityGroupsAcl
                    | CogniteCapabilityHostedExtractorsAcl
                    | CogniteCapabilityIlainstancesAcl
                    | CogniteCapabilityLabelsAcl
                    | CogniteCapabilityLimitsAcl
                    | CogniteCapabilityLocationFiltersAcl
                    | CogniteCapabilityProjectsAcl
                    | CogniteCapabilityRawAcl
                    | CogniteCapabilityRelationshipsAcl
                    | CogniteCapabilityRoboticsAcl
                    | CogniteCapabilitySecurityCategoriesAcl
                    | CogniteCapabilitySeismicAcl
                    | CogniteCapabilitySequencesAcl
                    | CogniteCapabilitySessionsAcl
                    | CogniteCapabilitySimulatorsAcl
                    | CogniteCapabilityThreedAcl
                    | CogniteCapabilityTimeSeriesAcl
                    | CogniteCapabilityTimeSeriesSubscriptionsAcl
                    | CogniteCapabilityTransformationsAcl
                    | CogniteCapabilityTypesAcl
                    | CogniteCapabilityWorkflowOrchestrationAcl
                ):
                    return parse_best(
                        data,
                        (
                            CogniteCapabilityAgentsAcl,
                            CogniteCapabilityAnalyticsAcl,
                            CogniteCapabilityAnnotationsAcl,
                            CogniteCapabilityAssetsAcl,
                            CogniteCapabilityDataModelInstancesAcl,
                            CogniteCapabilityDataModelsAcl,
                            CogniteCapabilityDatasetsAcl,
                            CogniteCapabilityDiagramParsingAcl,
                            CogniteCapabilityDigitalTwinAcl,
                            CogniteCapabilityEntityMatchingAcl,
                            CogniteCapabilityEventsAcl,
                            CogniteCapabilityExtractionPipelinesAcl,
                            CogniteCapabilityExtractionRunsAcl,
                            CogniteCapabilityHostedExtractorsAcl,
                            CogniteCapabilityIlainstancesAcl,
                            CogniteCapabilityFilesAcl,
                            CogniteCapabilityFunctionsAcl,
                            CogniteCapabilityGeospatialAcl,
                            CogniteCapabilityGeospatialCrsAcl,
                            CogniteCapabilityGroupsAcl,
                            CogniteCapabilityLabelsAcl,
                            CogniteCapabilityLimitsAcl,
                            CogniteCapabilityLocationFiltersAcl,
                            CogniteCapabilityProjectsAcl,
                            CogniteCapabilityRawAcl,
                            CogniteCapabilityRelationshipsAcl,
                            CogniteCapabilityRoboticsAcl,
                            CogniteCapabilitySecurityCategoriesAcl,
                            CogniteCapabilitySeismicAcl,
                            CogniteCapabilitySequencesAcl,
                            CogniteCapabilitySessionsAcl,
                            CogniteCapabilityThreedAcl,
                            CogniteCapabilityTimeSeriesAcl,
                            CogniteCapabilityTimeSeriesSubscriptionsAcl,
                            CogniteCapabilityTransformationsAcl,
                            CogniteCapabilityTypesAcl,
                            CogniteCapabilityWorkflowOrchestrationAcl,
                            CogniteCapabilitySimulatorsAcl,
                        ),
                    )

                componentsschemas_cognite_capability_item = _parse_componentsschemas_cognite_capability_item(
                    componentsschemas_cognite_capability_item_data
                )

                capabilities.append(componentsschemas_cognite_capability_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: GroupMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = GroupMetadata.from_dict(_metadata)

        _attributes = d.pop("attributes", UNSET)
        attributes: GroupAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = GroupAttributes.from_dict(_attributes)

        group_base = cls(
            name=name,
            capabilities=capabilities,
            metadata=metadata,
            attributes=attributes,
        )

        group_base.additional_properties = d
        return group_base
