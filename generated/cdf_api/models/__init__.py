"""All data models of the API, imported lazily (PEP 562): `from cdf_api.models import Asset` loads one module."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_claim_names import AddClaimNames as AddClaimNames
    from .add_job_result_rejections import AddJobResultRejections as AddJobResultRejections
    from .advanced_join import AdvancedJoin as AdvancedJoin
    from .advanced_join_match import AdvancedJoinMatch as AdvancedJoinMatch
    from .advanced_join_patch import AdvancedJoinPatch as AdvancedJoinPatch
    from .advanced_join_patch_add_remove_matchers import (
        AdvancedJoinPatchAddRemoveMatchers as AdvancedJoinPatchAddRemoveMatchers,
    )
    from .advanced_join_patch_set_matchers import AdvancedJoinPatchSetMatchers as AdvancedJoinPatchSetMatchers
    from .advanced_joins_update_item import AdvancedJoinsUpdateItem as AdvancedJoinsUpdateItem
    from .advanced_list_filter import AdvancedListFilter as AdvancedListFilter
    from .agents_acl_acl import AgentsAclAcl as AgentsAclAcl
    from .agents_acl_action import AgentsAclAction as AgentsAclAction
    from .agents_acl_scope import AgentsAclScope as AgentsAclScope
    from .aggregate import Aggregate as Aggregate
    from .aggregate_count import AggregateCount as AggregateCount
    from .aggregate_in_filter import AggregateInFilter as AggregateInFilter
    from .aggregate_in_filter_in import AggregateInFilterIn as AggregateInFilterIn
    from .aggregate_integer_values import AggregateIntegerValues as AggregateIntegerValues
    from .aggregate_prefix_filter import AggregatePrefixFilter as AggregatePrefixFilter
    from .aggregate_prefix_filter_prefix import AggregatePrefixFilterPrefix as AggregatePrefixFilterPrefix
    from .aggregate_property_values import AggregatePropertyValues as AggregatePropertyValues
    from .aggregate_property_values_value import AggregatePropertyValuesValue as AggregatePropertyValuesValue
    from .aggregate_property_values_values_item import (
        AggregatePropertyValuesValuesItem as AggregatePropertyValuesValuesItem,
    )
    from .aggregate_range_filter import AggregateRangeFilter as AggregateRangeFilter
    from .aggregate_range_filter_range import AggregateRangeFilterRange as AggregateRangeFilterRange
    from .aggregate_records_request import AggregateRecordsRequest as AggregateRecordsRequest
    from .aggregate_result_item import AggregateResultItem as AggregateResultItem
    from .aggregate_simulator_models_query import AggregateSimulatorModelsQuery as AggregateSimulatorModelsQuery
    from .aggregate_simulator_routines_query import AggregateSimulatorRoutinesQuery as AggregateSimulatorRoutinesQuery
    from .aggregate_string_values import AggregateStringValues as AggregateStringValues
    from .aggregated_histogram_value import AggregatedHistogramValue as AggregatedHistogramValue
    from .aggregated_histogram_value_buckets_item import (
        AggregatedHistogramValueBucketsItem as AggregatedHistogramValueBucketsItem,
    )
    from .aggregated_number_value import AggregatedNumberValue as AggregatedNumberValue
    from .aggregated_number_value_aggregate import AggregatedNumberValueAggregate as AggregatedNumberValueAggregate
    from .aggregated_properties import AggregatedProperties as AggregatedProperties
    from .aggregated_property import AggregatedProperty as AggregatedProperty
    from .aggregated_result_item import AggregatedResultItem as AggregatedResultItem
    from .aggregated_result_item_collection import AggregatedResultItemCollection as AggregatedResultItemCollection
    from .aggregated_result_item_group import AggregatedResultItemGroup as AggregatedResultItemGroup
    from .aggregates_definition import AggregatesDefinition as AggregatesDefinition
    from .aggregates_definition_ila import AggregatesDefinitionIla as AggregatesDefinitionIla
    from .aggregates_result_definition import AggregatesResultDefinition as AggregatesResultDefinition
    from .aggregates_result_definition_ila import AggregatesResultDefinitionIla as AggregatesResultDefinitionIla
    from .aggregation_request import AggregationRequest as AggregationRequest
    from .aggregation_request_v2 import AggregationRequestV2 as AggregationRequestV2
    from .aggregation_response import AggregationResponse as AggregationResponse
    from .aggregation_response_v2 import AggregationResponseV2 as AggregationResponseV2
    from .all_of_file_id import AllOfFileId as AllOfFileId
    from .all_of_file_id_with_page_range import AllOfFileIdWithPageRange as AllOfFileIdWithPageRange
    from .annotated_resource_type import AnnotatedResourceType as AnnotatedResourceType
    from .annotation_type import AnnotationType as AnnotationType
    from .annotations_acl_acl import AnnotationsAclAcl as AnnotationsAclAcl
    from .annotations_acl_action import AnnotationsAclAction as AnnotationsAclAction
    from .annotations_acl_scope_all import AnnotationsAclScopeAll as AnnotationsAclScopeAll
    from .annotations_attributes_mixin import AnnotationsAttributesMixin as AnnotationsAttributesMixin
    from .annotations_attributes_mixin_attributes import (
        AnnotationsAttributesMixinAttributes as AnnotationsAttributesMixinAttributes,
    )
    from .annotations_boolean import AnnotationsBoolean as AnnotationsBoolean
    from .annotations_bounding_box import AnnotationsBoundingBox as AnnotationsBoundingBox
    from .annotations_bounding_volume import AnnotationsBoundingVolume as AnnotationsBoundingVolume
    from .annotations_box import AnnotationsBox as AnnotationsBox
    from .annotations_byids_body import AnnotationsByidsBody as AnnotationsByidsBody
    from .annotations_classification import AnnotationsClassification as AnnotationsClassification
    from .annotations_cogmono_annotation_types_diagrams_asset_link import (
        AnnotationsCogmonoAnnotationTypesDiagramsAssetLink as AnnotationsCogmonoAnnotationTypesDiagramsAssetLink,
    )
    from .annotations_cogmono_annotation_types_diagrams_instance_link import (
        AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink as AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink,
    )
    from .annotations_cogmono_annotation_types_images_asset_link import (
        AnnotationsCogmonoAnnotationTypesImagesAssetLink as AnnotationsCogmonoAnnotationTypesImagesAssetLink,
    )
    from .annotations_cogmono_annotation_types_images_instance_link import (
        AnnotationsCogmonoAnnotationTypesImagesInstanceLink as AnnotationsCogmonoAnnotationTypesImagesInstanceLink,
    )
    from .annotations_cogmono_annotation_types_primitives_geometry_2d_geometry import (
        AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry as AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry,
    )
    from .annotations_cogmono_annotation_types_primitives_geometry_3d_geometry import (
        AnnotationsCogmonoAnnotationTypesPrimitivesGeometry3DGeometry as AnnotationsCogmonoAnnotationTypesPrimitivesGeometry3DGeometry,
    )
    from .annotations_confidence_mixin import AnnotationsConfidenceMixin as AnnotationsConfidenceMixin
    from .annotations_create_body import AnnotationsCreateBody as AnnotationsCreateBody
    from .annotations_cylinder import AnnotationsCylinder as AnnotationsCylinder
    from .annotations_delete_body import AnnotationsDeleteBody as AnnotationsDeleteBody
    from .annotations_description_mixin import AnnotationsDescriptionMixin as AnnotationsDescriptionMixin
    from .annotations_detection import AnnotationsDetection as AnnotationsDetection
    from .annotations_extracted_text import AnnotationsExtractedText as AnnotationsExtractedText
    from .annotations_file_link import AnnotationsFileLink as AnnotationsFileLink
    from .annotations_filter_body import AnnotationsFilterBody as AnnotationsFilterBody
    from .annotations_geometry_mixin import AnnotationsGeometryMixin as AnnotationsGeometryMixin
    from .annotations_instance_ref import AnnotationsInstanceRef as AnnotationsInstanceRef
    from .annotations_instance_ref_instance_type import (
        AnnotationsInstanceRefInstanceType as AnnotationsInstanceRefInstanceType,
    )
    from .annotations_iso_plan_annotation import AnnotationsIsoPlanAnnotation as AnnotationsIsoPlanAnnotation
    from .annotations_iso_plan_annotation_linked_resource_type import (
        AnnotationsIsoPlanAnnotationLinkedResourceType as AnnotationsIsoPlanAnnotationLinkedResourceType,
    )
    from .annotations_iso_plan_annotation_source_type import (
        AnnotationsIsoPlanAnnotationSourceType as AnnotationsIsoPlanAnnotationSourceType,
    )
    from .annotations_junction import AnnotationsJunction as AnnotationsJunction
    from .annotations_keypoint import AnnotationsKeypoint as AnnotationsKeypoint
    from .annotations_keypoint_attributes import AnnotationsKeypointAttributes as AnnotationsKeypointAttributes
    from .annotations_keypoint_collection import AnnotationsKeypointCollection as AnnotationsKeypointCollection
    from .annotations_keypoint_collection_attributes import (
        AnnotationsKeypointCollectionAttributes as AnnotationsKeypointCollectionAttributes,
    )
    from .annotations_keypoint_collection_keypoints import (
        AnnotationsKeypointCollectionKeypoints as AnnotationsKeypointCollectionKeypoints,
    )
    from .annotations_line import AnnotationsLine as AnnotationsLine
    from .annotations_numerical import AnnotationsNumerical as AnnotationsNumerical
    from .annotations_object_detection import AnnotationsObjectDetection as AnnotationsObjectDetection
    from .annotations_object_detection_attributes import (
        AnnotationsObjectDetectionAttributes as AnnotationsObjectDetectionAttributes,
    )
    from .annotations_optional_label_mixin import AnnotationsOptionalLabelMixin as AnnotationsOptionalLabelMixin
    from .annotations_page_information_mixin import AnnotationsPageInformationMixin as AnnotationsPageInformationMixin
    from .annotations_point import AnnotationsPoint as AnnotationsPoint
    from .annotations_poly_line import AnnotationsPolyLine as AnnotationsPolyLine
    from .annotations_polygon import AnnotationsPolygon as AnnotationsPolygon
    from .annotations_required_label_mixin import AnnotationsRequiredLabelMixin as AnnotationsRequiredLabelMixin
    from .annotations_size_and_class_type import AnnotationsSizeAndClassType as AnnotationsSizeAndClassType
    from .annotations_suggest_body import AnnotationsSuggestBody as AnnotationsSuggestBody
    from .annotations_text_region import AnnotationsTextRegion as AnnotationsTextRegion
    from .annotations_unhandled_symbol_object import (
        AnnotationsUnhandledSymbolObject as AnnotationsUnhandledSymbolObject,
    )
    from .annotations_unhandled_text_object import AnnotationsUnhandledTextObject as AnnotationsUnhandledTextObject
    from .annotations_update_body import AnnotationsUpdateBody as AnnotationsUpdateBody
    from .annotations_v2_create_schema import AnnotationsV2CreateSchema as AnnotationsV2CreateSchema
    from .annotations_v2_cursored_list_response_schema import (
        AnnotationsV2CursoredListResponseSchema as AnnotationsV2CursoredListResponseSchema,
    )
    from .annotations_v2_filter_schema import AnnotationsV2FilterSchema as AnnotationsV2FilterSchema
    from .annotations_v2_filter_schema_data import AnnotationsV2FilterSchemaData as AnnotationsV2FilterSchemaData
    from .annotations_v2_list_response_schema import AnnotationsV2ListResponseSchema as AnnotationsV2ListResponseSchema
    from .annotations_v2_reference_schema import AnnotationsV2ReferenceSchema as AnnotationsV2ReferenceSchema
    from .annotations_v2_response_schema import AnnotationsV2ResponseSchema as AnnotationsV2ResponseSchema
    from .annotations_v2_reverse_lookup_filter_schema import (
        AnnotationsV2ReverseLookupFilterSchema as AnnotationsV2ReverseLookupFilterSchema,
    )
    from .annotations_v2_reverse_lookup_filter_schema_data import (
        AnnotationsV2ReverseLookupFilterSchemaData as AnnotationsV2ReverseLookupFilterSchemaData,
    )
    from .annotations_v2_reverse_lookup_response_schema import (
        AnnotationsV2ReverseLookupResponseSchema as AnnotationsV2ReverseLookupResponseSchema,
    )
    from .annotations_v2_suggest_schema import AnnotationsV2SuggestSchema as AnnotationsV2SuggestSchema
    from .annotations_v2_update_data_schema import AnnotationsV2UpdateDataSchema as AnnotationsV2UpdateDataSchema
    from .annotations_v2_update_data_schema_annotation_type import (
        AnnotationsV2UpdateDataSchemaAnnotationType as AnnotationsV2UpdateDataSchemaAnnotationType,
    )
    from .annotations_v2_update_data_schema_data import (
        AnnotationsV2UpdateDataSchemaData as AnnotationsV2UpdateDataSchemaData,
    )
    from .annotations_v2_update_data_schema_status import (
        AnnotationsV2UpdateDataSchemaStatus as AnnotationsV2UpdateDataSchemaStatus,
    )
    from .annotations_v2_update_item_schema import AnnotationsV2UpdateItemSchema as AnnotationsV2UpdateItemSchema
    from .annotations_view import AnnotationsView as AnnotationsView
    from .answer import Answer as Answer
    from .api_error import APIError as APIError
    from .array_patch_long_add_or_remove import ArrayPatchLongAddOrRemove as ArrayPatchLongAddOrRemove
    from .array_patch_long_set import ArrayPatchLongSet as ArrayPatchLongSet
    from .array_patch_string_add_or_remove import ArrayPatchStringAddOrRemove as ArrayPatchStringAddOrRemove
    from .array_patch_string_set import ArrayPatchStringSet as ArrayPatchStringSet
    from .artifact import Artifact as Artifact
    from .artifact_platform import ArtifactPlatform as ArtifactPlatform
    from .asset import Asset as Asset
    from .asset_advanced_filter import AssetAdvancedFilter as AssetAdvancedFilter
    from .asset_aggregate_bool_filter_and import AssetAggregateBoolFilterAnd as AssetAggregateBoolFilterAnd
    from .asset_aggregate_bool_filter_not import AssetAggregateBoolFilterNot as AssetAggregateBoolFilterNot
    from .asset_aggregate_bool_filter_or import AssetAggregateBoolFilterOr as AssetAggregateBoolFilterOr
    from .asset_aggregate_keys import AssetAggregateKeys as AssetAggregateKeys
    from .asset_aggregate_properties import AssetAggregateProperties as AssetAggregateProperties
    from .asset_aggregate_properties_properties_item import (
        AssetAggregatePropertiesPropertiesItem as AssetAggregatePropertiesPropertiesItem,
    )
    from .asset_bool_filter_and import AssetBoolFilterAnd as AssetBoolFilterAnd
    from .asset_bool_filter_not import AssetBoolFilterNot as AssetBoolFilterNot
    from .asset_bool_filter_or import AssetBoolFilterOr as AssetBoolFilterOr
    from .asset_cardinality_properties_aggregate import (
        AssetCardinalityPropertiesAggregate as AssetCardinalityPropertiesAggregate,
    )
    from .asset_cardinality_values_aggregate import AssetCardinalityValuesAggregate as AssetCardinalityValuesAggregate
    from .asset_centric_data_source import AssetCentricDataSource as AssetCentricDataSource
    from .asset_centric_data_source_type import AssetCentricDataSourceType as AssetCentricDataSourceType
    from .asset_change_by_external_id import AssetChangeByExternalId as AssetChangeByExternalId
    from .asset_change_by_id import AssetChangeById as AssetChangeById
    from .asset_count_aggregate import AssetCountAggregate as AssetCountAggregate
    from .asset_data_ids import AssetDataIds as AssetDataIds
    from .asset_external_id import AssetExternalId as AssetExternalId
    from .asset_filter import AssetFilter as AssetFilter
    from .asset_filter_filter import AssetFilterFilter as AssetFilterFilter
    from .asset_identifier import AssetIdentifier as AssetIdentifier
    from .asset_instance_id import AssetInstanceId as AssetInstanceId
    from .asset_instance_id_mappings_filter_request import (
        AssetInstanceIdMappingsFilterRequest as AssetInstanceIdMappingsFilterRequest,
    )
    from .asset_internal_id import AssetInternalId as AssetInternalId
    from .asset_limit import AssetLimit as AssetLimit
    from .asset_list_scope import AssetListScope as AssetListScope
    from .asset_mapping_3d import AssetMapping3D as AssetMapping3D
    from .asset_mapping_3d_asset_filter import AssetMapping3DAssetFilter as AssetMapping3DAssetFilter
    from .asset_mapping_3d_asset_instance_id_filter import (
        AssetMapping3DAssetInstanceIdFilter as AssetMapping3DAssetInstanceIdFilter,
    )
    from .asset_mapping_3d_filter import AssetMapping3DFilter as AssetMapping3DFilter
    from .asset_mapping_3d_filter_request import AssetMapping3DFilterRequest as AssetMapping3DFilterRequest
    from .asset_mapping_3d_list import AssetMapping3DList as AssetMapping3DList
    from .asset_mapping_3d_node_filter import AssetMapping3DNodeFilter as AssetMapping3DNodeFilter
    from .asset_mapping_3d_tree_index_filter import AssetMapping3DTreeIndexFilter as AssetMapping3DTreeIndexFilter
    from .asset_mapping_3d_with_cursor_response import (
        AssetMapping3DWithCursorResponse as AssetMapping3DWithCursorResponse,
    )
    from .asset_metadata import AssetMetadata as AssetMetadata
    from .asset_metadata_keys_aggregate import AssetMetadataKeysAggregate as AssetMetadataKeysAggregate
    from .asset_metadata_values_aggregate import AssetMetadataValuesAggregate as AssetMetadataValuesAggregate
    from .asset_patch import AssetPatch as AssetPatch
    from .asset_patch_update import AssetPatchUpdate as AssetPatchUpdate
    from .asset_search import AssetSearch as AssetSearch
    from .asset_search_filter import AssetSearchFilter as AssetSearchFilter
    from .asset_search_search import AssetSearchSearch as AssetSearchSearch
    from .asset_sort import AssetSort as AssetSort
    from .asset_sort_property import AssetSortProperty as AssetSortProperty
    from .asset_sort_property_nulls import AssetSortPropertyNulls as AssetSortPropertyNulls
    from .asset_sort_property_order import AssetSortPropertyOrder as AssetSortPropertyOrder
    from .asset_tag_detection_parameters import AssetTagDetectionParameters as AssetTagDetectionParameters
    from .asset_unique_properties_aggregate import AssetUniquePropertiesAggregate as AssetUniquePropertiesAggregate
    from .asset_unique_values_aggregate import AssetUniqueValuesAggregate as AssetUniqueValuesAggregate
    from .asset_with_property_count_aggregate import AssetWithPropertyCountAggregate as AssetWithPropertyCountAggregate
    from .auth_0_idp import Auth0Idp as Auth0Idp
    from .auth_certificate import AuthCertificate as AuthCertificate
    from .authentication import Authentication as Authentication
    from .auto_create_options import AutoCreateOptions as AutoCreateOptions
    from .avg_aggregate import AvgAggregate as AvgAggregate
    from .avg_aggregate_avg import AvgAggregateAvg as AvgAggregateAvg
    from .avg_aggregate_function_v3 import AvgAggregateFunctionV3 as AvgAggregateFunctionV3
    from .avg_aggregate_function_v3_avg import AvgAggregateFunctionV3Avg as AvgAggregateFunctionV3Avg
    from .avg_aggregate_ila import AvgAggregateIla as AvgAggregateIla
    from .avg_aggregate_ila_avg import AvgAggregateIlaAvg as AvgAggregateIlaAvg
    from .avg_aggregate_result import AvgAggregateResult as AvgAggregateResult
    from .avg_aggregate_result_ila import AvgAggregateResultIla as AvgAggregateResultIla
    from .aws_cognito_id_p import AWSCognitoIdP as AWSCognitoIdP
    from .azure_ad_idp import AzureAdIdp as AzureAdIdp
    from .base_principal_dto import BasePrincipalDto as BasePrincipalDto
    from .basic_authentication import BasicAuthentication as BasicAuthentication
    from .basic_get_sequence_column_info import BasicGetSequenceColumnInfo as BasicGetSequenceColumnInfo
    from .batch_download_request_filter import BatchDownloadRequestFilter as BatchDownloadRequestFilter
    from .batch_download_request_filter_metadata_filter import (
        BatchDownloadRequestFilterMetadataFilter as BatchDownloadRequestFilterMetadataFilter,
    )
    from .batch_download_request_seismic import BatchDownloadRequestSeismic as BatchDownloadRequestSeismic
    from .batch_job_status import BatchJobStatus as BatchJobStatus
    from .batch_refresh_sessions_request import BatchRefreshSessionsRequest as BatchRefreshSessionsRequest
    from .batch_refresh_sessions_response import BatchRefreshSessionsResponse as BatchRefreshSessionsResponse
    from .batch_update_failure import BatchUpdateFailure as BatchUpdateFailure
    from .bind_session_request import BindSessionRequest as BindSessionRequest
    from .body_pagination_config import BodyPaginationConfig as BodyPaginationConfig
    from .bool_filter_ila_and import BoolFilterIlaAnd as BoolFilterIlaAnd
    from .bool_filter_ila_not import BoolFilterIlaNot as BoolFilterIlaNot
    from .bool_filter_ila_or import BoolFilterIlaOr as BoolFilterIlaOr
    from .bounding_box import BoundingBox as BoundingBox
    from .bounding_box_3d import BoundingBox3D as BoundingBox3D
    from .box_point_cloud_volume_v1 import BoxPointCloudVolumeV1 as BoxPointCloudVolumeV1
    from .btree_index_create_definition import BtreeIndexCreateDefinition as BtreeIndexCreateDefinition
    from .btree_index_definition import BtreeIndexDefinition as BtreeIndexDefinition
    from .by_ids_function_calls_body import ByIdsFunctionCallsBody as ByIdsFunctionCallsBody
    from .by_ids_function_schedules_body import ByIdsFunctionSchedulesBody as ByIdsFunctionSchedulesBody
    from .by_ids_request import ByIdsRequest as ByIdsRequest
    from .by_ids_response import ByIdsResponse as ByIdsResponse
    from .ca_certificate import CACertificate as CACertificate
    from .callback_update_request import CallbackUpdateRequest as CallbackUpdateRequest
    from .callback_update_request_output import CallbackUpdateRequestOutput as CallbackUpdateRequestOutput
    from .callback_update_request_status import CallbackUpdateRequestStatus as CallbackUpdateRequestStatus
    from .cancel_execution import CancelExecution as CancelExecution
    from .capability_analytics_capability import CapabilityAnalyticsCapability as CapabilityAnalyticsCapability
    from .capability_assets_capability import CapabilityAssetsCapability as CapabilityAssetsCapability
    from .capability_data_modeling_instances_capability import (
        CapabilityDataModelingInstancesCapability as CapabilityDataModelingInstancesCapability,
    )
    from .capability_data_modeling_schema_capability import (
        CapabilityDataModelingSchemaCapability as CapabilityDataModelingSchemaCapability,
    )
    from .capability_datasets_capability import CapabilityDatasetsCapability as CapabilityDatasetsCapability
    from .capability_digital_twin_capability import CapabilityDigitalTwinCapability as CapabilityDigitalTwinCapability
    from .capability_events_capability import CapabilityEventsCapability as CapabilityEventsCapability
    from .capability_extraction_pipeline_runs_capability import (
        CapabilityExtractionPipelineRunsCapability as CapabilityExtractionPipelineRunsCapability,
    )
    from .capability_extraction_pipelines_capability import (
        CapabilityExtractionPipelinesCapability as CapabilityExtractionPipelinesCapability,
    )
    from .capability_files_capability import CapabilityFilesCapability as CapabilityFilesCapability
    from .capability_functions_capability import CapabilityFunctionsCapability as CapabilityFunctionsCapability
    from .capability_groups_capability import CapabilityGroupsCapability as CapabilityGroupsCapability
    from .capability_industrial_log_analytics_instances_capability import (
        CapabilityIndustrialLogAnalyticsInstancesCapability as CapabilityIndustrialLogAnalyticsInstancesCapability,
    )
    from .capability_labels_capability import CapabilityLabelsCapability as CapabilityLabelsCapability
    from .capability_limits_capability import CapabilityLimitsCapability as CapabilityLimitsCapability
    from .capability_projects_capability import CapabilityProjectsCapability as CapabilityProjectsCapability
    from .capability_raw_capability import CapabilityRawCapability as CapabilityRawCapability
    from .capability_relationships_capability import (
        CapabilityRelationshipsCapability as CapabilityRelationshipsCapability,
    )
    from .capability_security_category_capability import (
        CapabilitySecurityCategoryCapability as CapabilitySecurityCategoryCapability,
    )
    from .capability_seismic_capability import CapabilitySeismicCapability as CapabilitySeismicCapability
    from .capability_sequences_capability import CapabilitySequencesCapability as CapabilitySequencesCapability
    from .capability_threed_capability import CapabilityThreedCapability as CapabilityThreedCapability
    from .capability_time_series_capability import CapabilityTimeSeriesCapability as CapabilityTimeSeriesCapability
    from .capability_types_capability import CapabilityTypesCapability as CapabilityTypesCapability
    from .cdf_external_id_reference import CDFExternalIdReference as CDFExternalIdReference
    from .cdf_external_id_reference_type import CDFExternalIdReferenceType as CDFExternalIdReferenceType
    from .cdf_task_output import CdfTaskOutput as CdfTaskOutput
    from .cdf_task_output_option_1 import CdfTaskOutputOption1 as CdfTaskOutputOption1
    from .cdf_task_parameters import CdfTaskParameters as CdfTaskParameters
    from .cdf_task_parameters_cdf_request import CdfTaskParametersCdfRequest as CdfTaskParametersCdfRequest
    from .cdf_task_parameters_cdf_request_cdf_version_header import (
        CdfTaskParametersCdfRequestCdfVersionHeader as CdfTaskParametersCdfRequestCdfVersionHeader,
    )
    from .cdf_task_parameters_cdf_request_method_type_0 import (
        CdfTaskParametersCdfRequestMethodType0 as CdfTaskParametersCdfRequestMethodType0,
    )
    from .cdf_task_parameters_option_0 import CdfTaskParametersOption0 as CdfTaskParametersOption0
    from .cdf_task_parameters_option_02 import CdfTaskParametersOption02 as CdfTaskParametersOption02
    from .certificate_details import CertificateDetails as CertificateDetails
    from .certificate_type import CertificateType as CertificateType
    from .changelog import Changelog as Changelog
    from .checkin_request import CheckinRequest as CheckinRequest
    from .checkin_response import CheckinResponse as CheckinResponse
    from .claim_name import ClaimName as ClaimName
    from .classifier import Classifier as Classifier
    from .client_credentials_authentication import ClientCredentialsAuthentication as ClientCredentialsAuthentication
    from .clusters_list_request_response import ClustersListRequestResponse as ClustersListRequestResponse
    from .cognite_capability_agents_acl import CogniteCapabilityAgentsAcl as CogniteCapabilityAgentsAcl
    from .cognite_capability_analytics_acl import CogniteCapabilityAnalyticsAcl as CogniteCapabilityAnalyticsAcl
    from .cognite_capability_annotations_acl import CogniteCapabilityAnnotationsAcl as CogniteCapabilityAnnotationsAcl
    from .cognite_capability_assets_acl import CogniteCapabilityAssetsAcl as CogniteCapabilityAssetsAcl
    from .cognite_capability_data_model_instances_acl import (
        CogniteCapabilityDataModelInstancesAcl as CogniteCapabilityDataModelInstancesAcl,
    )
    from .cognite_capability_data_models_acl import CogniteCapabilityDataModelsAcl as CogniteCapabilityDataModelsAcl
    from .cognite_capability_datasets_acl import CogniteCapabilityDatasetsAcl as CogniteCapabilityDatasetsAcl
    from .cognite_capability_diagram_parsing_acl import (
        CogniteCapabilityDiagramParsingAcl as CogniteCapabilityDiagramParsingAcl,
    )
    from .cognite_capability_digital_twin_acl import CogniteCapabilityDigitalTwinAcl as CogniteCapabilityDigitalTwinAcl
    from .cognite_capability_entity_matching_acl import (
        CogniteCapabilityEntityMatchingAcl as CogniteCapabilityEntityMatchingAcl,
    )
    from .cognite_capability_events_acl import CogniteCapabilityEventsAcl as CogniteCapabilityEventsAcl
    from .cognite_capability_extraction_pipelines_acl import (
        CogniteCapabilityExtractionPipelinesAcl as CogniteCapabilityExtractionPipelinesAcl,
    )
    from .cognite_capability_extraction_runs_acl import (
        CogniteCapabilityExtractionRunsAcl as CogniteCapabilityExtractionRunsAcl,
    )
    from .cognite_capability_files_acl import CogniteCapabilityFilesAcl as CogniteCapabilityFilesAcl
    from .cognite_capability_functions_acl import CogniteCapabilityFunctionsAcl as CogniteCapabilityFunctionsAcl
    from .cognite_capability_geospatial_acl import CogniteCapabilityGeospatialAcl as CogniteCapabilityGeospatialAcl
    from .cognite_capability_geospatial_crs_acl import (
        CogniteCapabilityGeospatialCrsAcl as CogniteCapabilityGeospatialCrsAcl,
    )
    from .cognite_capability_groups_acl import CogniteCapabilityGroupsAcl as CogniteCapabilityGroupsAcl
    from .cognite_capability_hosted_extractors_acl import (
        CogniteCapabilityHostedExtractorsAcl as CogniteCapabilityHostedExtractorsAcl,
    )
    from .cognite_capability_ilainstances_acl import (
        CogniteCapabilityIlainstancesAcl as CogniteCapabilityIlainstancesAcl,
    )
    from .cognite_capability_labels_acl import CogniteCapabilityLabelsAcl as CogniteCapabilityLabelsAcl
    from .cognite_capability_limits_acl import CogniteCapabilityLimitsAcl as CogniteCapabilityLimitsAcl
    from .cognite_capability_location_filters_acl import (
        CogniteCapabilityLocationFiltersAcl as CogniteCapabilityLocationFiltersAcl,
    )
    from .cognite_capability_projects_acl import CogniteCapabilityProjectsAcl as CogniteCapabilityProjectsAcl
    from .cognite_capability_raw_acl import CogniteCapabilityRawAcl as CogniteCapabilityRawAcl
    from .cognite_capability_relationships_acl import (
        CogniteCapabilityRelationshipsAcl as CogniteCapabilityRelationshipsAcl,
    )
    from .cognite_capability_robotics_acl import CogniteCapabilityRoboticsAcl as CogniteCapabilityRoboticsAcl
    from .cognite_capability_security_categories_acl import (
        CogniteCapabilitySecurityCategoriesAcl as CogniteCapabilitySecurityCategoriesAcl,
    )
    from .cognite_capability_seismic_acl import CogniteCapabilitySeismicAcl as CogniteCapabilitySeismicAcl
    from .cognite_capability_sequences_acl import CogniteCapabilitySequencesAcl as CogniteCapabilitySequencesAcl
    from .cognite_capability_sessions_acl import CogniteCapabilitySessionsAcl as CogniteCapabilitySessionsAcl
    from .cognite_capability_shared import CogniteCapabilityShared as CogniteCapabilityShared
    from .cognite_capability_shared_project_url_names import (
        CogniteCapabilitySharedProjectUrlNames as CogniteCapabilitySharedProjectUrlNames,
    )
    from .cognite_capability_simulators_acl import CogniteCapabilitySimulatorsAcl as CogniteCapabilitySimulatorsAcl
    from .cognite_capability_threed_acl import CogniteCapabilityThreedAcl as CogniteCapabilityThreedAcl
    from .cognite_capability_time_series_acl import CogniteCapabilityTimeSeriesAcl as CogniteCapabilityTimeSeriesAcl
    from .cognite_capability_time_series_subscriptions_acl import (
        CogniteCapabilityTimeSeriesSubscriptionsAcl as CogniteCapabilityTimeSeriesSubscriptionsAcl,
    )
    from .cognite_capability_transformations_acl import (
        CogniteCapabilityTransformationsAcl as CogniteCapabilityTransformationsAcl,
    )
    from .cognite_capability_types_acl import CogniteCapabilityTypesAcl as CogniteCapabilityTypesAcl
    from .cognite_capability_workflow_orchestration_acl import (
        CogniteCapabilityWorkflowOrchestrationAcl as CogniteCapabilityWorkflowOrchestrationAcl,
    )
    from .cognite_ext_id import CogniteExtId as CogniteExtId
    from .cognite_format import CogniteFormat as CogniteFormat
    from .cognite_instance_id import CogniteInstanceId as CogniteInstanceId
    from .cognite_int_id import CogniteIntId as CogniteIntId
    from .cognite_workflow_orchestration_acl_acl import (
        CogniteWorkflowOrchestrationAclAcl as CogniteWorkflowOrchestrationAclAcl,
    )
    from .cognite_workflow_orchestration_acl_action import (
        CogniteWorkflowOrchestrationAclAction as CogniteWorkflowOrchestrationAclAction,
    )
    from .cognite_workflow_orchestration_acl_scope_all import (
        CogniteWorkflowOrchestrationAclScopeAll as CogniteWorkflowOrchestrationAclScopeAll,
    )
    from .cognite_workflow_orchestration_acl_scope_dataset_scope import (
        CogniteWorkflowOrchestrationAclScopeDatasetScope as CogniteWorkflowOrchestrationAclScopeDatasetScope,
    )
    from .cogniteanalytics_acl_acl import CogniteanalyticsAclAcl as CogniteanalyticsAclAcl
    from .cogniteanalytics_acl_action import CogniteanalyticsAclAction as CogniteanalyticsAclAction
    from .cogniteanalytics_acl_scope import CogniteanalyticsAclScope as CogniteanalyticsAclScope
    from .cogniteassets_acl_acl import CogniteassetsAclAcl as CogniteassetsAclAcl
    from .cogniteassets_acl_action import CogniteassetsAclAction as CogniteassetsAclAction
    from .cogniteassets_acl_scope_all import CogniteassetsAclScopeAll as CogniteassetsAclScopeAll
    from .cogniteassets_acl_scope_dataset_scope import (
        CogniteassetsAclScopeDatasetScope as CogniteassetsAclScopeDatasetScope,
    )
    from .cognitedatamodel_instances_acl_action import (
        CognitedatamodelInstancesAclAction as CognitedatamodelInstancesAclAction,
    )
    from .cognitedatamodelinstances_acl_acl import CognitedatamodelinstancesAclAcl as CognitedatamodelinstancesAclAcl
    from .cognitedatamodels_acl_acl import CognitedatamodelsAclAcl as CognitedatamodelsAclAcl
    from .cognitedatamodels_acl_action import CognitedatamodelsAclAction as CognitedatamodelsAclAction
    from .cognitedatamodels_acl_scope_all import CognitedatamodelsAclScopeAll as CognitedatamodelsAclScopeAll
    from .cognitedatamodels_acl_scope_space_id_scope import (
        CognitedatamodelsAclScopeSpaceIdScope as CognitedatamodelsAclScopeSpaceIdScope,
    )
    from .cognitedatamodels_acl_space_id_scope import (
        CognitedatamodelsAclSpaceIdScope as CognitedatamodelsAclSpaceIdScope,
    )
    from .cognitedatasets_acl_acl import CognitedatasetsAclAcl as CognitedatasetsAclAcl
    from .cognitedatasets_acl_action import CognitedatasetsAclAction as CognitedatasetsAclAction
    from .cognitedatasets_acl_id_scope import CognitedatasetsAclIdScope as CognitedatasetsAclIdScope
    from .cognitedatasets_acl_scope_all import CognitedatasetsAclScopeAll as CognitedatasetsAclScopeAll
    from .cognitedatasets_acl_scope_idscope import CognitedatasetsAclScopeIdscope as CognitedatasetsAclScopeIdscope
    from .cognitediagramparsing_acl_acl import CognitediagramparsingAclAcl as CognitediagramparsingAclAcl
    from .cognitediagramparsing_acl_action import CognitediagramparsingAclAction as CognitediagramparsingAclAction
    from .cognitediagramparsing_acl_scope_all import (
        CognitediagramparsingAclScopeAll as CognitediagramparsingAclScopeAll,
    )
    from .cognitedigitaltwin_acl_acl import CognitedigitaltwinAclAcl as CognitedigitaltwinAclAcl
    from .cognitedigitaltwin_acl_action import CognitedigitaltwinAclAction as CognitedigitaltwinAclAction
    from .cognitedigitaltwin_acl_scope import CognitedigitaltwinAclScope as CognitedigitaltwinAclScope
    from .cogniteevents_acl_acl import CogniteeventsAclAcl as CogniteeventsAclAcl
    from .cogniteevents_acl_action import CogniteeventsAclAction as CogniteeventsAclAction
    from .cogniteevents_acl_scope_all import CogniteeventsAclScopeAll as CogniteeventsAclScopeAll
    from .cogniteevents_acl_scope_dataset_scope import (
        CogniteeventsAclScopeDatasetScope as CogniteeventsAclScopeDatasetScope,
    )
    from .cognitefiles_acl_acl import CognitefilesAclAcl as CognitefilesAclAcl
    from .cognitefiles_acl_action import CognitefilesAclAction as CognitefilesAclAction
    from .cognitefiles_acl_scope_all import CognitefilesAclScopeAll as CognitefilesAclScopeAll
    from .cognitefiles_acl_scope_dataset_scope import (
        CognitefilesAclScopeDatasetScope as CognitefilesAclScopeDatasetScope,
    )
    from .cognitegeospatial_acl_acl import CognitegeospatialAclAcl as CognitegeospatialAclAcl
    from .cognitegeospatial_acl_action import CognitegeospatialAclAction as CognitegeospatialAclAction
    from .cognitegeospatial_acl_scope import CognitegeospatialAclScope as CognitegeospatialAclScope
    from .cognitegeospatialcrs_acl_acl import CognitegeospatialcrsAclAcl as CognitegeospatialcrsAclAcl
    from .cognitegeospatialcrs_acl_action import CognitegeospatialcrsAclAction as CognitegeospatialcrsAclAction
    from .cognitegeospatialcrs_acl_scope import CognitegeospatialcrsAclScope as CognitegeospatialcrsAclScope
    from .cognitegroups_acl_acl import CognitegroupsAclAcl as CognitegroupsAclAcl
    from .cognitegroups_acl_action import CognitegroupsAclAction as CognitegroupsAclAction
    from .cognitegroups_acl_scope_all import CognitegroupsAclScopeAll as CognitegroupsAclScopeAll
    from .cognitegroups_acl_scope_currentuserscope import (
        CognitegroupsAclScopeCurrentuserscope as CognitegroupsAclScopeCurrentuserscope,
    )
    from .cogniteilainstances_acl_acl import CogniteilainstancesAclAcl as CogniteilainstancesAclAcl
    from .cogniteilainstances_acl_action import CogniteilainstancesAclAction as CogniteilainstancesAclAction
    from .cognitelabels_acl_acl import CognitelabelsAclAcl as CognitelabelsAclAcl
    from .cognitelabels_acl_action import CognitelabelsAclAction as CognitelabelsAclAction
    from .cognitelabels_acl_scope_all import CognitelabelsAclScopeAll as CognitelabelsAclScopeAll
    from .cognitelabels_acl_scope_dataset_scope import (
        CognitelabelsAclScopeDatasetScope as CognitelabelsAclScopeDatasetScope,
    )
    from .cogniteprojects_acl_acl import CogniteprojectsAclAcl as CogniteprojectsAclAcl
    from .cogniteprojects_acl_action import CogniteprojectsAclAction as CogniteprojectsAclAction
    from .cogniteprojects_acl_scope import CogniteprojectsAclScope as CogniteprojectsAclScope
    from .cogniteraw_acl_acl import CogniterawAclAcl as CogniterawAclAcl
    from .cogniteraw_acl_action import CogniterawAclAction as CogniterawAclAction
    from .cogniteraw_acl_dbs_to_tables_scope import CogniterawAclDbsToTablesScope as CogniterawAclDbsToTablesScope
    from .cogniteraw_acl_dbs_to_tables_scope_dbs_to_tables import (
        CogniterawAclDbsToTablesScopeDbsToTables as CogniterawAclDbsToTablesScopeDbsToTables,
    )
    from .cogniteraw_acl_scope_all import CogniterawAclScopeAll as CogniterawAclScopeAll
    from .cogniteraw_acl_scope_table_scope import CogniterawAclScopeTableScope as CogniterawAclScopeTableScope
    from .cogniterelationships_acl_acl import CogniterelationshipsAclAcl as CogniterelationshipsAclAcl
    from .cogniterelationships_acl_action import CogniterelationshipsAclAction as CogniterelationshipsAclAction
    from .cogniterelationships_acl_scope_all import CogniterelationshipsAclScopeAll as CogniterelationshipsAclScopeAll
    from .cogniterelationships_acl_scope_dataset_scope import (
        CogniterelationshipsAclScopeDatasetScope as CogniterelationshipsAclScopeDatasetScope,
    )
    from .cogniterobotics_acl_acl import CogniteroboticsAclAcl as CogniteroboticsAclAcl
    from .cogniterobotics_acl_action import CogniteroboticsAclAction as CogniteroboticsAclAction
    from .cogniterobotics_acl_scope_all import CogniteroboticsAclScopeAll as CogniteroboticsAclScopeAll
    from .cogniterobotics_acl_scope_dataset_scope import (
        CogniteroboticsAclScopeDatasetScope as CogniteroboticsAclScopeDatasetScope,
    )
    from .cognitesecuritycategories_acl_acl import CognitesecuritycategoriesAclAcl as CognitesecuritycategoriesAclAcl
    from .cognitesecuritycategories_acl_action import (
        CognitesecuritycategoriesAclAction as CognitesecuritycategoriesAclAction,
    )
    from .cognitesecuritycategories_acl_id_scope import (
        CognitesecuritycategoriesAclIdScope as CognitesecuritycategoriesAclIdScope,
    )
    from .cognitesecuritycategories_acl_scope_all import (
        CognitesecuritycategoriesAclScopeAll as CognitesecuritycategoriesAclScopeAll,
    )
    from .cognitesecuritycategories_acl_scope_idscope import (
        CognitesecuritycategoriesAclScopeIdscope as CognitesecuritycategoriesAclScopeIdscope,
    )
    from .cogniteseismic_acl_acl import CogniteseismicAclAcl as CogniteseismicAclAcl
    from .cogniteseismic_acl_action import CogniteseismicAclAction as CogniteseismicAclAction
    from .cogniteseismic_acl_scope import CogniteseismicAclScope as CogniteseismicAclScope
    from .cognitesequences_acl_acl import CognitesequencesAclAcl as CognitesequencesAclAcl
    from .cognitesequences_acl_action import CognitesequencesAclAction as CognitesequencesAclAction
    from .cognitesequences_acl_scope_all import CognitesequencesAclScopeAll as CognitesequencesAclScopeAll
    from .cognitesequences_acl_scope_dataset_scope import (
        CognitesequencesAclScopeDatasetScope as CognitesequencesAclScopeDatasetScope,
    )
    from .cognitethreed_acl_acl import CognitethreedAclAcl as CognitethreedAclAcl
    from .cognitethreed_acl_action import CognitethreedAclAction as CognitethreedAclAction
    from .cognitethreed_acl_scope_all import CognitethreedAclScopeAll as CognitethreedAclScopeAll
    from .cognitethreed_acl_scope_dataset_scope import (
        CognitethreedAclScopeDatasetScope as CognitethreedAclScopeDatasetScope,
    )
    from .cognitetimeseries_acl_acl import CognitetimeseriesAclAcl as CognitetimeseriesAclAcl
    from .cognitetimeseries_acl_action import CognitetimeseriesAclAction as CognitetimeseriesAclAction
    from .cognitetimeseries_acl_asset_root_id_scope import (
        CognitetimeseriesAclAssetRootIdScope as CognitetimeseriesAclAssetRootIdScope,
    )
    from .cognitetimeseries_acl_id_scope import CognitetimeseriesAclIdScope as CognitetimeseriesAclIdScope
    from .cognitetimeseries_acl_scope_all import CognitetimeseriesAclScopeAll as CognitetimeseriesAclScopeAll
    from .cognitetimeseries_acl_scope_asset_root_id_scope import (
        CognitetimeseriesAclScopeAssetRootIdScope as CognitetimeseriesAclScopeAssetRootIdScope,
    )
    from .cognitetimeseries_acl_scope_dataset_scope import (
        CognitetimeseriesAclScopeDatasetScope as CognitetimeseriesAclScopeDatasetScope,
    )
    from .cognitetimeseries_acl_scope_idscope import (
        CognitetimeseriesAclScopeIdscope as CognitetimeseriesAclScopeIdscope,
    )
    from .cognitetimeseriessubscriptions_acl_acl import (
        CognitetimeseriessubscriptionsAclAcl as CognitetimeseriessubscriptionsAclAcl,
    )
    from .cognitetimeseriessubscriptions_acl_action import (
        CognitetimeseriessubscriptionsAclAction as CognitetimeseriessubscriptionsAclAction,
    )
    from .cognitetimeseriessubscriptions_acl_scope_all import (
        CognitetimeseriessubscriptionsAclScopeAll as CognitetimeseriessubscriptionsAclScopeAll,
    )
    from .cognitetimeseriessubscriptions_acl_scope_dataset_scope import (
        CognitetimeseriessubscriptionsAclScopeDatasetScope as CognitetimeseriessubscriptionsAclScopeDatasetScope,
    )
    from .cognitetransformations_acl_acl import CognitetransformationsAclAcl as CognitetransformationsAclAcl
    from .cognitetransformations_acl_action import CognitetransformationsAclAction as CognitetransformationsAclAction
    from .cognitetransformations_acl_scope_all import (
        CognitetransformationsAclScopeAll as CognitetransformationsAclScopeAll,
    )
    from .cognitetransformations_acl_scope_dataset_scope import (
        CognitetransformationsAclScopeDatasetScope as CognitetransformationsAclScopeDatasetScope,
    )
    from .cognitetypes_acl_acl import CognitetypesAclAcl as CognitetypesAclAcl
    from .cognitetypes_acl_action import CognitetypesAclAction as CognitetypesAclAction
    from .cognitetypes_acl_scope import CognitetypesAclScope as CognitetypesAclScope
    from .column import Column as Column
    from .column_additional_property import ColumnAdditionalProperty as ColumnAdditionalProperty
    from .column_additional_property_type import ColumnAdditionalPropertyType as ColumnAdditionalPropertyType
    from .column_type import ColumnType as ColumnType
    from .column_type_type import ColumnTypeType as ColumnTypeType
    from .common_aggregate_functions import CommonAggregateFunctions as CommonAggregateFunctions
    from .common_aggregation_request import CommonAggregationRequest as CommonAggregationRequest
    from .common_aggregation_request_v2 import CommonAggregationRequestV2 as CommonAggregationRequestV2
    from .complete_multi_part_upload_file_external_id import (
        CompleteMultiPartUploadFileExternalId as CompleteMultiPartUploadFileExternalId,
    )
    from .complete_multi_part_upload_file_instance_id import (
        CompleteMultiPartUploadFileInstanceId as CompleteMultiPartUploadFileInstanceId,
    )
    from .complete_multi_part_upload_file_internal_id import (
        CompleteMultiPartUploadFileInternalId as CompleteMultiPartUploadFileInternalId,
    )
    from .complete_multi_part_upload_shared import CompleteMultiPartUploadShared as CompleteMultiPartUploadShared
    from .config_response import ConfigResponse as ConfigResponse
    from .config_revision_metadata import ConfigRevisionMetadata as ConfigRevisionMetadata
    from .configuration_update_set import ConfigurationUpdateSet as ConfigurationUpdateSet
    from .conflict_mode import ConflictMode as ConflictMode
    from .connection_check import ConnectionCheck as ConnectionCheck
    from .connection_check_content import ConnectionCheckContent as ConnectionCheckContent
    from .connection_create_draft import ConnectionCreateDraft as ConnectionCreateDraft
    from .connection_dto import ConnectionDto as ConnectionDto
    from .connections_list_response import ConnectionsListResponse as ConnectionsListResponse
    from .connections_list_with_cursor_response import (
        ConnectionsListWithCursorResponse as ConnectionsListWithCursorResponse,
    )
    from .constraint_or_index_state import ConstraintOrIndexState as ConstraintOrIndexState
    from .constraint_state import ConstraintState as ConstraintState
    from .contact import Contact as Contact
    from .contact_person import ContactPerson as ContactPerson
    from .contacts_update_add_remove import ContactsUpdateAddRemove as ContactsUpdateAddRemove
    from .contacts_update_set import ContactsUpdateSet as ContactsUpdateSet
    from .container_collection_response import ContainerCollectionResponse as ContainerCollectionResponse
    from .container_collection_response_with_cursor import (
        ContainerCollectionResponseWithCursor as ContainerCollectionResponseWithCursor,
    )
    from .container_common import ContainerCommon as ContainerCommon
    from .container_create_collection import ContainerCreateCollection as ContainerCreateCollection
    from .container_definition import ContainerDefinition as ContainerDefinition
    from .container_definition_constraints import ContainerDefinitionConstraints as ContainerDefinitionConstraints
    from .container_definition_indexes import ContainerDefinitionIndexes as ContainerDefinitionIndexes
    from .container_inspect_request import ContainerInspectRequest as ContainerInspectRequest
    from .container_inspect_request_inspection_operations import (
        ContainerInspectRequestInspectionOperations as ContainerInspectRequestInspectionOperations,
    )
    from .container_inspect_request_inspection_operations_involved_views import (
        ContainerInspectRequestInspectionOperationsInvolvedViews as ContainerInspectRequestInspectionOperationsInvolvedViews,
    )
    from .container_inspect_request_inspection_operations_total_involved_view_count import (
        ContainerInspectRequestInspectionOperationsTotalInvolvedViewCount as ContainerInspectRequestInspectionOperationsTotalInvolvedViewCount,
    )
    from .container_inspect_request_items_item import (
        ContainerInspectRequestItemsItem as ContainerInspectRequestItemsItem,
    )
    from .container_inspect_response import ContainerInspectResponse as ContainerInspectResponse
    from .container_inspect_result_item import ContainerInspectResultItem as ContainerInspectResultItem
    from .container_inspect_result_item_inspection_results import (
        ContainerInspectResultItemInspectionResults as ContainerInspectResultItemInspectionResults,
    )
    from .container_property_create_definition import (
        ContainerPropertyCreateDefinition as ContainerPropertyCreateDefinition,
    )
    from .container_property_definition import ContainerPropertyDefinition as ContainerPropertyDefinition
    from .container_property_type_definition import ContainerPropertyTypeDefinition as ContainerPropertyTypeDefinition
    from .container_reference import ContainerReference as ContainerReference
    from .container_sub_object_identifier import ContainerSubObjectIdentifier as ContainerSubObjectIdentifier
    from .container_with_data import ContainerWithData as ContainerWithData
    from .containers_without_indexes_involved_notice import (
        ContainersWithoutIndexesInvolvedNotice as ContainersWithoutIndexesInvolvedNotice,
    )
    from .contains_all_filter import ContainsAllFilter as ContainsAllFilter
    from .contains_all_filter_contains_all import ContainsAllFilterContainsAll as ContainsAllFilterContainsAll
    from .contains_all_filter_ila import ContainsAllFilterIla as ContainsAllFilterIla
    from .contains_all_filter_ila_contains_all import ContainsAllFilterIlaContainsAll as ContainsAllFilterIlaContainsAll
    from .contains_all_filter_v3 import ContainsAllFilterV3 as ContainsAllFilterV3
    from .contains_all_filter_v3_contains_all import ContainsAllFilterV3ContainsAll as ContainsAllFilterV3ContainsAll
    from .contains_any import ContainsAny as ContainsAny
    from .contains_any_filter import ContainsAnyFilter as ContainsAnyFilter
    from .contains_any_filter_contains_any import ContainsAnyFilterContainsAny as ContainsAnyFilterContainsAny
    from .contains_any_filter_ila import ContainsAnyFilterIla as ContainsAnyFilterIla
    from .contains_any_filter_ila_contains_any import ContainsAnyFilterIlaContainsAny as ContainsAnyFilterIlaContainsAny
    from .contains_any_filter_v3 import ContainsAnyFilterV3 as ContainsAnyFilterV3
    from .contains_any_filter_v3_contains_any import ContainsAnyFilterV3ContainsAny as ContainsAnyFilterV3ContainsAny
    from .content import Content as Content
    from .contextualize_cad_body import ContextualizeCADBody as ContextualizeCADBody
    from .contextualize_image_360_annotation_body import (
        ContextualizeImage360AnnotationBody as ContextualizeImage360AnnotationBody,
    )
    from .contextualize_image_360_annotation_rc_body import (
        ContextualizeImage360AnnotationRCBody as ContextualizeImage360AnnotationRCBody,
    )
    from .contextualize_point_cloud_volume_body import (
        ContextualizePointCloudVolumeBody as ContextualizePointCloudVolumeBody,
    )
    from .contextualize_point_cloud_volume_rc_body import (
        ContextualizePointCloudVolumeRCBody as ContextualizePointCloudVolumeRCBody,
    )
    from .copy_library_input import CopyLibraryInput as CopyLibraryInput
    from .core_property_create_definition import CorePropertyCreateDefinition as CorePropertyCreateDefinition
    from .core_property_create_definition_option_3 import (
        CorePropertyCreateDefinitionOption3 as CorePropertyCreateDefinitionOption3,
    )
    from .core_property_definition import CorePropertyDefinition as CorePropertyDefinition
    from .core_property_definition_constraint_state import (
        CorePropertyDefinitionConstraintState as CorePropertyDefinitionConstraintState,
    )
    from .count_aggregate import CountAggregate as CountAggregate
    from .count_aggregate_count import CountAggregateCount as CountAggregateCount
    from .count_aggregate_function_v3 import CountAggregateFunctionV3 as CountAggregateFunctionV3
    from .count_aggregate_function_v3_count import CountAggregateFunctionV3Count as CountAggregateFunctionV3Count
    from .count_aggregate_ila import CountAggregateIla as CountAggregateIla
    from .count_aggregate_ila_count import CountAggregateIlaCount as CountAggregateIlaCount
    from .count_aggregate_result import CountAggregateResult as CountAggregateResult
    from .count_aggregate_result_dms import CountAggregateResultDms as CountAggregateResultDms
    from .count_aggregate_result_ila import CountAggregateResultIla as CountAggregateResultIla
    from .count_aggregate_result_items_item import CountAggregateResultItemsItem as CountAggregateResultItemsItem
    from .count_and_limit import CountAndLimit as CountAndLimit
    from .cpu_range import CPURange as CPURange
    from .create_360_contextualization_job_item import (
        Create360ContextualizationJobItem as Create360ContextualizationJobItem,
    )
    from .create_360_contextualization_job_request import (
        Create360ContextualizationJobRequest as Create360ContextualizationJobRequest,
    )
    from .create_advanced_join_matches_request_schema import (
        CreateAdvancedJoinMatchesRequestSchema as CreateAdvancedJoinMatchesRequestSchema,
    )
    from .create_advanced_join_matches_response_schema import (
        CreateAdvancedJoinMatchesResponseSchema as CreateAdvancedJoinMatchesResponseSchema,
    )
    from .create_advanced_joins_request_schema import (
        CreateAdvancedJoinsRequestSchema as CreateAdvancedJoinsRequestSchema,
    )
    from .create_advanced_joins_response_schema import (
        CreateAdvancedJoinsResponseSchema as CreateAdvancedJoinsResponseSchema,
    )
    from .create_asset_mapping_3d import CreateAssetMapping3D as CreateAssetMapping3D
    from .create_asset_mapping_3d_classic_body import CreateAssetMapping3DClassicBody as CreateAssetMapping3DClassicBody
    from .create_asset_mapping_3d_dms import CreateAssetMapping3DDms as CreateAssetMapping3DDms
    from .create_asset_mapping_3d_dms_body import CreateAssetMapping3DDmsBody as CreateAssetMapping3DDmsBody
    from .create_basic_authentication import CreateBasicAuthentication as CreateBasicAuthentication
    from .create_cad_contextualization_item import CreateCADContextualizationItem as CreateCADContextualizationItem
    from .create_child_org_body import CreateChildOrgBody as CreateChildOrgBody
    from .create_child_project_body import CreateChildProjectBody as CreateChildProjectBody
    from .create_client_credentials_authentication import (
        CreateClientCredentialsAuthentication as CreateClientCredentialsAuthentication,
    )
    from .create_config_request import CreateConfigRequest as CreateConfigRequest
    from .create_connections_request import CreateConnectionsRequest as CreateConnectionsRequest
    from .create_destination import CreateDestination as CreateDestination
    from .create_endpoint import CreateEndpoint as CreateEndpoint
    from .create_endpoint_endpoint_type import CreateEndpointEndpointType as CreateEndpointEndpointType
    from .create_entities_request import CreateEntitiesRequest as CreateEntitiesRequest
    from .create_entity_request import CreateEntityRequest as CreateEntityRequest
    from .create_entity_request_data import CreateEntityRequestData as CreateEntityRequestData
    from .create_entity_request_list import CreateEntityRequestList as CreateEntityRequestList
    from .create_entity_response_list import CreateEntityResponseList as CreateEntityResponseList
    from .create_event_hub_source import CreateEventHubSource as CreateEventHubSource
    from .create_ext_pipe import CreateExtPipe as CreateExtPipe
    from .create_ext_pipe_metadata import CreateExtPipeMetadata as CreateExtPipeMetadata
    from .create_ext_pipe_run_response import CreateExtPipeRunResponse as CreateExtPipeRunResponse
    from .create_fdm_table import CreateFdmTable as CreateFdmTable
    from .create_fdm_table_type import CreateFdmTableType as CreateFdmTableType
    from .create_geometries_request import CreateGeometriesRequest as CreateGeometriesRequest
    from .create_header_value_authentication import CreateHeaderValueAuthentication as CreateHeaderValueAuthentication
    from .create_image_360_annotation_contextualization_item import (
        CreateImage360AnnotationContextualizationItem as CreateImage360AnnotationContextualizationItem,
    )
    from .create_instance import CreateInstance as CreateInstance
    from .create_integration import CreateIntegration as CreateIntegration
    from .create_job import CreateJob as CreateJob
    from .create_job_metadata import CreateJobMetadata as CreateJobMetadata
    from .create_job_response import CreateJobResponse as CreateJobResponse
    from .create_kafka_source import CreateKafkaSource as CreateKafkaSource
    from .create_libraries_request import CreateLibrariesRequest as CreateLibrariesRequest
    from .create_mapping import CreateMapping as CreateMapping
    from .create_model_3d import CreateModel3D as CreateModel3D
    from .create_model_3d_classic_body import CreateModel3DClassicBody as CreateModel3DClassicBody
    from .create_model_3d_dms_only import CreateModel3DDmsOnly as CreateModel3DDmsOnly
    from .create_model_3d_dms_only_body import CreateModel3DDmsOnlyBody as CreateModel3DDmsOnlyBody
    from .create_mqtt_broker_source import CreateMqttBrokerSource as CreateMqttBrokerSource
    from .create_mqtt_v3_source import CreateMqttV3Source as CreateMqttV3Source
    from .create_mqtt_v5_source import CreateMqttV5Source as CreateMqttV5Source
    from .create_optimizer_job_item import CreateOptimizerJobItem as CreateOptimizerJobItem
    from .create_optimizer_job_request import CreateOptimizerJobRequest as CreateOptimizerJobRequest
    from .create_or_update_triggers_body import CreateOrUpdateTriggersBody as CreateOrUpdateTriggersBody
    from .create_or_update_triggers_body_items_item import (
        CreateOrUpdateTriggersBodyItemsItem as CreateOrUpdateTriggersBodyItemsItem,
    )
    from .create_or_update_triggers_response_200 import (
        CreateOrUpdateTriggersResponse200 as CreateOrUpdateTriggersResponse200,
    )
    from .create_or_update_workflow_body import CreateOrUpdateWorkflowBody as CreateOrUpdateWorkflowBody
    from .create_or_update_workflow_body_items_item import (
        CreateOrUpdateWorkflowBodyItemsItem as CreateOrUpdateWorkflowBodyItemsItem,
    )
    from .create_or_update_workflow_response_200 import (
        CreateOrUpdateWorkflowResponse200 as CreateOrUpdateWorkflowResponse200,
    )
    from .create_or_update_workflow_version_body import (
        CreateOrUpdateWorkflowVersionBody as CreateOrUpdateWorkflowVersionBody,
    )
    from .create_or_update_workflow_version_body_items_item import (
        CreateOrUpdateWorkflowVersionBodyItemsItem as CreateOrUpdateWorkflowVersionBodyItemsItem,
    )
    from .create_or_update_workflow_version_response_200 import (
        CreateOrUpdateWorkflowVersionResponse200 as CreateOrUpdateWorkflowVersionResponse200,
    )
    from .create_point_cloud_volume_contextualization_item import (
        CreatePointCloudVolumeContextualizationItem as CreatePointCloudVolumeContextualizationItem,
    )
    from .create_point_cloud_volume_contextualization_item_rc import (
        CreatePointCloudVolumeContextualizationItemRC as CreatePointCloudVolumeContextualizationItemRC,
    )
    from .create_preview import CreatePreview as CreatePreview
    from .create_preview_format import CreatePreviewFormat as CreatePreviewFormat
    from .create_proto_file import CreateProtoFile as CreateProtoFile
    from .create_protobuf_config import CreateProtobufConfig as CreateProtobufConfig
    from .create_query_param_authentication import CreateQueryParamAuthentication as CreateQueryParamAuthentication
    from .create_raw_table import CreateRawTable as CreateRawTable
    from .create_raw_table_type import CreateRawTableType as CreateRawTableType
    from .create_request import CreateRequest as CreateRequest
    from .create_request_item import CreateRequestItem as CreateRequestItem
    from .create_request_item_payload import CreateRequestItemPayload as CreateRequestItemPayload
    from .create_request_item_response import CreateRequestItemResponse as CreateRequestItemResponse
    from .create_request_item_response_payload import (
        CreateRequestItemResponsePayload as CreateRequestItemResponsePayload,
    )
    from .create_request_response import CreateRequestResponse as CreateRequestResponse
    from .create_request_response_status import CreateRequestResponseStatus as CreateRequestResponseStatus
    from .create_rest_source import CreateRestSource as CreateRestSource
    from .create_rest_source_scheme import CreateRestSourceScheme as CreateRestSourceScheme
    from .create_revision_3d import CreateRevision3D as CreateRevision3D
    from .create_revision_3d_classic_and_hybrid_body import (
        CreateRevision3DClassicAndHybridBody as CreateRevision3DClassicAndHybridBody,
    )
    from .create_revision_3d_dms_only import CreateRevision3DDmsOnly as CreateRevision3DDmsOnly
    from .create_revision_3d_dms_only_body import CreateRevision3DDmsOnlyBody as CreateRevision3DDmsOnlyBody
    from .create_schema_mapping import CreateSchemaMapping as CreateSchemaMapping
    from .create_scram_sha_256 import CreateScramSha256 as CreateScramSha256
    from .create_scram_sha_512 import CreateScramSha512 as CreateScramSha512
    from .create_session_request_list import CreateSessionRequestList as CreateSessionRequestList
    from .create_session_response import CreateSessionResponse as CreateSessionResponse
    from .create_session_response_list import CreateSessionResponseList as CreateSessionResponseList
    from .create_session_response_status import CreateSessionResponseStatus as CreateSessionResponseStatus
    from .create_session_response_type_type_0 import CreateSessionResponseTypeType0 as CreateSessionResponseTypeType0
    from .create_session_with_client_credentials_request import (
        CreateSessionWithClientCredentialsRequest as CreateSessionWithClientCredentialsRequest,
    )
    from .create_session_with_oneshot_token_exchange_request import (
        CreateSessionWithOneshotTokenExchangeRequest as CreateSessionWithOneshotTokenExchangeRequest,
    )
    from .create_session_with_token_exchange_request import (
        CreateSessionWithTokenExchangeRequest as CreateSessionWithTokenExchangeRequest,
    )
    from .create_stream_body import CreateStreamBody as CreateStreamBody
    from .create_stream_settings import CreateStreamSettings as CreateStreamSettings
    from .create_stream_settings_template import CreateStreamSettingsTemplate as CreateStreamSettingsTemplate
    from .create_symbols_request import CreateSymbolsRequest as CreateSymbolsRequest
    from .create_table_object import CreateTableObject as CreateTableObject
    from .create_table_object_type import CreateTableObjectType as CreateTableObjectType
    from .create_transformation_notifications_response_400 import (
        CreateTransformationNotificationsResponse400 as CreateTransformationNotificationsResponse400,
    )
    from .create_transformation_notifications_response_400_error import (
        CreateTransformationNotificationsResponse400Error as CreateTransformationNotificationsResponse400Error,
    )
    from .create_transformation_notifications_response_403 import (
        CreateTransformationNotificationsResponse403 as CreateTransformationNotificationsResponse403,
    )
    from .create_transformation_notifications_response_403_error import (
        CreateTransformationNotificationsResponse403Error as CreateTransformationNotificationsResponse403Error,
    )
    from .create_transformation_notifications_response_409 import (
        CreateTransformationNotificationsResponse409 as CreateTransformationNotificationsResponse409,
    )
    from .create_transformation_notifications_response_409_error import (
        CreateTransformationNotificationsResponse409Error as CreateTransformationNotificationsResponse409Error,
    )
    from .create_transformation_schedules_response_400 import (
        CreateTransformationSchedulesResponse400 as CreateTransformationSchedulesResponse400,
    )
    from .create_transformation_schedules_response_400_error import (
        CreateTransformationSchedulesResponse400Error as CreateTransformationSchedulesResponse400Error,
    )
    from .create_transformation_schedules_response_403 import (
        CreateTransformationSchedulesResponse403 as CreateTransformationSchedulesResponse403,
    )
    from .create_transformation_schedules_response_403_error import (
        CreateTransformationSchedulesResponse403Error as CreateTransformationSchedulesResponse403Error,
    )
    from .create_transformation_schedules_response_409 import (
        CreateTransformationSchedulesResponse409 as CreateTransformationSchedulesResponse409,
    )
    from .create_transformation_schedules_response_409_error import (
        CreateTransformationSchedulesResponse409Error as CreateTransformationSchedulesResponse409Error,
    )
    from .create_transformations_response_400 import (
        CreateTransformationsResponse400 as CreateTransformationsResponse400,
    )
    from .create_transformations_response_400_error import (
        CreateTransformationsResponse400Error as CreateTransformationsResponse400Error,
    )
    from .create_transformations_response_403 import (
        CreateTransformationsResponse403 as CreateTransformationsResponse403,
    )
    from .create_transformations_response_403_error import (
        CreateTransformationsResponse403Error as CreateTransformationsResponse403Error,
    )
    from .create_transformations_response_409 import (
        CreateTransformationsResponse409 as CreateTransformationsResponse409,
    )
    from .create_transformations_response_409_error import (
        CreateTransformationsResponse409Error as CreateTransformationsResponse409Error,
    )
    from .create_user import CreateUser as CreateUser
    from .create_user_history_apps_request import CreateUserHistoryAppsRequest as CreateUserHistoryAppsRequest
    from .create_user_history_resources_request import (
        CreateUserHistoryResourcesRequest as CreateUserHistoryResourcesRequest,
    )
    from .create_view_property import CreateViewProperty as CreateViewProperty
    from .cron_trigger import CronTrigger as CronTrigger
    from .csv_config import CsvConfig as CsvConfig
    from .current_user_sink_id import CurrentUserSinkId as CurrentUserSinkId
    from .current_user_sink_update_item import CurrentUserSinkUpdateItem as CurrentUserSinkUpdateItem
    from .cursor import Cursor as Cursor
    from .cursor_object import CursorObject as CursorObject
    from .custom_format import CustomFormat as CustomFormat
    from .custom_mapping import CustomMapping as CustomMapping
    from .customize_fuzziness import CustomizeFuzziness as CustomizeFuzziness
    from .cylinder_point_cloud_volume_v1 import CylinderPointCloudVolumeV1 as CylinderPointCloudVolumeV1
    from .data import Data as Data
    from .data_asset import DataAsset as DataAsset
    from .data_asset_change import DataAssetChange as DataAssetChange
    from .data_data_set_aggregate import DataDataSetAggregate as DataDataSetAggregate
    from .data_dms_identifiers import DataDmsIdentifiers as DataDmsIdentifiers
    from .data_event import DataEvent as DataEvent
    from .data_event_aggregate import DataEventAggregate as DataEventAggregate
    from .data_event_change import DataEventChange as DataEventChange
    from .data_external_asset import DataExternalAsset as DataExternalAsset
    from .data_external_asset_item import DataExternalAssetItem as DataExternalAssetItem
    from .data_external_event import DataExternalEvent as DataExternalEvent
    from .data_external_file_metadata import DataExternalFileMetadata as DataExternalFileMetadata
    from .data_file_change import DataFileChange as DataFileChange
    from .data_file_metadata import DataFileMetadata as DataFileMetadata
    from .data_files_aggregate import DataFilesAggregate as DataFilesAggregate
    from .data_get_sequence import DataGetSequence as DataGetSequence
    from .data_get_time_series_metadata_dto import DataGetTimeSeriesMetadataDTO as DataGetTimeSeriesMetadataDTO
    from .data_group import DataGroup as DataGroup
    from .data_group_spec import DataGroupSpec as DataGroupSpec
    from .data_identifier import DataIdentifier as DataIdentifier
    from .data_identifiers import DataIdentifiers as DataIdentifiers
    from .data_long import DataLong as DataLong
    from .data_model import DataModel as DataModel
    from .data_model_collection_response import DataModelCollectionResponse as DataModelCollectionResponse
    from .data_model_collection_response_with_cursor import (
        DataModelCollectionResponseWithCursor as DataModelCollectionResponseWithCursor,
    )
    from .data_model_core import DataModelCore as DataModelCore
    from .data_model_create import DataModelCreate as DataModelCreate
    from .data_model_create_collection import DataModelCreateCollection as DataModelCreateCollection
    from .data_model_info import DataModelInfo as DataModelInfo
    from .data_model_reference import DataModelReference as DataModelReference
    from .data_model_source import DataModelSource as DataModelSource
    from .data_modeling_status import DataModelingStatus as DataModelingStatus
    from .data_modeling_trigger import DataModelingTrigger as DataModelingTrigger
    from .data_modeling_trigger_data_modeling_query import (
        DataModelingTriggerDataModelingQuery as DataModelingTriggerDataModelingQuery,
    )
    from .data_modeling_trigger_data_modeling_query_select import (
        DataModelingTriggerDataModelingQuerySelect as DataModelingTriggerDataModelingQuerySelect,
    )
    from .data_modeling_trigger_data_modeling_query_with import (
        DataModelingTriggerDataModelingQueryWith as DataModelingTriggerDataModelingQueryWith,
    )
    from .data_models import DataModels as DataModels
    from .data_models_bool_filter_and import DataModelsBoolFilterAnd as DataModelsBoolFilterAnd
    from .data_models_bool_filter_not import DataModelsBoolFilterNot as DataModelsBoolFilterNot
    from .data_models_bool_filter_or import DataModelsBoolFilterOr as DataModelsBoolFilterOr
    from .data_models_list_request import DataModelsListRequest as DataModelsListRequest
    from .data_models_nested_filter import DataModelsNestedFilter as DataModelsNestedFilter
    from .data_models_nested_filter_nested import DataModelsNestedFilterNested as DataModelsNestedFilterNested
    from .data_models_sort import DataModelsSort as DataModelsSort
    from .data_models_sort_direction import DataModelsSortDirection as DataModelsSortDirection
    from .data_models_sort_property import DataModelsSortProperty as DataModelsSortProperty
    from .data_multi_part_upload_file_metadata import DataMultiPartUploadFileMetadata as DataMultiPartUploadFileMetadata
    from .data_points_aggregate import DataPointsAggregate as DataPointsAggregate
    from .data_post_sequence import DataPostSequence as DataPostSequence
    from .data_product import DataProduct as DataProduct
    from .data_product_change import DataProductChange as DataProductChange
    from .data_product_create import DataProductCreate as DataProductCreate
    from .data_product_create_request import DataProductCreateRequest as DataProductCreateRequest
    from .data_product_delete_request import DataProductDeleteRequest as DataProductDeleteRequest
    from .data_product_delete_request_items_item import (
        DataProductDeleteRequestItemsItem as DataProductDeleteRequestItemsItem,
    )
    from .data_product_patch import DataProductPatch as DataProductPatch
    from .data_product_update_request import DataProductUpdateRequest as DataProductUpdateRequest
    from .data_product_version import DataProductVersion as DataProductVersion
    from .data_product_version_change import DataProductVersionChange as DataProductVersionChange
    from .data_product_version_create import DataProductVersionCreate as DataProductVersionCreate
    from .data_product_version_create_quality import DataProductVersionCreateQuality as DataProductVersionCreateQuality
    from .data_product_version_create_request import DataProductVersionCreateRequest as DataProductVersionCreateRequest
    from .data_product_version_create_terms import DataProductVersionCreateTerms as DataProductVersionCreateTerms
    from .data_product_version_create_views_item import (
        DataProductVersionCreateViewsItem as DataProductVersionCreateViewsItem,
    )
    from .data_product_version_create_views_item_instance_spaces import (
        DataProductVersionCreateViewsItemInstanceSpaces as DataProductVersionCreateViewsItemInstanceSpaces,
    )
    from .data_product_version_delete_request import DataProductVersionDeleteRequest as DataProductVersionDeleteRequest
    from .data_product_version_delete_request_items_item import (
        DataProductVersionDeleteRequestItemsItem as DataProductVersionDeleteRequestItemsItem,
    )
    from .data_product_version_patch import DataProductVersionPatch as DataProductVersionPatch
    from .data_product_version_quality import DataProductVersionQuality as DataProductVersionQuality
    from .data_product_version_status import DataProductVersionStatus as DataProductVersionStatus
    from .data_product_version_terms import DataProductVersionTerms as DataProductVersionTerms
    from .data_product_version_terms_patch import DataProductVersionTermsPatch as DataProductVersionTermsPatch
    from .data_product_version_terms_patch_modify import (
        DataProductVersionTermsPatchModify as DataProductVersionTermsPatchModify,
    )
    from .data_product_version_update_request import DataProductVersionUpdateRequest as DataProductVersionUpdateRequest
    from .data_product_version_views_add import DataProductVersionViewsAdd as DataProductVersionViewsAdd
    from .data_product_version_views_add_add_item import (
        DataProductVersionViewsAddAddItem as DataProductVersionViewsAddAddItem,
    )
    from .data_product_version_views_add_add_item_instance_spaces import (
        DataProductVersionViewsAddAddItemInstanceSpaces as DataProductVersionViewsAddAddItemInstanceSpaces,
    )
    from .data_product_version_views_item import DataProductVersionViewsItem as DataProductVersionViewsItem
    from .data_product_version_views_item_instance_spaces import (
        DataProductVersionViewsItemInstanceSpaces as DataProductVersionViewsItemInstanceSpaces,
    )
    from .data_project_spec import DataProjectSpec as DataProjectSpec
    from .data_raw_db import DataRawDB as DataRawDB
    from .data_raw_db_row import DataRawDBRow as DataRawDBRow
    from .data_raw_db_row_key import DataRawDBRowKey as DataRawDBRowKey
    from .data_raw_db_table import DataRawDBTable as DataRawDBTable
    from .data_raw_db_table_cursors import DataRawDBTableCursors as DataRawDBTableCursors
    from .data_resource_ids import DataResourceIds as DataResourceIds
    from .data_resource_ids_select_by_external_id import (
        DataResourceIdsSelectByExternalId as DataResourceIdsSelectByExternalId,
    )
    from .data_resource_ids_select_by_id import DataResourceIdsSelectById as DataResourceIdsSelectById
    from .data_resource_ids_with_ignore_unknown_ids import (
        DataResourceIdsWithIgnoreUnknownIds as DataResourceIdsWithIgnoreUnknownIds,
    )
    from .data_resource_ids_with_ignore_unknown_ids_select_by_external_id import (
        DataResourceIdsWithIgnoreUnknownIdsSelectByExternalId as DataResourceIdsWithIgnoreUnknownIdsSelectByExternalId,
    )
    from .data_resource_ids_with_ignore_unknown_ids_select_by_id import (
        DataResourceIdsWithIgnoreUnknownIdsSelectById as DataResourceIdsWithIgnoreUnknownIdsSelectById,
    )
    from .data_security_category_spec_dto import DataSecurityCategorySpecDTO as DataSecurityCategorySpecDTO
    from .data_sequence_change import DataSequenceChange as DataSequenceChange
    from .data_sequence_data_delete_request import DataSequenceDataDeleteRequest as DataSequenceDataDeleteRequest
    from .data_sequence_post_data import DataSequencePostData as DataSequencePostData
    from .data_set import DataSet as DataSet
    from .data_set_aggregate import DataSetAggregate as DataSetAggregate
    from .data_set_aggregate_request import DataSetAggregateRequest as DataSetAggregateRequest
    from .data_set_change_by_external_id import DataSetChangeByExternalId as DataSetChangeByExternalId
    from .data_set_change_by_id import DataSetChangeById as DataSetChangeById
    from .data_set_external_id import DataSetExternalId as DataSetExternalId
    from .data_set_filter import DataSetFilter as DataSetFilter
    from .data_set_filter_request import DataSetFilterRequest as DataSetFilterRequest
    from .data_set_id_either_list import DataSetIdEitherList as DataSetIdEitherList
    from .data_set_id_update_field import DataSetIdUpdateField as DataSetIdUpdateField
    from .data_set_internal_id import DataSetInternalId as DataSetInternalId
    from .data_set_list import DataSetList as DataSetList
    from .data_set_list_with_cursor import DataSetListWithCursor as DataSetListWithCursor
    from .data_set_metadata import DataSetMetadata as DataSetMetadata
    from .data_set_patch import DataSetPatch as DataSetPatch
    from .data_set_patch_update import DataSetPatchUpdate as DataSetPatchUpdate
    from .data_set_spec import DataSetSpec as DataSetSpec
    from .data_set_spec_list import DataSetSpecList as DataSetSpecList
    from .data_set_update_list import DataSetUpdateList as DataSetUpdateList
    from .data_with_cursor import DataWithCursor as DataWithCursor
    from .data_with_cursor_asset import DataWithCursorAsset as DataWithCursorAsset
    from .data_with_cursor_event import DataWithCursorEvent as DataWithCursorEvent
    from .data_with_cursor_get_time_series_metadata_dto import (
        DataWithCursorGetTimeSeriesMetadataDTO as DataWithCursorGetTimeSeriesMetadataDTO,
    )
    from .data_with_cursor_raw_db import DataWithCursorRawDB as DataWithCursorRawDB
    from .data_with_cursor_raw_db_row import DataWithCursorRawDBRow as DataWithCursorRawDBRow
    from .data_with_cursor_raw_db_table import DataWithCursorRawDBTable as DataWithCursorRawDBTable
    from .data_with_links import DataWithLinks as DataWithLinks
    from .data_with_links_file_external_id import DataWithLinksFileExternalId as DataWithLinksFileExternalId
    from .data_with_links_file_instance_id import DataWithLinksFileInstanceId as DataWithLinksFileInstanceId
    from .data_with_links_file_internal_id import DataWithLinksFileInternalId as DataWithLinksFileInternalId
    from .datapoint_status import DatapointStatus as DatapointStatus
    from .datapoints_delete_query import DatapointsDeleteQuery as DatapointsDeleteQuery
    from .datapoints_delete_range import DatapointsDeleteRange as DatapointsDeleteRange
    from .datapoints_delete_request_query_with_external_id import (
        DatapointsDeleteRequestQueryWithExternalId as DatapointsDeleteRequestQueryWithExternalId,
    )
    from .datapoints_delete_request_query_with_instance_id import (
        DatapointsDeleteRequestQueryWithInstanceId as DatapointsDeleteRequestQueryWithInstanceId,
    )
    from .datapoints_delete_request_query_with_internal_id import (
        DatapointsDeleteRequestQueryWithInternalId as DatapointsDeleteRequestQueryWithInternalId,
    )
    from .datapoints_get_aggregate_datapoint import DatapointsGetAggregateDatapoint as DatapointsGetAggregateDatapoint
    from .datapoints_get_double_datapoint import DatapointsGetDoubleDatapoint as DatapointsGetDoubleDatapoint
    from .datapoints_get_state_datapoint import DatapointsGetStateDatapoint as DatapointsGetStateDatapoint
    from .datapoints_get_string_datapoint import DatapointsGetStringDatapoint as DatapointsGetStringDatapoint
    from .datapoints_insert_properties import DatapointsInsertProperties as DatapointsInsertProperties
    from .datapoints_insert_query import DatapointsInsertQuery as DatapointsInsertQuery
    from .datapoints_latest_query import DatapointsLatestQuery as DatapointsLatestQuery
    from .datapoints_metadata import DatapointsMetadata as DatapointsMetadata
    from .datapoints_multi_query import DatapointsMultiQuery as DatapointsMultiQuery
    from .datapoints_or_aggregates_response import DatapointsOrAggregatesResponse as DatapointsOrAggregatesResponse
    from .datapoints_post_datapoint_datapoints_with_external_id import (
        DatapointsPostDatapointDatapointsWithExternalId as DatapointsPostDatapointDatapointsWithExternalId,
    )
    from .datapoints_post_datapoint_datapoints_with_instance_id import (
        DatapointsPostDatapointDatapointsWithInstanceId as DatapointsPostDatapointDatapointsWithInstanceId,
    )
    from .datapoints_post_datapoint_datapoints_with_internal_id import (
        DatapointsPostDatapointDatapointsWithInternalId as DatapointsPostDatapointDatapointsWithInternalId,
    )
    from .datapoints_query_properties import DatapointsQueryProperties as DatapointsQueryProperties
    from .datapoints_query_query_with_external_id import (
        DatapointsQueryQueryWithExternalId as DatapointsQueryQueryWithExternalId,
    )
    from .datapoints_query_query_with_instance_id import (
        DatapointsQueryQueryWithInstanceId as DatapointsQueryQueryWithInstanceId,
    )
    from .datapoints_query_query_with_internal_id import (
        DatapointsQueryQueryWithInternalId as DatapointsQueryQueryWithInternalId,
    )
    from .datapoints_response import DatapointsResponse as DatapointsResponse
    from .debug_parameters import DebugParameters as DebugParameters
    from .debug_response import DebugResponse as DebugResponse
    from .default_error import DefaultError as DefaultError
    from .default_error_duplicated_item import DefaultErrorDuplicatedItem as DefaultErrorDuplicatedItem
    from .default_error_missing_item import DefaultErrorMissingItem as DefaultErrorMissingItem
    from .delete_advanced_join_matches_request_schema import (
        DeleteAdvancedJoinMatchesRequestSchema as DeleteAdvancedJoinMatchesRequestSchema,
    )
    from .delete_advanced_join_matches_request_schema_items_item import (
        DeleteAdvancedJoinMatchesRequestSchemaItemsItem as DeleteAdvancedJoinMatchesRequestSchemaItemsItem,
    )
    from .delete_advanced_joins_request_schema import (
        DeleteAdvancedJoinsRequestSchema as DeleteAdvancedJoinsRequestSchema,
    )
    from .delete_advanced_joins_request_schema_items_item import (
        DeleteAdvancedJoinsRequestSchemaItemsItem as DeleteAdvancedJoinsRequestSchemaItemsItem,
    )
    from .delete_asset_mapping_3d import DeleteAssetMapping3D as DeleteAssetMapping3D
    from .delete_asset_mapping_3d_classic_body import DeleteAssetMapping3DClassicBody as DeleteAssetMapping3DClassicBody
    from .delete_asset_mapping_3d_dms import DeleteAssetMapping3DDms as DeleteAssetMapping3DDms
    from .delete_asset_mapping_3d_dms_body import DeleteAssetMapping3DDmsBody as DeleteAssetMapping3DDmsBody
    from .delete_cad_contextualization_item import DeleteCADContextualizationItem as DeleteCADContextualizationItem
    from .delete_contextualized_cad_body import DeleteContextualizedCADBody as DeleteContextualizedCADBody
    from .delete_contextualized_image_360_annotations_body import (
        DeleteContextualizedImage360AnnotationsBody as DeleteContextualizedImage360AnnotationsBody,
    )
    from .delete_contextualized_image_360_annotations_rc_body import (
        DeleteContextualizedImage360AnnotationsRCBody as DeleteContextualizedImage360AnnotationsRCBody,
    )
    from .delete_contextualized_point_cloud_volumes_body import (
        DeleteContextualizedPointCloudVolumesBody as DeleteContextualizedPointCloudVolumesBody,
    )
    from .delete_contextualized_point_cloud_volumes_rc_body import (
        DeleteContextualizedPointCloudVolumesRCBody as DeleteContextualizedPointCloudVolumesRCBody,
    )
    from .delete_image_360_annotation_contextualization_item import (
        DeleteImage360AnnotationContextualizationItem as DeleteImage360AnnotationContextualizationItem,
    )
    from .delete_jobs_request import DeleteJobsRequest as DeleteJobsRequest
    from .delete_org_response_200 import DeleteOrgResponse200 as DeleteOrgResponse200
    from .delete_point_cloud_volume_contextualization_item import (
        DeletePointCloudVolumeContextualizationItem as DeletePointCloudVolumeContextualizationItem,
    )
    from .delete_point_cloud_volume_contextualization_item_rc import (
        DeletePointCloudVolumeContextualizationItemRC as DeletePointCloudVolumeContextualizationItemRC,
    )
    from .delete_raw_db import DeleteRawDB as DeleteRawDB
    from .delete_records_request import DeleteRecordsRequest as DeleteRecordsRequest
    from .delete_request import DeleteRequest as DeleteRequest
    from .delete_request_object import DeleteRequestObject as DeleteRequestObject
    from .delete_specific_versions_of_workflow_body import (
        DeleteSpecificVersionsOfWorkflowBody as DeleteSpecificVersionsOfWorkflowBody,
    )
    from .delete_specific_versions_of_workflow_body_items_item import (
        DeleteSpecificVersionsOfWorkflowBodyItemsItem as DeleteSpecificVersionsOfWorkflowBodyItemsItem,
    )
    from .delete_stream_response_410 import DeleteStreamResponse410 as DeleteStreamResponse410
    from .delete_stream_response_410_error import DeleteStreamResponse410Error as DeleteStreamResponse410Error
    from .delete_transformation_notifications_response_200 import (
        DeleteTransformationNotificationsResponse200 as DeleteTransformationNotificationsResponse200,
    )
    from .delete_transformation_notifications_response_400 import (
        DeleteTransformationNotificationsResponse400 as DeleteTransformationNotificationsResponse400,
    )
    from .delete_transformation_notifications_response_400_error import (
        DeleteTransformationNotificationsResponse400Error as DeleteTransformationNotificationsResponse400Error,
    )
    from .delete_transformation_notifications_response_403 import (
        DeleteTransformationNotificationsResponse403 as DeleteTransformationNotificationsResponse403,
    )
    from .delete_transformation_notifications_response_403_error import (
        DeleteTransformationNotificationsResponse403Error as DeleteTransformationNotificationsResponse403Error,
    )
    from .delete_transformation_notifications_response_409 import (
        DeleteTransformationNotificationsResponse409 as DeleteTransformationNotificationsResponse409,
    )
    from .delete_transformation_notifications_response_409_error import (
        DeleteTransformationNotificationsResponse409Error as DeleteTransformationNotificationsResponse409Error,
    )
    from .delete_transformation_schedules_response_200 import (
        DeleteTransformationSchedulesResponse200 as DeleteTransformationSchedulesResponse200,
    )
    from .delete_transformation_schedules_response_400 import (
        DeleteTransformationSchedulesResponse400 as DeleteTransformationSchedulesResponse400,
    )
    from .delete_transformation_schedules_response_400_error import (
        DeleteTransformationSchedulesResponse400Error as DeleteTransformationSchedulesResponse400Error,
    )
    from .delete_transformation_schedules_response_403 import (
        DeleteTransformationSchedulesResponse403 as DeleteTransformationSchedulesResponse403,
    )
    from .delete_transformation_schedules_response_403_error import (
        DeleteTransformationSchedulesResponse403Error as DeleteTransformationSchedulesResponse403Error,
    )
    from .delete_transformation_schedules_response_409 import (
        DeleteTransformationSchedulesResponse409 as DeleteTransformationSchedulesResponse409,
    )
    from .delete_transformation_schedules_response_409_error import (
        DeleteTransformationSchedulesResponse409Error as DeleteTransformationSchedulesResponse409Error,
    )
    from .delete_transformations_response_200 import (
        DeleteTransformationsResponse200 as DeleteTransformationsResponse200,
    )
    from .delete_transformations_response_400 import (
        DeleteTransformationsResponse400 as DeleteTransformationsResponse400,
    )
    from .delete_transformations_response_400_error import (
        DeleteTransformationsResponse400Error as DeleteTransformationsResponse400Error,
    )
    from .delete_transformations_response_403 import (
        DeleteTransformationsResponse403 as DeleteTransformationsResponse403,
    )
    from .delete_transformations_response_403_error import (
        DeleteTransformationsResponse403Error as DeleteTransformationsResponse403Error,
    )
    from .delete_transformations_response_409 import (
        DeleteTransformationsResponse409 as DeleteTransformationsResponse409,
    )
    from .delete_transformations_response_409_error import (
        DeleteTransformationsResponse409Error as DeleteTransformationsResponse409Error,
    )
    from .delete_triggers_body import DeleteTriggersBody as DeleteTriggersBody
    from .delete_triggers_body_items_item import DeleteTriggersBodyItemsItem as DeleteTriggersBodyItemsItem
    from .delete_user_history_resources_request import (
        DeleteUserHistoryResourcesRequest as DeleteUserHistoryResourcesRequest,
    )
    from .delete_user_history_resources_request_items_item import (
        DeleteUserHistoryResourcesRequestItemsItem as DeleteUserHistoryResourcesRequestItemsItem,
    )
    from .delete_workflows_body import DeleteWorkflowsBody as DeleteWorkflowsBody
    from .delete_workflows_body_items_item import DeleteWorkflowsBodyItemsItem as DeleteWorkflowsBodyItemsItem
    from .deleted_instances_item import DeletedInstancesItem as DeletedInstancesItem
    from .deleted_instances_item_instance_type import (
        DeletedInstancesItemInstanceType as DeletedInstancesItemInstanceType,
    )
    from .deletion_report import DeletionReport as DeletionReport
    from .deletion_report_request import DeletionReportRequest as DeletionReportRequest
    from .deletion_report_request_list import DeletionReportRequestList as DeletionReportRequestList
    from .deletion_reports_response import DeletionReportsResponse as DeletionReportsResponse
    from .deletion_reports_with_cursor_response import (
        DeletionReportsWithCursorResponse as DeletionReportsWithCursorResponse,
    )
    from .description_update_field import DescriptionUpdateField as DescriptionUpdateField
    from .destination import Destination as Destination
    from .destination_update_item import DestinationUpdateItem as DestinationUpdateItem
    from .detach_session_request import DetachSessionRequest as DetachSessionRequest
    from .detach_session_request_items_item import DetachSessionRequestItemsItem as DetachSessionRequestItemsItem
    from .detach_session_response import DetachSessionResponse as DetachSessionResponse
    from .detach_session_response_items_item import DetachSessionResponseItemsItem as DetachSessionResponseItemsItem
    from .detect_tags_resource_filter import DetectTagsResourceFilter as DetectTagsResourceFilter
    from .detect_tags_resource_filter_asset import DetectTagsResourceFilterAsset as DetectTagsResourceFilterAsset
    from .detect_tags_resource_filter_file import DetectTagsResourceFilterFile as DetectTagsResourceFilterFile
    from .detect_tags_resource_type import DetectTagsResourceType as DetectTagsResourceType
    from .diagram_annotation import DiagramAnnotation as DiagramAnnotation
    from .diagram_convert_body import DiagramConvertBody as DiagramConvertBody
    from .diagram_convert_config import DiagramConvertConfig as DiagramConvertConfig
    from .diagram_convert_request_schema_option_0 import (
        DiagramConvertRequestSchemaOption0 as DiagramConvertRequestSchemaOption0,
    )
    from .diagram_convert_request_schema_option_1 import (
        DiagramConvertRequestSchemaOption1 as DiagramConvertRequestSchemaOption1,
    )
    from .diagram_convert_request_schema_option_2 import (
        DiagramConvertRequestSchemaOption2 as DiagramConvertRequestSchemaOption2,
    )
    from .diagram_convert_request_schema_shared import (
        DiagramConvertRequestSchemaShared as DiagramConvertRequestSchemaShared,
    )
    from .diagram_convert_response_200 import DiagramConvertResponse200 as DiagramConvertResponse200
    from .diagram_convert_result_schema_error_message import (
        DiagramConvertResultSchemaErrorMessage as DiagramConvertResultSchemaErrorMessage,
    )
    from .diagram_convert_result_schema_results import (
        DiagramConvertResultSchemaResults as DiagramConvertResultSchemaResults,
    )
    from .diagram_convert_results_response_200 import (
        DiagramConvertResultsResponse200 as DiagramConvertResultsResponse200,
    )
    from .diagram_detect_beta_config import DiagramDetectBetaConfig as DiagramDetectBetaConfig
    from .diagram_detect_beta_config_substitutions import (
        DiagramDetectBetaConfigSubstitutions as DiagramDetectBetaConfigSubstitutions,
    )
    from .diagram_detect_body import DiagramDetectBody as DiagramDetectBody
    from .diagram_detect_config import DiagramDetectConfig as DiagramDetectConfig
    from .diagram_detect_entities_item import DiagramDetectEntitiesItem as DiagramDetectEntitiesItem
    from .diagram_detect_response_200 import DiagramDetectResponse200 as DiagramDetectResponse200
    from .diagram_detect_result_schema_annotations import (
        DiagramDetectResultSchemaAnnotations as DiagramDetectResultSchemaAnnotations,
    )
    from .diagram_detect_result_schema_error_message import (
        DiagramDetectResultSchemaErrorMessage as DiagramDetectResultSchemaErrorMessage,
    )
    from .diagram_detect_results_response_200 import DiagramDetectResultsResponse200 as DiagramDetectResultsResponse200
    from .diagram_detected_entities_item import DiagramDetectedEntitiesItem as DiagramDetectedEntitiesItem
    from .diagram_dto import DiagramDto as DiagramDto
    from .diagram_entity_filter import DiagramEntityFilter as DiagramEntityFilter
    from .diagram_entity_filter_view import DiagramEntityFilterView as DiagramEntityFilterView
    from .diagram_filter import DiagramFilter as DiagramFilter
    from .diagram_instance_id import DiagramInstanceId as DiagramInstanceId
    from .diagram_ocr_annotation_schema import DiagramOcrAnnotationSchema as DiagramOcrAnnotationSchema
    from .diagram_ocr_bounding_box_schema import DiagramOcrBoundingBoxSchema as DiagramOcrBoundingBoxSchema
    from .diagram_ocr_page_schema import DiagramOcrPageSchema as DiagramOcrPageSchema
    from .diagram_ocr_request_schema_file_external_id import (
        DiagramOcrRequestSchemaFileExternalId as DiagramOcrRequestSchemaFileExternalId,
    )
    from .diagram_ocr_request_schema_file_id import DiagramOcrRequestSchemaFileId as DiagramOcrRequestSchemaFileId
    from .diagram_ocr_request_schema_file_instance_id import (
        DiagramOcrRequestSchemaFileInstanceId as DiagramOcrRequestSchemaFileInstanceId,
    )
    from .diagram_parse_input import DiagramParseInput as DiagramParseInput
    from .diagram_region import DiagramRegion as DiagramRegion
    from .diagram_svg_png_result_schema_option_0 import (
        DiagramSvgPngResultSchemaOption0 as DiagramSvgPngResultSchemaOption0,
    )
    from .diagram_svg_png_result_schema_option_1 import (
        DiagramSvgPngResultSchemaOption1 as DiagramSvgPngResultSchemaOption1,
    )
    from .diagrams_list_response import DiagramsListResponse as DiagramsListResponse
    from .diagrams_list_with_cursor_response import DiagramsListWithCursorResponse as DiagramsListWithCursorResponse
    from .dial_gauge_detection_parameters import DialGaugeDetectionParameters as DialGaugeDetectionParameters
    from .dictionary_update import DictionaryUpdate as DictionaryUpdate
    from .dictionary_update_set import DictionaryUpdateSet as DictionaryUpdateSet
    from .digital_gauge_detection_parameters import DigitalGaugeDetectionParameters as DigitalGaugeDetectionParameters
    from .direct_node_relation import DirectNodeRelation as DirectNodeRelation
    from .direct_relation_improvement_suggestion import (
        DirectRelationImprovementSuggestion as DirectRelationImprovementSuggestion,
    )
    from .direct_relation_reference import DirectRelationReference as DirectRelationReference
    from .direct_relation_target import DirectRelationTarget as DirectRelationTarget
    from .direction_weights import DirectionWeights as DirectionWeights
    from .dms_cad_contextualization_config import DmsCADContextualizationConfig as DmsCADContextualizationConfig
    from .dms_contextualization_config import DmsContextualizationConfig as DmsContextualizationConfig
    from .dms_contextualization_config_rc import DmsContextualizationConfigRC as DmsContextualizationConfigRC
    from .dms_exists_filter import DMSExistsFilter as DMSExistsFilter
    from .dms_exists_filter_exists import DMSExistsFilterExists as DMSExistsFilterExists
    from .dms_file_change import DMSFileChange as DMSFileChange
    from .dms_file_change_update import DMSFileChangeUpdate as DMSFileChangeUpdate
    from .dms_id import DmsId as DmsId
    from .dms_instance_id import DmsInstanceId as DmsInstanceId
    from .document import Document as Document
    from .document_aggregate_filter_bool_and import DocumentAggregateFilterBoolAnd as DocumentAggregateFilterBoolAnd
    from .document_aggregate_filter_bool_not import DocumentAggregateFilterBoolNot as DocumentAggregateFilterBoolNot
    from .document_aggregate_filter_bool_or import DocumentAggregateFilterBoolOr as DocumentAggregateFilterBoolOr
    from .document_aggregate_filter_prefix import DocumentAggregateFilterPrefix as DocumentAggregateFilterPrefix
    from .document_aggregate_filter_prefix_prefix import (
        DocumentAggregateFilterPrefixPrefix as DocumentAggregateFilterPrefixPrefix,
    )
    from .document_cell_element_with_element_granularity import (
        DocumentCellElementWithElementGranularity as DocumentCellElementWithElementGranularity,
    )
    from .document_cell_element_with_line_granularity import (
        DocumentCellElementWithLineGranularity as DocumentCellElementWithLineGranularity,
    )
    from .document_cell_element_with_word_granularity import (
        DocumentCellElementWithWordGranularity as DocumentCellElementWithWordGranularity,
    )
    from .document_content_external_id import DocumentContentExternalId as DocumentContentExternalId
    from .document_content_instance_id import DocumentContentInstanceId as DocumentContentInstanceId
    from .document_content_internal_id import DocumentContentInternalId as DocumentContentInternalId
    from .document_cursor import DocumentCursor as DocumentCursor
    from .document_elements_response import DocumentElementsResponse as DocumentElementsResponse
    from .document_external_id import DocumentExternalId as DocumentExternalId
    from .document_filter_bool_and import DocumentFilterBoolAnd as DocumentFilterBoolAnd
    from .document_filter_bool_not import DocumentFilterBoolNot as DocumentFilterBoolNot
    from .document_filter_bool_or import DocumentFilterBoolOr as DocumentFilterBoolOr
    from .document_filter_contains_all import DocumentFilterContainsAll as DocumentFilterContainsAll
    from .document_filter_contains_all_contains_all import (
        DocumentFilterContainsAllContainsAll as DocumentFilterContainsAllContainsAll,
    )
    from .document_filter_contains_any import DocumentFilterContainsAny as DocumentFilterContainsAny
    from .document_filter_contains_any_contains_any import (
        DocumentFilterContainsAnyContainsAny as DocumentFilterContainsAnyContainsAny,
    )
    from .document_filter_equals import DocumentFilterEquals as DocumentFilterEquals
    from .document_filter_equals_equals import DocumentFilterEqualsEquals as DocumentFilterEqualsEquals
    from .document_filter_exists import DocumentFilterExists as DocumentFilterExists
    from .document_filter_exists_exists import DocumentFilterExistsExists as DocumentFilterExistsExists
    from .document_filter_geo_json_disjoint import DocumentFilterGeoJsonDisjoint as DocumentFilterGeoJsonDisjoint
    from .document_filter_geo_json_disjoint_geojson_disjoint import (
        DocumentFilterGeoJsonDisjointGeojsonDisjoint as DocumentFilterGeoJsonDisjointGeojsonDisjoint,
    )
    from .document_filter_geo_json_intersects import DocumentFilterGeoJsonIntersects as DocumentFilterGeoJsonIntersects
    from .document_filter_geo_json_intersects_geojson_intersects import (
        DocumentFilterGeoJsonIntersectsGeojsonIntersects as DocumentFilterGeoJsonIntersectsGeojsonIntersects,
    )
    from .document_filter_geo_json_within import DocumentFilterGeoJsonWithin as DocumentFilterGeoJsonWithin
    from .document_filter_geo_json_within_geojson_within import (
        DocumentFilterGeoJsonWithinGeojsonWithin as DocumentFilterGeoJsonWithinGeojsonWithin,
    )
    from .document_filter_in import DocumentFilterIn as DocumentFilterIn
    from .document_filter_in_asset_subtree import DocumentFilterInAssetSubtree as DocumentFilterInAssetSubtree
    from .document_filter_in_asset_subtree_in_asset_subtree import (
        DocumentFilterInAssetSubtreeInAssetSubtree as DocumentFilterInAssetSubtreeInAssetSubtree,
    )
    from .document_filter_in_in import DocumentFilterInIn as DocumentFilterInIn
    from .document_filter_lexical_search import DocumentFilterLexicalSearch as DocumentFilterLexicalSearch
    from .document_filter_lexical_search_lexical_search import (
        DocumentFilterLexicalSearchLexicalSearch as DocumentFilterLexicalSearchLexicalSearch,
    )
    from .document_filter_prefix import DocumentFilterPrefix as DocumentFilterPrefix
    from .document_filter_prefix_prefix import DocumentFilterPrefixPrefix as DocumentFilterPrefixPrefix
    from .document_filter_range import DocumentFilterRange as DocumentFilterRange
    from .document_filter_range_range import DocumentFilterRangeRange as DocumentFilterRangeRange
    from .document_filter_search import DocumentFilterSearch as DocumentFilterSearch
    from .document_filter_search_search import DocumentFilterSearchSearch as DocumentFilterSearchSearch
    from .document_filter_semantic_search import DocumentFilterSemanticSearch as DocumentFilterSemanticSearch
    from .document_filter_semantic_search_semantic_search import (
        DocumentFilterSemanticSearchSemanticSearch as DocumentFilterSemanticSearchSemanticSearch,
    )
    from .document_geo_json_geometry import DocumentGeoJsonGeometry as DocumentGeoJsonGeometry
    from .document_highlight import DocumentHighlight as DocumentHighlight
    from .document_identifier import DocumentIdentifier as DocumentIdentifier
    from .document_instance_id import DocumentInstanceId as DocumentInstanceId
    from .document_internal_id import DocumentInternalId as DocumentInternalId
    from .document_leaf_element import DocumentLeafElement as DocumentLeafElement
    from .document_line_element_with_line_granularity import (
        DocumentLineElementWithLineGranularity as DocumentLineElementWithLineGranularity,
    )
    from .document_line_element_with_word_granularity import (
        DocumentLineElementWithWordGranularity as DocumentLineElementWithWordGranularity,
    )
    from .document_list_element_with_element_granularity import (
        DocumentListElementWithElementGranularity as DocumentListElementWithElementGranularity,
    )
    from .document_list_element_with_line_granularity import (
        DocumentListElementWithLineGranularity as DocumentListElementWithLineGranularity,
    )
    from .document_list_element_with_word_granularity import (
        DocumentListElementWithWordGranularity as DocumentListElementWithWordGranularity,
    )
    from .document_list_filter import DocumentListFilter as DocumentListFilter
    from .document_list_limit import DocumentListLimit as DocumentListLimit
    from .document_list_request import DocumentListRequest as DocumentListRequest
    from .document_list_response import DocumentListResponse as DocumentListResponse
    from .document_paragraph_element_with_element_granularity import (
        DocumentParagraphElementWithElementGranularity as DocumentParagraphElementWithElementGranularity,
    )
    from .document_paragraph_element_with_line_granularity import (
        DocumentParagraphElementWithLineGranularity as DocumentParagraphElementWithLineGranularity,
    )
    from .document_paragraph_element_with_word_granularity import (
        DocumentParagraphElementWithWordGranularity as DocumentParagraphElementWithWordGranularity,
    )
    from .document_parser_batch_start_job_request import (
        DocumentParserBatchStartJobRequest as DocumentParserBatchStartJobRequest,
    )
    from .document_parser_batch_start_job_response import (
        DocumentParserBatchStartJobResponse as DocumentParserBatchStartJobResponse,
    )
    from .document_parser_batch_start_job_response_item import (
        DocumentParserBatchStartJobResponseItem as DocumentParserBatchStartJobResponseItem,
    )
    from .document_parser_by_job_ids_request import DocumentParserByJobIdsRequest as DocumentParserByJobIdsRequest
    from .document_parser_by_job_ids_request_items_item import (
        DocumentParserByJobIdsRequestItemsItem as DocumentParserByJobIdsRequestItemsItem,
    )
    from .document_parser_file_reference_file_external_id import (
        DocumentParserFileReferenceFileExternalId as DocumentParserFileReferenceFileExternalId,
    )
    from .document_parser_file_reference_file_id import (
        DocumentParserFileReferenceFileId as DocumentParserFileReferenceFileId,
    )
    from .document_parser_file_reference_file_instance_id import (
        DocumentParserFileReferenceFileInstanceId as DocumentParserFileReferenceFileInstanceId,
    )
    from .document_parser_filter import DocumentParserFilter as DocumentParserFilter
    from .document_parser_instance_id import DocumentParserInstanceId as DocumentParserInstanceId
    from .document_parser_job import DocumentParserJob as DocumentParserJob
    from .document_parser_list_request import DocumentParserListRequest as DocumentParserListRequest
    from .document_parser_list_response import DocumentParserListResponse as DocumentParserListResponse
    from .document_parser_page_range import DocumentParserPageRange as DocumentParserPageRange
    from .document_parser_result import DocumentParserResult as DocumentParserResult
    from .document_parser_result_result_schema import (
        DocumentParserResultResultSchema as DocumentParserResultResultSchema,
    )
    from .document_parser_result_result_schema_additional_property import (
        DocumentParserResultResultSchemaAdditionalProperty as DocumentParserResultResultSchemaAdditionalProperty,
    )
    from .document_parser_start_job_request import DocumentParserStartJobRequest as DocumentParserStartJobRequest
    from .document_parser_start_job_response import DocumentParserStartJobResponse as DocumentParserStartJobResponse
    from .document_parser_status import DocumentParserStatus as DocumentParserStatus
    from .document_parser_update_request import DocumentParserUpdateRequest as DocumentParserUpdateRequest
    from .document_parser_update_request_item import DocumentParserUpdateRequestItem as DocumentParserUpdateRequestItem
    from .document_parser_update_response import DocumentParserUpdateResponse as DocumentParserUpdateResponse
    from .document_parser_update_response_item import (
        DocumentParserUpdateResponseItem as DocumentParserUpdateResponseItem,
    )
    from .document_parser_write_results_request import (
        DocumentParserWriteResultsRequest as DocumentParserWriteResultsRequest,
    )
    from .document_parser_write_results_response import (
        DocumentParserWriteResultsResponse as DocumentParserWriteResultsResponse,
    )
    from .document_parser_write_results_response_items_item import (
        DocumentParserWriteResultsResponseItemsItem as DocumentParserWriteResultsResponseItemsItem,
    )
    from .document_passage_location import DocumentPassageLocation as DocumentPassageLocation
    from .document_passages_filter_bool_and import DocumentPassagesFilterBoolAnd as DocumentPassagesFilterBoolAnd
    from .document_passages_filter_equals import DocumentPassagesFilterEquals as DocumentPassagesFilterEquals
    from .document_passages_filter_equals_equals import (
        DocumentPassagesFilterEqualsEquals as DocumentPassagesFilterEqualsEquals,
    )
    from .document_passages_filter_in import DocumentPassagesFilterIn as DocumentPassagesFilterIn
    from .document_passages_filter_in_in import DocumentPassagesFilterInIn as DocumentPassagesFilterInIn
    from .document_passages_search_filter import DocumentPassagesSearchFilter as DocumentPassagesSearchFilter
    from .document_passages_search_item import DocumentPassagesSearchItem as DocumentPassagesSearchItem
    from .document_passages_search_limit import DocumentPassagesSearchLimit as DocumentPassagesSearchLimit
    from .document_passages_search_passage_expansion import (
        DocumentPassagesSearchPassageExpansion as DocumentPassagesSearchPassageExpansion,
    )
    from .document_passages_search_passage_expansion_symmetric import (
        DocumentPassagesSearchPassageExpansionSymmetric as DocumentPassagesSearchPassageExpansionSymmetric,
    )
    from .document_passages_search_request import DocumentPassagesSearchRequest as DocumentPassagesSearchRequest
    from .document_passages_search_response import DocumentPassagesSearchResponse as DocumentPassagesSearchResponse
    from .document_qa_request import DocumentQARequest as DocumentQARequest
    from .document_search import DocumentSearch as DocumentSearch
    from .document_search_filter import DocumentSearchFilter as DocumentSearchFilter
    from .document_search_highlight import DocumentSearchHighlight as DocumentSearchHighlight
    from .document_search_in_aggregate import DocumentSearchInAggregate as DocumentSearchInAggregate
    from .document_search_in_aggregate_search import DocumentSearchInAggregateSearch as DocumentSearchInAggregateSearch
    from .document_search_item import DocumentSearchItem as DocumentSearchItem
    from .document_search_limit import DocumentSearchLimit as DocumentSearchLimit
    from .document_search_request import DocumentSearchRequest as DocumentSearchRequest
    from .document_search_response import DocumentSearchResponse as DocumentSearchResponse
    from .document_search_search import DocumentSearchSearch as DocumentSearchSearch
    from .document_sort import DocumentSort as DocumentSort
    from .document_sort_item import DocumentSortItem as DocumentSortItem
    from .document_sort_item_order import DocumentSortItemOrder as DocumentSortItemOrder
    from .document_source_file import DocumentSourceFile as DocumentSourceFile
    from .document_source_file_metadata import DocumentSourceFileMetadata as DocumentSourceFileMetadata
    from .document_status import DocumentStatus as DocumentStatus
    from .document_status_item import DocumentStatusItem as DocumentStatusItem
    from .document_status_item_content import DocumentStatusItemContent as DocumentStatusItemContent
    from .document_status_item_elements import DocumentStatusItemElements as DocumentStatusItemElements
    from .document_status_item_passages import DocumentStatusItemPassages as DocumentStatusItemPassages
    from .document_status_request import DocumentStatusRequest as DocumentStatusRequest
    from .document_status_request_external_id import DocumentStatusRequestExternalId as DocumentStatusRequestExternalId
    from .document_status_request_id import DocumentStatusRequestId as DocumentStatusRequestId
    from .document_status_request_instance_id import DocumentStatusRequestInstanceId as DocumentStatusRequestInstanceId
    from .document_status_response import DocumentStatusResponse as DocumentStatusResponse
    from .document_status_status import DocumentStatusStatus as DocumentStatusStatus
    from .document_summarization_request import DocumentSummarizationRequest as DocumentSummarizationRequest
    from .document_summarization_response import DocumentSummarizationResponse as DocumentSummarizationResponse
    from .document_summarization_response_item_external_id import (
        DocumentSummarizationResponseItemExternalId as DocumentSummarizationResponseItemExternalId,
    )
    from .document_summarization_response_item_instance_id import (
        DocumentSummarizationResponseItemInstanceId as DocumentSummarizationResponseItemInstanceId,
    )
    from .document_summarization_response_item_internal_id import (
        DocumentSummarizationResponseItemInternalId as DocumentSummarizationResponseItemInternalId,
    )
    from .document_table_element_with_element_granularity import (
        DocumentTableElementWithElementGranularity as DocumentTableElementWithElementGranularity,
    )
    from .document_table_element_with_line_granularity import (
        DocumentTableElementWithLineGranularity as DocumentTableElementWithLineGranularity,
    )
    from .document_table_element_with_word_granularity import (
        DocumentTableElementWithWordGranularity as DocumentTableElementWithWordGranularity,
    )
    from .document_table_of_contents_element_with_element_granularity import (
        DocumentTableOfContentsElementWithElementGranularity as DocumentTableOfContentsElementWithElementGranularity,
    )
    from .document_table_of_contents_element_with_line_granularity import (
        DocumentTableOfContentsElementWithLineGranularity as DocumentTableOfContentsElementWithLineGranularity,
    )
    from .document_table_of_contents_element_with_word_granularity import (
        DocumentTableOfContentsElementWithWordGranularity as DocumentTableOfContentsElementWithWordGranularity,
    )
    from .document_title_element_with_element_granularity import (
        DocumentTitleElementWithElementGranularity as DocumentTitleElementWithElementGranularity,
    )
    from .document_title_element_with_line_granularity import (
        DocumentTitleElementWithLineGranularity as DocumentTitleElementWithLineGranularity,
    )
    from .document_title_element_with_word_granularity import (
        DocumentTitleElementWithWordGranularity as DocumentTitleElementWithWordGranularity,
    )
    from .document_word_element import DocumentWordElement as DocumentWordElement
    from .documentation_update_field import DocumentationUpdateField as DocumentationUpdateField
    from .documents_aggregate_all_unique_properties_item import (
        DocumentsAggregateAllUniquePropertiesItem as DocumentsAggregateAllUniquePropertiesItem,
    )
    from .documents_aggregate_all_unique_properties_request import (
        DocumentsAggregateAllUniquePropertiesRequest as DocumentsAggregateAllUniquePropertiesRequest,
    )
    from .documents_aggregate_all_unique_properties_request_properties_item import (
        DocumentsAggregateAllUniquePropertiesRequestPropertiesItem as DocumentsAggregateAllUniquePropertiesRequestPropertiesItem,
    )
    from .documents_aggregate_all_unique_properties_response import (
        DocumentsAggregateAllUniquePropertiesResponse as DocumentsAggregateAllUniquePropertiesResponse,
    )
    from .documents_aggregate_all_unique_values_item import (
        DocumentsAggregateAllUniqueValuesItem as DocumentsAggregateAllUniqueValuesItem,
    )
    from .documents_aggregate_all_unique_values_request import (
        DocumentsAggregateAllUniqueValuesRequest as DocumentsAggregateAllUniqueValuesRequest,
    )
    from .documents_aggregate_all_unique_values_request_properties_item import (
        DocumentsAggregateAllUniqueValuesRequestPropertiesItem as DocumentsAggregateAllUniqueValuesRequestPropertiesItem,
    )
    from .documents_aggregate_all_unique_values_response import (
        DocumentsAggregateAllUniqueValuesResponse as DocumentsAggregateAllUniqueValuesResponse,
    )
    from .documents_aggregate_cardinality_properties_item import (
        DocumentsAggregateCardinalityPropertiesItem as DocumentsAggregateCardinalityPropertiesItem,
    )
    from .documents_aggregate_cardinality_properties_request import (
        DocumentsAggregateCardinalityPropertiesRequest as DocumentsAggregateCardinalityPropertiesRequest,
    )
    from .documents_aggregate_cardinality_properties_response import (
        DocumentsAggregateCardinalityPropertiesResponse as DocumentsAggregateCardinalityPropertiesResponse,
    )
    from .documents_aggregate_cardinality_values_item import (
        DocumentsAggregateCardinalityValuesItem as DocumentsAggregateCardinalityValuesItem,
    )
    from .documents_aggregate_cardinality_values_request import (
        DocumentsAggregateCardinalityValuesRequest as DocumentsAggregateCardinalityValuesRequest,
    )
    from .documents_aggregate_cardinality_values_request_properties_item import (
        DocumentsAggregateCardinalityValuesRequestPropertiesItem as DocumentsAggregateCardinalityValuesRequestPropertiesItem,
    )
    from .documents_aggregate_cardinality_values_response import (
        DocumentsAggregateCardinalityValuesResponse as DocumentsAggregateCardinalityValuesResponse,
    )
    from .documents_aggregate_count_item import DocumentsAggregateCountItem as DocumentsAggregateCountItem
    from .documents_aggregate_count_request import DocumentsAggregateCountRequest as DocumentsAggregateCountRequest
    from .documents_aggregate_count_response import DocumentsAggregateCountResponse as DocumentsAggregateCountResponse
    from .documents_aggregate_unique_properties_item import (
        DocumentsAggregateUniquePropertiesItem as DocumentsAggregateUniquePropertiesItem,
    )
    from .documents_aggregate_unique_properties_request import (
        DocumentsAggregateUniquePropertiesRequest as DocumentsAggregateUniquePropertiesRequest,
    )
    from .documents_aggregate_unique_properties_request_properties_item import (
        DocumentsAggregateUniquePropertiesRequestPropertiesItem as DocumentsAggregateUniquePropertiesRequestPropertiesItem,
    )
    from .documents_aggregate_unique_properties_response import (
        DocumentsAggregateUniquePropertiesResponse as DocumentsAggregateUniquePropertiesResponse,
    )
    from .documents_aggregate_unique_values_item import (
        DocumentsAggregateUniqueValuesItem as DocumentsAggregateUniqueValuesItem,
    )
    from .documents_aggregate_unique_values_request import (
        DocumentsAggregateUniqueValuesRequest as DocumentsAggregateUniqueValuesRequest,
    )
    from .documents_aggregate_unique_values_request_properties_item import (
        DocumentsAggregateUniqueValuesRequestPropertiesItem as DocumentsAggregateUniqueValuesRequestPropertiesItem,
    )
    from .documents_aggregate_unique_values_response import (
        DocumentsAggregateUniqueValuesResponse as DocumentsAggregateUniqueValuesResponse,
    )
    from .documents_language import DocumentsLanguage as DocumentsLanguage
    from .documents_preview_temporary_link_response import (
        DocumentsPreviewTemporaryLinkResponse as DocumentsPreviewTemporaryLinkResponse,
    )
    from .duplicated_ids_in_request_response import DuplicatedIdsInRequestResponse as DuplicatedIdsInRequestResponse
    from .duplicated_ids_in_request_response_error import (
        DuplicatedIdsInRequestResponseError as DuplicatedIdsInRequestResponseError,
    )
    from .duplicated_ids_in_request_response_external_id import (
        DuplicatedIdsInRequestResponseExternalId as DuplicatedIdsInRequestResponseExternalId,
    )
    from .duplicated_ids_in_request_response_id import (
        DuplicatedIdsInRequestResponseId as DuplicatedIdsInRequestResponseId,
    )
    from .dynamic_task_output import DynamicTaskOutput as DynamicTaskOutput
    from .dynamic_task_parameters import DynamicTaskParameters as DynamicTaskParameters
    from .dynamic_task_parameters_dynamic import DynamicTaskParametersDynamic as DynamicTaskParametersDynamic
    from .edge_connection import EdgeConnection as EdgeConnection
    from .edge_connection_connection_type import EdgeConnectionConnectionType as EdgeConnectionConnectionType
    from .edge_connection_direction import EdgeConnectionDirection as EdgeConnectionDirection
    from .edge_definition import EdgeDefinition as EdgeDefinition
    from .edge_definition_properties import EdgeDefinitionProperties as EdgeDefinitionProperties
    from .edge_or_node_data import EdgeOrNodeData as EdgeOrNodeData
    from .edge_type import EdgeType as EdgeType
    from .edge_write import EdgeWrite as EdgeWrite
    from .email_sink import EmailSink as EmailSink
    from .email_sink_id import EmailSinkId as EmailSinkId
    from .email_sink_update import EmailSinkUpdate as EmailSinkUpdate
    from .email_sink_update_email_address import EmailSinkUpdateEmailAddress as EmailSinkUpdateEmailAddress
    from .email_sink_update_item import EmailSinkUpdateItem as EmailSinkUpdateItem
    from .email_sink_write import EmailSinkWrite as EmailSinkWrite
    from .empty_delete_response import EmptyDeleteResponse as EmptyDeleteResponse
    from .empty_response import EmptyResponse as EmptyResponse
    from .empty_response_body import EmptyResponseBody as EmptyResponseBody
    from .encoding_type import EncodingType as EncodingType
    from .endpoint import Endpoint as Endpoint
    from .endpoint_endpoint_type import EndpointEndpointType as EndpointEndpointType
    from .enriched_relationship import EnrichedRelationship as EnrichedRelationship
    from .enriched_relationship_response import EnrichedRelationshipResponse as EnrichedRelationshipResponse
    from .enriched_relationship_response_wrapper import (
        EnrichedRelationshipResponseWrapper as EnrichedRelationshipResponseWrapper,
    )
    from .entities_list_response import EntitiesListResponse as EntitiesListResponse
    from .entities_list_with_cursor_response import EntitiesListWithCursorResponse as EntitiesListWithCursorResponse
    from .entities_lookup_by_id import EntitiesLookupById as EntitiesLookupById
    from .entities_lookup_by_id_items_item import EntitiesLookupByIdItemsItem as EntitiesLookupByIdItemsItem
    from .entity import Entity as Entity
    from .entity_create_draft import EntityCreateDraft as EntityCreateDraft
    from .entity_data import EntityData as EntityData
    from .entity_dto import EntityDto as EntityDto
    from .entity_list_filter import EntityListFilter as EntityListFilter
    from .entity_list_request import EntityListRequest as EntityListRequest
    from .entity_matcher_response_schema import EntityMatcherResponseSchema as EntityMatcherResponseSchema
    from .entity_matching_create_body import EntityMatchingCreateBody as EntityMatchingCreateBody
    from .entity_matching_delete_body import EntityMatchingDeleteBody as EntityMatchingDeleteBody
    from .entity_matching_delete_response_200 import EntityMatchingDeleteResponse200 as EntityMatchingDeleteResponse200
    from .entity_matching_feature_schema import EntityMatchingFeatureSchema as EntityMatchingFeatureSchema
    from .entity_matching_filter_body import EntityMatchingFilterBody as EntityMatchingFilterBody
    from .entity_matching_filter_response_200 import EntityMatchingFilterResponse200 as EntityMatchingFilterResponse200
    from .entity_matching_filter_schema import EntityMatchingFilterSchema as EntityMatchingFilterSchema
    from .entity_matching_models_response_200 import EntityMatchingModelsResponse200 as EntityMatchingModelsResponse200
    from .entity_matching_predict_feature_schema import (
        EntityMatchingPredictFeatureSchema as EntityMatchingPredictFeatureSchema,
    )
    from .entity_matching_predict_response_200 import (
        EntityMatchingPredictResponse200 as EntityMatchingPredictResponse200,
    )
    from .entity_matching_predict_results_response_200 import (
        EntityMatchingPredictResultsResponse200 as EntityMatchingPredictResultsResponse200,
    )
    from .entity_matching_predict_results_response_200_items_item import (
        EntityMatchingPredictResultsResponse200ItemsItem as EntityMatchingPredictResultsResponse200ItemsItem,
    )
    from .entity_matching_predict_results_response_200_items_item_matches_item import (
        EntityMatchingPredictResultsResponse200ItemsItemMatchesItem as EntityMatchingPredictResultsResponse200ItemsItemMatchesItem,
    )
    from .entity_matching_predict_results_response_200_items_item_matches_item_target import (
        EntityMatchingPredictResultsResponse200ItemsItemMatchesItemTarget as EntityMatchingPredictResultsResponse200ItemsItemMatchesItemTarget,
    )
    from .entity_matching_predict_results_response_200_items_item_source import (
        EntityMatchingPredictResultsResponse200ItemsItemSource as EntityMatchingPredictResultsResponse200ItemsItemSource,
    )
    from .entity_matching_predict_schema_option_0 import (
        EntityMatchingPredictSchemaOption0 as EntityMatchingPredictSchemaOption0,
    )
    from .entity_matching_predict_schema_option_1 import (
        EntityMatchingPredictSchemaOption1 as EntityMatchingPredictSchemaOption1,
    )
    from .entity_matching_refit_feature_schema import (
        EntityMatchingRefitFeatureSchema as EntityMatchingRefitFeatureSchema,
    )
    from .entity_matching_refit_schema_option_0 import (
        EntityMatchingRefitSchemaOption0 as EntityMatchingRefitSchemaOption0,
    )
    from .entity_matching_refit_schema_option_1 import (
        EntityMatchingRefitSchemaOption1 as EntityMatchingRefitSchemaOption1,
    )
    from .entity_matching_retrieve_body import EntityMatchingRetrieveBody as EntityMatchingRetrieveBody
    from .entity_matching_retrieve_response_200 import (
        EntityMatchingRetrieveResponse200 as EntityMatchingRetrieveResponse200,
    )
    from .entity_matching_update_body import EntityMatchingUpdateBody as EntityMatchingUpdateBody
    from .entity_matching_update_response_200 import EntityMatchingUpdateResponse200 as EntityMatchingUpdateResponse200
    from .entity_response import EntityResponse as EntityResponse
    from .entity_response_by_ids import EntityResponseByIds as EntityResponseByIds
    from .entity_response_list import EntityResponseList as EntityResponseList
    from .entity_update_draft import EntityUpdateDraft as EntityUpdateDraft
    from .entity_update_item import EntityUpdateItem as EntityUpdateItem
    from .entity_with_paths_dto import EntityWithPathsDto as EntityWithPathsDto
    from .entitymatching_acl_acl import EntitymatchingAclAcl as EntitymatchingAclAcl
    from .entitymatching_acl_action import EntitymatchingAclAction as EntitymatchingAclAction
    from .entitymatching_acl_scope_all import EntitymatchingAclScopeAll as EntitymatchingAclScopeAll
    from .enum_property import EnumProperty as EnumProperty
    from .enum_property_values import EnumPropertyValues as EnumPropertyValues
    from .enum_value_properties import EnumValueProperties as EnumValueProperties
    from .epoch_timestamp_range import EpochTimestampRange as EpochTimestampRange
    from .equals_filter import EqualsFilter as EqualsFilter
    from .equals_filter_equals import EqualsFilterEquals as EqualsFilterEquals
    from .equals_filter_ila import EqualsFilterIla as EqualsFilterIla
    from .equals_filter_ila_equals import EqualsFilterIlaEquals as EqualsFilterIlaEquals
    from .equals_filter_v3 import EqualsFilterV3 as EqualsFilterV3
    from .equals_filter_v3_equals import EqualsFilterV3Equals as EqualsFilterV3Equals
    from .error import Error as Error
    from .error_base import ErrorBase as ErrorBase
    from .error_duplicated_item import ErrorDuplicatedItem as ErrorDuplicatedItem
    from .error_level import ErrorLevel as ErrorLevel
    from .error_missing_item import ErrorMissingItem as ErrorMissingItem
    from .error_response import ErrorResponse as ErrorResponse
    from .error_with_task import ErrorWithTask as ErrorWithTask
    from .error_with_task_read import ErrorWithTaskRead as ErrorWithTaskRead
    from .estimate_quality_request_schema import EstimateQualityRequestSchema as EstimateQualityRequestSchema
    from .estimate_quality_response_schema import EstimateQualityResponseSchema as EstimateQualityResponseSchema
    from .event import Event as Event
    from .event_aggregate import EventAggregate as EventAggregate
    from .event_aggregate_bool_filter_and import EventAggregateBoolFilterAnd as EventAggregateBoolFilterAnd
    from .event_aggregate_bool_filter_not import EventAggregateBoolFilterNot as EventAggregateBoolFilterNot
    from .event_aggregate_bool_filter_or import EventAggregateBoolFilterOr as EventAggregateBoolFilterOr
    from .event_aggregate_properties import EventAggregateProperties as EventAggregateProperties
    from .event_aggregate_properties_properties_item import (
        EventAggregatePropertiesPropertiesItem as EventAggregatePropertiesPropertiesItem,
    )
    from .event_bool_filter_and import EventBoolFilterAnd as EventBoolFilterAnd
    from .event_bool_filter_not import EventBoolFilterNot as EventBoolFilterNot
    from .event_bool_filter_or import EventBoolFilterOr as EventBoolFilterOr
    from .event_cardinality_properties_aggregate import (
        EventCardinalityPropertiesAggregate as EventCardinalityPropertiesAggregate,
    )
    from .event_cardinality_values_aggregate import EventCardinalityValuesAggregate as EventCardinalityValuesAggregate
    from .event_change_by_external_id import EventChangeByExternalId as EventChangeByExternalId
    from .event_change_by_id import EventChangeById as EventChangeById
    from .event_count_aggregate import EventCountAggregate as EventCountAggregate
    from .event_data_ids import EventDataIds as EventDataIds
    from .event_filter import EventFilter as EventFilter
    from .event_filter_request import EventFilterRequest as EventFilterRequest
    from .event_hub_source import EventHubSource as EventHubSource
    from .event_metadata import EventMetadata as EventMetadata
    from .event_patch import EventPatch as EventPatch
    from .event_patch_update import EventPatchUpdate as EventPatchUpdate
    from .event_search import EventSearch as EventSearch
    from .event_search_request import EventSearchRequest as EventSearchRequest
    from .event_unique_properties_aggregate import EventUniquePropertiesAggregate as EventUniquePropertiesAggregate
    from .event_with_property_count_aggregate import EventWithPropertyCountAggregate as EventWithPropertyCountAggregate
    from .excessive_timeout_notice import ExcessiveTimeoutNotice as ExcessiveTimeoutNotice
    from .execution_history_filter import ExecutionHistoryFilter as ExecutionHistoryFilter
    from .execution_history_query import ExecutionHistoryQuery as ExecutionHistoryQuery
    from .execution_input import ExecutionInput as ExecutionInput
    from .exists_filter import ExistsFilter as ExistsFilter
    from .exists_filter_exists import ExistsFilterExists as ExistsFilterExists
    from .exists_filter_ila import ExistsFilterIla as ExistsFilterIla
    from .exists_filter_ila_exists import ExistsFilterIlaExists as ExistsFilterIlaExists
    from .ext_pipe import ExtPipe as ExtPipe
    from .ext_pipe_external_id import ExtPipeExternalId as ExtPipeExternalId
    from .ext_pipe_internal_id import ExtPipeInternalId as ExtPipeInternalId
    from .ext_pipe_notification_configuration import (
        ExtPipeNotificationConfiguration as ExtPipeNotificationConfiguration,
    )
    from .ext_pipe_run_request import ExtPipeRunRequest as ExtPipeRunRequest
    from .ext_pipe_run_response import ExtPipeRunResponse as ExtPipeRunResponse
    from .ext_pipe_run_status import ExtPipeRunStatus as ExtPipeRunStatus
    from .ext_pipe_update_by_external_id import ExtPipeUpdateByExternalId as ExtPipeUpdateByExternalId
    from .ext_pipe_update_by_id import ExtPipeUpdateById as ExtPipeUpdateById
    from .ext_pipe_update_data import ExtPipeUpdateData as ExtPipeUpdateData
    from .ext_pipes import ExtPipes as ExtPipes
    from .ext_pipes_filter import ExtPipesFilter as ExtPipesFilter
    from .ext_pipes_filter_metadata import ExtPipesFilterMetadata as ExtPipesFilterMetadata
    from .ext_pipes_filter_request import ExtPipesFilterRequest as ExtPipesFilterRequest
    from .ext_pipes_with_cursor import ExtPipesWithCursor as ExtPipesWithCursor
    from .extend_lease_response import ExtendLeaseResponse as ExtendLeaseResponse
    from .extended_diagram_dto import ExtendedDiagramDto as ExtendedDiagramDto
    from .extended_diagram_with_paths_dto import ExtendedDiagramWithPathsDto as ExtendedDiagramWithPathsDto
    from .extended_items_request_ext_pipe_id import ExtendedItemsRequestExtPipeId as ExtendedItemsRequestExtPipeId
    from .extended_library_dto import ExtendedLibraryDto as ExtendedLibraryDto
    from .extended_symbol_dto import ExtendedSymbolDto as ExtendedSymbolDto
    from .external_asset import ExternalAsset as ExternalAsset
    from .external_event import ExternalEvent as ExternalEvent
    from .external_files_metadata import ExternalFilesMetadata as ExternalFilesMetadata
    from .external_id import ExternalId as ExternalId
    from .external_id_object import ExternalIdObject as ExternalIdObject
    from .external_id_ref import ExternalIdRef as ExternalIdRef
    from .external_id_update_field import ExternalIdUpdateField as ExternalIdUpdateField
    from .external_id_wrapper import ExternalIdWrapper as ExternalIdWrapper
    from .external_ids_already_exist_response import ExternalIdsAlreadyExistResponse as ExternalIdsAlreadyExistResponse
    from .external_ids_already_exist_response_error import (
        ExternalIdsAlreadyExistResponseError as ExternalIdsAlreadyExistResponseError,
    )
    from .external_ids_already_exist_response_error_duplicated_item import (
        ExternalIdsAlreadyExistResponseErrorDuplicatedItem as ExternalIdsAlreadyExistResponseErrorDuplicatedItem,
    )
    from .external_ids_request import ExternalIdsRequest as ExternalIdsRequest
    from .external_ids_request_items_item import ExternalIdsRequestItemsItem as ExternalIdsRequestItemsItem
    from .external_ids_response import ExternalIdsResponse as ExternalIdsResponse
    from .external_label_definition import ExternalLabelDefinition as ExternalLabelDefinition
    from .external_label_definition_list import ExternalLabelDefinitionList as ExternalLabelDefinitionList
    from .extpipe_run import ExtpipeRun as ExtpipeRun
    from .extpipe_run_status import ExtpipeRunStatus as ExtpipeRunStatus
    from .extra_auth_parameter import ExtraAuthParameter as ExtraAuthParameter
    from .extractionconfigs_acl_acl import ExtractionconfigsAclAcl as ExtractionconfigsAclAcl
    from .extractionconfigs_acl_action import ExtractionconfigsAclAction as ExtractionconfigsAclAction
    from .extractionconfigs_acl_scope_all import ExtractionconfigsAclScopeAll as ExtractionconfigsAclScopeAll
    from .extractionconfigs_acl_scope_dataset_scope import (
        ExtractionconfigsAclScopeDatasetScope as ExtractionconfigsAclScopeDatasetScope,
    )
    from .extractionconfigs_acl_scope_extractionpipelinescope import (
        ExtractionconfigsAclScopeExtractionpipelinescope as ExtractionconfigsAclScopeExtractionpipelinescope,
    )
    from .extractionpipelines_acl_acl import ExtractionpipelinesAclAcl as ExtractionpipelinesAclAcl
    from .extractionpipelines_acl_action import ExtractionpipelinesAclAction as ExtractionpipelinesAclAction
    from .extractionpipelines_acl_id_scope import ExtractionpipelinesAclIdScope as ExtractionpipelinesAclIdScope
    from .extractionpipelines_acl_scope_all import ExtractionpipelinesAclScopeAll as ExtractionpipelinesAclScopeAll
    from .extractionpipelines_acl_scope_dataset_scope import (
        ExtractionpipelinesAclScopeDatasetScope as ExtractionpipelinesAclScopeDatasetScope,
    )
    from .extractionpipelines_acl_scope_idscope import (
        ExtractionpipelinesAclScopeIdscope as ExtractionpipelinesAclScopeIdscope,
    )
    from .extractionruns_acl_acl import ExtractionrunsAclAcl as ExtractionrunsAclAcl
    from .extractionruns_acl_action import ExtractionrunsAclAction as ExtractionrunsAclAction
    from .extractionruns_acl_scope_all import ExtractionrunsAclScopeAll as ExtractionrunsAclScopeAll
    from .extractionruns_acl_scope_dataset_scope import (
        ExtractionrunsAclScopeDatasetScope as ExtractionrunsAclScopeDatasetScope,
    )
    from .extractionruns_acl_scope_extractionpipelinescope import (
        ExtractionrunsAclScopeExtractionpipelinescope as ExtractionrunsAclScopeExtractionpipelinescope,
    )
    from .extractor import Extractor as Extractor
    from .extractor_id import ExtractorId as ExtractorId
    from .extractor_type import ExtractorType as ExtractorType
    from .extractors_items_with_ignore_unknown_ids_external_id import (
        ExtractorsItemsWithIgnoreUnknownIdsExternalId as ExtractorsItemsWithIgnoreUnknownIdsExternalId,
    )
    from .failed_batch import FailedBatch as FailedBatch
    from .fdm_table_options import FdmTableOptions as FdmTableOptions
    from .fdw_user import FdwUser as FdwUser
    from .feature_parameters import FeatureParameters as FeatureParameters
    from .feature_type import FeatureType as FeatureType
    from .fetch_all_triggers_response_200 import FetchAllTriggersResponse200 as FetchAllTriggersResponse200
    from .fetch_all_workflows_response_200 import FetchAllWorkflowsResponse200 as FetchAllWorkflowsResponse200
    from .field_422_error_content import Field422ErrorContent as Field422ErrorContent
    from .field_429_error import Field429Error as Field429Error
    from .file_change import FileChange as FileChange
    from .file_change_update import FileChangeUpdate as FileChangeUpdate
    from .file_change_update_by_external_id import FileChangeUpdateByExternalId as FileChangeUpdateByExternalId
    from .file_change_update_by_id import FileChangeUpdateById as FileChangeUpdateById
    from .file_change_update_by_instance_id import FileChangeUpdateByInstanceId as FileChangeUpdateByInstanceId
    from .file_data_ids import FileDataIds as FileDataIds
    from .file_data_ids_with_ignore_unknown_ids import (
        FileDataIdsWithIgnoreUnknownIds as FileDataIdsWithIgnoreUnknownIds,
    )
    from .file_data_upload_ids import FileDataUploadIds as FileDataUploadIds
    from .file_delete_by_ids import FileDeleteByIds as FileDeleteByIds
    from .file_external_id import FileExternalId as FileExternalId
    from .file_filter import FileFilter as FileFilter
    from .file_filter_filter import FileFilterFilter as FileFilterFilter
    from .file_filter_request import FileFilterRequest as FileFilterRequest
    from .file_instance_id import FileInstanceId as FileInstanceId
    from .file_instance_with_page_range import FileInstanceWithPageRange as FileInstanceWithPageRange
    from .file_internal_id import FileInternalId as FileInternalId
    from .file_limit import FileLimit as FileLimit
    from .file_link import FileLink as FileLink
    from .file_link_ids import FileLinkIds as FileLinkIds
    from .file_reference_file_external_id import FileReferenceFileExternalId as FileReferenceFileExternalId
    from .file_reference_file_id import FileReferenceFileId as FileReferenceFileId
    from .file_reference_file_instance_id import FileReferenceFileInstanceId as FileReferenceFileInstanceId
    from .file_reference_with_page_range_option_0 import (
        FileReferenceWithPageRangeOption0 as FileReferenceWithPageRangeOption0,
    )
    from .file_reference_with_page_range_option_1 import (
        FileReferenceWithPageRangeOption1 as FileReferenceWithPageRangeOption1,
    )
    from .file_reference_with_page_range_option_2 import (
        FileReferenceWithPageRangeOption2 as FileReferenceWithPageRangeOption2,
    )
    from .file_select_by_external_id import FileSelectByExternalId as FileSelectByExternalId
    from .file_select_by_id import FileSelectById as FileSelectById
    from .file_select_by_instance_id import FileSelectByInstanceId as FileSelectByInstanceId
    from .files_aggregate import FilesAggregate as FilesAggregate
    from .files_metadata import FilesMetadata as FilesMetadata
    from .files_metadata_field import FilesMetadataField as FilesMetadataField
    from .files_search_filter import FilesSearchFilter as FilesSearchFilter
    from .files_search_filter_search import FilesSearchFilterSearch as FilesSearchFilterSearch
    from .filter_ import Filter as Filter
    from .filter_is_null import FilterIsNull as FilterIsNull
    from .filter_matches_broken_cursorable_index_notice import (
        FilterMatchesBrokenCursorableIndexNotice as FilterMatchesBrokenCursorableIndexNotice,
    )
    from .filter_matches_cursorable_sort_notice import (
        FilterMatchesCursorableSortNotice as FilterMatchesCursorableSortNotice,
    )
    from .filter_matches_cursorable_sort_notice_grade import (
        FilterMatchesCursorableSortNoticeGrade as FilterMatchesCursorableSortNoticeGrade,
    )
    from .filter_nodes_by_bounding_box import FilterNodesByBoundingBox as FilterNodesByBoundingBox
    from .filter_nodes_by_bounding_box_request import FilterNodesByBoundingBoxRequest as FilterNodesByBoundingBoxRequest
    from .filter_nodes_by_bounding_box_response import (
        FilterNodesByBoundingBoxResponse as FilterNodesByBoundingBoxResponse,
    )
    from .filter_records_request import FilterRecordsRequest as FilterRecordsRequest
    from .filter_subscriptions_base import FilterSubscriptionsBase as FilterSubscriptionsBase
    from .filter_transformations_response_400 import (
        FilterTransformationsResponse400 as FilterTransformationsResponse400,
    )
    from .filter_transformations_response_400_error import (
        FilterTransformationsResponse400Error as FilterTransformationsResponse400Error,
    )
    from .filter_transformations_response_403 import (
        FilterTransformationsResponse403 as FilterTransformationsResponse403,
    )
    from .filter_transformations_response_403_error import (
        FilterTransformationsResponse403Error as FilterTransformationsResponse403Error,
    )
    from .filter_users import FilterUsers as FilterUsers
    from .filters_aggregate_ila import FiltersAggregateIla as FiltersAggregateIla
    from .filters_aggregate_ila_filters import FiltersAggregateIlaFilters as FiltersAggregateIlaFilters
    from .filters_aggregate_result_ila import FiltersAggregateResultIla as FiltersAggregateResultIla
    from .filters_aggregate_result_ila_filter_buckets_item import (
        FiltersAggregateResultIlaFilterBucketsItem as FiltersAggregateResultIlaFilterBucketsItem,
    )
    from .flat_oidc_credentials import FlatOidcCredentials as FlatOidcCredentials
    from .flat_oidc_credentials_update import FlatOidcCredentialsUpdate as FlatOidcCredentialsUpdate
    from .float_range import FloatRange as FloatRange
    from .full_config_revision import FullConfigRevision as FullConfigRevision
    from .full_parse_input import FullParseInput as FullParseInput
    from .function import Function as Function
    from .function_app_call_payload import FunctionAppCallPayload as FunctionAppCallPayload
    from .function_app_call_payload_body import FunctionAppCallPayloadBody as FunctionAppCallPayloadBody
    from .function_app_call_request import FunctionAppCallRequest as FunctionAppCallRequest
    from .function_app_call_runtime_response import FunctionAppCallRuntimeResponse as FunctionAppCallRuntimeResponse
    from .function_app_call_runtime_response_response import (
        FunctionAppCallRuntimeResponseResponse as FunctionAppCallRuntimeResponseResponse,
    )
    from .function_app_call_runtime_response_runtime_status import (
        FunctionAppCallRuntimeResponseRuntimeStatus as FunctionAppCallRuntimeResponseRuntimeStatus,
    )
    from .function_build_error import FunctionBuildError as FunctionBuildError
    from .function_call import FunctionCall as FunctionCall
    from .function_call_error import FunctionCallError as FunctionCallError
    from .function_call_filter import FunctionCallFilter as FunctionCallFilter
    from .function_call_filter_filter import FunctionCallFilterFilter as FunctionCallFilterFilter
    from .function_call_id import FunctionCallId as FunctionCallId
    from .function_call_ids import FunctionCallIds as FunctionCallIds
    from .function_call_list_scope import FunctionCallListScope as FunctionCallListScope
    from .function_call_log import FunctionCallLog as FunctionCallLog
    from .function_call_log_entry import FunctionCallLogEntry as FunctionCallLogEntry
    from .function_call_request import FunctionCallRequest as FunctionCallRequest
    from .function_call_response import FunctionCallResponse as FunctionCallResponse
    from .function_call_response_response import FunctionCallResponseResponse as FunctionCallResponseResponse
    from .function_call_status import FunctionCallStatus as FunctionCallStatus
    from .function_calls import FunctionCalls as FunctionCalls
    from .function_calls_with_cursor import FunctionCallsWithCursor as FunctionCallsWithCursor
    from .function_delete_request import FunctionDeleteRequest as FunctionDeleteRequest
    from .function_env_vars import FunctionEnvVars as FunctionEnvVars
    from .function_error_basic import FunctionErrorBasic as FunctionErrorBasic
    from .function_external_id import FunctionExternalId as FunctionExternalId
    from .function_filter import FunctionFilter as FunctionFilter
    from .function_filter_filter import FunctionFilterFilter as FunctionFilterFilter
    from .function_id import FunctionId as FunctionId
    from .function_id_either_list import FunctionIdEitherList as FunctionIdEitherList
    from .function_list import FunctionList as FunctionList
    from .function_list_scope import FunctionListScope as FunctionListScope
    from .function_runtime import FunctionRuntime as FunctionRuntime
    from .function_schedule import FunctionSchedule as FunctionSchedule
    from .function_schedule_created import FunctionScheduleCreated as FunctionScheduleCreated
    from .function_schedule_data_response import FunctionScheduleDataResponse as FunctionScheduleDataResponse
    from .function_schedule_filter import FunctionScheduleFilter as FunctionScheduleFilter
    from .function_schedule_filter_filter import FunctionScheduleFilterFilter as FunctionScheduleFilterFilter
    from .function_schedule_id import FunctionScheduleId as FunctionScheduleId
    from .function_schedule_id_array import FunctionScheduleIdArray as FunctionScheduleIdArray
    from .function_schedule_ids import FunctionScheduleIds as FunctionScheduleIds
    from .function_schedule_ids_items_item import FunctionScheduleIdsItemsItem as FunctionScheduleIdsItemsItem
    from .function_schedule_list import FunctionScheduleList as FunctionScheduleList
    from .function_schedule_scope import FunctionScheduleScope as FunctionScheduleScope
    from .function_secrets import FunctionSecrets as FunctionSecrets
    from .function_status import FunctionStatus as FunctionStatus
    from .function_task_output import FunctionTaskOutput as FunctionTaskOutput
    from .function_task_output_response import FunctionTaskOutputResponse as FunctionTaskOutputResponse
    from .function_task_parameters import FunctionTaskParameters as FunctionTaskParameters
    from .function_task_parameters_function import FunctionTaskParametersFunction as FunctionTaskParametersFunction
    from .function_task_parameters_option_0 import FunctionTaskParametersOption0 as FunctionTaskParametersOption0
    from .functions_acl_acl import FunctionsAclAcl as FunctionsAclAcl
    from .functions_acl_action import FunctionsAclAction as FunctionsAclAction
    from .functions_acl_scope import FunctionsAclScope as FunctionsAclScope
    from .functions_activation import FunctionsActivation as FunctionsActivation
    from .functions_activation_status import FunctionsActivationStatus as FunctionsActivationStatus
    from .functions_limits import FunctionsLimits as FunctionsLimits
    from .general_error import GeneralError as GeneralError
    from .general_error_duplicated_item import GeneralErrorDuplicatedItem as GeneralErrorDuplicatedItem
    from .general_error_missing_item import GeneralErrorMissingItem as GeneralErrorMissingItem
    from .general_error_wrapper import GeneralErrorWrapper as GeneralErrorWrapper
    from .generated_rule import GeneratedRule as GeneratedRule
    from .generic_acl_all_scope import GenericAclAllScope as GenericAclAllScope
    from .generic_acl_current_user_scope import GenericAclCurrentUserScope as GenericAclCurrentUserScope
    from .generic_range_filter import GenericRangeFilter as GenericRangeFilter
    from .generic_range_filter_range import GenericRangeFilterRange as GenericRangeFilterRange
    from .geo_location import GeoLocation as GeoLocation
    from .geo_location_filter import GeoLocationFilter as GeoLocationFilter
    from .geo_location_filter_relation import GeoLocationFilterRelation as GeoLocationFilterRelation
    from .geo_location_properties import GeoLocationProperties as GeoLocationProperties
    from .geometries_list_response import GeometriesListResponse as GeometriesListResponse
    from .geometries_list_with_cursor_response import (
        GeometriesListWithCursorResponse as GeometriesListWithCursorResponse,
    )
    from .geometry_create_draft import GeometryCreateDraft as GeometryCreateDraft
    from .geometry_dto import GeometryDto as GeometryDto
    from .geometry_update_draft import GeometryUpdateDraft as GeometryUpdateDraft
    from .geometry_update_item import GeometryUpdateItem as GeometryUpdateItem
    from .geospatial_aggregate_output import GeospatialAggregateOutput as GeospatialAggregateOutput
    from .geospatial_avg_aggregation_output import GeospatialAvgAggregationOutput as GeospatialAvgAggregationOutput
    from .geospatial_centroid_aggregation_output import (
        GeospatialCentroidAggregationOutput as GeospatialCentroidAggregationOutput,
    )
    from .geospatial_collect_aggregation_output import (
        GeospatialCollectAggregationOutput as GeospatialCollectAggregationOutput,
    )
    from .geospatial_computed_item import GeospatialComputedItem as GeospatialComputedItem
    from .geospatial_computed_item_option_2 import GeospatialComputedItemOption2 as GeospatialComputedItemOption2
    from .geospatial_computed_items import GeospatialComputedItems as GeospatialComputedItems
    from .geospatial_convex_hull_aggregation_output import (
        GeospatialConvexHullAggregationOutput as GeospatialConvexHullAggregationOutput,
    )
    from .geospatial_coordinate_reference_system import (
        GeospatialCoordinateReferenceSystem as GeospatialCoordinateReferenceSystem,
    )
    from .geospatial_coordinate_reference_system_list import (
        GeospatialCoordinateReferenceSystemList as GeospatialCoordinateReferenceSystemList,
    )
    from .geospatial_coordinate_reference_systems import (
        GeospatialCoordinateReferenceSystems as GeospatialCoordinateReferenceSystems,
    )
    from .geospatial_count_aggregation_output import (
        GeospatialCountAggregationOutput as GeospatialCountAggregationOutput,
    )
    from .geospatial_custom_coordinate_reference_system import (
        GeospatialCustomCoordinateReferenceSystem as GeospatialCustomCoordinateReferenceSystem,
    )
    from .geospatial_custom_coordinate_reference_system_response import (
        GeospatialCustomCoordinateReferenceSystemResponse as GeospatialCustomCoordinateReferenceSystemResponse,
    )
    from .geospatial_custom_coordinate_reference_system_specs import (
        GeospatialCustomCoordinateReferenceSystemSpecs as GeospatialCustomCoordinateReferenceSystemSpecs,
    )
    from .geospatial_delete_feature_type import GeospatialDeleteFeatureType as GeospatialDeleteFeatureType
    from .geospatial_delete_feature_type_items_item import (
        GeospatialDeleteFeatureTypeItemsItem as GeospatialDeleteFeatureTypeItemsItem,
    )
    from .geospatial_error import GeospatialError as GeospatialError
    from .geospatial_error_option_0 import GeospatialErrorOption0 as GeospatialErrorOption0
    from .geospatial_error_option_02 import GeospatialErrorOption02 as GeospatialErrorOption02
    from .geospatial_error_option_03 import GeospatialErrorOption03 as GeospatialErrorOption03
    from .geospatial_error_option_04 import GeospatialErrorOption04 as GeospatialErrorOption04
    from .geospatial_error_response import GeospatialErrorResponse as GeospatialErrorResponse
    from .geospatial_feature import GeospatialFeature as GeospatialFeature
    from .geospatial_feature_aggregate_request import (
        GeospatialFeatureAggregateRequest as GeospatialFeatureAggregateRequest,
    )
    from .geospatial_feature_aggregate_request_aggregates_item import (
        GeospatialFeatureAggregateRequestAggregatesItem as GeospatialFeatureAggregateRequestAggregatesItem,
    )
    from .geospatial_feature_aggregates import GeospatialFeatureAggregates as GeospatialFeatureAggregates
    from .geospatial_feature_and_filter import GeospatialFeatureAndFilter as GeospatialFeatureAndFilter
    from .geospatial_feature_contains_any_filter import (
        GeospatialFeatureContainsAnyFilter as GeospatialFeatureContainsAnyFilter,
    )
    from .geospatial_feature_equals_filter import GeospatialFeatureEqualsFilter as GeospatialFeatureEqualsFilter
    from .geospatial_feature_ids import GeospatialFeatureIds as GeospatialFeatureIds
    from .geospatial_feature_ids_with_output import GeospatialFeatureIdsWithOutput as GeospatialFeatureIdsWithOutput
    from .geospatial_feature_in_filter import GeospatialFeatureInFilter as GeospatialFeatureInFilter
    from .geospatial_feature_like_filter import GeospatialFeatureLikeFilter as GeospatialFeatureLikeFilter
    from .geospatial_feature_list_request import GeospatialFeatureListRequest as GeospatialFeatureListRequest
    from .geospatial_feature_missing_filter import GeospatialFeatureMissingFilter as GeospatialFeatureMissingFilter
    from .geospatial_feature_not_filter import GeospatialFeatureNotFilter as GeospatialFeatureNotFilter
    from .geospatial_feature_or_filter import GeospatialFeatureOrFilter as GeospatialFeatureOrFilter
    from .geospatial_feature_properties import GeospatialFeatureProperties as GeospatialFeatureProperties
    from .geospatial_feature_properties_option_2 import (
        GeospatialFeaturePropertiesOption2 as GeospatialFeaturePropertiesOption2,
    )
    from .geospatial_feature_range_filter import GeospatialFeatureRangeFilter as GeospatialFeatureRangeFilter
    from .geospatial_feature_regex_filter import GeospatialFeatureRegexFilter as GeospatialFeatureRegexFilter
    from .geospatial_feature_search_request import GeospatialFeatureSearchRequest as GeospatialFeatureSearchRequest
    from .geospatial_feature_search_result import GeospatialFeatureSearchResult as GeospatialFeatureSearchResult
    from .geospatial_feature_search_streaming_request import (
        GeospatialFeatureSearchStreamingRequest as GeospatialFeatureSearchStreamingRequest,
    )
    from .geospatial_feature_spec import GeospatialFeatureSpec as GeospatialFeatureSpec
    from .geospatial_feature_specs import GeospatialFeatureSpecs as GeospatialFeatureSpecs
    from .geospatial_feature_st_contains_filter import (
        GeospatialFeatureStContainsFilter as GeospatialFeatureStContainsFilter,
    )
    from .geospatial_feature_st_contains_properly_filter import (
        GeospatialFeatureStContainsProperlyFilter as GeospatialFeatureStContainsProperlyFilter,
    )
    from .geospatial_feature_st_intersects_3d_filter import (
        GeospatialFeatureStIntersects3DFilter as GeospatialFeatureStIntersects3DFilter,
    )
    from .geospatial_feature_st_intersects_filter import (
        GeospatialFeatureStIntersectsFilter as GeospatialFeatureStIntersectsFilter,
    )
    from .geospatial_feature_st_within_distance_3d_filter import (
        GeospatialFeatureStWithinDistance3DFilter as GeospatialFeatureStWithinDistance3DFilter,
    )
    from .geospatial_feature_st_within_distance_filter import (
        GeospatialFeatureStWithinDistanceFilter as GeospatialFeatureStWithinDistanceFilter,
    )
    from .geospatial_feature_st_within_filter import GeospatialFeatureStWithinFilter as GeospatialFeatureStWithinFilter
    from .geospatial_feature_st_within_properly_filter import (
        GeospatialFeatureStWithinProperlyFilter as GeospatialFeatureStWithinProperlyFilter,
    )
    from .geospatial_feature_type import GeospatialFeatureType as GeospatialFeatureType
    from .geospatial_feature_type_external_ids import (
        GeospatialFeatureTypeExternalIds as GeospatialFeatureTypeExternalIds,
    )
    from .geospatial_feature_type_external_ids_items_item import (
        GeospatialFeatureTypeExternalIdsItemsItem as GeospatialFeatureTypeExternalIdsItemsItem,
    )
    from .geospatial_feature_type_property import GeospatialFeatureTypeProperty as GeospatialFeatureTypeProperty
    from .geospatial_feature_type_spec import GeospatialFeatureTypeSpec as GeospatialFeatureTypeSpec
    from .geospatial_feature_type_spec_properties import (
        GeospatialFeatureTypeSpecProperties as GeospatialFeatureTypeSpecProperties,
    )
    from .geospatial_feature_type_spec_search_spec import (
        GeospatialFeatureTypeSpecSearchSpec as GeospatialFeatureTypeSpecSearchSpec,
    )
    from .geospatial_feature_type_specs import GeospatialFeatureTypeSpecs as GeospatialFeatureTypeSpecs
    from .geospatial_feature_types import GeospatialFeatureTypes as GeospatialFeatureTypes
    from .geospatial_features import GeospatialFeatures as GeospatialFeatures
    from .geospatial_features_with_cursor import GeospatialFeaturesWithCursor as GeospatialFeaturesWithCursor
    from .geospatial_geometry_transform_compute_function import (
        GeospatialGeometryTransformComputeFunction as GeospatialGeometryTransformComputeFunction,
    )
    from .geospatial_geometry_transform_compute_function_st_transform import (
        GeospatialGeometryTransformComputeFunctionStTransform as GeospatialGeometryTransformComputeFunctionStTransform,
    )
    from .geospatial_geometry_value_compute_function import (
        GeospatialGeometryValueComputeFunction as GeospatialGeometryValueComputeFunction,
    )
    from .geospatial_index_spec import GeospatialIndexSpec as GeospatialIndexSpec
    from .geospatial_intersection_aggregation_output import (
        GeospatialIntersectionAggregationOutput as GeospatialIntersectionAggregationOutput,
    )
    from .geospatial_item_external_id import GeospatialItemExternalId as GeospatialItemExternalId
    from .geospatial_json_compute_output import GeospatialJsonComputeOutput as GeospatialJsonComputeOutput
    from .geospatial_json_compute_output_output import (
        GeospatialJsonComputeOutputOutput as GeospatialJsonComputeOutputOutput,
    )
    from .geospatial_max_aggregation_output import GeospatialMaxAggregationOutput as GeospatialMaxAggregationOutput
    from .geospatial_min_aggregation_output import GeospatialMinAggregationOutput as GeospatialMinAggregationOutput
    from .geospatial_output import GeospatialOutput as GeospatialOutput
    from .geospatial_output_geometry_format import GeospatialOutputGeometryFormat as GeospatialOutputGeometryFormat
    from .geospatial_output_properties import GeospatialOutputProperties as GeospatialOutputProperties
    from .geospatial_output_streaming import GeospatialOutputStreaming as GeospatialOutputStreaming
    from .geospatial_output_streaming_geometry_format import (
        GeospatialOutputStreamingGeometryFormat as GeospatialOutputStreamingGeometryFormat,
    )
    from .geospatial_output_streaming_json_stream_format import (
        GeospatialOutputStreamingJsonStreamFormat as GeospatialOutputStreamingJsonStreamFormat,
    )
    from .geospatial_output_streaming_properties import (
        GeospatialOutputStreamingProperties as GeospatialOutputStreamingProperties,
    )
    from .geospatial_property import GeospatialProperty as GeospatialProperty
    from .geospatial_property_and_pattern import GeospatialPropertyAndPattern as GeospatialPropertyAndPattern
    from .geospatial_property_and_value import GeospatialPropertyAndValue as GeospatialPropertyAndValue
    from .geospatial_property_and_values import GeospatialPropertyAndValues as GeospatialPropertyAndValues
    from .geospatial_property_and_values_option_0 import (
        GeospatialPropertyAndValuesOption0 as GeospatialPropertyAndValuesOption0,
    )
    from .geospatial_property_reference import GeospatialPropertyReference as GeospatialPropertyReference
    from .geospatial_property_type import GeospatialPropertyType as GeospatialPropertyType
    from .geospatial_property_value_and_distance import (
        GeospatialPropertyValueAndDistance as GeospatialPropertyValueAndDistance,
    )
    from .geospatial_range import GeospatialRange as GeospatialRange
    from .geospatial_range_condition import GeospatialRangeCondition as GeospatialRangeCondition
    from .geospatial_raster_common_output_spec import (
        GeospatialRasterCommonOutputSpec as GeospatialRasterCommonOutputSpec,
    )
    from .geospatial_raster_gtiff_output_spec import GeospatialRasterGtiffOutputSpec as GeospatialRasterGtiffOutputSpec
    from .geospatial_raster_gtiff_output_spec_options import (
        GeospatialRasterGtiffOutputSpecOptions as GeospatialRasterGtiffOutputSpecOptions,
    )
    from .geospatial_raster_metadata import GeospatialRasterMetadata as GeospatialRasterMetadata
    from .geospatial_raster_output_spec_geospatial_raster_gtiff_output_spec import (
        GeospatialRasterOutputSpecGeospatialRasterGtiffOutputSpec as GeospatialRasterOutputSpecGeospatialRasterGtiffOutputSpec,
    )
    from .geospatial_raster_output_spec_geospatial_raster_xyz_output_spec import (
        GeospatialRasterOutputSpecGeospatialRasterXyzOutputSpec as GeospatialRasterOutputSpecGeospatialRasterXyzOutputSpec,
    )
    from .geospatial_raster_xyz_output_spec import GeospatialRasterXyzOutputSpec as GeospatialRasterXyzOutputSpec
    from .geospatial_raster_xyz_output_spec_options import (
        GeospatialRasterXyzOutputSpecOptions as GeospatialRasterXyzOutputSpecOptions,
    )
    from .geospatial_reference_ids import GeospatialReferenceIds as GeospatialReferenceIds
    from .geospatial_reference_ids_items_item import GeospatialReferenceIdsItemsItem as GeospatialReferenceIdsItemsItem
    from .geospatial_sum_aggregation_output import GeospatialSumAggregationOutput as GeospatialSumAggregationOutput
    from .geospatial_union_aggregation_output import (
        GeospatialUnionAggregationOutput as GeospatialUnionAggregationOutput,
    )
    from .geospatial_update_feature_type_spec import GeospatialUpdateFeatureTypeSpec as GeospatialUpdateFeatureTypeSpec
    from .geospatial_update_feature_type_spec_update import (
        GeospatialUpdateFeatureTypeSpecUpdate as GeospatialUpdateFeatureTypeSpecUpdate,
    )
    from .geospatial_update_feature_type_spec_update_properties import (
        GeospatialUpdateFeatureTypeSpecUpdateProperties as GeospatialUpdateFeatureTypeSpecUpdateProperties,
    )
    from .geospatial_update_feature_type_spec_update_properties_add import (
        GeospatialUpdateFeatureTypeSpecUpdatePropertiesAdd as GeospatialUpdateFeatureTypeSpecUpdatePropertiesAdd,
    )
    from .geospatial_update_feature_type_spec_update_search_spec import (
        GeospatialUpdateFeatureTypeSpecUpdateSearchSpec as GeospatialUpdateFeatureTypeSpecUpdateSearchSpec,
    )
    from .geospatial_update_feature_type_spec_update_search_spec_add import (
        GeospatialUpdateFeatureTypeSpecUpdateSearchSpecAdd as GeospatialUpdateFeatureTypeSpecUpdateSearchSpecAdd,
    )
    from .geospatial_update_feature_type_specs import (
        GeospatialUpdateFeatureTypeSpecs as GeospatialUpdateFeatureTypeSpecs,
    )
    from .geospatial_variance_aggregation_output import (
        GeospatialVarianceAggregationOutput as GeospatialVarianceAggregationOutput,
    )
    from .get_datapoint_metadata import GetDatapointMetadata as GetDatapointMetadata
    from .get_double_datapoint import GetDoubleDatapoint as GetDoubleDatapoint
    from .get_extractor_schema_response_200 import GetExtractorSchemaResponse200 as GetExtractorSchemaResponse200
    from .get_flexible_data_model_instance_schema_conflict_mode import (
        GetFlexibleDataModelInstanceSchemaConflictMode as GetFlexibleDataModelInstanceSchemaConflictMode,
    )
    from .get_flexible_data_model_instance_schema_instance_type import (
        GetFlexibleDataModelInstanceSchemaInstanceType as GetFlexibleDataModelInstanceSchemaInstanceType,
    )
    from .get_flexible_data_model_instance_schema_response_400 import (
        GetFlexibleDataModelInstanceSchemaResponse400 as GetFlexibleDataModelInstanceSchemaResponse400,
    )
    from .get_flexible_data_model_instance_schema_response_400_error import (
        GetFlexibleDataModelInstanceSchemaResponse400Error as GetFlexibleDataModelInstanceSchemaResponse400Error,
    )
    from .get_flexible_data_model_instance_schema_response_403 import (
        GetFlexibleDataModelInstanceSchemaResponse403 as GetFlexibleDataModelInstanceSchemaResponse403,
    )
    from .get_flexible_data_model_instance_schema_response_403_error import (
        GetFlexibleDataModelInstanceSchemaResponse403Error as GetFlexibleDataModelInstanceSchemaResponse403Error,
    )
    from .get_numeric_aggregate_datapoint import GetNumericAggregateDatapoint as GetNumericAggregateDatapoint
    from .get_security_categories_sort import GetSecurityCategoriesSort as GetSecurityCategoriesSort
    from .get_sequence_column_dto import GetSequenceColumnDTO as GetSequenceColumnDTO
    from .get_sequence_column_dto_metadata import GetSequenceColumnDTOMetadata as GetSequenceColumnDTOMetadata
    from .get_sequence_dto import GetSequenceDTO as GetSequenceDTO
    from .get_sequence_dto_metadata import GetSequenceDTOMetadata as GetSequenceDTOMetadata
    from .get_state_aggregate_datapoint import GetStateAggregateDatapoint as GetStateAggregateDatapoint
    from .get_state_datapoint import GetStateDatapoint as GetStateDatapoint
    from .get_string_datapoint import GetStringDatapoint as GetStringDatapoint
    from .get_time_series_for_subscription import GetTimeSeriesForSubscription as GetTimeSeriesForSubscription
    from .get_time_series_metadata_dto import GetTimeSeriesMetadataDTO as GetTimeSeriesMetadataDTO
    from .get_transformation_jobs_by_ids_response_400 import (
        GetTransformationJobsByIdsResponse400 as GetTransformationJobsByIdsResponse400,
    )
    from .get_transformation_jobs_by_ids_response_400_error import (
        GetTransformationJobsByIdsResponse400Error as GetTransformationJobsByIdsResponse400Error,
    )
    from .get_transformation_jobs_by_ids_response_403 import (
        GetTransformationJobsByIdsResponse403 as GetTransformationJobsByIdsResponse403,
    )
    from .get_transformation_jobs_by_ids_response_403_error import (
        GetTransformationJobsByIdsResponse403Error as GetTransformationJobsByIdsResponse403Error,
    )
    from .get_transformation_jobs_by_ids_response_409 import (
        GetTransformationJobsByIdsResponse409 as GetTransformationJobsByIdsResponse409,
    )
    from .get_transformation_jobs_by_ids_response_409_error import (
        GetTransformationJobsByIdsResponse409Error as GetTransformationJobsByIdsResponse409Error,
    )
    from .get_transformation_jobs_metrics_response_400 import (
        GetTransformationJobsMetricsResponse400 as GetTransformationJobsMetricsResponse400,
    )
    from .get_transformation_jobs_metrics_response_400_error import (
        GetTransformationJobsMetricsResponse400Error as GetTransformationJobsMetricsResponse400Error,
    )
    from .get_transformation_jobs_metrics_response_403 import (
        GetTransformationJobsMetricsResponse403 as GetTransformationJobsMetricsResponse403,
    )
    from .get_transformation_jobs_metrics_response_403_error import (
        GetTransformationJobsMetricsResponse403Error as GetTransformationJobsMetricsResponse403Error,
    )
    from .get_transformation_jobs_response_400 import (
        GetTransformationJobsResponse400 as GetTransformationJobsResponse400,
    )
    from .get_transformation_jobs_response_400_error import (
        GetTransformationJobsResponse400Error as GetTransformationJobsResponse400Error,
    )
    from .get_transformation_jobs_response_403 import (
        GetTransformationJobsResponse403 as GetTransformationJobsResponse403,
    )
    from .get_transformation_jobs_response_403_error import (
        GetTransformationJobsResponse403Error as GetTransformationJobsResponse403Error,
    )
    from .get_transformation_notifications_response_400 import (
        GetTransformationNotificationsResponse400 as GetTransformationNotificationsResponse400,
    )
    from .get_transformation_notifications_response_400_error import (
        GetTransformationNotificationsResponse400Error as GetTransformationNotificationsResponse400Error,
    )
    from .get_transformation_notifications_response_403 import (
        GetTransformationNotificationsResponse403 as GetTransformationNotificationsResponse403,
    )
    from .get_transformation_notifications_response_403_error import (
        GetTransformationNotificationsResponse403Error as GetTransformationNotificationsResponse403Error,
    )
    from .get_transformation_schedules_by_ids_response_400 import (
        GetTransformationSchedulesByIdsResponse400 as GetTransformationSchedulesByIdsResponse400,
    )
    from .get_transformation_schedules_by_ids_response_400_error import (
        GetTransformationSchedulesByIdsResponse400Error as GetTransformationSchedulesByIdsResponse400Error,
    )
    from .get_transformation_schedules_by_ids_response_403 import (
        GetTransformationSchedulesByIdsResponse403 as GetTransformationSchedulesByIdsResponse403,
    )
    from .get_transformation_schedules_by_ids_response_403_error import (
        GetTransformationSchedulesByIdsResponse403Error as GetTransformationSchedulesByIdsResponse403Error,
    )
    from .get_transformation_schedules_by_ids_response_409 import (
        GetTransformationSchedulesByIdsResponse409 as GetTransformationSchedulesByIdsResponse409,
    )
    from .get_transformation_schedules_by_ids_response_409_error import (
        GetTransformationSchedulesByIdsResponse409Error as GetTransformationSchedulesByIdsResponse409Error,
    )
    from .get_transformation_schedules_response_400 import (
        GetTransformationSchedulesResponse400 as GetTransformationSchedulesResponse400,
    )
    from .get_transformation_schedules_response_400_error import (
        GetTransformationSchedulesResponse400Error as GetTransformationSchedulesResponse400Error,
    )
    from .get_transformation_schedules_response_403 import (
        GetTransformationSchedulesResponse403 as GetTransformationSchedulesResponse403,
    )
    from .get_transformation_schedules_response_403_error import (
        GetTransformationSchedulesResponse403Error as GetTransformationSchedulesResponse403Error,
    )
    from .get_transformation_schedules_response_409 import (
        GetTransformationSchedulesResponse409 as GetTransformationSchedulesResponse409,
    )
    from .get_transformation_schedules_response_409_error import (
        GetTransformationSchedulesResponse409Error as GetTransformationSchedulesResponse409Error,
    )
    from .get_transformation_schema_response_400 import (
        GetTransformationSchemaResponse400 as GetTransformationSchemaResponse400,
    )
    from .get_transformation_schema_response_400_error import (
        GetTransformationSchemaResponse400Error as GetTransformationSchemaResponse400Error,
    )
    from .get_transformation_schema_response_403 import (
        GetTransformationSchemaResponse403 as GetTransformationSchemaResponse403,
    )
    from .get_transformation_schema_response_403_error import (
        GetTransformationSchemaResponse403Error as GetTransformationSchemaResponse403Error,
    )
    from .get_transformation_sequence_row_schema_response_400 import (
        GetTransformationSequenceRowSchemaResponse400 as GetTransformationSequenceRowSchemaResponse400,
    )
    from .get_transformation_sequence_row_schema_response_400_error import (
        GetTransformationSequenceRowSchemaResponse400Error as GetTransformationSequenceRowSchemaResponse400Error,
    )
    from .get_transformation_sequence_row_schema_response_403 import (
        GetTransformationSequenceRowSchemaResponse403 as GetTransformationSequenceRowSchemaResponse403,
    )
    from .get_transformation_sequence_row_schema_response_403_error import (
        GetTransformationSequenceRowSchemaResponse403Error as GetTransformationSequenceRowSchemaResponse403Error,
    )
    from .get_transformations_by_ids_response_400 import (
        GetTransformationsByIdsResponse400 as GetTransformationsByIdsResponse400,
    )
    from .get_transformations_by_ids_response_400_error import (
        GetTransformationsByIdsResponse400Error as GetTransformationsByIdsResponse400Error,
    )
    from .get_transformations_by_ids_response_403 import (
        GetTransformationsByIdsResponse403 as GetTransformationsByIdsResponse403,
    )
    from .get_transformations_by_ids_response_403_error import (
        GetTransformationsByIdsResponse403Error as GetTransformationsByIdsResponse403Error,
    )
    from .get_transformations_by_ids_response_409 import (
        GetTransformationsByIdsResponse409 as GetTransformationsByIdsResponse409,
    )
    from .get_transformations_by_ids_response_409_error import (
        GetTransformationsByIdsResponse409Error as GetTransformationsByIdsResponse409Error,
    )
    from .get_transformations_response_400 import GetTransformationsResponse400 as GetTransformationsResponse400
    from .get_transformations_response_400_error import (
        GetTransformationsResponse400Error as GetTransformationsResponse400Error,
    )
    from .get_transformations_response_403 import GetTransformationsResponse403 as GetTransformationsResponse403
    from .get_transformations_response_403_error import (
        GetTransformationsResponse403Error as GetTransformationsResponse403Error,
    )
    from .get_trigger_history_response_200 import GetTriggerHistoryResponse200 as GetTriggerHistoryResponse200
    from .get_trigger_history_response_200_items_item import (
        GetTriggerHistoryResponse200ItemsItem as GetTriggerHistoryResponse200ItemsItem,
    )
    from .get_trigger_history_response_200_items_item_status import (
        GetTriggerHistoryResponse200ItemsItemStatus as GetTriggerHistoryResponse200ItemsItemStatus,
    )
    from .group_attributes import GroupAttributes as GroupAttributes
    from .group_base import GroupBase as GroupBase
    from .group_managed_externally import GroupManagedExternally as GroupManagedExternally
    from .group_managed_in_cdf import GroupManagedInCDF as GroupManagedInCDF
    from .group_membership_managed_externally_or_in_cdf_managed_externally import (
        GroupMembershipManagedExternallyOrInCdfManagedExternally as GroupMembershipManagedExternallyOrInCdfManagedExternally,
    )
    from .group_membership_managed_externally_or_in_cdf_managed_in_cdf import (
        GroupMembershipManagedExternallyOrInCdfManagedInCDF as GroupMembershipManagedExternallyOrInCdfManagedInCDF,
    )
    from .group_metadata import GroupMetadata as GroupMetadata
    from .group_shared import GroupShared as GroupShared
    from .group_token_attributes import GroupTokenAttributes as GroupTokenAttributes
    from .has_data_filter_ila import HasDataFilterIla as HasDataFilterIla
    from .has_existing_data_filter_v3 import HasExistingDataFilterV3 as HasExistingDataFilterV3
    from .header_value_authentication import HeaderValueAuthentication as HeaderValueAuthentication
    from .header_value_config import HeaderValueConfig as HeaderValueConfig
    from .histogram_aggregate_function_v3 import HistogramAggregateFunctionV3 as HistogramAggregateFunctionV3
    from .histogram_aggregate_function_v3_histogram import (
        HistogramAggregateFunctionV3Histogram as HistogramAggregateFunctionV3Histogram,
    )
    from .hosted_extractor_filter_properties import HostedExtractorFilterProperties as HostedExtractorFilterProperties
    from .hosted_extractors_signal_metadata import HostedExtractorsSignalMetadata as HostedExtractorsSignalMetadata
    from .hosted_extractors_subscription_filter import (
        HostedExtractorsSubscriptionFilter as HostedExtractorsSubscriptionFilter,
    )
    from .hostedextractors_acl_acl import HostedextractorsAclAcl as HostedextractorsAclAcl
    from .hostedextractors_acl_action import HostedextractorsAclAction as HostedextractorsAclAction
    from .hostedextractors_acl_scope_all import HostedextractorsAclScopeAll as HostedextractorsAclScopeAll
    from .http_validation_error import HTTPValidationError as HTTPValidationError
    from .id_either_external_id import IdEitherExternalId as IdEitherExternalId
    from .id_either_id import IdEitherId as IdEitherId
    from .id_ref import IdRef as IdRef
    from .identity_type import IdentityType as IdentityType
    from .identity_type_filter import IdentityTypeFilter as IdentityTypeFilter
    from .idp_base import IdpBase as IdpBase
    from .ignore_unknown_ids_field import IgnoreUnknownIdsField as IgnoreUnknownIdsField
    from .image_360_annotation_v2 import Image360AnnotationV2 as Image360AnnotationV2
    from .image_text_detection_job import ImageTextDetectionJob as ImageTextDetectionJob
    from .image_text_detection_job_configuration import (
        ImageTextDetectionJobConfiguration as ImageTextDetectionJobConfiguration,
    )
    from .image_text_detection_job_source import ImageTextDetectionJobSource as ImageTextDetectionJobSource
    from .in_filter import InFilter as InFilter
    from .in_filter_ila import InFilterIla as InFilterIla
    from .in_filter_ila_in import InFilterIlaIn as InFilterIlaIn
    from .in_filter_in import InFilterIn as InFilterIn
    from .in_filter_v3 import InFilterV3 as InFilterV3
    from .in_filter_v3_in import InFilterV3In as InFilterV3In
    from .index_state import IndexState as IndexState
    from .industrial_object_detection_parameters import (
        IndustrialObjectDetectionParameters as IndustrialObjectDetectionParameters,
    )
    from .ingest_records_request import IngestRecordsRequest as IngestRecordsRequest
    from .input_items_20_id_ref_or_external_id_ref import (
        InputItems20IdRefOrExternalIdRef as InputItems20IdRefOrExternalIdRef,
    )
    from .input_items_id_ref import InputItemsIdRef as InputItemsIdRef
    from .input_items_id_ref_or_external_id_ref import InputItemsIdRefOrExternalIdRef as InputItemsIdRefOrExternalIdRef
    from .instance import Instance as Instance
    from .instance_bulk import InstanceBulk as InstanceBulk
    from .instance_container_create_definition import (
        InstanceContainerCreateDefinition as InstanceContainerCreateDefinition,
    )
    from .instance_container_create_definition_constraints import (
        InstanceContainerCreateDefinitionConstraints as InstanceContainerCreateDefinitionConstraints,
    )
    from .instance_container_create_definition_indexes import (
        InstanceContainerCreateDefinitionIndexes as InstanceContainerCreateDefinitionIndexes,
    )
    from .instance_container_create_definition_used_for import (
        InstanceContainerCreateDefinitionUsedFor as InstanceContainerCreateDefinitionUsedFor,
    )
    from .instance_delete import InstanceDelete as InstanceDelete
    from .instance_delete_instance_type import InstanceDeleteInstanceType as InstanceDeleteInstanceType
    from .instance_id import InstanceId as InstanceId
    from .instance_id_ai import InstanceIdAI as InstanceIdAI
    from .instance_inspect_request import InstanceInspectRequest as InstanceInspectRequest
    from .instance_inspect_request_inspection_operations import (
        InstanceInspectRequestInspectionOperations as InstanceInspectRequestInspectionOperations,
    )
    from .instance_inspect_request_inspection_operations_involved_containers import (
        InstanceInspectRequestInspectionOperationsInvolvedContainers as InstanceInspectRequestInspectionOperationsInvolvedContainers,
    )
    from .instance_inspect_request_inspection_operations_involved_views import (
        InstanceInspectRequestInspectionOperationsInvolvedViews as InstanceInspectRequestInspectionOperationsInvolvedViews,
    )
    from .instance_inspect_request_items_item import InstanceInspectRequestItemsItem as InstanceInspectRequestItemsItem
    from .instance_inspect_response import InstanceInspectResponse as InstanceInspectResponse
    from .instance_inspect_result_item import InstanceInspectResultItem as InstanceInspectResultItem
    from .instance_inspect_result_item_inspection_results import (
        InstanceInspectResultItemInspectionResults as InstanceInspectResultItemInspectionResults,
    )
    from .instance_reference import InstanceReference as InstanceReference
    from .instance_reference_filter_v3 import InstanceReferenceFilterV3 as InstanceReferenceFilterV3
    from .instance_reference_filter_v3_instance_references_item import (
        InstanceReferenceFilterV3InstanceReferencesItem as InstanceReferenceFilterV3InstanceReferencesItem,
    )
    from .instance_type import InstanceType as InstanceType
    from .instances_counts_and_limits import InstancesCountsAndLimits as InstancesCountsAndLimits
    from .instant_parse_input import InstantParseInput as InstantParseInput
    from .instant_parse_result import InstantParseResult as InstantParseResult
    from .integration import Integration as Integration
    from .integration_extractor import IntegrationExtractor as IntegrationExtractor
    from .integration_signal_metadata import IntegrationSignalMetadata as IntegrationSignalMetadata
    from .integration_task_type import IntegrationTaskType as IntegrationTaskType
    from .internal_event import InternalEvent as InternalEvent
    from .internal_id import InternalId as InternalId
    from .intractable_cursor_with_nested_filter_notice import (
        IntractableCursorWithNestedFilterNotice as IntractableCursorWithNestedFilterNotice,
    )
    from .intractable_direct_relations_cursor_notice import (
        IntractableDirectRelationsCursorNotice as IntractableDirectRelationsCursorNotice,
    )
    from .inverted_index_create_definition import InvertedIndexCreateDefinition as InvertedIndexCreateDefinition
    from .inverted_index_definition import InvertedIndexDefinition as InvertedIndexDefinition
    from .is_null import IsNull as IsNull
    from .item_type import ItemType as ItemType
    from .items_cognite_internal_id import ItemsCogniteInternalId as ItemsCogniteInternalId
    from .items_column_type import ItemsColumnType as ItemsColumnType
    from .items_config_revision_metadata import ItemsConfigRevisionMetadata as ItemsConfigRevisionMetadata
    from .items_create_destination import ItemsCreateDestination as ItemsCreateDestination
    from .items_create_endpoint import ItemsCreateEndpoint as ItemsCreateEndpoint
    from .items_create_instance import ItemsCreateInstance as ItemsCreateInstance
    from .items_create_integration import ItemsCreateIntegration as ItemsCreateIntegration
    from .items_create_job import ItemsCreateJob as ItemsCreateJob
    from .items_create_mapping import ItemsCreateMapping as ItemsCreateMapping
    from .items_create_request import ItemsCreateRequest as ItemsCreateRequest
    from .items_create_request_response import ItemsCreateRequestResponse as ItemsCreateRequestResponse
    from .items_create_schema_mapping import ItemsCreateSchemaMapping as ItemsCreateSchemaMapping
    from .items_create_source import ItemsCreateSource as ItemsCreateSource
    from .items_create_table import ItemsCreateTable as ItemsCreateTable
    from .items_create_user import ItemsCreateUser as ItemsCreateUser
    from .items_delete_sinks import ItemsDeleteSinks as ItemsDeleteSinks
    from .items_delete_subscriptions import ItemsDeleteSubscriptions as ItemsDeleteSubscriptions
    from .items_delete_subscriptions_items_item import (
        ItemsDeleteSubscriptionsItemsItem as ItemsDeleteSubscriptionsItemsItem,
    )
    from .items_destination import ItemsDestination as ItemsDestination
    from .items_destination_update_item import ItemsDestinationUpdateItem as ItemsDestinationUpdateItem
    from .items_endpoint import ItemsEndpoint as ItemsEndpoint
    from .items_extpipe_run import ItemsExtpipeRun as ItemsExtpipeRun
    from .items_instance import ItemsInstance as ItemsInstance
    from .items_integration import ItemsIntegration as ItemsIntegration
    from .items_job_log_entry import ItemsJobLogEntry as ItemsJobLogEntry
    from .items_job_metrics import ItemsJobMetrics as ItemsJobMetrics
    from .items_job_read import ItemsJobRead as ItemsJobRead
    from .items_job_update_item import ItemsJobUpdateItem as ItemsJobUpdateItem
    from .items_json_object import ItemsJsonObject as ItemsJsonObject
    from .items_json_object_items_item import ItemsJsonObjectItemsItem as ItemsJsonObjectItemsItem
    from .items_mapping import ItemsMapping as ItemsMapping
    from .items_mapping_update_item import ItemsMappingUpdateItem as ItemsMappingUpdateItem
    from .items_metric_counter import ItemsMetricCounter as ItemsMetricCounter
    from .items_minimal_job import ItemsMinimalJob as ItemsMinimalJob
    from .items_new_extpipe_run import ItemsNewExtpipeRun as ItemsNewExtpipeRun
    from .items_notification_create import ItemsNotificationCreate as ItemsNotificationCreate
    from .items_notification_read import ItemsNotificationRead as ItemsNotificationRead
    from .items_request import ItemsRequest as ItemsRequest
    from .items_request_create_ext_pipe import ItemsRequestCreateExtPipe as ItemsRequestCreateExtPipe
    from .items_request_ext_pipe_run_request import ItemsRequestExtPipeRunRequest as ItemsRequestExtPipeRunRequest
    from .items_request_ext_pipe_update import ItemsRequestExtPipeUpdate as ItemsRequestExtPipeUpdate
    from .items_request_full import ItemsRequestFull as ItemsRequestFull
    from .items_request_minimal import ItemsRequestMinimal as ItemsRequestMinimal
    from .items_response_create_ext_pipe_run_response import (
        ItemsResponseCreateExtPipeRunResponse as ItemsResponseCreateExtPipeRunResponse,
    )
    from .items_response_ext_pipe_run_response import ItemsResponseExtPipeRunResponse as ItemsResponseExtPipeRunResponse
    from .items_response_extractor import ItemsResponseExtractor as ItemsResponseExtractor
    from .items_response_list_config_response import ItemsResponseListConfigResponse as ItemsResponseListConfigResponse
    from .items_response_release import ItemsResponseRelease as ItemsResponseRelease
    from .items_response_solution import ItemsResponseSolution as ItemsResponseSolution
    from .items_response_source_system import ItemsResponseSourceSystem as ItemsResponseSourceSystem
    from .items_retrieve_sinks import ItemsRetrieveSinks as ItemsRetrieveSinks
    from .items_schedule import ItemsSchedule as ItemsSchedule
    from .items_schedule_parameters import ItemsScheduleParameters as ItemsScheduleParameters
    from .items_schema_mapping import ItemsSchemaMapping as ItemsSchemaMapping
    from .items_signal_read_with_cursor import ItemsSignalReadWithCursor as ItemsSignalReadWithCursor
    from .items_signal_write import ItemsSignalWrite as ItemsSignalWrite
    from .items_sink_read import ItemsSinkRead as ItemsSinkRead
    from .items_sink_read_with_cursor import ItemsSinkReadWithCursor as ItemsSinkReadWithCursor
    from .items_sink_update import ItemsSinkUpdate as ItemsSinkUpdate
    from .items_sink_write import ItemsSinkWrite as ItemsSinkWrite
    from .items_source import ItemsSource as ItemsSource
    from .items_subscription_read import ItemsSubscriptionRead as ItemsSubscriptionRead
    from .items_subscription_read_with_cursor import ItemsSubscriptionReadWithCursor as ItemsSubscriptionReadWithCursor
    from .items_subscription_write import ItemsSubscriptionWrite as ItemsSubscriptionWrite
    from .items_transformation_create import ItemsTransformationCreate as ItemsTransformationCreate
    from .items_transformation_read import ItemsTransformationRead as ItemsTransformationRead
    from .items_update_integration_item import ItemsUpdateIntegrationItem as ItemsUpdateIntegrationItem
    from .items_update_item_schedule_update import ItemsUpdateItemScheduleUpdate as ItemsUpdateItemScheduleUpdate
    from .items_update_item_transformation_update import (
        ItemsUpdateItemTransformationUpdate as ItemsUpdateItemTransformationUpdate,
    )
    from .items_update_source import ItemsUpdateSource as ItemsUpdateSource
    from .items_update_subscriptions import ItemsUpdateSubscriptions as ItemsUpdateSubscriptions
    from .items_user_update import ItemsUserUpdate as ItemsUserUpdate
    from .items_with_by_ids_flags_cognite_id import ItemsWithByIdsFlagsCogniteId as ItemsWithByIdsFlagsCogniteId
    from .items_with_cursor_destination import ItemsWithCursorDestination as ItemsWithCursorDestination
    from .items_with_cursor_endpoint import ItemsWithCursorEndpoint as ItemsWithCursorEndpoint
    from .items_with_cursor_error_with_task_read import (
        ItemsWithCursorErrorWithTaskRead as ItemsWithCursorErrorWithTaskRead,
    )
    from .items_with_cursor_instance import ItemsWithCursorInstance as ItemsWithCursorInstance
    from .items_with_cursor_integration import ItemsWithCursorIntegration as ItemsWithCursorIntegration
    from .items_with_cursor_job_read import ItemsWithCursorJobRead as ItemsWithCursorJobRead
    from .items_with_cursor_list_request_minimal import (
        ItemsWithCursorListRequestMinimal as ItemsWithCursorListRequestMinimal,
    )
    from .items_with_cursor_mapping import ItemsWithCursorMapping as ItemsWithCursorMapping
    from .items_with_cursor_minimal_job import ItemsWithCursorMinimalJob as ItemsWithCursorMinimalJob
    from .items_with_cursor_notification_read import ItemsWithCursorNotificationRead as ItemsWithCursorNotificationRead
    from .items_with_cursor_schedule import ItemsWithCursorSchedule as ItemsWithCursorSchedule
    from .items_with_cursor_schema_mapping import ItemsWithCursorSchemaMapping as ItemsWithCursorSchemaMapping
    from .items_with_cursor_source import ItemsWithCursorSource as ItemsWithCursorSource
    from .items_with_cursor_table import ItemsWithCursorTable as ItemsWithCursorTable
    from .items_with_cursor_task_history_with_errors import (
        ItemsWithCursorTaskHistoryWithErrors as ItemsWithCursorTaskHistoryWithErrors,
    )
    from .items_with_cursor_transformation_read import (
        ItemsWithCursorTransformationRead as ItemsWithCursorTransformationRead,
    )
    from .items_with_cursor_user import ItemsWithCursorUser as ItemsWithCursorUser
    from .items_with_cursor_user_created import ItemsWithCursorUserCreated as ItemsWithCursorUserCreated
    from .items_with_ignore_unknown_ids_and_force_external_id import (
        ItemsWithIgnoreUnknownIdsAndForceExternalId as ItemsWithIgnoreUnknownIdsAndForceExternalId,
    )
    from .items_with_ignore_unknown_ids_cognite_id import (
        ItemsWithIgnoreUnknownIdsCogniteId as ItemsWithIgnoreUnknownIdsCogniteId,
    )
    from .items_with_ignore_unknown_ids_cognite_internal_id import (
        ItemsWithIgnoreUnknownIdsCogniteInternalId as ItemsWithIgnoreUnknownIdsCogniteInternalId,
    )
    from .items_with_ignore_unknown_ids_external_id import (
        ItemsWithIgnoreUnknownIdsExternalId as ItemsWithIgnoreUnknownIdsExternalId,
    )
    from .items_with_ignore_unknown_ids_external_id_items_item import (
        ItemsWithIgnoreUnknownIdsExternalIdItemsItem as ItemsWithIgnoreUnknownIdsExternalIdItemsItem,
    )
    from .items_with_ignore_unknown_ids_external_id_object import (
        ItemsWithIgnoreUnknownIdsExternalIdObject as ItemsWithIgnoreUnknownIdsExternalIdObject,
    )
    from .items_with_ignore_unknown_ids_release_id import (
        ItemsWithIgnoreUnknownIdsReleaseId as ItemsWithIgnoreUnknownIdsReleaseId,
    )
    from .items_with_ignore_unknown_ids_request_id import (
        ItemsWithIgnoreUnknownIdsRequestId as ItemsWithIgnoreUnknownIdsRequestId,
    )
    from .items_with_ignore_unknown_tablename import ItemsWithIgnoreUnknownTablename as ItemsWithIgnoreUnknownTablename
    from .items_with_ignore_unknown_username import ItemsWithIgnoreUnknownUsername as ItemsWithIgnoreUnknownUsername
    from .items_with_ignore_unknown_username_1 import ItemsWithIgnoreUnknownUsername1 as ItemsWithIgnoreUnknownUsername1
    from .items_without_cursor_table import ItemsWithoutCursorTable as ItemsWithoutCursorTable
    from .items_without_cursor_table_created import ItemsWithoutCursorTableCreated as ItemsWithoutCursorTableCreated
    from .items_without_cursor_user import ItemsWithoutCursorUser as ItemsWithoutCursorUser
    from .job import Job as Job
    from .job_identifier import JobIdentifier as JobIdentifier
    from .job_item import JobItem as JobItem
    from .job_item_status import JobItemStatus as JobItemStatus
    from .job_log_entry import JobLogEntry as JobLogEntry
    from .job_log_entry_type import JobLogEntryType as JobLogEntryType
    from .job_metrics import JobMetrics as JobMetrics
    from .job_read import JobRead as JobRead
    from .job_status import JobStatus as JobStatus
    from .job_target_status import JobTargetStatus as JobTargetStatus
    from .job_update import JobUpdate as JobUpdate
    from .job_update_item import JobUpdateItem as JobUpdateItem
    from .jobs_list import JobsList as JobsList
    from .json_config import JsonConfig as JsonConfig
    from .json_rpc_error import JsonRpcError as JsonRpcError
    from .json_rpc_request import JsonRpcRequest as JsonRpcRequest
    from .json_rpc_request_method import JsonRpcRequestMethod as JsonRpcRequestMethod
    from .json_rpc_request_params import JsonRpcRequestParams as JsonRpcRequestParams
    from .json_rpc_response import JsonRpcResponse as JsonRpcResponse
    from .kafka_broker import KafkaBroker as KafkaBroker
    from .kafka_job_config import KafkaJobConfig as KafkaJobConfig
    from .kafka_source import KafkaSource as KafkaSource
    from .keycloak_idp import KeycloakIdp as KeycloakIdp
    from .label import Label as Label
    from .label_contains_all_filter import LabelContainsAllFilter as LabelContainsAllFilter
    from .label_contains_any_filter import LabelContainsAnyFilter as LabelContainsAnyFilter
    from .label_definition import LabelDefinition as LabelDefinition
    from .label_definition_create_list import LabelDefinitionCreateList as LabelDefinitionCreateList
    from .label_definition_external_id import LabelDefinitionExternalId as LabelDefinitionExternalId
    from .label_definition_external_id_list import LabelDefinitionExternalIdList as LabelDefinitionExternalIdList
    from .label_definition_filter import LabelDefinitionFilter as LabelDefinitionFilter
    from .label_definition_filter_filter import LabelDefinitionFilterFilter as LabelDefinitionFilterFilter
    from .label_definition_list import LabelDefinitionList as LabelDefinitionList
    from .label_definition_list_scope import LabelDefinitionListScope as LabelDefinitionListScope
    from .label_select_by_external_id import LabelSelectByExternalId as LabelSelectByExternalId
    from .labels_add_remove import LabelsAddRemove as LabelsAddRemove
    from .labels_ids_with_ignore_unknown_ids import LabelsIdsWithIgnoreUnknownIds as LabelsIdsWithIgnoreUnknownIds
    from .labels_set import LabelsSet as LabelsSet
    from .last_updated_time_filter import LastUpdatedTimeFilter as LastUpdatedTimeFilter
    from .latest_data_before_request_query_with_external_id import (
        LatestDataBeforeRequestQueryWithExternalId as LatestDataBeforeRequestQueryWithExternalId,
    )
    from .latest_data_before_request_query_with_instance_id import (
        LatestDataBeforeRequestQueryWithInstanceId as LatestDataBeforeRequestQueryWithInstanceId,
    )
    from .latest_data_before_request_query_with_internal_id import (
        LatestDataBeforeRequestQueryWithInternalId as LatestDataBeforeRequestQueryWithInternalId,
    )
    from .latest_data_property_filter import LatestDataPropertyFilter as LatestDataPropertyFilter
    from .legacy_aggregation_fields import LegacyAggregationFields as LegacyAggregationFields
    from .level_gauge_detection_parameters import LevelGaugeDetectionParameters as LevelGaugeDetectionParameters
    from .libraries_list_response import LibrariesListResponse as LibrariesListResponse
    from .libraries_list_with_cursor_response import LibrariesListWithCursorResponse as LibrariesListWithCursorResponse
    from .library_create_draft import LibraryCreateDraft as LibraryCreateDraft
    from .library_dto import LibraryDto as LibraryDto
    from .library_scope import LibraryScope as LibraryScope
    from .library_update_draft import LibraryUpdateDraft as LibraryUpdateDraft
    from .library_update_item import LibraryUpdateItem as LibraryUpdateItem
    from .limit import Limit as Limit
    from .limit_list import LimitList as LimitList
    from .limit_with_default_10 import LimitWithDefault10 as LimitWithDefault10
    from .limit_with_default_1000 import LimitWithDefault1000 as LimitWithDefault1000
    from .limits_acl_acl import LimitsAclAcl as LimitsAclAcl
    from .limits_acl_action import LimitsAclAction as LimitsAclAction
    from .limits_acl_scope import LimitsAclScope as LimitsAclScope
    from .line_string import LineString as LineString
    from .lineage_info import LineageInfo as LineageInfo
    from .link import Link as Link
    from .link_type import LinkType as LinkType
    from .list_advanced_join_matches_response_schema import (
        ListAdvancedJoinMatchesResponseSchema as ListAdvancedJoinMatchesResponseSchema,
    )
    from .list_advanced_joins_response_schema import ListAdvancedJoinsResponseSchema as ListAdvancedJoinsResponseSchema
    from .list_aggregate_count import ListAggregateCount as ListAggregateCount
    from .list_config_response import ListConfigResponse as ListConfigResponse
    from .list_executions_filter import ListExecutionsFilter as ListExecutionsFilter
    from .list_executions_query import ListExecutionsQuery as ListExecutionsQuery
    from .list_job_result_rejections_request import ListJobResultRejectionsRequest as ListJobResultRejectionsRequest
    from .list_job_result_rejections_with_cursor_response import (
        ListJobResultRejectionsWithCursorResponse as ListJobResultRejectionsWithCursorResponse,
    )
    from .list_job_results_request import ListJobResultsRequest as ListJobResultsRequest
    from .list_job_results_with_cursor_response import (
        ListJobResultsWithCursorResponse as ListJobResultsWithCursorResponse,
    )
    from .list_jobs_with_cursor_response import ListJobsWithCursorResponse as ListJobsWithCursorResponse
    from .list_of_all_versions_references import ListOfAllVersionsReferences as ListOfAllVersionsReferences
    from .list_of_all_versions_references_items_item import (
        ListOfAllVersionsReferencesItemsItem as ListOfAllVersionsReferencesItemsItem,
    )
    from .list_of_container_sub_object_identifier_request import (
        ListOfContainerSubObjectIdentifierRequest as ListOfContainerSubObjectIdentifierRequest,
    )
    from .list_of_container_sub_object_identifier_response import (
        ListOfContainerSubObjectIdentifierResponse as ListOfContainerSubObjectIdentifierResponse,
    )
    from .list_of_container_sub_object_identifier_response_items_item import (
        ListOfContainerSubObjectIdentifierResponseItemsItem as ListOfContainerSubObjectIdentifierResponseItemsItem,
    )
    from .list_of_space_external_ids_request import ListOfSpaceExternalIdsRequest as ListOfSpaceExternalIdsRequest
    from .list_of_space_external_ids_request_items_item import (
        ListOfSpaceExternalIdsRequestItemsItem as ListOfSpaceExternalIdsRequestItemsItem,
    )
    from .list_of_space_external_ids_request_with_typing import (
        ListOfSpaceExternalIdsRequestWithTyping as ListOfSpaceExternalIdsRequestWithTyping,
    )
    from .list_of_space_external_ids_request_with_typing_items_item import (
        ListOfSpaceExternalIdsRequestWithTypingItemsItem as ListOfSpaceExternalIdsRequestWithTypingItemsItem,
    )
    from .list_of_space_external_ids_response import ListOfSpaceExternalIdsResponse as ListOfSpaceExternalIdsResponse
    from .list_of_space_external_ids_response_items_item import (
        ListOfSpaceExternalIdsResponseItemsItem as ListOfSpaceExternalIdsResponseItemsItem,
    )
    from .list_of_space_ids_request import ListOfSpaceIdsRequest as ListOfSpaceIdsRequest
    from .list_of_space_ids_request_items_item import ListOfSpaceIdsRequestItemsItem as ListOfSpaceIdsRequestItemsItem
    from .list_of_space_ids_response import ListOfSpaceIdsResponse as ListOfSpaceIdsResponse
    from .list_of_space_ids_response_items_item import (
        ListOfSpaceIdsResponseItemsItem as ListOfSpaceIdsResponseItemsItem,
    )
    from .list_of_version_references import ListOfVersionReferences as ListOfVersionReferences
    from .list_of_version_references_items_item import (
        ListOfVersionReferencesItemsItem as ListOfVersionReferencesItemsItem,
    )
    from .list_sessions_status import ListSessionsStatus as ListSessionsStatus
    from .list_simulation_run_data_item import ListSimulationRunDataItem as ListSimulationRunDataItem
    from .list_simulation_run_view import ListSimulationRunView as ListSimulationRunView
    from .list_simulation_runs_filters import ListSimulationRunsFilters as ListSimulationRunsFilters
    from .list_simulation_runs_query import ListSimulationRunsQuery as ListSimulationRunsQuery
    from .list_simulator import ListSimulator as ListSimulator
    from .list_simulator_integration import ListSimulatorIntegration as ListSimulatorIntegration
    from .list_simulator_integrations_filters import (
        ListSimulatorIntegrationsFilters as ListSimulatorIntegrationsFilters,
    )
    from .list_simulator_integrations_query import ListSimulatorIntegrationsQuery as ListSimulatorIntegrationsQuery
    from .list_simulator_log import ListSimulatorLog as ListSimulatorLog
    from .list_simulator_model import ListSimulatorModel as ListSimulatorModel
    from .list_simulator_model_revision import ListSimulatorModelRevision as ListSimulatorModelRevision
    from .list_simulator_model_revision_data_view import (
        ListSimulatorModelRevisionDataView as ListSimulatorModelRevisionDataView,
    )
    from .list_simulator_model_revisions_filters import (
        ListSimulatorModelRevisionsFilters as ListSimulatorModelRevisionsFilters,
    )
    from .list_simulator_model_revisions_query import (
        ListSimulatorModelRevisionsQuery as ListSimulatorModelRevisionsQuery,
    )
    from .list_simulator_models_filters import ListSimulatorModelsFilters as ListSimulatorModelsFilters
    from .list_simulator_models_query import ListSimulatorModelsQuery as ListSimulatorModelsQuery
    from .list_simulator_routine_base import ListSimulatorRoutineBase as ListSimulatorRoutineBase
    from .list_simulator_routine_revision import ListSimulatorRoutineRevision as ListSimulatorRoutineRevision
    from .list_simulator_routine_revisions_filters import (
        ListSimulatorRoutineRevisionsFilters as ListSimulatorRoutineRevisionsFilters,
    )
    from .list_simulator_routine_revisions_query import (
        ListSimulatorRoutineRevisionsQuery as ListSimulatorRoutineRevisionsQuery,
    )
    from .list_simulator_routines_filters import ListSimulatorRoutinesFilters as ListSimulatorRoutinesFilters
    from .list_simulator_routines_query import ListSimulatorRoutinesQuery as ListSimulatorRoutinesQuery
    from .list_simulators_filters import ListSimulatorsFilters as ListSimulatorsFilters
    from .list_simulators_query import ListSimulatorsQuery as ListSimulatorsQuery
    from .list_streams_response_200 import ListStreamsResponse200 as ListStreamsResponse200
    from .list_subscription_dto import ListSubscriptionDTO as ListSubscriptionDTO
    from .list_subscription_dto_with_cursor import ListSubscriptionDTOWithCursor as ListSubscriptionDTOWithCursor
    from .list_subscription_member_dto_with_cursor import (
        ListSubscriptionMemberDTOWithCursor as ListSubscriptionMemberDTOWithCursor,
    )
    from .list_versions_filter import ListVersionsFilter as ListVersionsFilter
    from .list_versions_query import ListVersionsQuery as ListVersionsQuery
    from .list_with_cursor_simulation_run_view import ListWithCursorSimulationRunView as ListWithCursorSimulationRunView
    from .list_with_cursor_simulator_model import ListWithCursorSimulatorModel as ListWithCursorSimulatorModel
    from .list_with_cursor_simulator_model_revision_view import (
        ListWithCursorSimulatorModelRevisionView as ListWithCursorSimulatorModelRevisionView,
    )
    from .list_with_cursor_simulator_routine_base import (
        ListWithCursorSimulatorRoutineBase as ListWithCursorSimulatorRoutineBase,
    )
    from .list_with_cursor_simulator_routine_revision import (
        ListWithCursorSimulatorRoutineRevision as ListWithCursorSimulatorRoutineRevision,
    )
    from .list_with_cursor_simulator_routine_revision_view import (
        ListWithCursorSimulatorRoutineRevisionView as ListWithCursorSimulatorRoutineRevisionView,
    )
    from .list_workflow_executions_response_200 import (
        ListWorkflowExecutionsResponse200 as ListWorkflowExecutionsResponse200,
    )
    from .list_workflow_versions_response_200 import ListWorkflowVersionsResponse200 as ListWorkflowVersionsResponse200
    from .location_ai import LocationAI as LocationAI
    from .location_filter_asset_centric_base_filter import (
        LocationFilterAssetCentricBaseFilter as LocationFilterAssetCentricBaseFilter,
    )
    from .location_filter_data_model import LocationFilterDataModel as LocationFilterDataModel
    from .location_filter_list_response import LocationFilterListResponse as LocationFilterListResponse
    from .location_filter_scene import LocationFilterScene as LocationFilterScene
    from .location_filter_view import LocationFilterView as LocationFilterView
    from .location_filter_view_represents_entity import (
        LocationFilterViewRepresentsEntity as LocationFilterViewRepresentsEntity,
    )
    from .location_filter_write import LocationFilterWrite as LocationFilterWrite
    from .locationfilters_acl_acl import LocationfiltersAclAcl as LocationfiltersAclAcl
    from .locationfilters_acl_action import LocationfiltersAclAction as LocationfiltersAclAction
    from .locationfilters_acl_id_scope import LocationfiltersAclIdScope as LocationfiltersAclIdScope
    from .locationfilters_acl_scope_all import LocationfiltersAclScopeAll as LocationfiltersAclScopeAll
    from .locationfilters_acl_scope_id_scope import LocationfiltersAclScopeIdScope as LocationfiltersAclScopeIdScope
    from .login_session_dto import LoginSessionDto as LoginSessionDto
    from .login_session_dto_status import LoginSessionDtoStatus as LoginSessionDtoStatus
    from .login_sessions_list_paginated_dto import LoginSessionsListPaginatedDto as LoginSessionsListPaginatedDto
    from .map_update_add_remove import MapUpdateAddRemove as MapUpdateAddRemove
    from .map_update_add_remove_add_type_0 import MapUpdateAddRemoveAddType0 as MapUpdateAddRemoveAddType0
    from .map_update_set import MapUpdateSet as MapUpdateSet
    from .map_update_set_set_type_0 import MapUpdateSetSetType0 as MapUpdateSetSetType0
    from .mapping_model import MappingModel as MappingModel
    from .mapping_update_item import MappingUpdateItem as MappingUpdateItem
    from .match_all_filter import MatchAllFilter as MatchAllFilter
    from .match_all_filter_match_all import MatchAllFilterMatchAll as MatchAllFilterMatchAll
    from .match_condition import MatchCondition as MatchCondition
    from .match_condition_config import MatchConditionConfig as MatchConditionConfig
    from .match_fields_item import MatchFieldsItem as MatchFieldsItem
    from .match_option_0 import MatchOption0 as MatchOption0
    from .match_option_1 import MatchOption1 as MatchOption1
    from .match_option_2 import MatchOption2 as MatchOption2
    from .match_option_3 import MatchOption3 as MatchOption3
    from .match_rule import MatchRule as MatchRule
    from .max_aggregate import MaxAggregate as MaxAggregate
    from .max_aggregate_function_v3 import MaxAggregateFunctionV3 as MaxAggregateFunctionV3
    from .max_aggregate_function_v3_max import MaxAggregateFunctionV3Max as MaxAggregateFunctionV3Max
    from .max_aggregate_ila import MaxAggregateIla as MaxAggregateIla
    from .max_aggregate_ila_max import MaxAggregateIlaMax as MaxAggregateIlaMax
    from .max_aggregate_max import MaxAggregateMax as MaxAggregateMax
    from .max_aggregate_result import MaxAggregateResult as MaxAggregateResult
    from .max_aggregate_result_ila import MaxAggregateResultIla as MaxAggregateResultIla
    from .measure_mapped_percentage_request_schema import (
        MeasureMappedPercentageRequestSchema as MeasureMappedPercentageRequestSchema,
    )
    from .measure_mapped_percentage_response_schema import (
        MeasureMappedPercentageResponseSchema as MeasureMappedPercentageResponseSchema,
    )
    from .measure_mapped_percentage_response_schema_items_item import (
        MeasureMappedPercentageResponseSchemaItemsItem as MeasureMappedPercentageResponseSchemaItemsItem,
    )
    from .memory_range import MemoryRange as MemoryRange
    from .meta_data import MetaData as MetaData
    from .metadata import Metadata as Metadata
    from .metadata_3d import Metadata3D as Metadata3D
    from .metric_counter import MetricCounter as MetricCounter
    from .min_aggregate import MinAggregate as MinAggregate
    from .min_aggregate_function_v3 import MinAggregateFunctionV3 as MinAggregateFunctionV3
    from .min_aggregate_function_v3_min import MinAggregateFunctionV3Min as MinAggregateFunctionV3Min
    from .min_aggregate_ila import MinAggregateIla as MinAggregateIla
    from .min_aggregate_ila_min import MinAggregateIlaMin as MinAggregateIlaMin
    from .min_aggregate_min import MinAggregateMin as MinAggregateMin
    from .min_aggregate_result import MinAggregateResult as MinAggregateResult
    from .min_aggregate_result_ila import MinAggregateResultIla as MinAggregateResultIla
    from .min_max import MinMax as MinMax
    from .minimal_job import MinimalJob as MinimalJob
    from .minimal_job_metadata import MinimalJobMetadata as MinimalJobMetadata
    from .minimal_job_status import MinimalJobStatus as MinimalJobStatus
    from .minimal_preview import MinimalPreview as MinimalPreview
    from .minimal_preview_format import MinimalPreviewFormat as MinimalPreviewFormat
    from .missing_field import MissingField as MissingField
    from .missing_field_missing_fields_item import MissingFieldMissingFieldsItem as MissingFieldMissingFieldsItem
    from .model_3d import Model3D as Model3D
    from .model_3d_list import Model3DList as Model3DList
    from .model_3d_output_response_list import Model3DOutputResponseList as Model3DOutputResponseList
    from .model_3d_output_response_list_items_item import (
        Model3DOutputResponseListItemsItem as Model3DOutputResponseListItemsItem,
    )
    from .model_3d_with_cursor_response import Model3DWithCursorResponse as Model3DWithCursorResponse
    from .model_3d_with_revision_info import Model3DWithRevisionInfo as Model3DWithRevisionInfo
    from .model_3d_with_revision_info_and_cursor_response import (
        Model3DWithRevisionInfoAndCursorResponse as Model3DWithRevisionInfoAndCursorResponse,
    )
    from .model_change_by_external_id import ModelChangeByExternalId as ModelChangeByExternalId
    from .model_change_by_id import ModelChangeById as ModelChangeById
    from .model_parameters import ModelParameters as ModelParameters
    from .model_patch import ModelPatch as ModelPatch
    from .model_patch_update import ModelPatchUpdate as ModelPatchUpdate
    from .model_type import ModelType as ModelType
    from .modify_oidc_configuration_update_dto import (
        ModifyOidcConfigurationUpdateDTO as ModifyOidcConfigurationUpdateDTO,
    )
    from .modify_reserved_prefix import ModifyReservedPrefix as ModifyReservedPrefix
    from .modify_user_profiles_configuration_dto import (
        ModifyUserProfilesConfigurationDTO as ModifyUserProfilesConfigurationDTO,
    )
    from .moving_function_aggregate_ila import MovingFunctionAggregateIla as MovingFunctionAggregateIla
    from .moving_function_aggregate_ila_moving_function import (
        MovingFunctionAggregateIlaMovingFunction as MovingFunctionAggregateIlaMovingFunction,
    )
    from .moving_function_aggregate_ila_moving_function_function import (
        MovingFunctionAggregateIlaMovingFunctionFunction as MovingFunctionAggregateIlaMovingFunctionFunction,
    )
    from .moving_function_aggregate_result_ila import (
        MovingFunctionAggregateResultIla as MovingFunctionAggregateResultIla,
    )
    from .mqtt_broker_source import MqttBrokerSource as MqttBrokerSource
    from .mqtt_broker_source_authentication import MqttBrokerSourceAuthentication as MqttBrokerSourceAuthentication
    from .mqtt_job_config import MQTTJobConfig as MQTTJobConfig
    from .mqtt_v3_source import MqttV3Source as MqttV3Source
    from .mqtt_v5_source import MqttV5Source as MqttV5Source
    from .multi_line_string import MultiLineString as MultiLineString
    from .multi_next_cursor_v3 import MultiNextCursorV3 as MultiNextCursorV3
    from .multi_part_upload_file_metadata import MultiPartUploadFileMetadata as MultiPartUploadFileMetadata
    from .multi_point import MultiPoint as MultiPoint
    from .multi_polygon import MultiPolygon as MultiPolygon
    from .name_update_field import NameUpdateField as NameUpdateField
    from .new_annotation import NewAnnotation as NewAnnotation
    from .new_annotation_region import NewAnnotationRegion as NewAnnotationRegion
    from .new_config_revision import NewConfigRevision as NewConfigRevision
    from .new_extpipe_run import NewExtpipeRun as NewExtpipeRun
    from .new_extpipe_run_status import NewExtpipeRunStatus as NewExtpipeRunStatus
    from .new_project_list_response_dto import NewProjectListResponseDto as NewProjectListResponseDto
    from .new_project_list_response_dto_items_item import (
        NewProjectListResponseDtoItemsItem as NewProjectListResponseDtoItemsItem,
    )
    from .new_project_response_dto import NewProjectResponseDto as NewProjectResponseDto
    from .new_project_spec import NewProjectSpec as NewProjectSpec
    from .next_cursor_data import NextCursorData as NextCursorData
    from .next_url_config import NextUrlConfig as NextUrlConfig
    from .no_timeout_with_results_notice import NoTimeoutWithResultsNotice as NoTimeoutWithResultsNotice
    from .node import Node as Node
    from .node_3d import Node3D as Node3D
    from .node_3d_asset_mapping import Node3DAssetMapping as Node3DAssetMapping
    from .node_3d_id import Node3DId as Node3DId
    from .node_3d_ids import Node3DIds as Node3DIds
    from .node_3d_list import Node3DList as Node3DList
    from .node_3d_name_filter import Node3DNameFilter as Node3DNameFilter
    from .node_3d_name_filter_body import Node3DNameFilterBody as Node3DNameFilterBody
    from .node_3d_property_filter import Node3DPropertyFilter as Node3DPropertyFilter
    from .node_3d_property_filter_body import Node3DPropertyFilterBody as Node3DPropertyFilterBody
    from .node_3d_property_filter_properties import Node3DPropertyFilterProperties as Node3DPropertyFilterProperties
    from .node_3d_with_cursor_response import Node3DWithCursorResponse as Node3DWithCursorResponse
    from .node_and_edge_collection_response_with_cursor_v3 import (
        NodeAndEdgeCollectionResponseWithCursorV3 as NodeAndEdgeCollectionResponseWithCursorV3,
    )
    from .node_definition import NodeDefinition as NodeDefinition
    from .node_definition_properties import NodeDefinitionProperties as NodeDefinitionProperties
    from .node_or_edge_delete_request import NodeOrEdgeDeleteRequest as NodeOrEdgeDeleteRequest
    from .node_or_edge_delete_response import NodeOrEdgeDeleteResponse as NodeOrEdgeDeleteResponse
    from .node_or_edge_list_request_v3 import NodeOrEdgeListRequestV3 as NodeOrEdgeListRequestV3
    from .node_properties_3d import NodeProperties3D as NodeProperties3D
    from .node_properties_3d_additional_property import (
        NodeProperties3DAdditionalProperty as NodeProperties3DAdditionalProperty,
    )
    from .node_write import NodeWrite as NodeWrite
    from .nodes_with_bounding_box import NodesWithBoundingBox as NodesWithBoundingBox
    from .nodes_with_bounding_box_list import NodesWithBoundingBoxList as NodesWithBoundingBoxList
    from .nonce_credentials import NonceCredentials as NonceCredentials
    from .not_found_response import NotFoundResponse as NotFoundResponse
    from .not_found_response_error import NotFoundResponseError as NotFoundResponseError
    from .not_found_response_external_id import NotFoundResponseExternalId as NotFoundResponseExternalId
    from .not_found_response_id import NotFoundResponseId as NotFoundResponseId
    from .not_found_response_instance_id import NotFoundResponseInstanceId as NotFoundResponseInstanceId
    from .not_found_response_without_instance_id import (
        NotFoundResponseWithoutInstanceId as NotFoundResponseWithoutInstanceId,
    )
    from .not_found_response_without_instance_id_error import (
        NotFoundResponseWithoutInstanceIdError as NotFoundResponseWithoutInstanceIdError,
    )
    from .not_found_response_without_instance_id_external_id import (
        NotFoundResponseWithoutInstanceIdExternalId as NotFoundResponseWithoutInstanceIdExternalId,
    )
    from .not_found_response_without_instance_id_id import (
        NotFoundResponseWithoutInstanceIdId as NotFoundResponseWithoutInstanceIdId,
    )
    from .notification_create_with_external_id import (
        NotificationCreateWithExternalId as NotificationCreateWithExternalId,
    )
    from .notification_create_with_id import NotificationCreateWithId as NotificationCreateWithId
    from .notification_read import NotificationRead as NotificationRead
    from .nullable_single_patch_long_remove import NullableSinglePatchLongRemove as NullableSinglePatchLongRemove
    from .nullable_single_patch_long_set import NullableSinglePatchLongSet as NullableSinglePatchLongSet
    from .nullable_single_patch_string_remove import NullableSinglePatchStringRemove as NullableSinglePatchStringRemove
    from .nullable_single_patch_string_set import NullableSinglePatchStringSet as NullableSinglePatchStringSet
    from .number_histogram_aggregate import NumberHistogramAggregate as NumberHistogramAggregate
    from .number_histogram_aggregate_ila import NumberHistogramAggregateIla as NumberHistogramAggregateIla
    from .number_histogram_aggregate_ila_number_histogram import (
        NumberHistogramAggregateIlaNumberHistogram as NumberHistogramAggregateIlaNumberHistogram,
    )
    from .number_histogram_aggregate_ila_number_histogram_hard_bounds import (
        NumberHistogramAggregateIlaNumberHistogramHardBounds as NumberHistogramAggregateIlaNumberHistogramHardBounds,
    )
    from .number_histogram_aggregate_number_histogram import (
        NumberHistogramAggregateNumberHistogram as NumberHistogramAggregateNumberHistogram,
    )
    from .number_histogram_aggregate_result import NumberHistogramAggregateResult as NumberHistogramAggregateResult
    from .number_histogram_aggregate_result_buckets_item import (
        NumberHistogramAggregateResultBucketsItem as NumberHistogramAggregateResultBucketsItem,
    )
    from .number_histogram_aggregate_result_ila import (
        NumberHistogramAggregateResultIla as NumberHistogramAggregateResultIla,
    )
    from .number_histogram_aggregate_result_ila_number_histogram_buckets_item import (
        NumberHistogramAggregateResultIlaNumberHistogramBucketsItem as NumberHistogramAggregateResultIlaNumberHistogramBucketsItem,
    )
    from .numeric_aggregate_functions import NumericAggregateFunctions as NumericAggregateFunctions
    from .numeric_aggregate_functions_max_datapoint import (
        NumericAggregateFunctionsMaxDatapoint as NumericAggregateFunctionsMaxDatapoint,
    )
    from .numeric_aggregate_functions_min_datapoint import (
        NumericAggregateFunctionsMinDatapoint as NumericAggregateFunctionsMinDatapoint,
    )
    from .object_patch_add_remove import ObjectPatchAddRemove as ObjectPatchAddRemove
    from .object_patch_add_remove_add import ObjectPatchAddRemoveAdd as ObjectPatchAddRemoveAdd
    from .object_patch_add_remove_asset import ObjectPatchAddRemoveAsset as ObjectPatchAddRemoveAsset
    from .object_patch_add_remove_asset_add import ObjectPatchAddRemoveAssetAdd as ObjectPatchAddRemoveAssetAdd
    from .object_patch_add_remove_data_set import ObjectPatchAddRemoveDataSet as ObjectPatchAddRemoveDataSet
    from .object_patch_add_remove_data_set_add import ObjectPatchAddRemoveDataSetAdd as ObjectPatchAddRemoveDataSetAdd
    from .object_patch_event_add_remove import ObjectPatchEventAddRemove as ObjectPatchEventAddRemove
    from .object_patch_event_add_remove_add import ObjectPatchEventAddRemoveAdd as ObjectPatchEventAddRemoveAdd
    from .object_patch_event_set import ObjectPatchEventSet as ObjectPatchEventSet
    from .object_patch_event_set_set import ObjectPatchEventSetSet as ObjectPatchEventSetSet
    from .object_patch_set import ObjectPatchSet as ObjectPatchSet
    from .object_patch_set_asset import ObjectPatchSetAsset as ObjectPatchSetAsset
    from .object_patch_set_asset_set import ObjectPatchSetAssetSet as ObjectPatchSetAssetSet
    from .object_patch_set_data_set import ObjectPatchSetDataSet as ObjectPatchSetDataSet
    from .object_patch_set_data_set_set import ObjectPatchSetDataSetSet as ObjectPatchSetDataSetSet
    from .object_patch_set_set import ObjectPatchSetSet as ObjectPatchSetSet
    from .oidc_configuration_dto import OidcConfigurationDTO as OidcConfigurationDTO
    from .oidc_configuration_update_dto import OidcConfigurationUpdateDTO as OidcConfigurationUpdateDTO
    from .okta_id_p import OktaIdP as OktaIdP
    from .one_data_dms_identifier import OneDataDmsIdentifier as OneDataDmsIdentifier
    from .one_of_file_id_option_0 import OneOfFileIdOption0 as OneOfFileIdOption0
    from .one_of_file_id_option_1 import OneOfFileIdOption1 as OneOfFileIdOption1
    from .one_of_file_id_option_2 import OneOfFileIdOption2 as OneOfFileIdOption2
    from .one_of_id_external_id import OneOfIdExternalId as OneOfIdExternalId
    from .one_of_id_id import OneOfIdId as OneOfIdId
    from .optimizer_job import OptimizerJob as OptimizerJob
    from .optimizer_job_configuration import OptimizerJobConfiguration as OptimizerJobConfiguration
    from .optimizer_job_source import OptimizerJobSource as OptimizerJobSource
    from .org_user import OrgUser as OrgUser
    from .organization import Organization as Organization
    from .organization_list_response import OrganizationListResponse as OrganizationListResponse
    from .organization_request_item import OrganizationRequestItem as OrganizationRequestItem
    from .organization_response_dto import OrganizationResponseDto as OrganizationResponseDto
    from .organization_response_item import OrganizationResponseItem as OrganizationResponseItem
    from .overlaps_filter_v3 import OverlapsFilterV3 as OverlapsFilterV3
    from .overlaps_filter_v3_overlaps import OverlapsFilterV3Overlaps as OverlapsFilterV3Overlaps
    from .page_range import PageRange as PageRange
    from .paged_enriched_relationship_response_wrapper import (
        PagedEnrichedRelationshipResponseWrapper as PagedEnrichedRelationshipResponseWrapper,
    )
    from .paged_relationship_response_wrapper import (
        PagedRelationshipResponseWrapper as PagedRelationshipResponseWrapper,
    )
    from .parameterized_property_value_v3 import ParameterizedPropertyValueV3 as ParameterizedPropertyValueV3
    from .parse_status import ParseStatus as ParseStatus
    from .partition_object import PartitionObject as PartitionObject
    from .partition_object_limited_10 import PartitionObjectLimited10 as PartitionObjectLimited10
    from .passage_document import PassageDocument as PassageDocument
    from .passage_source_file import PassageSourceFile as PassageSourceFile
    from .patch_confirmed_matches import PatchConfirmedMatches as PatchConfirmedMatches
    from .patch_match_rules import PatchMatchRules as PatchMatchRules
    from .patch_model_parameters import PatchModelParameters as PatchModelParameters
    from .patch_pipeline_description import PatchPipelineDescription as PatchPipelineDescription
    from .patch_pipeline_name import PatchPipelineName as PatchPipelineName
    from .patch_pipeline_replacements import PatchPipelineReplacements as PatchPipelineReplacements
    from .patch_pipeline_score_threshold import PatchPipelineScoreThreshold as PatchPipelineScoreThreshold
    from .patch_pipeline_sources import PatchPipelineSources as PatchPipelineSources
    from .patch_pipeline_targets import PatchPipelineTargets as PatchPipelineTargets
    from .patch_rejected_matches import PatchRejectedMatches as PatchRejectedMatches
    from .patch_true_matches import PatchTrueMatches as PatchTrueMatches
    from .path import Path as Path
    from .path_style import PathStyle as PathStyle
    from .path_style_fill_rule import PathStyleFillRule as PathStyleFillRule
    from .path_style_stroke_linecap import PathStyleStrokeLinecap as PathStyleStrokeLinecap
    from .path_style_stroke_linejoin import PathStyleStrokeLinejoin as PathStyleStrokeLinejoin
    from .path_styles_dict import PathStylesDict as PathStylesDict
    from .paths_dict import PathsDict as PathsDict
    from .people_detection_parameters import PeopleDetectionParameters as PeopleDetectionParameters
    from .persisted_object import PersistedObject as PersistedObject
    from .personal_protective_equipment_detection_parameters import (
        PersonalProtectiveEquipmentDetectionParameters as PersonalProtectiveEquipmentDetectionParameters,
    )
    from .pipeline_configuration_cad import PipelineConfigurationCad as PipelineConfigurationCad
    from .pipeline_configuration_point_cloud import PipelineConfigurationPointCloud as PipelineConfigurationPointCloud
    from .pipeline_configuration_point_cloud_indexing_options import (
        PipelineConfigurationPointCloudIndexingOptions as PipelineConfigurationPointCloudIndexingOptions,
    )
    from .pipeline_configuration_point_cloud_process_tiles_options import (
        PipelineConfigurationPointCloudProcessTilesOptions as PipelineConfigurationPointCloudProcessTilesOptions,
    )
    from .pipeline_create_item import PipelineCreateItem as PipelineCreateItem
    from .pipeline_created_item import PipelineCreatedItem as PipelineCreatedItem
    from .pipeline_created_response import PipelineCreatedResponse as PipelineCreatedResponse
    from .pipeline_cursored_list_response import PipelineCursoredListResponse as PipelineCursoredListResponse
    from .pipeline_list_response import PipelineListResponse as PipelineListResponse
    from .pipeline_match import PipelineMatch as PipelineMatch
    from .pipeline_match_match_type import PipelineMatchMatchType as PipelineMatchMatchType
    from .pipeline_match_source import PipelineMatchSource as PipelineMatchSource
    from .pipeline_match_target import PipelineMatchTarget as PipelineMatchTarget
    from .pipeline_replacements_item import PipelineReplacementsItem as PipelineReplacementsItem
    from .pipeline_resource_type import PipelineResourceType as PipelineResourceType
    from .pipeline_response_item import PipelineResponseItem as PipelineResponseItem
    from .pipeline_response_item_last_run import PipelineResponseItemLastRun as PipelineResponseItemLastRun
    from .pipeline_run_cursored_list_response import PipelineRunCursoredListResponse as PipelineRunCursoredListResponse
    from .pipeline_run_item import PipelineRunItem as PipelineRunItem
    from .pipeline_run_item_with_results import PipelineRunItemWithResults as PipelineRunItemWithResults
    from .pipeline_run_with_results_response import PipelineRunWithResultsResponse as PipelineRunWithResultsResponse
    from .pipeline_sources_option_0 import PipelineSourcesOption0 as PipelineSourcesOption0
    from .pipeline_sources_option_1 import PipelineSourcesOption1 as PipelineSourcesOption1
    from .pipeline_sources_option_2 import PipelineSourcesOption2 as PipelineSourcesOption2
    from .pipeline_sources_option_2_entities_item import (
        PipelineSourcesOption2EntitiesItem as PipelineSourcesOption2EntitiesItem,
    )
    from .pipeline_targets_option_0 import PipelineTargetsOption0 as PipelineTargetsOption0
    from .pipeline_targets_option_1 import PipelineTargetsOption1 as PipelineTargetsOption1
    from .pipeline_targets_option_2 import PipelineTargetsOption2 as PipelineTargetsOption2
    from .pipeline_targets_option_2_entities_item import (
        PipelineTargetsOption2EntitiesItem as PipelineTargetsOption2EntitiesItem,
    )
    from .pipeline_update_data import PipelineUpdateData as PipelineUpdateData
    from .pipeline_updated_response import PipelineUpdatedResponse as PipelineUpdatedResponse
    from .point import Point as Point
    from .poll_request import PollRequest as PollRequest
    from .poll_response import PollResponse as PollResponse
    from .poll_response_items_item import PollResponseItemsItem as PollResponseItemsItem
    from .poll_response_items_item_input import PollResponseItemsItemInput as PollResponseItemsItemInput
    from .poll_response_items_item_output import PollResponseItemsItemOutput as PollResponseItemsItemOutput
    from .poll_response_items_item_status import PollResponseItemsItemStatus as PollResponseItemsItemStatus
    from .polygon import Polygon as Polygon
    from .post_api_v1_projects_project_transformations_cancel_response_200 import (
        PostApiV1ProjectsProjectTransformationsCancelResponse200 as PostApiV1ProjectsProjectTransformationsCancelResponse200,
    )
    from .post_api_v1_projects_project_transformations_cancel_response_400 import (
        PostApiV1ProjectsProjectTransformationsCancelResponse400 as PostApiV1ProjectsProjectTransformationsCancelResponse400,
    )
    from .post_api_v1_projects_project_transformations_cancel_response_400_error import (
        PostApiV1ProjectsProjectTransformationsCancelResponse400Error as PostApiV1ProjectsProjectTransformationsCancelResponse400Error,
    )
    from .post_api_v1_projects_project_transformations_cancel_response_403 import (
        PostApiV1ProjectsProjectTransformationsCancelResponse403 as PostApiV1ProjectsProjectTransformationsCancelResponse403,
    )
    from .post_api_v1_projects_project_transformations_cancel_response_403_error import (
        PostApiV1ProjectsProjectTransformationsCancelResponse403Error as PostApiV1ProjectsProjectTransformationsCancelResponse403Error,
    )
    from .post_datapoint_numerical_datapoint import PostDatapointNumericalDatapoint as PostDatapointNumericalDatapoint
    from .post_datapoint_string_datapoint import PostDatapointStringDatapoint as PostDatapointStringDatapoint
    from .post_function_schedules_body import PostFunctionSchedulesBody as PostFunctionSchedulesBody
    from .post_functions_body import PostFunctionsBody as PostFunctionsBody
    from .post_rows_files_body import PostRowsFilesBody as PostRowsFilesBody
    from .post_rows_files_body_file import PostRowsFilesBodyFile as PostRowsFilesBodyFile
    from .post_sequence_column_dto import PostSequenceColumnDTO as PostSequenceColumnDTO
    from .post_sequence_column_dto_metadata import PostSequenceColumnDTOMetadata as PostSequenceColumnDTOMetadata
    from .post_sequence_dto import PostSequenceDTO as PostSequenceDTO
    from .post_sequence_dto_metadata import PostSequenceDTOMetadata as PostSequenceDTOMetadata
    from .post_time_series_metadata_dto import PostTimeSeriesMetadataDTO as PostTimeSeriesMetadataDTO
    from .post_vision_extract_body import PostVisionExtractBody as PostVisionExtractBody
    from .prefix_config import PrefixConfig as PrefixConfig
    from .prefix_filter import PrefixFilter as PrefixFilter
    from .prefix_filter_ila import PrefixFilterIla as PrefixFilterIla
    from .prefix_filter_ila_prefix import PrefixFilterIlaPrefix as PrefixFilterIlaPrefix
    from .prefix_filter_prefix import PrefixFilterPrefix as PrefixFilterPrefix
    from .prefix_filter_v3 import PrefixFilterV3 as PrefixFilterV3
    from .prefix_filter_v3_prefix import PrefixFilterV3Prefix as PrefixFilterV3Prefix
    from .preview_result_error import PreviewResultError as PreviewResultError
    from .preview_result_error_kind import PreviewResultErrorKind as PreviewResultErrorKind
    from .preview_result_payload import PreviewResultPayload as PreviewResultPayload
    from .preview_result_payload_context import PreviewResultPayloadContext as PreviewResultPayloadContext
    from .preview_result_pending import PreviewResultPending as PreviewResultPending
    from .primitive_property import PrimitiveProperty as PrimitiveProperty
    from .primitive_property_type import PrimitivePropertyType as PrimitivePropertyType
    from .primitive_property_unit import PrimitivePropertyUnit as PrimitivePropertyUnit
    from .principal_list_by_ids_request_dto import PrincipalListByIdsRequestDto as PrincipalListByIdsRequestDto
    from .principal_type import PrincipalType as PrincipalType
    from .principals_list_paginated_dto import PrincipalsListPaginatedDto as PrincipalsListPaginatedDto
    from .principals_list_response_dto import PrincipalsListResponseDto as PrincipalsListResponseDto
    from .project_asset_mapping_3d_list import ProjectAssetMapping3DList as ProjectAssetMapping3DList
    from .project_create_request import ProjectCreateRequest as ProjectCreateRequest
    from .project_creation_response import ProjectCreationResponse as ProjectCreationResponse
    from .project_deletion_report_state import ProjectDeletionReportState as ProjectDeletionReportState
    from .project_deletion_report_state_not_completed import (
        ProjectDeletionReportStateNotCompleted as ProjectDeletionReportStateNotCompleted,
    )
    from .project_internal_v0_response import ProjectInternalV0Response as ProjectInternalV0Response
    from .project_interval_v0_response_dto import ProjectIntervalV0ResponseDto as ProjectIntervalV0ResponseDto
    from .project_list_response import ProjectListResponse as ProjectListResponse
    from .project_list_response_items_item import ProjectListResponseItemsItem as ProjectListResponseItemsItem
    from .project_pending_deletion import ProjectPendingDeletion as ProjectPendingDeletion
    from .project_response import ProjectResponse as ProjectResponse
    from .project_response_body import ProjectResponseBody as ProjectResponseBody
    from .project_response_dto import ProjectResponseDto as ProjectResponseDto
    from .project_scope_all_projects import ProjectScopeAllProjects as ProjectScopeAllProjects
    from .project_scope_all_projects_all_projects import (
        ProjectScopeAllProjectsAllProjects as ProjectScopeAllProjectsAllProjects,
    )
    from .project_scope_projects_list import ProjectScopeProjectsList as ProjectScopeProjectsList
    from .project_state import ProjectState as ProjectState
    from .project_statistics import ProjectStatistics as ProjectStatistics
    from .project_update_object_dto import ProjectUpdateObjectDTO as ProjectUpdateObjectDTO
    from .project_with_admin_properties_response import (
        ProjectWithAdminPropertiesResponse as ProjectWithAdminPropertiesResponse,
    )
    from .projects_item import ProjectsItem as ProjectsItem
    from .projects_pending_deletion_response import ProjectsPendingDeletionResponse as ProjectsPendingDeletionResponse
    from .property_sort import PropertySort as PropertySort
    from .property_sort_direction import PropertySortDirection as PropertySortDirection
    from .property_sort_v3 import PropertySortV3 as PropertySortV3
    from .property_sort_v3_direction import PropertySortV3Direction as PropertySortV3Direction
    from .property_specific_target_unit import PropertySpecificTargetUnit as PropertySpecificTargetUnit
    from .property_specific_target_unit_unit_system_name import (
        PropertySpecificTargetUnitUnitSystemName as PropertySpecificTargetUnitUnitSystemName,
    )
    from .property_value_group_v3 import PropertyValueGroupV3 as PropertyValueGroupV3
    from .proto_file import ProtoFile as ProtoFile
    from .protobuf_config import ProtobufConfig as ProtobufConfig
    from .query_edge_table_expression_v3 import QueryEdgeTableExpressionV3 as QueryEdgeTableExpressionV3
    from .query_edge_table_expression_v3_edges import QueryEdgeTableExpressionV3Edges as QueryEdgeTableExpressionV3Edges
    from .query_edge_table_expression_v3_edges_direction import (
        QueryEdgeTableExpressionV3EdgesDirection as QueryEdgeTableExpressionV3EdgesDirection,
    )
    from .query_intersection_table_expression_v3 import (
        QueryIntersectionTableExpressionV3 as QueryIntersectionTableExpressionV3,
    )
    from .query_node_table_expression_v3 import QueryNodeTableExpressionV3 as QueryNodeTableExpressionV3
    from .query_node_table_expression_v3_nodes import QueryNodeTableExpressionV3Nodes as QueryNodeTableExpressionV3Nodes
    from .query_node_table_expression_v3_nodes_direction import (
        QueryNodeTableExpressionV3NodesDirection as QueryNodeTableExpressionV3NodesDirection,
    )
    from .query_param_authentication import QueryParamAuthentication as QueryParamAuthentication
    from .query_parameter_config import QueryParameterConfig as QueryParameterConfig
    from .query_request import QueryRequest as QueryRequest
    from .query_request_body import QueryRequestBody as QueryRequestBody
    from .query_request_cursors import QueryRequestCursors as QueryRequestCursors
    from .query_request_parameters import QueryRequestParameters as QueryRequestParameters
    from .query_request_select import QueryRequestSelect as QueryRequestSelect
    from .query_request_with import QueryRequestWith as QueryRequestWith
    from .query_response import QueryResponse as QueryResponse
    from .query_response_items import QueryResponseItems as QueryResponseItems
    from .query_response_items_additional_property import (
        QueryResponseItemsAdditionalProperty as QueryResponseItemsAdditionalProperty,
    )
    from .query_response_next_cursor import QueryResponseNextCursor as QueryResponseNextCursor
    from .query_response_typing import QueryResponseTyping as QueryResponseTyping
    from .query_results_body import QueryResultsBody as QueryResultsBody
    from .query_select_v3 import QuerySelectV3 as QuerySelectV3
    from .query_union_all_table_expression_v3 import QueryUnionAllTableExpressionV3 as QueryUnionAllTableExpressionV3
    from .query_union_table_expression_v3 import QueryUnionTableExpressionV3 as QueryUnionTableExpressionV3
    from .range_filter_ila import RangeFilterIla as RangeFilterIla
    from .range_filter_ila_range import RangeFilterIlaRange as RangeFilterIlaRange
    from .range_filter_v3 import RangeFilterV3 as RangeFilterV3
    from .range_filter_v3_range import RangeFilterV3Range as RangeFilterV3Range
    from .raw_data_source import RawDataSource as RawDataSource
    from .raw_db import RawDB as RawDB
    from .raw_db_row import RawDBRow as RawDBRow
    from .raw_db_row_columns import RawDBRowColumns as RawDBRowColumns
    from .raw_db_row_insert import RawDBRowInsert as RawDBRowInsert
    from .raw_db_row_insert_columns import RawDBRowInsertColumns as RawDBRowInsertColumns
    from .raw_db_row_key import RawDBRowKey as RawDBRowKey
    from .raw_db_table import RawDBTable as RawDBTable
    from .raw_matcher import RAWMatcher as RAWMatcher
    from .raw_property_value_list_v3_option_3 import RawPropertyValueListV3Option3 as RawPropertyValueListV3Option3
    from .raw_property_value_v3_direct_relation import (
        RawPropertyValueV3DirectRelation as RawPropertyValueV3DirectRelation,
    )
    from .raw_property_value_v3_object import RawPropertyValueV3Object as RawPropertyValueV3Object
    from .raw_property_value_v3_type_8_item import RawPropertyValueV3Type8Item as RawPropertyValueV3Type8Item
    from .raw_property_value_v3_type_9_item import RawPropertyValueV3Type9Item as RawPropertyValueV3Type9Item
    from .raw_response_item import RawResponseItem as RawResponseItem
    from .raw_response_item_core import RawResponseItemCore as RawResponseItemCore
    from .raw_response_item_core_value import RawResponseItemCoreValue as RawResponseItemCoreValue
    from .raw_responses import RawResponses as RawResponses
    from .raw_row_csv import RawRowCSV as RawRowCSV
    from .raw_row_csv_rows_item_item import RawRowCSVRowsItemItem as RawRowCSVRowsItemItem
    from .raw_table import RawTable as RawTable
    from .raw_table_options import RawTableOptions as RawTableOptions
    from .raw_tables_update_add_remove import RawTablesUpdateAddRemove as RawTablesUpdateAddRemove
    from .raw_tables_update_set import RawTablesUpdateSet as RawTablesUpdateSet
    from .record import Record as Record
    from .record_container_create_definition import RecordContainerCreateDefinition as RecordContainerCreateDefinition
    from .record_container_property_create_definition import (
        RecordContainerPropertyCreateDefinition as RecordContainerPropertyCreateDefinition,
    )
    from .record_container_property_definition import (
        RecordContainerPropertyDefinition as RecordContainerPropertyDefinition,
    )
    from .record_container_property_definition_option_3 import (
        RecordContainerPropertyDefinitionOption3 as RecordContainerPropertyDefinitionOption3,
    )
    from .record_container_property_type_definition import (
        RecordContainerPropertyTypeDefinition as RecordContainerPropertyTypeDefinition,
    )
    from .record_container_type_information import RecordContainerTypeInformation as RecordContainerTypeInformation
    from .record_core_property_create_definition import (
        RecordCorePropertyCreateDefinition as RecordCorePropertyCreateDefinition,
    )
    from .record_core_property_create_definition_option_3 import (
        RecordCorePropertyCreateDefinitionOption3 as RecordCorePropertyCreateDefinitionOption3,
    )
    from .record_data import RecordData as RecordData
    from .record_delete import RecordDelete as RecordDelete
    from .record_direct_node_relation import RecordDirectNodeRelation as RecordDirectNodeRelation
    from .record_direct_relation_property_type import (
        RecordDirectRelationPropertyType as RecordDirectRelationPropertyType,
    )
    from .record_enum_property_type import RecordEnumPropertyType as RecordEnumPropertyType
    from .record_enum_property_type_values import RecordEnumPropertyTypeValues as RecordEnumPropertyTypeValues
    from .record_enum_value import RecordEnumValue as RecordEnumValue
    from .record_include_typing import RecordIncludeTyping as RecordIncludeTyping
    from .record_ingest import RecordIngest as RecordIngest
    from .record_operation_result import RecordOperationResult as RecordOperationResult
    from .record_operation_result_code import RecordOperationResultCode as RecordOperationResultCode
    from .record_primitive_property_type import RecordPrimitivePropertyType as RecordPrimitivePropertyType
    from .record_primitive_property_type_type import RecordPrimitivePropertyTypeType as RecordPrimitivePropertyTypeType
    from .record_properties import RecordProperties as RecordProperties
    from .record_space_type_information import RecordSpaceTypeInformation as RecordSpaceTypeInformation
    from .record_target_units import RecordTargetUnits as RecordTargetUnits
    from .record_target_units_properties import RecordTargetUnitsProperties as RecordTargetUnitsProperties
    from .record_target_units_unit_system_name import RecordTargetUnitsUnitSystemName as RecordTargetUnitsUnitSystemName
    from .record_text_property import RecordTextProperty as RecordTextProperty
    from .record_text_property_type import RecordTextPropertyType as RecordTextPropertyType
    from .record_type_information import RecordTypeInformation as RecordTypeInformation
    from .record_unit_reference import RecordUnitReference as RecordUnitReference
    from .records_aggregation_response import RecordsAggregationResponse as RecordsAggregationResponse
    from .records_delete_response import RecordsDeleteResponse as RecordsDeleteResponse
    from .records_filter_response import RecordsFilterResponse as RecordsFilterResponse
    from .records_ingest_response import RecordsIngestResponse as RecordsIngestResponse
    from .records_partial_success_response import RecordsPartialSuccessResponse as RecordsPartialSuccessResponse
    from .records_partial_success_response_error import (
        RecordsPartialSuccessResponseError as RecordsPartialSuccessResponseError,
    )
    from .records_partial_success_response_error_code import (
        RecordsPartialSuccessResponseErrorCode as RecordsPartialSuccessResponseErrorCode,
    )
    from .records_sync_response import RecordsSyncResponse as RecordsSyncResponse
    from .reduced_limit import ReducedLimit as ReducedLimit
    from .reference_ai import ReferenceAI as ReferenceAI
    from .reference_by_external_id import ReferenceByExternalId as ReferenceByExternalId
    from .reference_by_id import ReferenceById as ReferenceById
    from .referenced_property_value_v3 import ReferencedPropertyValueV3 as ReferencedPropertyValueV3
    from .refresh_session_request import RefreshSessionRequest as RefreshSessionRequest
    from .regex_extractor import RegexExtractor as RegexExtractor
    from .regex_extractor_entity_set import RegexExtractorEntitySet as RegexExtractorEntitySet
    from .rejected_key import RejectedKey as RejectedKey
    from .relationship import Relationship as Relationship
    from .relationship_request_wrapper import RelationshipRequestWrapper as RelationshipRequestWrapper
    from .relationship_response import RelationshipResponse as RelationshipResponse
    from .relationship_response_wrapper import RelationshipResponseWrapper as RelationshipResponseWrapper
    from .relationship_update import RelationshipUpdate as RelationshipUpdate
    from .relationship_update_content import RelationshipUpdateContent as RelationshipUpdateContent
    from .relationships_advanced_list_request import (
        RelationshipsAdvancedListRequest as RelationshipsAdvancedListRequest,
    )
    from .release import Release as Release
    from .release_id import ReleaseId as ReleaseId
    from .remove_claim_names import RemoveClaimNames as RemoveClaimNames
    from .remove_field import RemoveField as RemoveField
    from .remove_job_result_rejections import RemoveJobResultRejections as RemoveJobResultRejections
    from .remove_oidc_configuration import RemoveOidcConfiguration as RemoveOidcConfiguration
    from .remove_reserved_prefix import RemoveReservedPrefix as RemoveReservedPrefix
    from .request import Request as Request
    from .request_full import RequestFull as RequestFull
    from .request_full_status import RequestFullStatus as RequestFullStatus
    from .request_id_wrapper import RequestIdWrapper as RequestIdWrapper
    from .request_item import RequestItem as RequestItem
    from .request_item_full import RequestItemFull as RequestItemFull
    from .request_item_full_payload import RequestItemFullPayload as RequestItemFullPayload
    from .request_item_minimal import RequestItemMinimal as RequestItemMinimal
    from .request_item_payload import RequestItemPayload as RequestItemPayload
    from .request_minimal import RequestMinimal as RequestMinimal
    from .request_minimal_status import RequestMinimalStatus as RequestMinimalStatus
    from .request_status import RequestStatus as RequestStatus
    from .requires_constraint_create_definition import (
        RequiresConstraintCreateDefinition as RequiresConstraintCreateDefinition,
    )
    from .requires_constraint_definition import RequiresConstraintDefinition as RequiresConstraintDefinition
    from .reset_report_request import ResetReportRequest as ResetReportRequest
    from .reset_report_request_list import ResetReportRequestList as ResetReportRequestList
    from .reset_report_response import ResetReportResponse as ResetReportResponse
    from .resource_reference import ResourceReference as ResourceReference
    from .resource_reference_with_external_id import ResourceReferenceWithExternalId as ResourceReferenceWithExternalId
    from .resource_type import ResourceType as ResourceType
    from .response_400_error_response import Response400ErrorResponse as Response400ErrorResponse
    from .response_422_error_response import Response422ErrorResponse as Response422ErrorResponse
    from .response_429_error_response import Response429ErrorResponse as Response429ErrorResponse
    from .rest_interval import RestInterval as RestInterval
    from .rest_job_config import RestJobConfig as RestJobConfig
    from .rest_job_config_headers import RestJobConfigHeaders as RestJobConfigHeaders
    from .rest_job_config_method import RestJobConfigMethod as RestJobConfigMethod
    from .rest_job_config_query import RestJobConfigQuery as RestJobConfigQuery
    from .rest_source import RestSource as RestSource
    from .rest_source_scheme import RestSourceScheme as RestSourceScheme
    from .restricted_item_list_external_id_ref import RestrictedItemListExternalIdRef as RestrictedItemListExternalIdRef
    from .result_list import ResultList as ResultList
    from .result_with_type import ResultWithType as ResultWithType
    from .retry_execution import RetryExecution as RetryExecution
    from .reverse_direct_relation_connection import ReverseDirectRelationConnection as ReverseDirectRelationConnection
    from .reverse_direct_relation_connection_connection_type import (
        ReverseDirectRelationConnectionConnectionType as ReverseDirectRelationConnectionConnectionType,
    )
    from .reverse_direct_relation_connection_read import (
        ReverseDirectRelationConnectionRead as ReverseDirectRelationConnectionRead,
    )
    from .reverse_lookup_resource_reference import ReverseLookupResourceReference as ReverseLookupResourceReference
    from .revert_config_request import RevertConfigRequest as RevertConfigRequest
    from .revision_3d import Revision3D as Revision3D
    from .revision_3d_list import Revision3DList as Revision3DList
    from .revision_3d_status import Revision3DStatus as Revision3DStatus
    from .revision_3d_with_cursor_response import Revision3DWithCursorResponse as Revision3DWithCursorResponse
    from .revision_camera_properties import RevisionCameraProperties as RevisionCameraProperties
    from .revision_log_3d import RevisionLog3D as RevisionLog3D
    from .revision_log_3d_response import RevisionLog3DResponse as RevisionLog3DResponse
    from .revision_status import RevisionStatus as RevisionStatus
    from .revision_status_status import RevisionStatusStatus as RevisionStatusStatus
    from .revoke_login_sessions_for_user_principal_body import (
        RevokeLoginSessionsForUserPrincipalBody as RevokeLoginSessionsForUserPrincipalBody,
    )
    from .revoke_login_sessions_for_user_principal_body_items_item import (
        RevokeLoginSessionsForUserPrincipalBodyItemsItem as RevokeLoginSessionsForUserPrincipalBodyItemsItem,
    )
    from .revoke_session_request import RevokeSessionRequest as RevokeSessionRequest
    from .revoke_session_request_list import RevokeSessionRequestList as RevokeSessionRequestList
    from .rockwell_format import RockwellFormat as RockwellFormat
    from .rule_match import RuleMatch as RuleMatch
    from .rule_match_source import RuleMatchSource as RuleMatchSource
    from .rule_match_target import RuleMatchTarget as RuleMatchTarget
    from .rule_set import RuleSet as RuleSet
    from .rule_set_create import RuleSetCreate as RuleSetCreate
    from .rule_set_create_request import RuleSetCreateRequest as RuleSetCreateRequest
    from .rule_set_delete_request import RuleSetDeleteRequest as RuleSetDeleteRequest
    from .rule_set_reference import RuleSetReference as RuleSetReference
    from .rule_set_version import RuleSetVersion as RuleSetVersion
    from .rule_set_version_create import RuleSetVersionCreate as RuleSetVersionCreate
    from .rule_set_version_create_request import RuleSetVersionCreateRequest as RuleSetVersionCreateRequest
    from .rule_set_version_reference import RuleSetVersionReference as RuleSetVersionReference
    from .rule_set_versions_by_ids_request import RuleSetVersionsByIdsRequest as RuleSetVersionsByIdsRequest
    from .rule_set_versions_by_ids_response import RuleSetVersionsByIdsResponse as RuleSetVersionsByIdsResponse
    from .rule_sets_by_ids_request import RuleSetsByIdsRequest as RuleSetsByIdsRequest
    from .rule_sets_by_ids_response import RuleSetsByIdsResponse as RuleSetsByIdsResponse
    from .run_advanced_join_request_schema import RunAdvancedJoinRequestSchema as RunAdvancedJoinRequestSchema
    from .run_advanced_join_response_schema import RunAdvancedJoinResponseSchema as RunAdvancedJoinResponseSchema
    from .run_id_ref import RunIdRef as RunIdRef
    from .run_preview_response_400 import RunPreviewResponse400 as RunPreviewResponse400
    from .run_preview_response_400_error import RunPreviewResponse400Error as RunPreviewResponse400Error
    from .run_preview_response_403 import RunPreviewResponse403 as RunPreviewResponse403
    from .run_preview_response_403_error import RunPreviewResponse403Error as RunPreviewResponse403Error
    from .run_transformation_response_400 import RunTransformationResponse400 as RunTransformationResponse400
    from .run_transformation_response_400_error import (
        RunTransformationResponse400Error as RunTransformationResponse400Error,
    )
    from .run_transformation_response_403 import RunTransformationResponse403 as RunTransformationResponse403
    from .run_transformation_response_403_error import (
        RunTransformationResponse403Error as RunTransformationResponse403Error,
    )
    from .runs_filter import RunsFilter as RunsFilter
    from .runs_filter_request import RunsFilterRequest as RunsFilterRequest
    from .s_auth_idp import SAuthIdp as SAuthIdp
    from .schedule import Schedule as Schedule
    from .schedule_parameters_with_external_id import (
        ScheduleParametersWithExternalId as ScheduleParametersWithExternalId,
    )
    from .schedule_parameters_with_id import ScheduleParametersWithId as ScheduleParametersWithId
    from .schedule_update import ScheduleUpdate as ScheduleUpdate
    from .schedule_update_field import ScheduleUpdateField as ScheduleUpdateField
    from .schedule_update_interval import ScheduleUpdateInterval as ScheduleUpdateInterval
    from .schema_mapping import SchemaMapping as SchemaMapping
    from .score_item import ScoreItem as ScoreItem
    from .scores import Scores as Scores
    from .scram_sha_256 import ScramSha256 as ScramSha256
    from .scram_sha_512 import ScramSha512 as ScramSha512
    from .search import Search as Search
    from .search_config_view import SearchConfigView as SearchConfigView
    from .search_config_view_property_item import SearchConfigViewPropertyItem as SearchConfigViewPropertyItem
    from .search_config_view_response import SearchConfigViewResponse as SearchConfigViewResponse
    from .search_config_view_write import SearchConfigViewWrite as SearchConfigViewWrite
    from .search_filter import SearchFilter as SearchFilter
    from .search_filter_search import SearchFilterSearch as SearchFilterSearch
    from .search_operator import SearchOperator as SearchOperator
    from .search_request_v3 import SearchRequestV3 as SearchRequestV3
    from .search_response import SearchResponse as SearchResponse
    from .search_sort import SearchSort as SearchSort
    from .search_sort_direction import SearchSortDirection as SearchSortDirection
    from .security_category_dto import SecurityCategoryDTO as SecurityCategoryDTO
    from .security_category_response import SecurityCategoryResponse as SecurityCategoryResponse
    from .security_category_spec_dto import SecurityCategorySpecDTO as SecurityCategorySpecDTO
    from .security_category_with_cursor_response import (
        SecurityCategoryWithCursorResponse as SecurityCategoryWithCursorResponse,
    )
    from .segment_bounding_box import SegmentBoundingBox as SegmentBoundingBox
    from .segment_point import SegmentPoint as SegmentPoint
    from .segment_point_label import SegmentPointLabel as SegmentPointLabel
    from .selective_external_id_filter_notice import SelectiveExternalIDFilterNotice as SelectiveExternalIDFilterNotice
    from .sequence_change_dto import SequenceChangeDTO as SequenceChangeDTO
    from .sequence_change_dto_update import SequenceChangeDTOUpdate as SequenceChangeDTOUpdate
    from .sequence_column_change_dto import SequenceColumnChangeDTO as SequenceColumnChangeDTO
    from .sequence_column_change_dto_modify_item import (
        SequenceColumnChangeDTOModifyItem as SequenceColumnChangeDTOModifyItem,
    )
    from .sequence_column_change_dto_modify_item_update import (
        SequenceColumnChangeDTOModifyItemUpdate as SequenceColumnChangeDTOModifyItemUpdate,
    )
    from .sequence_column_change_dto_remove_item import (
        SequenceColumnChangeDTORemoveItem as SequenceColumnChangeDTORemoveItem,
    )
    from .sequence_data_delete_request_dto import SequenceDataDeleteRequestDTO as SequenceDataDeleteRequestDTO
    from .sequence_data_insertion import SequenceDataInsertion as SequenceDataInsertion
    from .sequence_data_request_dto import SequenceDataRequestDTO as SequenceDataRequestDTO
    from .sequence_data_request_select_by_external_id import (
        SequenceDataRequestSelectByExternalId as SequenceDataRequestSelectByExternalId,
    )
    from .sequence_data_request_select_by_id import SequenceDataRequestSelectById as SequenceDataRequestSelectById
    from .sequence_delete_data_request_select_by_external_id import (
        SequenceDeleteDataRequestSelectByExternalId as SequenceDeleteDataRequestSelectByExternalId,
    )
    from .sequence_delete_data_request_select_by_id import (
        SequenceDeleteDataRequestSelectById as SequenceDeleteDataRequestSelectById,
    )
    from .sequence_filter import SequenceFilter as SequenceFilter
    from .sequence_filter_metadata import SequenceFilterMetadata as SequenceFilterMetadata
    from .sequence_get_data import SequenceGetData as SequenceGetData
    from .sequence_get_data_with_cursor import SequenceGetDataWithCursor as SequenceGetDataWithCursor
    from .sequence_latest_data_request_dto import SequenceLatestDataRequestDTO as SequenceLatestDataRequestDTO
    from .sequence_latest_data_request_select_by_external_id import (
        SequenceLatestDataRequestSelectByExternalId as SequenceLatestDataRequestSelectByExternalId,
    )
    from .sequence_latest_data_request_select_by_id import (
        SequenceLatestDataRequestSelectById as SequenceLatestDataRequestSelectById,
    )
    from .sequence_post_data_select_by_external_id import (
        SequencePostDataSelectByExternalId as SequencePostDataSelectByExternalId,
    )
    from .sequence_post_data_select_by_id import SequencePostDataSelectById as SequencePostDataSelectById
    from .sequence_row_data_source import SequenceRowDataSource as SequenceRowDataSource
    from .sequence_row_dto import SequenceRowDTO as SequenceRowDTO
    from .sequence_search import SequenceSearch as SequenceSearch
    from .sequence_value_type_enum import SequenceValueTypeEnum as SequenceValueTypeEnum
    from .sequence_with_cursor_response import SequenceWithCursorResponse as SequenceWithCursorResponse
    from .sequences_advanced_aggregate_dto_sequences_cardinality_properties_aggregate import (
        SequencesAdvancedAggregateDTOSequencesCardinalityPropertiesAggregate as SequencesAdvancedAggregateDTOSequencesCardinalityPropertiesAggregate,
    )
    from .sequences_advanced_aggregate_dto_sequences_cardinality_values_aggregate import (
        SequencesAdvancedAggregateDTOSequencesCardinalityValuesAggregate as SequencesAdvancedAggregateDTOSequencesCardinalityValuesAggregate,
    )
    from .sequences_advanced_aggregate_dto_sequences_count_aggregate import (
        SequencesAdvancedAggregateDTOSequencesCountAggregate as SequencesAdvancedAggregateDTOSequencesCountAggregate,
    )
    from .sequences_advanced_aggregate_dto_sequences_unique_properties_aggregate import (
        SequencesAdvancedAggregateDTOSequencesUniquePropertiesAggregate as SequencesAdvancedAggregateDTOSequencesUniquePropertiesAggregate,
    )
    from .sequences_advanced_aggregate_dto_sequences_unique_values_aggregate import (
        SequencesAdvancedAggregateDTOSequencesUniqueValuesAggregate as SequencesAdvancedAggregateDTOSequencesUniqueValuesAggregate,
    )
    from .sequences_advanced_aggregate_dto_shared import (
        SequencesAdvancedAggregateDTOShared as SequencesAdvancedAggregateDTOShared,
    )
    from .sequences_advanced_list_dto import SequencesAdvancedListDTO as SequencesAdvancedListDTO
    from .sequences_aggregate_path import SequencesAggregatePath as SequencesAggregatePath
    from .sequences_aggregate_properties import SequencesAggregateProperties as SequencesAggregateProperties
    from .sequences_aggregate_properties_properties_item import (
        SequencesAggregatePropertiesPropertiesItem as SequencesAggregatePropertiesPropertiesItem,
    )
    from .sequences_bool_aggregate_filter_and import SequencesBoolAggregateFilterAnd as SequencesBoolAggregateFilterAnd
    from .sequences_bool_aggregate_filter_not import SequencesBoolAggregateFilterNot as SequencesBoolAggregateFilterNot
    from .sequences_bool_aggregate_filter_or import SequencesBoolAggregateFilterOr as SequencesBoolAggregateFilterOr
    from .sequences_bool_filter_and import SequencesBoolFilterAnd as SequencesBoolFilterAnd
    from .sequences_bool_filter_not import SequencesBoolFilterNot as SequencesBoolFilterNot
    from .sequences_bool_filter_or import SequencesBoolFilterOr as SequencesBoolFilterOr
    from .sequences_cardinality_properties_aggregate import (
        SequencesCardinalityPropertiesAggregate as SequencesCardinalityPropertiesAggregate,
    )
    from .sequences_cardinality_properties_aggregate_response import (
        SequencesCardinalityPropertiesAggregateResponse as SequencesCardinalityPropertiesAggregateResponse,
    )
    from .sequences_cardinality_properties_aggregate_response_items_item import (
        SequencesCardinalityPropertiesAggregateResponseItemsItem as SequencesCardinalityPropertiesAggregateResponseItemsItem,
    )
    from .sequences_cardinality_values_aggregate import (
        SequencesCardinalityValuesAggregate as SequencesCardinalityValuesAggregate,
    )
    from .sequences_cardinality_values_aggregate_response import (
        SequencesCardinalityValuesAggregateResponse as SequencesCardinalityValuesAggregateResponse,
    )
    from .sequences_cardinality_values_aggregate_response_items_item import (
        SequencesCardinalityValuesAggregateResponseItemsItem as SequencesCardinalityValuesAggregateResponseItemsItem,
    )
    from .sequences_contains_all_filter import SequencesContainsAllFilter as SequencesContainsAllFilter
    from .sequences_contains_all_filter_contains_all import (
        SequencesContainsAllFilterContainsAll as SequencesContainsAllFilterContainsAll,
    )
    from .sequences_contains_any_filter import SequencesContainsAnyFilter as SequencesContainsAnyFilter
    from .sequences_contains_any_filter_contains_any import (
        SequencesContainsAnyFilterContainsAny as SequencesContainsAnyFilterContainsAny,
    )
    from .sequences_count_aggregate import SequencesCountAggregate as SequencesCountAggregate
    from .sequences_count_aggregate_response import SequencesCountAggregateResponse as SequencesCountAggregateResponse
    from .sequences_count_aggregate_response_items_item import (
        SequencesCountAggregateResponseItemsItem as SequencesCountAggregateResponseItemsItem,
    )
    from .sequences_equals_filter import SequencesEqualsFilter as SequencesEqualsFilter
    from .sequences_equals_filter_equals import SequencesEqualsFilterEquals as SequencesEqualsFilterEquals
    from .sequences_exists_filter import SequencesExistsFilter as SequencesExistsFilter
    from .sequences_exists_filter_exists import SequencesExistsFilterExists as SequencesExistsFilterExists
    from .sequences_in_aggregate_filter import SequencesInAggregateFilter as SequencesInAggregateFilter
    from .sequences_in_aggregate_filter_in import SequencesInAggregateFilterIn as SequencesInAggregateFilterIn
    from .sequences_in_filter import SequencesInFilter as SequencesInFilter
    from .sequences_in_filter_in import SequencesInFilterIn as SequencesInFilterIn
    from .sequences_prefix_aggregate_filter import SequencesPrefixAggregateFilter as SequencesPrefixAggregateFilter
    from .sequences_prefix_aggregate_filter_prefix import (
        SequencesPrefixAggregateFilterPrefix as SequencesPrefixAggregateFilterPrefix,
    )
    from .sequences_prefix_filter import SequencesPrefixFilter as SequencesPrefixFilter
    from .sequences_prefix_filter_prefix import SequencesPrefixFilterPrefix as SequencesPrefixFilterPrefix
    from .sequences_range_aggregate_filter import SequencesRangeAggregateFilter as SequencesRangeAggregateFilter
    from .sequences_range_aggregate_filter_range import (
        SequencesRangeAggregateFilterRange as SequencesRangeAggregateFilterRange,
    )
    from .sequences_range_filter import SequencesRangeFilter as SequencesRangeFilter
    from .sequences_range_filter_range import SequencesRangeFilterRange as SequencesRangeFilterRange
    from .sequences_search_dto import SequencesSearchDTO as SequencesSearchDTO
    from .sequences_search_filter import SequencesSearchFilter as SequencesSearchFilter
    from .sequences_search_filter_search import SequencesSearchFilterSearch as SequencesSearchFilterSearch
    from .sequences_sort import SequencesSort as SequencesSort
    from .sequences_sort_item import SequencesSortItem as SequencesSortItem
    from .sequences_sort_item_nulls import SequencesSortItemNulls as SequencesSortItemNulls
    from .sequences_sort_item_order import SequencesSortItemOrder as SequencesSortItemOrder
    from .sequences_unique_properties_aggregate import (
        SequencesUniquePropertiesAggregate as SequencesUniquePropertiesAggregate,
    )
    from .sequences_unique_properties_aggregate_response import (
        SequencesUniquePropertiesAggregateResponse as SequencesUniquePropertiesAggregateResponse,
    )
    from .sequences_unique_properties_aggregate_response_items_item import (
        SequencesUniquePropertiesAggregateResponseItemsItem as SequencesUniquePropertiesAggregateResponseItemsItem,
    )
    from .sequences_unique_properties_aggregate_response_items_item_values_item import (
        SequencesUniquePropertiesAggregateResponseItemsItemValuesItem as SequencesUniquePropertiesAggregateResponseItemsItemValuesItem,
    )
    from .sequences_unique_values_aggregate import SequencesUniqueValuesAggregate as SequencesUniqueValuesAggregate
    from .sequences_unique_values_aggregate_response import (
        SequencesUniqueValuesAggregateResponse as SequencesUniqueValuesAggregateResponse,
    )
    from .sequences_unique_values_aggregate_response_items_item import (
        SequencesUniqueValuesAggregateResponseItemsItem as SequencesUniqueValuesAggregateResponseItemsItem,
    )
    from .sequences_update_by_external_id import SequencesUpdateByExternalId as SequencesUpdateByExternalId
    from .sequences_update_by_id import SequencesUpdateById as SequencesUpdateById
    from .service_account_creator_user import ServiceAccountCreatorUser as ServiceAccountCreatorUser
    from .service_account_dto import ServiceAccountDto as ServiceAccountDto
    from .service_principal import ServicePrincipal as ServicePrincipal
    from .session import Session as Session
    from .session_by_ids import SessionByIds as SessionByIds
    from .session_credentials import SessionCredentials as SessionCredentials
    from .session_info import SessionInfo as SessionInfo
    from .session_list import SessionList as SessionList
    from .session_reference_ids import SessionReferenceIds as SessionReferenceIds
    from .session_reference_ids_items_item import SessionReferenceIdsItemsItem as SessionReferenceIdsItemsItem
    from .session_status import SessionStatus as SessionStatus
    from .session_token_response import SessionTokenResponse as SessionTokenResponse
    from .session_type_type_0 import SessionTypeType0 as SessionTypeType0
    from .sessions_acl_acl import SessionsAclAcl as SessionsAclAcl
    from .sessions_acl_action import SessionsAclAction as SessionsAclAction
    from .sessions_acl_scope_all import SessionsAclScopeAll as SessionsAclScopeAll
    from .set_asset_source import SetAssetSource as SetAssetSource
    from .set_boolean_field import SetBooleanField as SetBooleanField
    from .set_claim_names import SetClaimNames as SetClaimNames
    from .set_confidence import SetConfidence as SetConfidence
    from .set_data_set_description import SetDataSetDescription as SetDataSetDescription
    from .set_data_set_id import SetDataSetId as SetDataSetId
    from .set_data_set_id_object import SetDataSetIdObject as SetDataSetIdObject
    from .set_data_set_name import SetDataSetName as SetDataSetName
    from .set_description import SetDescription as SetDescription
    from .set_direct_relation_reference import SetDirectRelationReference as SetDirectRelationReference
    from .set_end_time import SetEndTime as SetEndTime
    from .set_event_source import SetEventSource as SetEventSource
    from .set_event_sub_type import SetEventSubType as SetEventSubType
    from .set_event_type import SetEventType as SetEventType
    from .set_external_id import SetExternalId as SetExternalId
    from .set_geo_location import SetGeoLocation as SetGeoLocation
    from .set_group_callback_enabled import SetGroupCallbackEnabled as SetGroupCallbackEnabled
    from .set_integer_field import SetIntegerField as SetIntegerField
    from .set_long_field import SetLongField as SetLongField
    from .set_model_name_field import SetModelNameField as SetModelNameField
    from .set_null_flat_oidc_credentials_update import (
        SetNullFlatOidcCredentialsUpdate as SetNullFlatOidcCredentialsUpdate,
    )
    from .set_null_long import SetNullLong as SetNullLong
    from .set_null_nonce_credentials import SetNullNonceCredentials as SetNullNonceCredentials
    from .set_oidc_configuration_update_dto import SetOidcConfigurationUpdateDTO as SetOidcConfigurationUpdateDTO
    from .set_revision_camera_properties import SetRevisionCameraProperties as SetRevisionCameraProperties
    from .set_revision_rotation import SetRevisionRotation as SetRevisionRotation
    from .set_revision_scale import SetRevisionScale as SetRevisionScale
    from .set_revision_translation import SetRevisionTranslation as SetRevisionTranslation
    from .set_start_time import SetStartTime as SetStartTime
    from .set_string_field import SetStringField as SetStringField
    from .set_user_profiles_configuration_dto import SetUserProfilesConfigurationDTO as SetUserProfilesConfigurationDTO
    from .set_value_conflict_mode import SetValueConflictMode as SetValueConflictMode
    from .set_value_data_source import SetValueDataSource as SetValueDataSource
    from .set_value_flat_oidc_credentials_update import (
        SetValueFlatOidcCredentialsUpdate as SetValueFlatOidcCredentialsUpdate,
    )
    from .set_value_long import SetValueLong as SetValueLong
    from .set_value_nonce_credentials import SetValueNonceCredentials as SetValueNonceCredentials
    from .set_value_seq_string import SetValueSeqString as SetValueSeqString
    from .signal_severity import SignalSeverity as SignalSeverity
    from .signal_write import SignalWrite as SignalWrite
    from .signal_write_severity import SignalWriteSeverity as SignalWriteSeverity
    from .signals_filter import SignalsFilter as SignalsFilter
    from .signals_filter_topic import SignalsFilterTopic as SignalsFilterTopic
    from .signals_notification_read import SignalsNotificationRead as SignalsNotificationRead
    from .significant_has_data_filters_notice import SignificantHasDataFiltersNotice as SignificantHasDataFiltersNotice
    from .significant_post_filtering_notice import SignificantPostFilteringNotice as SignificantPostFilteringNotice
    from .simple_basic_authentication import SimpleBasicAuthentication as SimpleBasicAuthentication
    from .simple_basic_authentication_write import SimpleBasicAuthenticationWrite as SimpleBasicAuthenticationWrite
    from .simple_error import SimpleError as SimpleError
    from .simulation_input_override import SimulationInputOverride as SimulationInputOverride
    from .simulation_run_callback_command import SimulationRunCallbackCommand as SimulationRunCallbackCommand
    from .simulation_run_command_by_routine import SimulationRunCommandByRoutine as SimulationRunCommandByRoutine
    from .simulation_run_command_by_routine_revision import (
        SimulationRunCommandByRoutineRevision as SimulationRunCommandByRoutineRevision,
    )
    from .simulation_run_data_item import SimulationRunDataItem as SimulationRunDataItem
    from .simulation_run_status import SimulationRunStatus as SimulationRunStatus
    from .simulation_run_type import SimulationRunType as SimulationRunType
    from .simulation_run_view import SimulationRunView as SimulationRunView
    from .simulation_value import SimulationValue as SimulationValue
    from .simulation_value_base import SimulationValueBase as SimulationValueBase
    from .simulation_value_type import SimulationValueType as SimulationValueType
    from .simulation_value_unit import SimulationValueUnit as SimulationValueUnit
    from .simulation_value_unit_input import SimulationValueUnitInput as SimulationValueUnitInput
    from .simulation_value_unit_name import SimulationValueUnitName as SimulationValueUnitName
    from .simulation_value_unit_quantity import SimulationValueUnitQuantity as SimulationValueUnitQuantity
    from .simulator import Simulator as Simulator
    from .simulator_create_command import SimulatorCreateCommand as SimulatorCreateCommand
    from .simulator_file_dependency import SimulatorFileDependency as SimulatorFileDependency
    from .simulator_file_dependency_arguments import (
        SimulatorFileDependencyArguments as SimulatorFileDependencyArguments,
    )
    from .simulator_file_dependency_file_field import (
        SimulatorFileDependencyFileField as SimulatorFileDependencyFileField,
    )
    from .simulator_input import SimulatorInput as SimulatorInput
    from .simulator_inputs_unit import SimulatorInputsUnit as SimulatorInputsUnit
    from .simulator_integration import SimulatorIntegration as SimulatorIntegration
    from .simulator_integration_connector_status import (
        SimulatorIntegrationConnectorStatus as SimulatorIntegrationConnectorStatus,
    )
    from .simulator_integration_connector_status_update import (
        SimulatorIntegrationConnectorStatusUpdate as SimulatorIntegrationConnectorStatusUpdate,
    )
    from .simulator_integration_create_command import (
        SimulatorIntegrationCreateCommand as SimulatorIntegrationCreateCommand,
    )
    from .simulator_integration_license_status import (
        SimulatorIntegrationLicenseStatus as SimulatorIntegrationLicenseStatus,
    )
    from .simulator_integration_license_status_update import (
        SimulatorIntegrationLicenseStatusUpdate as SimulatorIntegrationLicenseStatusUpdate,
    )
    from .simulator_integration_update import SimulatorIntegrationUpdate as SimulatorIntegrationUpdate
    from .simulator_integration_update_by_id import SimulatorIntegrationUpdateById as SimulatorIntegrationUpdateById
    from .simulator_log import SimulatorLog as SimulatorLog
    from .simulator_log_data import SimulatorLogData as SimulatorLogData
    from .simulator_log_data_list_update_add import SimulatorLogDataListUpdateAdd as SimulatorLogDataListUpdateAdd
    from .simulator_log_severity_level import SimulatorLogSeverityLevel as SimulatorLogSeverityLevel
    from .simulator_log_update import SimulatorLogUpdate as SimulatorLogUpdate
    from .simulator_log_update_command import SimulatorLogUpdateCommand as SimulatorLogUpdateCommand
    from .simulator_model import SimulatorModel as SimulatorModel
    from .simulator_model_create_command import SimulatorModelCreateCommand as SimulatorModelCreateCommand
    from .simulator_model_dependency import SimulatorModelDependency as SimulatorModelDependency
    from .simulator_model_dependency_field import SimulatorModelDependencyField as SimulatorModelDependencyField
    from .simulator_model_dependency_list_update import (
        SimulatorModelDependencyListUpdate as SimulatorModelDependencyListUpdate,
    )
    from .simulator_model_revision import SimulatorModelRevision as SimulatorModelRevision
    from .simulator_model_revision_create_command import (
        SimulatorModelRevisionCreateCommand as SimulatorModelRevisionCreateCommand,
    )
    from .simulator_model_revision_data_connection_type import (
        SimulatorModelRevisionDataConnectionType as SimulatorModelRevisionDataConnectionType,
    )
    from .simulator_model_revision_data_flowsheet import (
        SimulatorModelRevisionDataFlowsheet as SimulatorModelRevisionDataFlowsheet,
    )
    from .simulator_model_revision_data_flowsheet_list_update import (
        SimulatorModelRevisionDataFlowsheetListUpdate as SimulatorModelRevisionDataFlowsheetListUpdate,
    )
    from .simulator_model_revision_data_graphical_object import (
        SimulatorModelRevisionDataGraphicalObject as SimulatorModelRevisionDataGraphicalObject,
    )
    from .simulator_model_revision_data_model_external_id import (
        SimulatorModelRevisionDataModelExternalId as SimulatorModelRevisionDataModelExternalId,
    )
    from .simulator_model_revision_data_object_edge import (
        SimulatorModelRevisionDataObjectEdge as SimulatorModelRevisionDataObjectEdge,
    )
    from .simulator_model_revision_data_object_node import (
        SimulatorModelRevisionDataObjectNode as SimulatorModelRevisionDataObjectNode,
    )
    from .simulator_model_revision_data_position import (
        SimulatorModelRevisionDataPosition as SimulatorModelRevisionDataPosition,
    )
    from .simulator_model_revision_data_property import (
        SimulatorModelRevisionDataProperty as SimulatorModelRevisionDataProperty,
    )
    from .simulator_model_revision_data_property_reference_object import (
        SimulatorModelRevisionDataPropertyReferenceObject as SimulatorModelRevisionDataPropertyReferenceObject,
    )
    from .simulator_model_revision_data_thermodynamic import (
        SimulatorModelRevisionDataThermodynamic as SimulatorModelRevisionDataThermodynamic,
    )
    from .simulator_model_revision_data_update import (
        SimulatorModelRevisionDataUpdate as SimulatorModelRevisionDataUpdate,
    )
    from .simulator_model_revision_data_update_command import (
        SimulatorModelRevisionDataUpdateCommand as SimulatorModelRevisionDataUpdateCommand,
    )
    from .simulator_model_revision_data_view import SimulatorModelRevisionDataView as SimulatorModelRevisionDataView
    from .simulator_model_revision_data_view_info import (
        SimulatorModelRevisionDataViewInfo as SimulatorModelRevisionDataViewInfo,
    )
    from .simulator_model_revision_status import SimulatorModelRevisionStatus as SimulatorModelRevisionStatus
    from .simulator_model_revision_status_update import (
        SimulatorModelRevisionStatusUpdate as SimulatorModelRevisionStatusUpdate,
    )
    from .simulator_model_revision_update import SimulatorModelRevisionUpdate as SimulatorModelRevisionUpdate
    from .simulator_model_revision_update_command import (
        SimulatorModelRevisionUpdateCommand as SimulatorModelRevisionUpdateCommand,
    )
    from .simulator_model_revision_view import SimulatorModelRevisionView as SimulatorModelRevisionView
    from .simulator_model_type import SimulatorModelType as SimulatorModelType
    from .simulator_model_type_list_update import SimulatorModelTypeListUpdate as SimulatorModelTypeListUpdate
    from .simulator_model_update import SimulatorModelUpdate as SimulatorModelUpdate
    from .simulator_model_update_command import SimulatorModelUpdateCommand as SimulatorModelUpdateCommand
    from .simulator_object_ref import SimulatorObjectRef as SimulatorObjectRef
    from .simulator_quantity import SimulatorQuantity as SimulatorQuantity
    from .simulator_quantity_list_update import SimulatorQuantityListUpdate as SimulatorQuantityListUpdate
    from .simulator_routine_base import SimulatorRoutineBase as SimulatorRoutineBase
    from .simulator_routine_config_disabled import SimulatorRoutineConfigDisabled as SimulatorRoutineConfigDisabled
    from .simulator_routine_configuration import SimulatorRoutineConfiguration as SimulatorRoutineConfiguration
    from .simulator_routine_configuration_base import (
        SimulatorRoutineConfigurationBase as SimulatorRoutineConfigurationBase,
    )
    from .simulator_routine_configuration_create import (
        SimulatorRoutineConfigurationCreate as SimulatorRoutineConfigurationCreate,
    )
    from .simulator_routine_create_command import SimulatorRoutineCreateCommand as SimulatorRoutineCreateCommand
    from .simulator_routine_data_sampling_enabled import (
        SimulatorRoutineDataSamplingEnabled as SimulatorRoutineDataSamplingEnabled,
    )
    from .simulator_routine_input_constant import SimulatorRoutineInputConstant as SimulatorRoutineInputConstant
    from .simulator_routine_input_timeseries import SimulatorRoutineInputTimeseries as SimulatorRoutineInputTimeseries
    from .simulator_routine_logical_check_enabled import (
        SimulatorRoutineLogicalCheckEnabled as SimulatorRoutineLogicalCheckEnabled,
    )
    from .simulator_routine_operator import SimulatorRoutineOperator as SimulatorRoutineOperator
    from .simulator_routine_output import SimulatorRoutineOutput as SimulatorRoutineOutput
    from .simulator_routine_revision import SimulatorRoutineRevision as SimulatorRoutineRevision
    from .simulator_routine_revision_create_command import (
        SimulatorRoutineRevisionCreateCommand as SimulatorRoutineRevisionCreateCommand,
    )
    from .simulator_routine_revision_view import SimulatorRoutineRevisionView as SimulatorRoutineRevisionView
    from .simulator_routine_schedule_enabled import SimulatorRoutineScheduleEnabled as SimulatorRoutineScheduleEnabled
    from .simulator_routine_stage import SimulatorRoutineStage as SimulatorRoutineStage
    from .simulator_routine_steady_state_detection_enabled import (
        SimulatorRoutineSteadyStateDetectionEnabled as SimulatorRoutineSteadyStateDetectionEnabled,
    )
    from .simulator_routine_step_arguments_command import (
        SimulatorRoutineStepArgumentsCommand as SimulatorRoutineStepArgumentsCommand,
    )
    from .simulator_routine_step_arguments_get import (
        SimulatorRoutineStepArgumentsGet as SimulatorRoutineStepArgumentsGet,
    )
    from .simulator_routine_step_arguments_set import (
        SimulatorRoutineStepArgumentsSet as SimulatorRoutineStepArgumentsSet,
    )
    from .simulator_routine_step_command import SimulatorRoutineStepCommand as SimulatorRoutineStepCommand
    from .simulator_routine_step_get import SimulatorRoutineStepGet as SimulatorRoutineStepGet
    from .simulator_routine_step_set import SimulatorRoutineStepSet as SimulatorRoutineStepSet
    from .simulator_runs_poll_command import SimulatorRunsPollCommand as SimulatorRunsPollCommand
    from .simulator_step import SimulatorStep as SimulatorStep
    from .simulator_step_field import SimulatorStepField as SimulatorStepField
    from .simulator_step_list_update import SimulatorStepListUpdate as SimulatorStepListUpdate
    from .simulator_step_option import SimulatorStepOption as SimulatorStepOption
    from .simulator_task_output import SimulatorTaskOutput as SimulatorTaskOutput
    from .simulator_task_parameters import SimulatorTaskParameters as SimulatorTaskParameters
    from .simulator_task_parameters_simulation import (
        SimulatorTaskParametersSimulation as SimulatorTaskParametersSimulation,
    )
    from .simulator_unit_entry import SimulatorUnitEntry as SimulatorUnitEntry
    from .simulator_update import SimulatorUpdate as SimulatorUpdate
    from .simulator_update_command import SimulatorUpdateCommand as SimulatorUpdateCommand
    from .simulators_acl_acl import SimulatorsAclAcl as SimulatorsAclAcl
    from .simulators_acl_action import SimulatorsAclAction as SimulatorsAclAction
    from .simulators_acl_scope_all import SimulatorsAclScopeAll as SimulatorsAclScopeAll
    from .simulators_acl_scope_dataset_scope import SimulatorsAclScopeDatasetScope as SimulatorsAclScopeDatasetScope
    from .single_item_id_ref import SingleItemIdRef as SingleItemIdRef
    from .single_item_id_ref_or_external_id_ref import SingleItemIdRefOrExternalIdRef as SingleItemIdRefOrExternalIdRef
    from .single_item_run_id_ref import SingleItemRunIdRef as SingleItemRunIdRef
    from .single_item_simulation_run_callback_command import (
        SingleItemSimulationRunCallbackCommand as SingleItemSimulationRunCallbackCommand,
    )
    from .single_item_simulation_run_command_by_routine_or_by_routine_revision import (
        SingleItemSimulationRunCommandByRoutineOrByRoutineRevision as SingleItemSimulationRunCommandByRoutineOrByRoutineRevision,
    )
    from .single_item_simulator_create_command import (
        SingleItemSimulatorCreateCommand as SingleItemSimulatorCreateCommand,
    )
    from .single_item_simulator_integration_create_command import (
        SingleItemSimulatorIntegrationCreateCommand as SingleItemSimulatorIntegrationCreateCommand,
    )
    from .single_item_simulator_integration_update_by_id import (
        SingleItemSimulatorIntegrationUpdateById as SingleItemSimulatorIntegrationUpdateById,
    )
    from .single_item_simulator_log_update_command import (
        SingleItemSimulatorLogUpdateCommand as SingleItemSimulatorLogUpdateCommand,
    )
    from .single_item_simulator_model_create_command import (
        SingleItemSimulatorModelCreateCommand as SingleItemSimulatorModelCreateCommand,
    )
    from .single_item_simulator_model_revision_create_command import (
        SingleItemSimulatorModelRevisionCreateCommand as SingleItemSimulatorModelRevisionCreateCommand,
    )
    from .single_item_simulator_model_revision_data_model_external_id import (
        SingleItemSimulatorModelRevisionDataModelExternalId as SingleItemSimulatorModelRevisionDataModelExternalId,
    )
    from .single_item_simulator_model_revision_data_update_command import (
        SingleItemSimulatorModelRevisionDataUpdateCommand as SingleItemSimulatorModelRevisionDataUpdateCommand,
    )
    from .single_item_simulator_model_revision_update_command import (
        SingleItemSimulatorModelRevisionUpdateCommand as SingleItemSimulatorModelRevisionUpdateCommand,
    )
    from .single_item_simulator_model_update_command import (
        SingleItemSimulatorModelUpdateCommand as SingleItemSimulatorModelUpdateCommand,
    )
    from .single_item_simulator_routine_create_command import (
        SingleItemSimulatorRoutineCreateCommand as SingleItemSimulatorRoutineCreateCommand,
    )
    from .single_item_simulator_routine_revision_create_command import (
        SingleItemSimulatorRoutineRevisionCreateCommand as SingleItemSimulatorRoutineRevisionCreateCommand,
    )
    from .single_item_simulator_runs_poll_command import (
        SingleItemSimulatorRunsPollCommand as SingleItemSimulatorRunsPollCommand,
    )
    from .single_item_simulator_update_command import (
        SingleItemSimulatorUpdateCommand as SingleItemSimulatorUpdateCommand,
    )
    from .single_patch_boolean import SinglePatchBoolean as SinglePatchBoolean
    from .single_patch_data_modeling_status import SinglePatchDataModelingStatus as SinglePatchDataModelingStatus
    from .single_patch_data_product_version_status import (
        SinglePatchDataProductVersionStatus as SinglePatchDataProductVersionStatus,
    )
    from .single_patch_is_oidc_enabled import SinglePatchIsOidcEnabled as SinglePatchIsOidcEnabled
    from .single_patch_leaf_project import SinglePatchLeafProject as SinglePatchLeafProject
    from .single_patch_parent_project_id import SinglePatchParentProjectId as SinglePatchParentProjectId
    from .single_patch_required_external_id import SinglePatchRequiredExternalId as SinglePatchRequiredExternalId
    from .single_patch_required_internal_id import SinglePatchRequiredInternalId as SinglePatchRequiredInternalId
    from .single_patch_required_model_description import (
        SinglePatchRequiredModelDescription as SinglePatchRequiredModelDescription,
    )
    from .single_patch_required_model_name import SinglePatchRequiredModelName as SinglePatchRequiredModelName
    from .single_patch_required_name import SinglePatchRequiredName as SinglePatchRequiredName
    from .single_patch_required_parent_external_id import (
        SinglePatchRequiredParentExternalId as SinglePatchRequiredParentExternalId,
    )
    from .single_patch_required_string import SinglePatchRequiredString as SinglePatchRequiredString
    from .sink_type import SinkType as SinkType
    from .slim_edge_definition import SlimEdgeDefinition as SlimEdgeDefinition
    from .slim_node_and_edge_collection_response import (
        SlimNodeAndEdgeCollectionResponse as SlimNodeAndEdgeCollectionResponse,
    )
    from .slim_node_definition import SlimNodeDefinition as SlimNodeDefinition
    from .solution import Solution as Solution
    from .sort import Sort as Sort
    from .sort_by_created_time import SortByCreatedTime as SortByCreatedTime
    from .sort_by_simulation_time import SortBySimulationTime as SortBySimulationTime
    from .sort_not_backed_by_index_notice import SortNotBackedByIndexNotice as SortNotBackedByIndexNotice
    from .sort_property import SortProperty as SortProperty
    from .sort_property_nulls import SortPropertyNulls as SortPropertyNulls
    from .sort_property_order import SortPropertyOrder as SortPropertyOrder
    from .sort_v3 import SortV3 as SortV3
    from .source_selector_item import SourceSelectorItem as SourceSelectorItem
    from .source_selector_v3_item import SourceSelectorV3Item as SourceSelectorV3Item
    from .source_selector_without_properties_v3_item import (
        SourceSelectorWithoutPropertiesV3Item as SourceSelectorWithoutPropertiesV3Item,
    )
    from .source_system import SourceSystem as SourceSystem
    from .source_update_field import SourceUpdateField as SourceUpdateField
    from .sources_item import SourcesItem as SourcesItem
    from .space_collection_response_v3 import SpaceCollectionResponseV3 as SpaceCollectionResponseV3
    from .space_collection_response_with_cursor import (
        SpaceCollectionResponseWithCursor as SpaceCollectionResponseWithCursor,
    )
    from .space_create_collection import SpaceCreateCollection as SpaceCreateCollection
    from .space_create_definition import SpaceCreateDefinition as SpaceCreateDefinition
    from .space_definition import SpaceDefinition as SpaceDefinition
    from .space_statistics import SpaceStatistics as SpaceStatistics
    from .space_statistics_response_list import SpaceStatisticsResponseList as SpaceStatisticsResponseList
    from .spatial_data import SpatialData as SpatialData
    from .startup_request import StartupRequest as StartupRequest
    from .state_aggregate_functions import StateAggregateFunctions as StateAggregateFunctions
    from .state_aggregate_functions_state_aggregates_item import (
        StateAggregateFunctionsStateAggregatesItem as StateAggregateFunctionsStateAggregatesItem,
    )
    from .status import Status as Status
    from .status_schema import StatusSchema as StatusSchema
    from .str_list_update import StrListUpdate as StrListUpdate
    from .stream_create_conflict import StreamCreateConflict as StreamCreateConflict
    from .stream_create_conflict_error import StreamCreateConflictError as StreamCreateConflictError
    from .stream_create_conflict_item import StreamCreateConflictItem as StreamCreateConflictItem
    from .stream_delete_item import StreamDeleteItem as StreamDeleteItem
    from .stream_delete_request import StreamDeleteRequest as StreamDeleteRequest
    from .stream_lifecycle_settings import StreamLifecycleSettings as StreamLifecycleSettings
    from .stream_limit import StreamLimit as StreamLimit
    from .stream_limit_settings import StreamLimitSettings as StreamLimitSettings
    from .stream_request_item import StreamRequestItem as StreamRequestItem
    from .stream_response import StreamResponse as StreamResponse
    from .stream_response_item import StreamResponseItem as StreamResponseItem
    from .stream_response_item_settings import StreamResponseItemSettings as StreamResponseItemSettings
    from .stream_response_item_type import StreamResponseItemType as StreamResponseItemType
    from .string_filter import StringFilter as StringFilter
    from .string_value import StringValue as StringValue
    from .subscription_dto import SubscriptionDTO as SubscriptionDTO
    from .subscription_filter_request import SubscriptionFilterRequest as SubscriptionFilterRequest
    from .subscription_filter_update import SubscriptionFilterUpdate as SubscriptionFilterUpdate
    from .subscription_filter_update_severity import (
        SubscriptionFilterUpdateSeverity as SubscriptionFilterUpdateSeverity,
    )
    from .subscription_member_dto import SubscriptionMemberDTO as SubscriptionMemberDTO
    from .subscription_read import SubscriptionRead as SubscriptionRead
    from .subscription_update_item import SubscriptionUpdateItem as SubscriptionUpdateItem
    from .subscription_update_item_update import SubscriptionUpdateItemUpdate as SubscriptionUpdateItemUpdate
    from .subscription_update_item_update_filter import (
        SubscriptionUpdateItemUpdateFilter as SubscriptionUpdateItemUpdateFilter,
    )
    from .subscription_write import SubscriptionWrite as SubscriptionWrite
    from .subscriptions_by_ids_request import SubscriptionsByIdsRequest as SubscriptionsByIdsRequest
    from .subscriptions_by_ids_request_items_item import (
        SubscriptionsByIdsRequestItemsItem as SubscriptionsByIdsRequestItemsItem,
    )
    from .subscriptions_create_request import SubscriptionsCreateRequest as SubscriptionsCreateRequest
    from .subscriptions_create_request_items_item import (
        SubscriptionsCreateRequestItemsItem as SubscriptionsCreateRequestItemsItem,
    )
    from .subscriptions_data_partition_request_dto import (
        SubscriptionsDataPartitionRequestDTO as SubscriptionsDataPartitionRequestDTO,
    )
    from .subscriptions_data_update_response_dto import (
        SubscriptionsDataUpdateResponseDTO as SubscriptionsDataUpdateResponseDTO,
    )
    from .subscriptions_delete_request import SubscriptionsDeleteRequest as SubscriptionsDeleteRequest
    from .subscriptions_delete_request_items_item import (
        SubscriptionsDeleteRequestItemsItem as SubscriptionsDeleteRequestItemsItem,
    )
    from .subscriptions_list_data_request import SubscriptionsListDataRequest as SubscriptionsListDataRequest
    from .subscriptions_list_data_response import SubscriptionsListDataResponse as SubscriptionsListDataResponse
    from .subscriptions_list_data_response_partitions_item import (
        SubscriptionsListDataResponsePartitionsItem as SubscriptionsListDataResponsePartitionsItem,
    )
    from .subscriptions_list_data_response_subscription_changes import (
        SubscriptionsListDataResponseSubscriptionChanges as SubscriptionsListDataResponseSubscriptionChanges,
    )
    from .subscriptions_update_request import SubscriptionsUpdateRequest as SubscriptionsUpdateRequest
    from .subscriptions_update_request_add_or_remove_time_series import (
        SubscriptionsUpdateRequestAddOrRemoveTimeSeries as SubscriptionsUpdateRequestAddOrRemoveTimeSeries,
    )
    from .subscriptions_update_request_add_or_remove_time_series_2 import (
        SubscriptionsUpdateRequestAddOrRemoveTimeSeries2 as SubscriptionsUpdateRequestAddOrRemoveTimeSeries2,
    )
    from .subscriptions_update_request_items_item import (
        SubscriptionsUpdateRequestItemsItem as SubscriptionsUpdateRequestItemsItem,
    )
    from .subscriptions_update_request_items_item_update import (
        SubscriptionsUpdateRequestItemsItemUpdate as SubscriptionsUpdateRequestItemsItemUpdate,
    )
    from .subscriptions_update_request_items_item_update_filter import (
        SubscriptionsUpdateRequestItemsItemUpdateFilter as SubscriptionsUpdateRequestItemsItemUpdateFilter,
    )
    from .subscriptions_update_request_replace_the_entire_list_of_time_series import (
        SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries as SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries,
    )
    from .subscriptions_update_request_replace_the_entire_list_of_time_series_2 import (
        SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries2 as SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries2,
    )
    from .subworkflow_task_parameters import SubworkflowTaskParameters as SubworkflowTaskParameters
    from .subworkflow_task_parameters_option_1 import (
        SubworkflowTaskParametersOption1 as SubworkflowTaskParametersOption1,
    )
    from .subworkflow_task_parameters_tasks import SubworkflowTaskParametersTasks as SubworkflowTaskParametersTasks
    from .suggest_improvements_request_schema import (
        SuggestImprovementsRequestSchema as SuggestImprovementsRequestSchema,
    )
    from .suggest_improvements_response_schema import (
        SuggestImprovementsResponseSchema as SuggestImprovementsResponseSchema,
    )
    from .suggested_rule import SuggestedRule as SuggestedRule
    from .sum_aggregate import SumAggregate as SumAggregate
    from .sum_aggregate_function_v3 import SumAggregateFunctionV3 as SumAggregateFunctionV3
    from .sum_aggregate_function_v3_sum import SumAggregateFunctionV3Sum as SumAggregateFunctionV3Sum
    from .sum_aggregate_ila import SumAggregateIla as SumAggregateIla
    from .sum_aggregate_ila_sum import SumAggregateIlaSum as SumAggregateIlaSum
    from .sum_aggregate_result import SumAggregateResult as SumAggregateResult
    from .sum_aggregate_result_ila import SumAggregateResultIla as SumAggregateResultIla
    from .sum_aggregate_sum import SumAggregateSum as SumAggregateSum
    from .supported_topics import SupportedTopics as SupportedTopics
    from .svg_data import SvgData as SvgData
    from .symbol_create_draft import SymbolCreateDraft as SymbolCreateDraft
    from .symbol_dto import SymbolDto as SymbolDto
    from .symbol_update_draft import SymbolUpdateDraft as SymbolUpdateDraft
    from .symbol_update_item import SymbolUpdateItem as SymbolUpdateItem
    from .symbols_list_response import SymbolsListResponse as SymbolsListResponse
    from .symbols_list_with_cursor_response import SymbolsListWithCursorResponse as SymbolsListWithCursorResponse
    from .sync_edge_table_expression_v3 import SyncEdgeTableExpressionV3 as SyncEdgeTableExpressionV3
    from .sync_edge_table_expression_v3_edges import SyncEdgeTableExpressionV3Edges as SyncEdgeTableExpressionV3Edges
    from .sync_edge_table_expression_v3_edges_direction import (
        SyncEdgeTableExpressionV3EdgesDirection as SyncEdgeTableExpressionV3EdgesDirection,
    )
    from .sync_mode import SyncMode as SyncMode
    from .sync_node_table_expression_v3 import SyncNodeTableExpressionV3 as SyncNodeTableExpressionV3
    from .sync_node_table_expression_v3_nodes import SyncNodeTableExpressionV3Nodes as SyncNodeTableExpressionV3Nodes
    from .sync_node_table_expression_v3_nodes_direction import (
        SyncNodeTableExpressionV3NodesDirection as SyncNodeTableExpressionV3NodesDirection,
    )
    from .sync_record import SyncRecord as SyncRecord
    from .sync_record_properties import SyncRecordProperties as SyncRecordProperties
    from .sync_record_status import SyncRecordStatus as SyncRecordStatus
    from .sync_records_request import SyncRecordsRequest as SyncRecordsRequest
    from .sync_request import SyncRequest as SyncRequest
    from .sync_request_cursors import SyncRequestCursors as SyncRequestCursors
    from .sync_request_parameters import SyncRequestParameters as SyncRequestParameters
    from .sync_request_select import SyncRequestSelect as SyncRequestSelect
    from .sync_request_with import SyncRequestWith as SyncRequestWith
    from .sync_response import SyncResponse as SyncResponse
    from .sync_select_v3 import SyncSelectV3 as SyncSelectV3
    from .synonym_entry import SynonymEntry as SynonymEntry
    from .synthetic_data_error import SyntheticDataError as SyntheticDataError
    from .synthetic_data_value import SyntheticDataValue as SyntheticDataValue
    from .synthetic_multi_query import SyntheticMultiQuery as SyntheticMultiQuery
    from .synthetic_query import SyntheticQuery as SyntheticQuery
    from .synthetic_query_response import SyntheticQueryResponse as SyntheticQueryResponse
    from .synthetic_query_responses import SyntheticQueryResponses as SyntheticQueryResponses
    from .table import Table as Table
    from .table_created import TableCreated as TableCreated
    from .table_created_type import TableCreatedType as TableCreatedType
    from .table_expression_chain_to_definition import (
        TableExpressionChainToDefinition as TableExpressionChainToDefinition,
    )
    from .table_expression_contains_all_filter_v3 import (
        TableExpressionContainsAllFilterV3 as TableExpressionContainsAllFilterV3,
    )
    from .table_expression_contains_all_filter_v3_contains_all import (
        TableExpressionContainsAllFilterV3ContainsAll as TableExpressionContainsAllFilterV3ContainsAll,
    )
    from .table_expression_contains_any_filter_v3 import (
        TableExpressionContainsAnyFilterV3 as TableExpressionContainsAnyFilterV3,
    )
    from .table_expression_contains_any_filter_v3_contains_any import (
        TableExpressionContainsAnyFilterV3ContainsAny as TableExpressionContainsAnyFilterV3ContainsAny,
    )
    from .table_expression_data_models_bool_filter_and import (
        TableExpressionDataModelsBoolFilterAnd as TableExpressionDataModelsBoolFilterAnd,
    )
    from .table_expression_data_models_bool_filter_not import (
        TableExpressionDataModelsBoolFilterNot as TableExpressionDataModelsBoolFilterNot,
    )
    from .table_expression_data_models_bool_filter_or import (
        TableExpressionDataModelsBoolFilterOr as TableExpressionDataModelsBoolFilterOr,
    )
    from .table_expression_equals_filter_v3 import TableExpressionEqualsFilterV3 as TableExpressionEqualsFilterV3
    from .table_expression_equals_filter_v3_equals import (
        TableExpressionEqualsFilterV3Equals as TableExpressionEqualsFilterV3Equals,
    )
    from .table_expression_in_filter_v3 import TableExpressionInFilterV3 as TableExpressionInFilterV3
    from .table_expression_in_filter_v3_in import TableExpressionInFilterV3In as TableExpressionInFilterV3In
    from .table_expression_overlaps_filter_v3 import TableExpressionOverlapsFilterV3 as TableExpressionOverlapsFilterV3
    from .table_expression_overlaps_filter_v3_overlaps import (
        TableExpressionOverlapsFilterV3Overlaps as TableExpressionOverlapsFilterV3Overlaps,
    )
    from .table_expression_prefix_filter_v3 import TableExpressionPrefixFilterV3 as TableExpressionPrefixFilterV3
    from .table_expression_prefix_filter_v3_prefix import (
        TableExpressionPrefixFilterV3Prefix as TableExpressionPrefixFilterV3Prefix,
    )
    from .table_expression_range_filter_v3 import TableExpressionRangeFilterV3 as TableExpressionRangeFilterV3
    from .table_expression_range_filter_v3_range import (
        TableExpressionRangeFilterV3Range as TableExpressionRangeFilterV3Range,
    )
    from .table_type import TableType as TableType
    from .tablename_wrapper import TablenameWrapper as TablenameWrapper
    from .target_unit import TargetUnit as TargetUnit
    from .targets_item import TargetsItem as TargetsItem
    from .task import Task as Task
    from .task_definition import TaskDefinition as TaskDefinition
    from .task_definition_on_failure import TaskDefinitionOnFailure as TaskDefinitionOnFailure
    from .task_depends import TaskDepends as TaskDepends
    from .task_execution import TaskExecution as TaskExecution
    from .task_execution_status import TaskExecutionStatus as TaskExecutionStatus
    from .task_history_with_errors import TaskHistoryWithErrors as TaskHistoryWithErrors
    from .task_lineage import TaskLineage as TaskLineage
    from .task_type import TaskType as TaskType
    from .task_update import TaskUpdate as TaskUpdate
    from .task_update_base import TaskUpdateBase as TaskUpdateBase
    from .task_update_type import TaskUpdateType as TaskUpdateType
    from .text_detection_parameters import TextDetectionParameters as TextDetectionParameters
    from .text_property import TextProperty as TextProperty
    from .text_property_collation import TextPropertyCollation as TextPropertyCollation
    from .through_reference import ThroughReference as ThroughReference
    from .time_histogram_aggregate_ila import TimeHistogramAggregateIla as TimeHistogramAggregateIla
    from .time_histogram_aggregate_ila_time_histogram import (
        TimeHistogramAggregateIlaTimeHistogram as TimeHistogramAggregateIlaTimeHistogram,
    )
    from .time_histogram_aggregate_ila_time_histogram_calendar_interval import (
        TimeHistogramAggregateIlaTimeHistogramCalendarInterval as TimeHistogramAggregateIlaTimeHistogramCalendarInterval,
    )
    from .time_histogram_aggregate_ila_time_histogram_hard_bounds import (
        TimeHistogramAggregateIlaTimeHistogramHardBounds as TimeHistogramAggregateIlaTimeHistogramHardBounds,
    )
    from .time_histogram_aggregate_result_ila import TimeHistogramAggregateResultIla as TimeHistogramAggregateResultIla
    from .time_histogram_aggregate_result_ila_time_histogram_buckets_item import (
        TimeHistogramAggregateResultIlaTimeHistogramBucketsItem as TimeHistogramAggregateResultIlaTimeHistogramBucketsItem,
    )
    from .time_series_advanced_aggregate_dto_shared import (
        TimeSeriesAdvancedAggregateDTOShared as TimeSeriesAdvancedAggregateDTOShared,
    )
    from .time_series_advanced_aggregate_dto_time_series_cardinality_properties_aggregate import (
        TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityPropertiesAggregate as TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityPropertiesAggregate,
    )
    from .time_series_advanced_aggregate_dto_time_series_cardinality_values_aggregate import (
        TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityValuesAggregate as TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityValuesAggregate,
    )
    from .time_series_advanced_aggregate_dto_time_series_count_aggregate import (
        TimeSeriesAdvancedAggregateDTOTimeSeriesCountAggregate as TimeSeriesAdvancedAggregateDTOTimeSeriesCountAggregate,
    )
    from .time_series_advanced_aggregate_dto_time_series_unique_properties_aggregate import (
        TimeSeriesAdvancedAggregateDTOTimeSeriesUniquePropertiesAggregate as TimeSeriesAdvancedAggregateDTOTimeSeriesUniquePropertiesAggregate,
    )
    from .time_series_advanced_aggregate_dto_time_series_unique_values_aggregate import (
        TimeSeriesAdvancedAggregateDTOTimeSeriesUniqueValuesAggregate as TimeSeriesAdvancedAggregateDTOTimeSeriesUniqueValuesAggregate,
    )
    from .time_series_aggregate_dto import TimeSeriesAggregateDTO as TimeSeriesAggregateDTO
    from .time_series_aggregate_path import TimeSeriesAggregatePath as TimeSeriesAggregatePath
    from .time_series_aggregate_properties import TimeSeriesAggregateProperties as TimeSeriesAggregateProperties
    from .time_series_aggregate_properties_properties_item import (
        TimeSeriesAggregatePropertiesPropertiesItem as TimeSeriesAggregatePropertiesPropertiesItem,
    )
    from .time_series_bool_aggregate_filter_and import (
        TimeSeriesBoolAggregateFilterAnd as TimeSeriesBoolAggregateFilterAnd,
    )
    from .time_series_bool_aggregate_filter_not import (
        TimeSeriesBoolAggregateFilterNot as TimeSeriesBoolAggregateFilterNot,
    )
    from .time_series_bool_aggregate_filter_or import TimeSeriesBoolAggregateFilterOr as TimeSeriesBoolAggregateFilterOr
    from .time_series_bool_filter_and import TimeSeriesBoolFilterAnd as TimeSeriesBoolFilterAnd
    from .time_series_bool_filter_not import TimeSeriesBoolFilterNot as TimeSeriesBoolFilterNot
    from .time_series_bool_filter_or import TimeSeriesBoolFilterOr as TimeSeriesBoolFilterOr
    from .time_series_cardinality_properties_aggregate import (
        TimeSeriesCardinalityPropertiesAggregate as TimeSeriesCardinalityPropertiesAggregate,
    )
    from .time_series_cardinality_properties_aggregate_response import (
        TimeSeriesCardinalityPropertiesAggregateResponse as TimeSeriesCardinalityPropertiesAggregateResponse,
    )
    from .time_series_cardinality_properties_aggregate_response_items_item import (
        TimeSeriesCardinalityPropertiesAggregateResponseItemsItem as TimeSeriesCardinalityPropertiesAggregateResponseItemsItem,
    )
    from .time_series_cardinality_values_aggregate import (
        TimeSeriesCardinalityValuesAggregate as TimeSeriesCardinalityValuesAggregate,
    )
    from .time_series_cardinality_values_aggregate_response import (
        TimeSeriesCardinalityValuesAggregateResponse as TimeSeriesCardinalityValuesAggregateResponse,
    )
    from .time_series_cardinality_values_aggregate_response_items_item import (
        TimeSeriesCardinalityValuesAggregateResponseItemsItem as TimeSeriesCardinalityValuesAggregateResponseItemsItem,
    )
    from .time_series_contains_all_filter import TimeSeriesContainsAllFilter as TimeSeriesContainsAllFilter
    from .time_series_contains_all_filter_contains_all import (
        TimeSeriesContainsAllFilterContainsAll as TimeSeriesContainsAllFilterContainsAll,
    )
    from .time_series_contains_any_filter import TimeSeriesContainsAnyFilter as TimeSeriesContainsAnyFilter
    from .time_series_contains_any_filter_contains_any import (
        TimeSeriesContainsAnyFilterContainsAny as TimeSeriesContainsAnyFilterContainsAny,
    )
    from .time_series_count_aggregate import TimeSeriesCountAggregate as TimeSeriesCountAggregate
    from .time_series_count_aggregate_response import (
        TimeSeriesCountAggregateResponse as TimeSeriesCountAggregateResponse,
    )
    from .time_series_count_aggregate_response_items_item import (
        TimeSeriesCountAggregateResponseItemsItem as TimeSeriesCountAggregateResponseItemsItem,
    )
    from .time_series_create_request import TimeSeriesCreateRequest as TimeSeriesCreateRequest
    from .time_series_equals_filter import TimeSeriesEqualsFilter as TimeSeriesEqualsFilter
    from .time_series_equals_filter_equals import TimeSeriesEqualsFilterEquals as TimeSeriesEqualsFilterEquals
    from .time_series_exists_filter import TimeSeriesExistsFilter as TimeSeriesExistsFilter
    from .time_series_exists_filter_exists import TimeSeriesExistsFilterExists as TimeSeriesExistsFilterExists
    from .time_series_in_aggregate_filter import TimeSeriesInAggregateFilter as TimeSeriesInAggregateFilter
    from .time_series_in_aggregate_filter_in import TimeSeriesInAggregateFilterIn as TimeSeriesInAggregateFilterIn
    from .time_series_in_filter import TimeSeriesInFilter as TimeSeriesInFilter
    from .time_series_in_filter_in import TimeSeriesInFilterIn as TimeSeriesInFilterIn
    from .time_series_list_dto import TimeSeriesListDTO as TimeSeriesListDTO
    from .time_series_lookup_by_id import TimeSeriesLookupById as TimeSeriesLookupById
    from .time_series_lookup_by_id_query_with_external_id import (
        TimeSeriesLookupByIdQueryWithExternalId as TimeSeriesLookupByIdQueryWithExternalId,
    )
    from .time_series_lookup_by_id_query_with_instance_id import (
        TimeSeriesLookupByIdQueryWithInstanceId as TimeSeriesLookupByIdQueryWithInstanceId,
    )
    from .time_series_lookup_by_id_query_with_internal_id import (
        TimeSeriesLookupByIdQueryWithInternalId as TimeSeriesLookupByIdQueryWithInternalId,
    )
    from .time_series_lookup_by_id_without_instance_id import (
        TimeSeriesLookupByIdWithoutInstanceId as TimeSeriesLookupByIdWithoutInstanceId,
    )
    from .time_series_lookup_by_id_without_instance_id_query_with_external_id import (
        TimeSeriesLookupByIdWithoutInstanceIdQueryWithExternalId as TimeSeriesLookupByIdWithoutInstanceIdQueryWithExternalId,
    )
    from .time_series_lookup_by_id_without_instance_id_query_with_internal_id import (
        TimeSeriesLookupByIdWithoutInstanceIdQueryWithInternalId as TimeSeriesLookupByIdWithoutInstanceIdQueryWithInternalId,
    )
    from .time_series_metadata import TimeSeriesMetadata as TimeSeriesMetadata
    from .time_series_patch import TimeSeriesPatch as TimeSeriesPatch
    from .time_series_patch_dm import TimeSeriesPatchDM as TimeSeriesPatchDM
    from .time_series_patch_dm_update import TimeSeriesPatchDMUpdate as TimeSeriesPatchDMUpdate
    from .time_series_patch_update import TimeSeriesPatchUpdate as TimeSeriesPatchUpdate
    from .time_series_prefix_aggregate_filter import TimeSeriesPrefixAggregateFilter as TimeSeriesPrefixAggregateFilter
    from .time_series_prefix_aggregate_filter_prefix import (
        TimeSeriesPrefixAggregateFilterPrefix as TimeSeriesPrefixAggregateFilterPrefix,
    )
    from .time_series_prefix_filter import TimeSeriesPrefixFilter as TimeSeriesPrefixFilter
    from .time_series_prefix_filter_prefix import TimeSeriesPrefixFilterPrefix as TimeSeriesPrefixFilterPrefix
    from .time_series_range_aggregate_filter import TimeSeriesRangeAggregateFilter as TimeSeriesRangeAggregateFilter
    from .time_series_range_aggregate_filter_range import (
        TimeSeriesRangeAggregateFilterRange as TimeSeriesRangeAggregateFilterRange,
    )
    from .time_series_range_filter import TimeSeriesRangeFilter as TimeSeriesRangeFilter
    from .time_series_range_filter_range import TimeSeriesRangeFilterRange as TimeSeriesRangeFilterRange
    from .time_series_search_dto import TimeSeriesSearchDTO as TimeSeriesSearchDTO
    from .time_series_search_filter import TimeSeriesSearchFilter as TimeSeriesSearchFilter
    from .time_series_search_filter_search import TimeSeriesSearchFilterSearch as TimeSeriesSearchFilterSearch
    from .time_series_sort import TimeSeriesSort as TimeSeriesSort
    from .time_series_sort_item import TimeSeriesSortItem as TimeSeriesSortItem
    from .time_series_sort_item_nulls import TimeSeriesSortItemNulls as TimeSeriesSortItemNulls
    from .time_series_sort_item_order import TimeSeriesSortItemOrder as TimeSeriesSortItemOrder
    from .time_series_state_set import TimeSeriesStateSet as TimeSeriesStateSet
    from .time_series_unique_properties_aggregate import (
        TimeSeriesUniquePropertiesAggregate as TimeSeriesUniquePropertiesAggregate,
    )
    from .time_series_unique_properties_aggregate_response import (
        TimeSeriesUniquePropertiesAggregateResponse as TimeSeriesUniquePropertiesAggregateResponse,
    )
    from .time_series_unique_properties_aggregate_response_items_item import (
        TimeSeriesUniquePropertiesAggregateResponseItemsItem as TimeSeriesUniquePropertiesAggregateResponseItemsItem,
    )
    from .time_series_unique_properties_aggregate_response_items_item_values_item import (
        TimeSeriesUniquePropertiesAggregateResponseItemsItemValuesItem as TimeSeriesUniquePropertiesAggregateResponseItemsItemValuesItem,
    )
    from .time_series_unique_values_aggregate import TimeSeriesUniqueValuesAggregate as TimeSeriesUniqueValuesAggregate
    from .time_series_unique_values_aggregate_response import (
        TimeSeriesUniqueValuesAggregateResponse as TimeSeriesUniqueValuesAggregateResponse,
    )
    from .time_series_unique_values_aggregate_response_items_item import (
        TimeSeriesUniqueValuesAggregateResponseItemsItem as TimeSeriesUniqueValuesAggregateResponseItemsItem,
    )
    from .time_series_update_by_external_id import TimeSeriesUpdateByExternalId as TimeSeriesUpdateByExternalId
    from .time_series_update_by_id import TimeSeriesUpdateById as TimeSeriesUpdateById
    from .time_series_update_by_instance_id import TimeSeriesUpdateByInstanceId as TimeSeriesUpdateByInstanceId
    from .time_series_update_request import TimeSeriesUpdateRequest as TimeSeriesUpdateRequest
    from .token_inspection_response import TokenInspectionResponse as TokenInspectionResponse
    from .transform_blocked_info import TransformBlockedInfo as TransformBlockedInfo
    from .transformation_advanced_list import TransformationAdvancedList as TransformationAdvancedList
    from .transformation_cognite_external_id import TransformationCogniteExternalId as TransformationCogniteExternalId
    from .transformation_cognite_internal_id import TransformationCogniteInternalId as TransformationCogniteInternalId
    from .transformation_create import TransformationCreate as TransformationCreate
    from .transformation_filter import TransformationFilter as TransformationFilter
    from .transformation_filter_destination_type import (
        TransformationFilterDestinationType as TransformationFilterDestinationType,
    )
    from .transformation_job_status import TransformationJobStatus as TransformationJobStatus
    from .transformation_read import TransformationRead as TransformationRead
    from .transformation_run_with_external_id import TransformationRunWithExternalId as TransformationRunWithExternalId
    from .transformation_run_with_id import TransformationRunWithId as TransformationRunWithId
    from .transformation_task_output import TransformationTaskOutput as TransformationTaskOutput
    from .transformation_task_parameters import TransformationTaskParameters as TransformationTaskParameters
    from .transformation_task_parameters_transformation import (
        TransformationTaskParametersTransformation as TransformationTaskParametersTransformation,
    )
    from .transformation_task_parameters_transformation_concurrency_policy import (
        TransformationTaskParametersTransformationConcurrencyPolicy as TransformationTaskParametersTransformationConcurrencyPolicy,
    )
    from .transformation_update import TransformationUpdate as TransformationUpdate
    from .transformation_update_name import TransformationUpdateName as TransformationUpdateName
    from .trigger_run_of_specific_version_of_workflow_body import (
        TriggerRunOfSpecificVersionOfWorkflowBody as TriggerRunOfSpecificVersionOfWorkflowBody,
    )
    from .trigger_view import TriggerView as TriggerView
    from .type_information import TypeInformation as TypeInformation
    from .type_information_outer import TypeInformationOuter as TypeInformationOuter
    from .typing_view_or_container import TypingViewOrContainer as TypingViewOrContainer
    from .unindexed_through_notice import UnindexedThroughNotice as UnindexedThroughNotice
    from .unique_values_aggregate import UniqueValuesAggregate as UniqueValuesAggregate
    from .unique_values_aggregate_ila import UniqueValuesAggregateIla as UniqueValuesAggregateIla
    from .unique_values_aggregate_ila_unique_values import (
        UniqueValuesAggregateIlaUniqueValues as UniqueValuesAggregateIlaUniqueValues,
    )
    from .unique_values_aggregate_result import UniqueValuesAggregateResult as UniqueValuesAggregateResult
    from .unique_values_aggregate_result_buckets_item import (
        UniqueValuesAggregateResultBucketsItem as UniqueValuesAggregateResultBucketsItem,
    )
    from .unique_values_aggregate_result_ila import UniqueValuesAggregateResultIla as UniqueValuesAggregateResultIla
    from .unique_values_aggregate_result_ila_unique_value_buckets_item import (
        UniqueValuesAggregateResultIlaUniqueValueBucketsItem as UniqueValuesAggregateResultIlaUniqueValueBucketsItem,
    )
    from .unique_values_aggregate_unique_values import (
        UniqueValuesAggregateUniqueValues as UniqueValuesAggregateUniqueValues,
    )
    from .unique_values_shared import UniqueValuesShared as UniqueValuesShared
    from .unique_values_with_fields import UniqueValuesWithFields as UniqueValuesWithFields
    from .unique_values_with_properties import UniqueValuesWithProperties as UniqueValuesWithProperties
    from .uniqueness_constraint_create_definition import (
        UniquenessConstraintCreateDefinition as UniquenessConstraintCreateDefinition,
    )
    from .uniqueness_constraint_definition import UniquenessConstraintDefinition as UniquenessConstraintDefinition
    from .unit import Unit as Unit
    from .unit_conversion import UnitConversion as UnitConversion
    from .unit_reference import UnitReference as UnitReference
    from .unit_system import UnitSystem as UnitSystem
    from .unit_system_quantity import UnitSystemQuantity as UnitSystemQuantity
    from .unit_system_reference import UnitSystemReference as UnitSystemReference
    from .unprocessable_records import UnprocessableRecords as UnprocessableRecords
    from .unprocessable_records_error import UnprocessableRecordsError as UnprocessableRecordsError
    from .unprocessable_records_error_duplicated_item import (
        UnprocessableRecordsErrorDuplicatedItem as UnprocessableRecordsErrorDuplicatedItem,
    )
    from .update_advanced_join_matchers_request_schema import (
        UpdateAdvancedJoinMatchersRequestSchema as UpdateAdvancedJoinMatchersRequestSchema,
    )
    from .update_array_string import UpdateArrayString as UpdateArrayString
    from .update_destination import UpdateDestination as UpdateDestination
    from .update_entities_request import UpdateEntitiesRequest as UpdateEntitiesRequest
    from .update_event_hub_source import UpdateEventHubSource as UpdateEventHubSource
    from .update_event_hub_source_authentication import (
        UpdateEventHubSourceAuthentication as UpdateEventHubSourceAuthentication,
    )
    from .update_event_hub_source_event_hub_name import (
        UpdateEventHubSourceEventHubName as UpdateEventHubSourceEventHubName,
    )
    from .update_event_hub_source_item import UpdateEventHubSourceItem as UpdateEventHubSourceItem
    from .update_event_hub_source_key_name import UpdateEventHubSourceKeyName as UpdateEventHubSourceKeyName
    from .update_event_hub_source_key_value import UpdateEventHubSourceKeyValue as UpdateEventHubSourceKeyValue
    from .update_event_hub_source_set import UpdateEventHubSourceSet as UpdateEventHubSourceSet
    from .update_format import UpdateFormat as UpdateFormat
    from .update_geometries_request import UpdateGeometriesRequest as UpdateGeometriesRequest
    from .update_hosted_extractors_subscription_filter import (
        UpdateHostedExtractorsSubscriptionFilter as UpdateHostedExtractorsSubscriptionFilter,
    )
    from .update_integration import UpdateIntegration as UpdateIntegration
    from .update_integration_item import UpdateIntegrationItem as UpdateIntegrationItem
    from .update_item_auth_certificate import UpdateItemAuthCertificate as UpdateItemAuthCertificate
    from .update_item_ca_certificate import UpdateItemCACertificate as UpdateItemCACertificate
    from .update_item_custom_mapping import UpdateItemCustomMapping as UpdateItemCustomMapping
    from .update_item_data_set_id import UpdateItemDataSetId as UpdateItemDataSetId
    from .update_item_description import UpdateItemDescription as UpdateItemDescription
    from .update_item_destination_id import UpdateItemDestinationId as UpdateItemDestinationId
    from .update_item_host import UpdateItemHost as UpdateItemHost
    from .update_item_input_config import UpdateItemInputConfig as UpdateItemInputConfig
    from .update_item_job_config import UpdateItemJobConfig as UpdateItemJobConfig
    from .update_item_job_target_status import UpdateItemJobTargetStatus as UpdateItemJobTargetStatus
    from .update_item_kafka_authentication import UpdateItemKafkaAuthentication as UpdateItemKafkaAuthentication
    from .update_item_kafka_brokers import UpdateItemKafkaBrokers as UpdateItemKafkaBrokers
    from .update_item_mqtt_authentication import UpdateItemMqttAuthentication as UpdateItemMqttAuthentication
    from .update_item_name import UpdateItemName as UpdateItemName
    from .update_item_partitions import UpdateItemPartitions as UpdateItemPartitions
    from .update_item_port import UpdateItemPort as UpdateItemPort
    from .update_item_rest_scheme import UpdateItemRestScheme as UpdateItemRestScheme
    from .update_item_rest_scheme_set import UpdateItemRestSchemeSet as UpdateItemRestSchemeSet
    from .update_item_session_credentials import UpdateItemSessionCredentials as UpdateItemSessionCredentials
    from .update_item_session_credentials_object import (
        UpdateItemSessionCredentialsObject as UpdateItemSessionCredentialsObject,
    )
    from .update_item_source_id import UpdateItemSourceId as UpdateItemSourceId
    from .update_item_with_external_id_schedule_update import (
        UpdateItemWithExternalIdScheduleUpdate as UpdateItemWithExternalIdScheduleUpdate,
    )
    from .update_item_with_external_id_transformation_update import (
        UpdateItemWithExternalIdTransformationUpdate as UpdateItemWithExternalIdTransformationUpdate,
    )
    from .update_item_with_id_schedule_update import UpdateItemWithIdScheduleUpdate as UpdateItemWithIdScheduleUpdate
    from .update_item_with_id_transformation_update import (
        UpdateItemWithIdTransformationUpdate as UpdateItemWithIdTransformationUpdate,
    )
    from .update_kafka_source import UpdateKafkaSource as UpdateKafkaSource
    from .update_kafka_source_item import UpdateKafkaSourceItem as UpdateKafkaSourceItem
    from .update_kafka_source_use_tls import UpdateKafkaSourceUseTls as UpdateKafkaSourceUseTls
    from .update_libraries_request import UpdateLibrariesRequest as UpdateLibrariesRequest
    from .update_mapping import UpdateMapping as UpdateMapping
    from .update_mapping_published import UpdateMappingPublished as UpdateMappingPublished
    from .update_model_3d import UpdateModel3D as UpdateModel3D
    from .update_model_3d_classic_body import UpdateModel3DClassicBody as UpdateModel3DClassicBody
    from .update_model_3d_dms_only import UpdateModel3DDmsOnly as UpdateModel3DDmsOnly
    from .update_model_3d_dms_only_body import UpdateModel3DDmsOnlyBody as UpdateModel3DDmsOnlyBody
    from .update_model_3d_dms_only_update import UpdateModel3DDmsOnlyUpdate as UpdateModel3DDmsOnlyUpdate
    from .update_model_3d_update import UpdateModel3DUpdate as UpdateModel3DUpdate
    from .update_mqtt_broker_source import UpdateMqttBrokerSource as UpdateMqttBrokerSource
    from .update_mqtt_broker_source_item import UpdateMqttBrokerSourceItem as UpdateMqttBrokerSourceItem
    from .update_mqtt_broker_source_password import UpdateMqttBrokerSourcePassword as UpdateMqttBrokerSourcePassword
    from .update_mqtt_v3_source import UpdateMqttV3Source as UpdateMqttV3Source
    from .update_mqtt_v3_source_item import UpdateMqttV3SourceItem as UpdateMqttV3SourceItem
    from .update_mqtt_v3_source_use_tls import UpdateMqttV3SourceUseTls as UpdateMqttV3SourceUseTls
    from .update_mqtt_v5_source import UpdateMqttV5Source as UpdateMqttV5Source
    from .update_mqtt_v5_source_item import UpdateMqttV5SourceItem as UpdateMqttV5SourceItem
    from .update_mqtt_v5_source_use_tls import UpdateMqttV5SourceUseTls as UpdateMqttV5SourceUseTls
    from .update_relationship_wrapper import UpdateRelationshipWrapper as UpdateRelationshipWrapper
    from .update_response import UpdateResponse as UpdateResponse
    from .update_rest_source import UpdateRestSource as UpdateRestSource
    from .update_rest_source_item import UpdateRestSourceItem as UpdateRestSourceItem
    from .update_revision_3d import UpdateRevision3D as UpdateRevision3D
    from .update_revision_3d_classic_body import UpdateRevision3DClassicBody as UpdateRevision3DClassicBody
    from .update_revision_3d_dms_only import UpdateRevision3DDmsOnly as UpdateRevision3DDmsOnly
    from .update_revision_3d_dms_only_body import UpdateRevision3DDmsOnlyBody as UpdateRevision3DDmsOnlyBody
    from .update_revision_3d_dms_only_update import UpdateRevision3DDmsOnlyUpdate as UpdateRevision3DDmsOnlyUpdate
    from .update_revision_3d_dms_only_update_published import (
        UpdateRevision3DDmsOnlyUpdatePublished as UpdateRevision3DDmsOnlyUpdatePublished,
    )
    from .update_revision_3d_thumbnail import UpdateRevision3DThumbnail as UpdateRevision3DThumbnail
    from .update_revision_3d_update import UpdateRevision3DUpdate as UpdateRevision3DUpdate
    from .update_revision_3d_update_published import UpdateRevision3DUpdatePublished as UpdateRevision3DUpdatePublished
    from .update_set_null import UpdateSetNull as UpdateSetNull
    from .update_set_number import UpdateSetNumber as UpdateSetNumber
    from .update_set_short_str import UpdateSetShortStr as UpdateSetShortStr
    from .update_set_string import UpdateSetString as UpdateSetString
    from .update_source_external_id import UpdateSourceExternalId as UpdateSourceExternalId
    from .update_source_type import UpdateSourceType as UpdateSourceType
    from .update_symbols_request import UpdateSymbolsRequest as UpdateSymbolsRequest
    from .update_target_external_id import UpdateTargetExternalId as UpdateTargetExternalId
    from .update_target_type import UpdateTargetType as UpdateTargetType
    from .update_task_status_body import UpdateTaskStatusBody as UpdateTaskStatusBody
    from .update_task_status_body_output import UpdateTaskStatusBodyOutput as UpdateTaskStatusBodyOutput
    from .update_task_status_body_status import UpdateTaskStatusBodyStatus as UpdateTaskStatusBodyStatus
    from .update_transformation_schedules_response_400 import (
        UpdateTransformationSchedulesResponse400 as UpdateTransformationSchedulesResponse400,
    )
    from .update_transformation_schedules_response_400_error import (
        UpdateTransformationSchedulesResponse400Error as UpdateTransformationSchedulesResponse400Error,
    )
    from .update_transformation_schedules_response_403 import (
        UpdateTransformationSchedulesResponse403 as UpdateTransformationSchedulesResponse403,
    )
    from .update_transformation_schedules_response_403_error import (
        UpdateTransformationSchedulesResponse403Error as UpdateTransformationSchedulesResponse403Error,
    )
    from .update_transformation_schedules_response_409 import (
        UpdateTransformationSchedulesResponse409 as UpdateTransformationSchedulesResponse409,
    )
    from .update_transformation_schedules_response_409_error import (
        UpdateTransformationSchedulesResponse409Error as UpdateTransformationSchedulesResponse409Error,
    )
    from .update_transformations_response_400 import (
        UpdateTransformationsResponse400 as UpdateTransformationsResponse400,
    )
    from .update_transformations_response_400_error import (
        UpdateTransformationsResponse400Error as UpdateTransformationsResponse400Error,
    )
    from .update_transformations_response_403 import (
        UpdateTransformationsResponse403 as UpdateTransformationsResponse403,
    )
    from .update_transformations_response_403_error import (
        UpdateTransformationsResponse403Error as UpdateTransformationsResponse403Error,
    )
    from .update_transformations_response_409 import (
        UpdateTransformationsResponse409 as UpdateTransformationsResponse409,
    )
    from .update_transformations_response_409_error import (
        UpdateTransformationsResponse409Error as UpdateTransformationsResponse409Error,
    )
    from .update_user import UpdateUser as UpdateUser
    from .upload_file_metadata import UploadFileMetadata as UploadFileMetadata
    from .upsert_conflict import UpsertConflict as UpsertConflict
    from .upsert_conflict_error import UpsertConflictError as UpsertConflictError
    from .used_for import UsedFor as UsedFor
    from .user_created import UserCreated as UserCreated
    from .user_dto import UserDto as UserDto
    from .user_history_app_item import UserHistoryAppItem as UserHistoryAppItem
    from .user_history_apps_response import UserHistoryAppsResponse as UserHistoryAppsResponse
    from .user_history_apps_response_items_item import (
        UserHistoryAppsResponseItemsItem as UserHistoryAppsResponseItemsItem,
    )
    from .user_history_resource_item import UserHistoryResourceItem as UserHistoryResourceItem
    from .user_history_resource_item_action import UserHistoryResourceItemAction as UserHistoryResourceItemAction
    from .user_history_resources_response import UserHistoryResourcesResponse as UserHistoryResourcesResponse
    from .user_history_resources_response_items_item import (
        UserHistoryResourcesResponseItemsItem as UserHistoryResourcesResponseItemsItem,
    )
    from .user_history_resources_response_items_item_action import (
        UserHistoryResourcesResponseItemsItemAction as UserHistoryResourcesResponseItemsItemAction,
    )
    from .user_identifier import UserIdentifier as UserIdentifier
    from .user_list_response import UserListResponse as UserListResponse
    from .user_list_response_next_cursor import UserListResponseNextCursor as UserListResponseNextCursor
    from .user_preferences_date_format_field import UserPreferencesDateFormatField as UserPreferencesDateFormatField
    from .user_preferences_language_field import UserPreferencesLanguageField as UserPreferencesLanguageField
    from .user_preferences_read import UserPreferencesRead as UserPreferencesRead
    from .user_preferences_read_general import UserPreferencesReadGeneral as UserPreferencesReadGeneral
    from .user_preferences_time_format_field import UserPreferencesTimeFormatField as UserPreferencesTimeFormatField
    from .user_preferences_update import UserPreferencesUpdate as UserPreferencesUpdate
    from .user_preferences_update_general import UserPreferencesUpdateGeneral as UserPreferencesUpdateGeneral
    from .user_preferences_update_general_update import (
        UserPreferencesUpdateGeneralUpdate as UserPreferencesUpdateGeneralUpdate,
    )
    from .user_preferences_update_general_update_date_format import (
        UserPreferencesUpdateGeneralUpdateDateFormat as UserPreferencesUpdateGeneralUpdateDateFormat,
    )
    from .user_preferences_update_general_update_language import (
        UserPreferencesUpdateGeneralUpdateLanguage as UserPreferencesUpdateGeneralUpdateLanguage,
    )
    from .user_preferences_update_general_update_time_format import (
        UserPreferencesUpdateGeneralUpdateTimeFormat as UserPreferencesUpdateGeneralUpdateTimeFormat,
    )
    from .user_preferences_update_general_update_timezone import (
        UserPreferencesUpdateGeneralUpdateTimezone as UserPreferencesUpdateGeneralUpdateTimezone,
    )
    from .user_principal import UserPrincipal as UserPrincipal
    from .user_profile_item import UserProfileItem as UserProfileItem
    from .user_profiles_by_ids_request import UserProfilesByIdsRequest as UserProfilesByIdsRequest
    from .user_profiles_by_ids_response import UserProfilesByIdsResponse as UserProfilesByIdsResponse
    from .user_profiles_configuration_dto import UserProfilesConfigurationDTO as UserProfilesConfigurationDTO
    from .user_profiles_configuration_update_dto import (
        UserProfilesConfigurationUpdateDTO as UserProfilesConfigurationUpdateDTO,
    )
    from .user_profiles_error_response import UserProfilesErrorResponse as UserProfilesErrorResponse
    from .user_profiles_error_response_error import UserProfilesErrorResponseError as UserProfilesErrorResponseError
    from .user_profiles_list_response import UserProfilesListResponse as UserProfilesListResponse
    from .user_profiles_not_found_response import UserProfilesNotFoundResponse as UserProfilesNotFoundResponse
    from .user_profiles_not_found_response_error import (
        UserProfilesNotFoundResponseError as UserProfilesNotFoundResponseError,
    )
    from .user_profiles_search_request import UserProfilesSearchRequest as UserProfilesSearchRequest
    from .user_profiles_search_request_search import UserProfilesSearchRequestSearch as UserProfilesSearchRequestSearch
    from .user_profiles_search_response import UserProfilesSearchResponse as UserProfilesSearchResponse
    from .user_sink import UserSink as UserSink
    from .user_sink_id import UserSinkId as UserSinkId
    from .user_sink_update import UserSinkUpdate as UserSinkUpdate
    from .user_sink_update_item import UserSinkUpdateItem as UserSinkUpdateItem
    from .user_sink_write import UserSinkWrite as UserSinkWrite
    from .user_update_item import UserUpdateItem as UserUpdateItem
    from .username_wrapper import UsernameWrapper as UsernameWrapper
    from .validation_error import ValidationError as ValidationError
    from .validation_error_body import ValidationErrorBody as ValidationErrorBody
    from .validation_error_content import ValidationErrorContent as ValidationErrorContent
    from .validation_error_content_object import ValidationErrorContentObject as ValidationErrorContentObject
    from .validation_error_object import ValidationErrorObject as ValidationErrorObject
    from .validation_status import ValidationStatus as ValidationStatus
    from .value_format import ValueFormat as ValueFormat
    from .values_aggregate_result import ValuesAggregateResult as ValuesAggregateResult
    from .valve_detection_parameters import ValveDetectionParameters as ValveDetectionParameters
    from .version_references_collection_response import (
        VersionReferencesCollectionResponse as VersionReferencesCollectionResponse,
    )
    from .version_references_collection_response_items_item import (
        VersionReferencesCollectionResponseItemsItem as VersionReferencesCollectionResponseItemsItem,
    )
    from .versioned_3d_file import Versioned3DFile as Versioned3DFile
    from .vertex import Vertex as Vertex
    from .view_collection_response import ViewCollectionResponse as ViewCollectionResponse
    from .view_collection_response_with_cursor import (
        ViewCollectionResponseWithCursor as ViewCollectionResponseWithCursor,
    )
    from .view_common import ViewCommon as ViewCommon
    from .view_config import ViewConfig as ViewConfig
    from .view_config_plus import ViewConfigPlus as ViewConfigPlus
    from .view_core_property_definition import ViewCorePropertyDefinition as ViewCorePropertyDefinition
    from .view_create_collection import ViewCreateCollection as ViewCreateCollection
    from .view_create_definition import ViewCreateDefinition as ViewCreateDefinition
    from .view_create_definition_properties import ViewCreateDefinitionProperties as ViewCreateDefinitionProperties
    from .view_data_source import ViewDataSource as ViewDataSource
    from .view_data_source_type import ViewDataSourceType as ViewDataSourceType
    from .view_definition import ViewDefinition as ViewDefinition
    from .view_definition_properties import ViewDefinitionProperties as ViewDefinitionProperties
    from .view_direct_node_relation import ViewDirectNodeRelation as ViewDirectNodeRelation
    from .view_info import ViewInfo as ViewInfo
    from .view_list_unit import ViewListUnit as ViewListUnit
    from .view_list_unit_system import ViewListUnitSystem as ViewListUnitSystem
    from .view_or_container import ViewOrContainer as ViewOrContainer
    from .view_property_definition import ViewPropertyDefinition as ViewPropertyDefinition
    from .view_property_reference import ViewPropertyReference as ViewPropertyReference
    from .view_reference import ViewReference as ViewReference
    from .view_status import ViewStatus as ViewStatus
    from .virtual_entity import VirtualEntity as VirtualEntity
    from .visibility import Visibility as Visibility
    from .vision_all_of_file_id import VisionAllOfFileId as VisionAllOfFileId
    from .vision_extract_get_response import VisionExtractGetResponse as VisionExtractGetResponse
    from .vision_extract_item import VisionExtractItem as VisionExtractItem
    from .vision_extract_post_response import VisionExtractPostResponse as VisionExtractPostResponse
    from .vision_extract_predictions import VisionExtractPredictions as VisionExtractPredictions
    from .vision_extract_predictions_dial_gauge_predictions_item import (
        VisionExtractPredictionsDialGaugePredictionsItem as VisionExtractPredictionsDialGaugePredictionsItem,
    )
    from .vision_extract_predictions_level_gauge_predictions_item import (
        VisionExtractPredictionsLevelGaugePredictionsItem as VisionExtractPredictionsLevelGaugePredictionsItem,
    )
    from .vision_extract_predictions_valve_predictions_item import (
        VisionExtractPredictionsValvePredictionsItem as VisionExtractPredictionsValvePredictionsItem,
    )
    from .vision_instance_id import VisionInstanceId as VisionInstanceId
    from .vision_segment_embedding_get_response import (
        VisionSegmentEmbeddingGetResponse as VisionSegmentEmbeddingGetResponse,
    )
    from .vision_segment_embedding_item import VisionSegmentEmbeddingItem as VisionSegmentEmbeddingItem
    from .vision_segment_embedding_post_response import (
        VisionSegmentEmbeddingPostResponse as VisionSegmentEmbeddingPostResponse,
    )
    from .vision_segment_get_response import VisionSegmentGetResponse as VisionSegmentGetResponse
    from .vision_segment_item import VisionSegmentItem as VisionSegmentItem
    from .vision_segment_post_response import VisionSegmentPostResponse as VisionSegmentPostResponse
    from .vision_segment_predictions_item import VisionSegmentPredictionsItem as VisionSegmentPredictionsItem
    from .workflow_definition import WorkflowDefinition as WorkflowDefinition
    from .workflow_definition_response import WorkflowDefinitionResponse as WorkflowDefinitionResponse
    from .workflow_event_base import WorkflowEventBase as WorkflowEventBase
    from .workflow_event_base_metadata_type_0 import WorkflowEventBaseMetadataType0 as WorkflowEventBaseMetadataType0
    from .workflow_event_trigger_attempt import WorkflowEventTriggerAttempt as WorkflowEventTriggerAttempt
    from .workflow_event_trigger_attempt_execution_type import (
        WorkflowEventTriggerAttemptExecutionType as WorkflowEventTriggerAttemptExecutionType,
    )
    from .workflow_event_workflow_execution import WorkflowEventWorkflowExecution as WorkflowEventWorkflowExecution
    from .workflow_event_workflow_execution_execution_type import (
        WorkflowEventWorkflowExecutionExecutionType as WorkflowEventWorkflowExecutionExecutionType,
    )
    from .workflow_execution import WorkflowExecution as WorkflowExecution
    from .workflow_execution_response import WorkflowExecutionResponse as WorkflowExecutionResponse
    from .workflow_filter import WorkflowFilter as WorkflowFilter
    from .workflow_signal_metadata import WorkflowSignalMetadata as WorkflowSignalMetadata
    from .workflow_status import WorkflowStatus as WorkflowStatus
    from .workflow_version_view import WorkflowVersionView as WorkflowVersionView
    from .workflow_view import WorkflowView as WorkflowView
    from .write_custom_format import WriteCustomFormat as WriteCustomFormat
    from .writeback_external_id_wrapper import WritebackExternalIdWrapper as WritebackExternalIdWrapper
    from .writeback_items_with_ignore_unknown_ids_and_force_external_id import (
        WritebackItemsWithIgnoreUnknownIdsAndForceExternalId as WritebackItemsWithIgnoreUnknownIdsAndForceExternalId,
    )
    from .writeback_items_with_ignore_unknown_ids_external_id import (
        WritebackItemsWithIgnoreUnknownIdsExternalId as WritebackItemsWithIgnoreUnknownIdsExternalId,
    )
    from .writeback_validation_error import WritebackValidationError as WritebackValidationError
    from .writeback_validation_error_content import WritebackValidationErrorContent as WritebackValidationErrorContent
    from .xml_config import XmlConfig as XmlConfig

_MODULES: dict[str, str] = {
    "APIError": "api_error",
    "AWSCognitoIdP": "aws_cognito_id_p",
    "AddClaimNames": "add_claim_names",
    "AddJobResultRejections": "add_job_result_rejections",
    "AdvancedJoin": "advanced_join",
    "AdvancedJoinMatch": "advanced_join_match",
    "AdvancedJoinPatch": "advanced_join_patch",
    "AdvancedJoinPatchAddRemoveMatchers": "advanced_join_patch_add_remove_matchers",
    "AdvancedJoinPatchSetMatchers": "advanced_join_patch_set_matchers",
    "AdvancedJoinsUpdateItem": "advanced_joins_update_item",
    "AdvancedListFilter": "advanced_list_filter",
    "AgentsAclAcl": "agents_acl_acl",
    "AgentsAclAction": "agents_acl_action",
    "AgentsAclScope": "agents_acl_scope",
    "Aggregate": "aggregate",
    "AggregateCount": "aggregate_count",
    "AggregateInFilter": "aggregate_in_filter",
    "AggregateInFilterIn": "aggregate_in_filter_in",
    "AggregateIntegerValues": "aggregate_integer_values",
    "AggregatePrefixFilter": "aggregate_prefix_filter",
    "AggregatePrefixFilterPrefix": "aggregate_prefix_filter_prefix",
    "AggregatePropertyValues": "aggregate_property_values",
    "AggregatePropertyValuesValue": "aggregate_property_values_value",
    "AggregatePropertyValuesValuesItem": "aggregate_property_values_values_item",
    "AggregateRangeFilter": "aggregate_range_filter",
    "AggregateRangeFilterRange": "aggregate_range_filter_range",
    "AggregateRecordsRequest": "aggregate_records_request",
    "AggregateResultItem": "aggregate_result_item",
    "AggregateSimulatorModelsQuery": "aggregate_simulator_models_query",
    "AggregateSimulatorRoutinesQuery": "aggregate_simulator_routines_query",
    "AggregateStringValues": "aggregate_string_values",
    "AggregatedHistogramValue": "aggregated_histogram_value",
    "AggregatedHistogramValueBucketsItem": "aggregated_histogram_value_buckets_item",
    "AggregatedNumberValue": "aggregated_number_value",
    "AggregatedNumberValueAggregate": "aggregated_number_value_aggregate",
    "AggregatedProperties": "aggregated_properties",
    "AggregatedProperty": "aggregated_property",
    "AggregatedResultItem": "aggregated_result_item",
    "AggregatedResultItemCollection": "aggregated_result_item_collection",
    "AggregatedResultItemGroup": "aggregated_result_item_group",
    "AggregatesDefinition": "aggregates_definition",
    "AggregatesDefinitionIla": "aggregates_definition_ila",
    "AggregatesResultDefinition": "aggregates_result_definition",
    "AggregatesResultDefinitionIla": "aggregates_result_definition_ila",
    "AggregationRequest": "aggregation_request",
    "AggregationRequestV2": "aggregation_request_v2",
    "AggregationResponse": "aggregation_response",
    "AggregationResponseV2": "aggregation_response_v2",
    "AllOfFileId": "all_of_file_id",
    "AllOfFileIdWithPageRange": "all_of_file_id_with_page_range",
    "AnnotatedResourceType": "annotated_resource_type",
    "AnnotationType": "annotation_type",
    "AnnotationsAclAcl": "annotations_acl_acl",
    "AnnotationsAclAction": "annotations_acl_action",
    "AnnotationsAclScopeAll": "annotations_acl_scope_all",
    "AnnotationsAttributesMixin": "annotations_attributes_mixin",
    "AnnotationsAttributesMixinAttributes": "annotations_attributes_mixin_attributes",
    "AnnotationsBoolean": "annotations_boolean",
    "AnnotationsBoundingBox": "annotations_bounding_box",
    "AnnotationsBoundingVolume": "annotations_bounding_volume",
    "AnnotationsBox": "annotations_box",
    "AnnotationsByidsBody": "annotations_byids_body",
    "AnnotationsClassification": "annotations_classification",
    "AnnotationsCogmonoAnnotationTypesDiagramsAssetLink": "annotations_cogmono_annotation_types_diagrams_asset_link",
    "AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink": "annotations_cogmono_annotation_types_diagrams_instance_link",
    "AnnotationsCogmonoAnnotationTypesImagesAssetLink": "annotations_cogmono_annotation_types_images_asset_link",
    "AnnotationsCogmonoAnnotationTypesImagesInstanceLink": "annotations_cogmono_annotation_types_images_instance_link",
    "AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry": "annotations_cogmono_annotation_types_primitives_geometry_2d_geometry",
    "AnnotationsCogmonoAnnotationTypesPrimitivesGeometry3DGeometry": "annotations_cogmono_annotation_types_primitives_geometry_3d_geometry",
    "AnnotationsConfidenceMixin": "annotations_confidence_mixin",
    "AnnotationsCreateBody": "annotations_create_body",
    "AnnotationsCylinder": "annotations_cylinder",
    "AnnotationsDeleteBody": "annotations_delete_body",
    "AnnotationsDescriptionMixin": "annotations_description_mixin",
    "AnnotationsDetection": "annotations_detection",
    "AnnotationsExtractedText": "annotations_extracted_text",
    "AnnotationsFileLink": "annotations_file_link",
    "AnnotationsFilterBody": "annotations_filter_body",
    "AnnotationsGeometryMixin": "annotations_geometry_mixin",
    "AnnotationsInstanceRef": "annotations_instance_ref",
    "AnnotationsInstanceRefInstanceType": "annotations_instance_ref_instance_type",
    "AnnotationsIsoPlanAnnotation": "annotations_iso_plan_annotation",
    "AnnotationsIsoPlanAnnotationLinkedResourceType": "annotations_iso_plan_annotation_linked_resource_type",
    "AnnotationsIsoPlanAnnotationSourceType": "annotations_iso_plan_annotation_source_type",
    "AnnotationsJunction": "annotations_junction",
    "AnnotationsKeypoint": "annotations_keypoint",
    "AnnotationsKeypointAttributes": "annotations_keypoint_attributes",
    "AnnotationsKeypointCollection": "annotations_keypoint_collection",
    "AnnotationsKeypointCollectionAttributes": "annotations_keypoint_collection_attributes",
    "AnnotationsKeypointCollectionKeypoints": "annotations_keypoint_collection_keypoints",
    "AnnotationsLine": "annotations_line",
    "AnnotationsNumerical": "annotations_numerical",
    "AnnotationsObjectDetection": "annotations_object_detection",
    "AnnotationsObjectDetectionAttributes": "annotations_object_detection_attributes",
    "AnnotationsOptionalLabelMixin": "annotations_optional_label_mixin",
    "AnnotationsPageInformationMixin": "annotations_page_information_mixin",
    "AnnotationsPoint": "annotations_point",
    "AnnotationsPolyLine": "annotations_poly_line",
    "AnnotationsPolygon": "annotations_polygon",
    "AnnotationsRequiredLabelMixin": "annotations_required_label_mixin",
    "AnnotationsSizeAndClassType": "annotations_size_and_class_type",
    "AnnotationsSuggestBody": "annotations_suggest_body",
    "AnnotationsTextRegion": "annotations_text_region",
    "AnnotationsUnhandledSymbolObject": "annotations_unhandled_symbol_object",
    "AnnotationsUnhandledTextObject": "annotations_unhandled_text_object",
    "AnnotationsUpdateBody": "annotations_update_body",
    "AnnotationsV2CreateSchema": "annotations_v2_create_schema",
    "AnnotationsV2CursoredListResponseSchema": "annotations_v2_cursored_list_response_schema",
    "AnnotationsV2FilterSchema": "annotations_v2_filter_schema",
    "AnnotationsV2FilterSchemaData": "annotations_v2_filter_schema_data",
    "AnnotationsV2ListResponseSchema": "annotations_v2_list_response_schema",
    "AnnotationsV2ReferenceSchema": "annotations_v2_reference_schema",
    "AnnotationsV2ResponseSchema": "annotations_v2_response_schema",
    "AnnotationsV2ReverseLookupFilterSchema": "annotations_v2_reverse_lookup_filter_schema",
    "AnnotationsV2ReverseLookupFilterSchemaData": "annotations_v2_reverse_lookup_filter_schema_data",
    "AnnotationsV2ReverseLookupResponseSchema": "annotations_v2_reverse_lookup_response_schema",
    "AnnotationsV2SuggestSchema": "annotations_v2_suggest_schema",
    "AnnotationsV2UpdateDataSchema": "annotations_v2_update_data_schema",
    "AnnotationsV2UpdateDataSchemaAnnotationType": "annotations_v2_update_data_schema_annotation_type",
    "AnnotationsV2UpdateDataSchemaData": "annotations_v2_update_data_schema_data",
    "AnnotationsV2UpdateDataSchemaStatus": "annotations_v2_update_data_schema_status",
    "AnnotationsV2UpdateItemSchema": "annotations_v2_update_item_schema",
    "AnnotationsView": "annotations_view",
    "Answer": "answer",
    "ArrayPatchLongAddOrRemove": "array_patch_long_add_or_remove",
    "ArrayPatchLongSet": "array_patch_long_set",
    "ArrayPatchStringAddOrRemove": "array_patch_string_add_or_remove",
    "ArrayPatchStringSet": "array_patch_string_set",
    "Artifact": "artifact",
    "ArtifactPlatform": "artifact_platform",
    "Asset": "asset",
    "AssetAdvancedFilter": "asset_advanced_filter",
    "AssetAggregateBoolFilterAnd": "asset_aggregate_bool_filter_and",
    "AssetAggregateBoolFilterNot": "asset_aggregate_bool_filter_not",
    "AssetAggregateBoolFilterOr": "asset_aggregate_bool_filter_or",
    "AssetAggregateKeys": "asset_aggregate_keys",
    "AssetAggregateProperties": "asset_aggregate_properties",
    "AssetAggregatePropertiesPropertiesItem": "asset_aggregate_properties_properties_item",
    "AssetBoolFilterAnd": "asset_bool_filter_and",
    "AssetBoolFilterNot": "asset_bool_filter_not",
    "AssetBoolFilterOr": "asset_bool_filter_or",
    "AssetCardinalityPropertiesAggregate": "asset_cardinality_properties_aggregate",
    "AssetCardinalityValuesAggregate": "asset_cardinality_values_aggregate",
    "AssetCentricDataSource": "asset_centric_data_source",
    "AssetCentricDataSourceType": "asset_centric_data_source_type",
    "AssetChangeByExternalId": "asset_change_by_external_id",
    "AssetChangeById": "asset_change_by_id",
    "AssetCountAggregate": "asset_count_aggregate",
    "AssetDataIds": "asset_data_ids",
    "AssetExternalId": "asset_external_id",
    "AssetFilter": "asset_filter",
    "AssetFilterFilter": "asset_filter_filter",
    "AssetIdentifier": "asset_identifier",
    "AssetInstanceId": "asset_instance_id",
    "AssetInstanceIdMappingsFilterRequest": "asset_instance_id_mappings_filter_request",
    "AssetInternalId": "asset_internal_id",
    "AssetLimit": "asset_limit",
    "AssetListScope": "asset_list_scope",
    "AssetMapping3D": "asset_mapping_3d",
    "AssetMapping3DAssetFilter": "asset_mapping_3d_asset_filter",
    "AssetMapping3DAssetInstanceIdFilter": "asset_mapping_3d_asset_instance_id_filter",
    "AssetMapping3DFilter": "asset_mapping_3d_filter",
    "AssetMapping3DFilterRequest": "asset_mapping_3d_filter_request",
    "AssetMapping3DList": "asset_mapping_3d_list",
    "AssetMapping3DNodeFilter": "asset_mapping_3d_node_filter",
    "AssetMapping3DTreeIndexFilter": "asset_mapping_3d_tree_index_filter",
    "AssetMapping3DWithCursorResponse": "asset_mapping_3d_with_cursor_response",
    "AssetMetadata": "asset_metadata",
    "AssetMetadataKeysAggregate": "asset_metadata_keys_aggregate",
    "AssetMetadataValuesAggregate": "asset_metadata_values_aggregate",
    "AssetPatch": "asset_patch",
    "AssetPatchUpdate": "asset_patch_update",
    "AssetSearch": "asset_search",
    "AssetSearchFilter": "asset_search_filter",
    "AssetSearchSearch": "asset_search_search",
    "AssetSort": "asset_sort",
    "AssetSortProperty": "asset_sort_property",
    "AssetSortPropertyNulls": "asset_sort_property_nulls",
    "AssetSortPropertyOrder": "asset_sort_property_order",
    "AssetTagDetectionParameters": "asset_tag_detection_parameters",
    "AssetUniquePropertiesAggregate": "asset_unique_properties_aggregate",
    "AssetUniqueValuesAggregate": "asset_unique_values_aggregate",
    "AssetWithPropertyCountAggregate": "asset_with_property_count_aggregate",
    "Auth0Idp": "auth_0_idp",
    "AuthCertificate": "auth_certificate",
    "Authentication": "authentication",
    "AutoCreateOptions": "auto_create_options",
    "AvgAggregate": "avg_aggregate",
    "AvgAggregateAvg": "avg_aggregate_avg",
    "AvgAggregateFunctionV3": "avg_aggregate_function_v3",
    "AvgAggregateFunctionV3Avg": "avg_aggregate_function_v3_avg",
    "AvgAggregateIla": "avg_aggregate_ila",
    "AvgAggregateIlaAvg": "avg_aggregate_ila_avg",
    "AvgAggregateResult": "avg_aggregate_result",
    "AvgAggregateResultIla": "avg_aggregate_result_ila",
    "AzureAdIdp": "azure_ad_idp",
    "BasePrincipalDto": "base_principal_dto",
    "BasicAuthentication": "basic_authentication",
    "BasicGetSequenceColumnInfo": "basic_get_sequence_column_info",
    "BatchDownloadRequestFilter": "batch_download_request_filter",
    "BatchDownloadRequestFilterMetadataFilter": "batch_download_request_filter_metadata_filter",
    "BatchDownloadRequestSeismic": "batch_download_request_seismic",
    "BatchJobStatus": "batch_job_status",
    "BatchRefreshSessionsRequest": "batch_refresh_sessions_request",
    "BatchRefreshSessionsResponse": "batch_refresh_sessions_response",
    "BatchUpdateFailure": "batch_update_failure",
    "BindSessionRequest": "bind_session_request",
    "BodyPaginationConfig": "body_pagination_config",
    "BoolFilterIlaAnd": "bool_filter_ila_and",
    "BoolFilterIlaNot": "bool_filter_ila_not",
    "BoolFilterIlaOr": "bool_filter_ila_or",
    "BoundingBox": "bounding_box",
    "BoundingBox3D": "bounding_box_3d",
    "BoxPointCloudVolumeV1": "box_point_cloud_volume_v1",
    "BtreeIndexCreateDefinition": "btree_index_create_definition",
    "BtreeIndexDefinition": "btree_index_definition",
    "ByIdsFunctionCallsBody": "by_ids_function_calls_body",
    "ByIdsFunctionSchedulesBody": "by_ids_function_schedules_body",
    "ByIdsRequest": "by_ids_request",
    "ByIdsResponse": "by_ids_response",
    "CACertificate": "ca_certificate",
    "CDFExternalIdReference": "cdf_external_id_reference",
    "CDFExternalIdReferenceType": "cdf_external_id_reference_type",
    "CPURange": "cpu_range",
    "CallbackUpdateRequest": "callback_update_request",
    "CallbackUpdateRequestOutput": "callback_update_request_output",
    "CallbackUpdateRequestStatus": "callback_update_request_status",
    "CancelExecution": "cancel_execution",
    "CapabilityAnalyticsCapability": "capability_analytics_capability",
    "CapabilityAssetsCapability": "capability_assets_capability",
    "CapabilityDataModelingInstancesCapability": "capability_data_modeling_instances_capability",
    "CapabilityDataModelingSchemaCapability": "capability_data_modeling_schema_capability",
    "CapabilityDatasetsCapability": "capability_datasets_capability",
    "CapabilityDigitalTwinCapability": "capability_digital_twin_capability",
    "CapabilityEventsCapability": "capability_events_capability",
    "CapabilityExtractionPipelineRunsCapability": "capability_extraction_pipeline_runs_capability",
    "CapabilityExtractionPipelinesCapability": "capability_extraction_pipelines_capability",
    "CapabilityFilesCapability": "capability_files_capability",
    "CapabilityFunctionsCapability": "capability_functions_capability",
    "CapabilityGroupsCapability": "capability_groups_capability",
    "CapabilityIndustrialLogAnalyticsInstancesCapability": "capability_industrial_log_analytics_instances_capability",
    "CapabilityLabelsCapability": "capability_labels_capability",
    "CapabilityLimitsCapability": "capability_limits_capability",
    "CapabilityProjectsCapability": "capability_projects_capability",
    "CapabilityRawCapability": "capability_raw_capability",
    "CapabilityRelationshipsCapability": "capability_relationships_capability",
    "CapabilitySecurityCategoryCapability": "capability_security_category_capability",
    "CapabilitySeismicCapability": "capability_seismic_capability",
    "CapabilitySequencesCapability": "capability_sequences_capability",
    "CapabilityThreedCapability": "capability_threed_capability",
    "CapabilityTimeSeriesCapability": "capability_time_series_capability",
    "CapabilityTypesCapability": "capability_types_capability",
    "CdfTaskOutput": "cdf_task_output",
    "CdfTaskOutputOption1": "cdf_task_output_option_1",
    "CdfTaskParameters": "cdf_task_parameters",
    "CdfTaskParametersCdfRequest": "cdf_task_parameters_cdf_request",
    "CdfTaskParametersCdfRequestCdfVersionHeader": "cdf_task_parameters_cdf_request_cdf_version_header",
    "CdfTaskParametersCdfRequestMethodType0": "cdf_task_parameters_cdf_request_method_type_0",
    "CdfTaskParametersOption0": "cdf_task_parameters_option_0",
    "CdfTaskParametersOption02": "cdf_task_parameters_option_02",
    "CertificateDetails": "certificate_details",
    "CertificateType": "certificate_type",
    "Changelog": "changelog",
    "CheckinRequest": "checkin_request",
    "CheckinResponse": "checkin_response",
    "ClaimName": "claim_name",
    "Classifier": "classifier",
    "ClientCredentialsAuthentication": "client_credentials_authentication",
    "ClustersListRequestResponse": "clusters_list_request_response",
    "CogniteCapabilityAgentsAcl": "cognite_capability_agents_acl",
    "CogniteCapabilityAnalyticsAcl": "cognite_capability_analytics_acl",
    "CogniteCapabilityAnnotationsAcl": "cognite_capability_annotations_acl",
    "CogniteCapabilityAssetsAcl": "cognite_capability_assets_acl",
    "CogniteCapabilityDataModelInstancesAcl": "cognite_capability_data_model_instances_acl",
    "CogniteCapabilityDataModelsAcl": "cognite_capability_data_models_acl",
    "CogniteCapabilityDatasetsAcl": "cognite_capability_datasets_acl",
    "CogniteCapabilityDiagramParsingAcl": "cognite_capability_diagram_parsing_acl",
    "CogniteCapabilityDigitalTwinAcl": "cognite_capability_digital_twin_acl",
    "CogniteCapabilityEntityMatchingAcl": "cognite_capability_entity_matching_acl",
    "CogniteCapabilityEventsAcl": "cognite_capability_events_acl",
    "CogniteCapabilityExtractionPipelinesAcl": "cognite_capability_extraction_pipelines_acl",
    "CogniteCapabilityExtractionRunsAcl": "cognite_capability_extraction_runs_acl",
    "CogniteCapabilityFilesAcl": "cognite_capability_files_acl",
    "CogniteCapabilityFunctionsAcl": "cognite_capability_functions_acl",
    "CogniteCapabilityGeospatialAcl": "cognite_capability_geospatial_acl",
    "CogniteCapabilityGeospatialCrsAcl": "cognite_capability_geospatial_crs_acl",
    "CogniteCapabilityGroupsAcl": "cognite_capability_groups_acl",
    "CogniteCapabilityHostedExtractorsAcl": "cognite_capability_hosted_extractors_acl",
    "CogniteCapabilityIlainstancesAcl": "cognite_capability_ilainstances_acl",
    "CogniteCapabilityLabelsAcl": "cognite_capability_labels_acl",
    "CogniteCapabilityLimitsAcl": "cognite_capability_limits_acl",
    "CogniteCapabilityLocationFiltersAcl": "cognite_capability_location_filters_acl",
    "CogniteCapabilityProjectsAcl": "cognite_capability_projects_acl",
    "CogniteCapabilityRawAcl": "cognite_capability_raw_acl",
    "CogniteCapabilityRelationshipsAcl": "cognite_capability_relationships_acl",
    "CogniteCapabilityRoboticsAcl": "cognite_capability_robotics_acl",
    "CogniteCapabilitySecurityCategoriesAcl": "cognite_capability_security_categories_acl",
    "CogniteCapabilitySeismicAcl": "cognite_capability_seismic_acl",
    "CogniteCapabilitySequencesAcl": "cognite_capability_sequences_acl",
    "CogniteCapabilitySessionsAcl": "cognite_capability_sessions_acl",
    "CogniteCapabilityShared": "cognite_capability_shared",
    "CogniteCapabilitySharedProjectUrlNames": "cognite_capability_shared_project_url_names",
    "CogniteCapabilitySimulatorsAcl": "cognite_capability_simulators_acl",
    "CogniteCapabilityThreedAcl": "cognite_capability_threed_acl",
    "CogniteCapabilityTimeSeriesAcl": "cognite_capability_time_series_acl",
    "CogniteCapabilityTimeSeriesSubscriptionsAcl": "cognite_capability_time_series_subscriptions_acl",
    "CogniteCapabilityTransformationsAcl": "cognite_capability_transformations_acl",
    "CogniteCapabilityTypesAcl": "cognite_capability_types_acl",
    "CogniteCapabilityWorkflowOrchestrationAcl": "cognite_capability_workflow_orchestration_acl",
    "CogniteExtId": "cognite_ext_id",
    "CogniteFormat": "cognite_format",
    "CogniteInstanceId": "cognite_instance_id",
    "CogniteIntId": "cognite_int_id",
    "CogniteWorkflowOrchestrationAclAcl": "cognite_workflow_orchestration_acl_acl",
    "CogniteWorkflowOrchestrationAclAction": "cognite_workflow_orchestration_acl_action",
    "CogniteWorkflowOrchestrationAclScopeAll": "cognite_workflow_orchestration_acl_scope_all",
    "CogniteWorkflowOrchestrationAclScopeDatasetScope": "cognite_workflow_orchestration_acl_scope_dataset_scope",
    "CogniteanalyticsAclAcl": "cogniteanalytics_acl_acl",
    "CogniteanalyticsAclAction": "cogniteanalytics_acl_action",
    "CogniteanalyticsAclScope": "cogniteanalytics_acl_scope",
    "CogniteassetsAclAcl": "cogniteassets_acl_acl",
    "CogniteassetsAclAction": "cogniteassets_acl_action",
    "CogniteassetsAclScopeAll": "cogniteassets_acl_scope_all",
    "CogniteassetsAclScopeDatasetScope": "cogniteassets_acl_scope_dataset_scope",
    "CognitedatamodelInstancesAclAction": "cognitedatamodel_instances_acl_action",
    "CognitedatamodelinstancesAclAcl": "cognitedatamodelinstances_acl_acl",
    "CognitedatamodelsAclAcl": "cognitedatamodels_acl_acl",
    "CognitedatamodelsAclAction": "cognitedatamodels_acl_action",
    "CognitedatamodelsAclScopeAll": "cognitedatamodels_acl_scope_all",
    "CognitedatamodelsAclScopeSpaceIdScope": "cognitedatamodels_acl_scope_space_id_scope",
    "CognitedatamodelsAclSpaceIdScope": "cognitedatamodels_acl_space_id_scope",
    "CognitedatasetsAclAcl": "cognitedatasets_acl_acl",
    "CognitedatasetsAclAction": "cognitedatasets_acl_action",
    "CognitedatasetsAclIdScope": "cognitedatasets_acl_id_scope",
    "CognitedatasetsAclScopeAll": "cognitedatasets_acl_scope_all",
    "CognitedatasetsAclScopeIdscope": "cognitedatasets_acl_scope_idscope",
    "CognitediagramparsingAclAcl": "cognitediagramparsing_acl_acl",
    "CognitediagramparsingAclAction": "cognitediagramparsing_acl_action",
    "CognitediagramparsingAclScopeAll": "cognitediagramparsing_acl_scope_all",
    "CognitedigitaltwinAclAcl": "cognitedigitaltwin_acl_acl",
    "CognitedigitaltwinAclAction": "cognitedigitaltwin_acl_action",
    "CognitedigitaltwinAclScope": "cognitedigitaltwin_acl_scope",
    "CogniteeventsAclAcl": "cogniteevents_acl_acl",
    "CogniteeventsAclAction": "cogniteevents_acl_action",
    "CogniteeventsAclScopeAll": "cogniteevents_acl_scope_all",
    "CogniteeventsAclScopeDatasetScope": "cogniteevents_acl_scope_dataset_scope",
    "CognitefilesAclAcl": "cognitefiles_acl_acl",
    "CognitefilesAclAction": "cognitefiles_acl_action",
    "CognitefilesAclScopeAll": "cognitefiles_acl_scope_all",
    "CognitefilesAclScopeDatasetScope": "cognitefiles_acl_scope_dataset_scope",
    "CognitegeospatialAclAcl": "cognitegeospatial_acl_acl",
    "CognitegeospatialAclAction": "cognitegeospatial_acl_action",
    "CognitegeospatialAclScope": "cognitegeospatial_acl_scope",
    "CognitegeospatialcrsAclAcl": "cognitegeospatialcrs_acl_acl",
    "CognitegeospatialcrsAclAction": "cognitegeospatialcrs_acl_action",
    "CognitegeospatialcrsAclScope": "cognitegeospatialcrs_acl_scope",
    "CognitegroupsAclAcl": "cognitegroups_acl_acl",
    "CognitegroupsAclAction": "cognitegroups_acl_action",
    "CognitegroupsAclScopeAll": "cognitegroups_acl_scope_all",
    "CognitegroupsAclScopeCurrentuserscope": "cognitegroups_acl_scope_currentuserscope",
    "CogniteilainstancesAclAcl": "cogniteilainstances_acl_acl",
    "CogniteilainstancesAclAction": "cogniteilainstances_acl_action",
    "CognitelabelsAclAcl": "cognitelabels_acl_acl",
    "CognitelabelsAclAction": "cognitelabels_acl_action",
    "CognitelabelsAclScopeAll": "cognitelabels_acl_scope_all",
    "CognitelabelsAclScopeDatasetScope": "cognitelabels_acl_scope_dataset_scope",
    "CogniteprojectsAclAcl": "cogniteprojects_acl_acl",
    "CogniteprojectsAclAction": "cogniteprojects_acl_action",
    "CogniteprojectsAclScope": "cogniteprojects_acl_scope",
    "CogniterawAclAcl": "cogniteraw_acl_acl",
    "CogniterawAclAction": "cogniteraw_acl_action",
    "CogniterawAclDbsToTablesScope": "cogniteraw_acl_dbs_to_tables_scope",
    "CogniterawAclDbsToTablesScopeDbsToTables": "cogniteraw_acl_dbs_to_tables_scope_dbs_to_tables",
    "CogniterawAclScopeAll": "cogniteraw_acl_scope_all",
    "CogniterawAclScopeTableScope": "cogniteraw_acl_scope_table_scope",
    "CogniterelationshipsAclAcl": "cogniterelationships_acl_acl",
    "CogniterelationshipsAclAction": "cogniterelationships_acl_action",
    "CogniterelationshipsAclScopeAll": "cogniterelationships_acl_scope_all",
    "CogniterelationshipsAclScopeDatasetScope": "cogniterelationships_acl_scope_dataset_scope",
    "CogniteroboticsAclAcl": "cogniterobotics_acl_acl",
    "CogniteroboticsAclAction": "cogniterobotics_acl_action",
    "CogniteroboticsAclScopeAll": "cogniterobotics_acl_scope_all",
    "CogniteroboticsAclScopeDatasetScope": "cogniterobotics_acl_scope_dataset_scope",
    "CognitesecuritycategoriesAclAcl": "cognitesecuritycategories_acl_acl",
    "CognitesecuritycategoriesAclAction": "cognitesecuritycategories_acl_action",
    "CognitesecuritycategoriesAclIdScope": "cognitesecuritycategories_acl_id_scope",
    "CognitesecuritycategoriesAclScopeAll": "cognitesecuritycategories_acl_scope_all",
    "CognitesecuritycategoriesAclScopeIdscope": "cognitesecuritycategories_acl_scope_idscope",
    "CogniteseismicAclAcl": "cogniteseismic_acl_acl",
    "CogniteseismicAclAction": "cogniteseismic_acl_action",
    "CogniteseismicAclScope": "cogniteseismic_acl_scope",
    "CognitesequencesAclAcl": "cognitesequences_acl_acl",
    "CognitesequencesAclAction": "cognitesequences_acl_action",
    "CognitesequencesAclScopeAll": "cognitesequences_acl_scope_all",
    "CognitesequencesAclScopeDatasetScope": "cognitesequences_acl_scope_dataset_scope",
    "CognitethreedAclAcl": "cognitethreed_acl_acl",
    "CognitethreedAclAction": "cognitethreed_acl_action",
    "CognitethreedAclScopeAll": "cognitethreed_acl_scope_all",
    "CognitethreedAclScopeDatasetScope": "cognitethreed_acl_scope_dataset_scope",
    "CognitetimeseriesAclAcl": "cognitetimeseries_acl_acl",
    "CognitetimeseriesAclAction": "cognitetimeseries_acl_action",
    "CognitetimeseriesAclAssetRootIdScope": "cognitetimeseries_acl_asset_root_id_scope",
    "CognitetimeseriesAclIdScope": "cognitetimeseries_acl_id_scope",
    "CognitetimeseriesAclScopeAll": "cognitetimeseries_acl_scope_all",
    "CognitetimeseriesAclScopeAssetRootIdScope": "cognitetimeseries_acl_scope_asset_root_id_scope",
    "CognitetimeseriesAclScopeDatasetScope": "cognitetimeseries_acl_scope_dataset_scope",
    "CognitetimeseriesAclScopeIdscope": "cognitetimeseries_acl_scope_idscope",
    "CognitetimeseriessubscriptionsAclAcl": "cognitetimeseriessubscriptions_acl_acl",
    "CognitetimeseriessubscriptionsAclAction": "cognitetimeseriessubscriptions_acl_action",
    "CognitetimeseriessubscriptionsAclScopeAll": "cognitetimeseriessubscriptions_acl_scope_all",
    "CognitetimeseriessubscriptionsAclScopeDatasetScope": "cognitetimeseriessubscriptions_acl_scope_dataset_scope",
    "CognitetransformationsAclAcl": "cognitetransformations_acl_acl",
    "CognitetransformationsAclAction": "cognitetransformations_acl_action",
    "CognitetransformationsAclScopeAll": "cognitetransformations_acl_scope_all",
    "CognitetransformationsAclScopeDatasetScope": "cognitetransformations_acl_scope_dataset_scope",
    "CognitetypesAclAcl": "cognitetypes_acl_acl",
    "CognitetypesAclAction": "cognitetypes_acl_action",
    "CognitetypesAclScope": "cognitetypes_acl_scope",
    "Column": "column",
    "ColumnAdditionalProperty": "column_additional_property",
    "ColumnAdditionalPropertyType": "column_additional_property_type",
    "ColumnType": "column_type",
    "ColumnTypeType": "column_type_type",
    "CommonAggregateFunctions": "common_aggregate_functions",
    "CommonAggregationRequest": "common_aggregation_request",
    "CommonAggregationRequestV2": "common_aggregation_request_v2",
    "CompleteMultiPartUploadFileExternalId": "complete_multi_part_upload_file_external_id",
    "CompleteMultiPartUploadFileInstanceId": "complete_multi_part_upload_file_instance_id",
    "CompleteMultiPartUploadFileInternalId": "complete_multi_part_upload_file_internal_id",
    "CompleteMultiPartUploadShared": "complete_multi_part_upload_shared",
    "ConfigResponse": "config_response",
    "ConfigRevisionMetadata": "config_revision_metadata",
    "ConfigurationUpdateSet": "configuration_update_set",
    "ConflictMode": "conflict_mode",
    "ConnectionCheck": "connection_check",
    "ConnectionCheckContent": "connection_check_content",
    "ConnectionCreateDraft": "connection_create_draft",
    "ConnectionDto": "connection_dto",
    "ConnectionsListResponse": "connections_list_response",
    "ConnectionsListWithCursorResponse": "connections_list_with_cursor_response",
    "ConstraintOrIndexState": "constraint_or_index_state",
    "ConstraintState": "constraint_state",
    "Contact": "contact",
    "ContactPerson": "contact_person",
    "ContactsUpdateAddRemove": "contacts_update_add_remove",
    "ContactsUpdateSet": "contacts_update_set",
    "ContainerCollectionResponse": "container_collection_response",
    "ContainerCollectionResponseWithCursor": "container_collection_response_with_cursor",
    "ContainerCommon": "container_common",
    "ContainerCreateCollection": "container_create_collection",
    "ContainerDefinition": "container_definition",
    "ContainerDefinitionConstraints": "container_definition_constraints",
    "ContainerDefinitionIndexes": "container_definition_indexes",
    "ContainerInspectRequest": "container_inspect_request",
    "ContainerInspectRequestInspectionOperations": "container_inspect_request_inspection_operations",
    "ContainerInspectRequestInspectionOperationsInvolvedViews": "container_inspect_request_inspection_operations_involved_views",
    "ContainerInspectRequestInspectionOperationsTotalInvolvedViewCount": "container_inspect_request_inspection_operations_total_involved_view_count",
    "ContainerInspectRequestItemsItem": "container_inspect_request_items_item",
    "ContainerInspectResponse": "container_inspect_response",
    "ContainerInspectResultItem": "container_inspect_result_item",
    "ContainerInspectResultItemInspectionResults": "container_inspect_result_item_inspection_results",
    "ContainerPropertyCreateDefinition": "container_property_create_definition",
    "ContainerPropertyDefinition": "container_property_definition",
    "ContainerPropertyTypeDefinition": "container_property_type_definition",
    "ContainerReference": "container_reference",
    "ContainerSubObjectIdentifier": "container_sub_object_identifier",
    "ContainerWithData": "container_with_data",
    "ContainersWithoutIndexesInvolvedNotice": "containers_without_indexes_involved_notice",
    "ContainsAllFilter": "contains_all_filter",
    "ContainsAllFilterContainsAll": "contains_all_filter_contains_all",
    "ContainsAllFilterIla": "contains_all_filter_ila",
    "ContainsAllFilterIlaContainsAll": "contains_all_filter_ila_contains_all",
    "ContainsAllFilterV3": "contains_all_filter_v3",
    "ContainsAllFilterV3ContainsAll": "contains_all_filter_v3_contains_all",
    "ContainsAny": "contains_any",
    "ContainsAnyFilter": "contains_any_filter",
    "ContainsAnyFilterContainsAny": "contains_any_filter_contains_any",
    "ContainsAnyFilterIla": "contains_any_filter_ila",
    "ContainsAnyFilterIlaContainsAny": "contains_any_filter_ila_contains_any",
    "ContainsAnyFilterV3": "contains_any_filter_v3",
    "ContainsAnyFilterV3ContainsAny": "contains_any_filter_v3_contains_any",
    "Content": "content",
    "ContextualizeCADBody": "contextualize_cad_body",
    "ContextualizeImage360AnnotationBody": "contextualize_image_360_annotation_body",
    "ContextualizeImage360AnnotationRCBody": "contextualize_image_360_annotation_rc_body",
    "ContextualizePointCloudVolumeBody": "contextualize_point_cloud_volume_body",
    "ContextualizePointCloudVolumeRCBody": "contextualize_point_cloud_volume_rc_body",
    "CopyLibraryInput": "copy_library_input",
    "CorePropertyCreateDefinition": "core_property_create_definition",
    "CorePropertyCreateDefinitionOption3": "core_property_create_definition_option_3",
    "CorePropertyDefinition": "core_property_definition",
    "CorePropertyDefinitionConstraintState": "core_property_definition_constraint_state",
    "CountAggregate": "count_aggregate",
    "CountAggregateCount": "count_aggregate_count",
    "CountAggregateFunctionV3": "count_aggregate_function_v3",
    "CountAggregateFunctionV3Count": "count_aggregate_function_v3_count",
    "CountAggregateIla": "count_aggregate_ila",
    "CountAggregateIlaCount": "count_aggregate_ila_count",
    "CountAggregateResult": "count_aggregate_result",
    "CountAggregateResultDms": "count_aggregate_result_dms",
    "CountAggregateResultIla": "count_aggregate_result_ila",
    "CountAggregateResultItemsItem": "count_aggregate_result_items_item",
    "CountAndLimit": "count_and_limit",
    "Create360ContextualizationJobItem": "create_360_contextualization_job_item",
    "Create360ContextualizationJobRequest": "create_360_contextualization_job_request",
    "CreateAdvancedJoinMatchesRequestSchema": "create_advanced_join_matches_request_schema",
    "CreateAdvancedJoinMatchesResponseSchema": "create_advanced_join_matches_response_schema",
    "CreateAdvancedJoinsRequestSchema": "create_advanced_joins_request_schema",
    "CreateAdvancedJoinsResponseSchema": "create_advanced_joins_response_schema",
    "CreateAssetMapping3D": "create_asset_mapping_3d",
    "CreateAssetMapping3DClassicBody": "create_asset_mapping_3d_classic_body",
    "CreateAssetMapping3DDms": "create_asset_mapping_3d_dms",
    "CreateAssetMapping3DDmsBody": "create_asset_mapping_3d_dms_body",
    "CreateBasicAuthentication": "create_basic_authentication",
    "CreateCADContextualizationItem": "create_cad_contextualization_item",
    "CreateChildOrgBody": "create_child_org_body",
    "CreateChildProjectBody": "create_child_project_body",
    "CreateClientCredentialsAuthentication": "create_client_credentials_authentication",
    "CreateConfigRequest": "create_config_request",
    "CreateConnectionsRequest": "create_connections_request",
    "CreateDestination": "create_destination",
    "CreateEndpoint": "create_endpoint",
    "CreateEndpointEndpointType": "create_endpoint_endpoint_type",
    "CreateEntitiesRequest": "create_entities_request",
    "CreateEntityRequest": "create_entity_request",
    "CreateEntityRequestData": "create_entity_request_data",
    "CreateEntityRequestList": "create_entity_request_list",
    "CreateEntityResponseList": "create_entity_response_list",
    "CreateEventHubSource": "create_event_hub_source",
    "CreateExtPipe": "create_ext_pipe",
    "CreateExtPipeMetadata": "create_ext_pipe_metadata",
    "CreateExtPipeRunResponse": "create_ext_pipe_run_response",
    "CreateFdmTable": "create_fdm_table",
    "CreateFdmTableType": "create_fdm_table_type",
    "CreateGeometriesRequest": "create_geometries_request",
    "CreateHeaderValueAuthentication": "create_header_value_authentication",
    "CreateImage360AnnotationContextualizationItem": "create_image_360_annotation_contextualization_item",
    "CreateInstance": "create_instance",
    "CreateIntegration": "create_integration",
    "CreateJob": "create_job",
    "CreateJobMetadata": "create_job_metadata",
    "CreateJobResponse": "create_job_response",
    "CreateKafkaSource": "create_kafka_source",
    "CreateLibrariesRequest": "create_libraries_request",
    "CreateMapping": "create_mapping",
    "CreateModel3D": "create_model_3d",
    "CreateModel3DClassicBody": "create_model_3d_classic_body",
    "CreateModel3DDmsOnly": "create_model_3d_dms_only",
    "CreateModel3DDmsOnlyBody": "create_model_3d_dms_only_body",
    "CreateMqttBrokerSource": "create_mqtt_broker_source",
    "CreateMqttV3Source": "create_mqtt_v3_source",
    "CreateMqttV5Source": "create_mqtt_v5_source",
    "CreateOptimizerJobItem": "create_optimizer_job_item",
    "CreateOptimizerJobRequest": "create_optimizer_job_request",
    "CreateOrUpdateTriggersBody": "create_or_update_triggers_body",
    "CreateOrUpdateTriggersBodyItemsItem": "create_or_update_triggers_body_items_item",
    "CreateOrUpdateTriggersResponse200": "create_or_update_triggers_response_200",
    "CreateOrUpdateWorkflowBody": "create_or_update_workflow_body",
    "CreateOrUpdateWorkflowBodyItemsItem": "create_or_update_workflow_body_items_item",
    "CreateOrUpdateWorkflowResponse200": "create_or_update_workflow_response_200",
    "CreateOrUpdateWorkflowVersionBody": "create_or_update_workflow_version_body",
    "CreateOrUpdateWorkflowVersionBodyItemsItem": "create_or_update_workflow_version_body_items_item",
    "CreateOrUpdateWorkflowVersionResponse200": "create_or_update_workflow_version_response_200",
    "CreatePointCloudVolumeContextualizationItem": "create_point_cloud_volume_contextualization_item",
    "CreatePointCloudVolumeContextualizationItemRC": "create_point_cloud_volume_contextualization_item_rc",
    "CreatePreview": "create_preview",
    "CreatePreviewFormat": "create_preview_format",
    "CreateProtoFile": "create_proto_file",
    "CreateProtobufConfig": "create_protobuf_config",
    "CreateQueryParamAuthentication": "create_query_param_authentication",
    "CreateRawTable": "create_raw_table",
    "CreateRawTableType": "create_raw_table_type",
    "CreateRequest": "create_request",
    "CreateRequestItem": "create_request_item",
    "CreateRequestItemPayload": "create_request_item_payload",
    "CreateRequestItemResponse": "create_request_item_response",
    "CreateRequestItemResponsePayload": "create_request_item_response_payload",
    "CreateRequestResponse": "create_request_response",
    "CreateRequestResponseStatus": "create_request_response_status",
    "CreateRestSource": "create_rest_source",
    "CreateRestSourceScheme": "create_rest_source_scheme",
    "CreateRevision3D": "create_revision_3d",
    "CreateRevision3DClassicAndHybridBody": "create_revision_3d_classic_and_hybrid_body",
    "CreateRevision3DDmsOnly": "create_revision_3d_dms_only",
    "CreateRevision3DDmsOnlyBody": "create_revision_3d_dms_only_body",
    "CreateSchemaMapping": "create_schema_mapping",
    "CreateScramSha256": "create_scram_sha_256",
    "CreateScramSha512": "create_scram_sha_512",
    "CreateSessionRequestList": "create_session_request_list",
    "CreateSessionResponse": "create_session_response",
    "CreateSessionResponseList": "create_session_response_list",
    "CreateSessionResponseStatus": "create_session_response_status",
    "CreateSessionResponseTypeType0": "create_session_response_type_type_0",
    "CreateSessionWithClientCredentialsRequest": "create_session_with_client_credentials_request",
    "CreateSessionWithOneshotTokenExchangeRequest": "create_session_with_oneshot_token_exchange_request",
    "CreateSessionWithTokenExchangeRequest": "create_session_with_token_exchange_request",
    "CreateStreamBody": "create_stream_body",
    "CreateStreamSettings": "create_stream_settings",
    "CreateStreamSettingsTemplate": "create_stream_settings_template",
    "CreateSymbolsRequest": "create_symbols_request",
    "CreateTableObject": "create_table_object",
    "CreateTableObjectType": "create_table_object_type",
    "CreateTransformationNotificationsResponse400": "create_transformation_notifications_response_400",
    "CreateTransformationNotificationsResponse400Error": "create_transformation_notifications_response_400_error",
    "CreateTransformationNotificationsResponse403": "create_transformation_notifications_response_403",
    "CreateTransformationNotificationsResponse403Error": "create_transformation_notifications_response_403_error",
    "CreateTransformationNotificationsResponse409": "create_transformation_notifications_response_409",
    "CreateTransformationNotificationsResponse409Error": "create_transformation_notifications_response_409_error",
    "CreateTransformationSchedulesResponse400": "create_transformation_schedules_response_400",
    "CreateTransformationSchedulesResponse400Error": "create_transformation_schedules_response_400_error",
    "CreateTransformationSchedulesResponse403": "create_transformation_schedules_response_403",
    "CreateTransformationSchedulesResponse403Error": "create_transformation_schedules_response_403_error",
    "CreateTransformationSchedulesResponse409": "create_transformation_schedules_response_409",
    "CreateTransformationSchedulesResponse409Error": "create_transformation_schedules_response_409_error",
    "CreateTransformationsResponse400": "create_transformations_response_400",
    "CreateTransformationsResponse400Error": "create_transformations_response_400_error",
    "CreateTransformationsResponse403": "create_transformations_response_403",
    "CreateTransformationsResponse403Error": "create_transformations_response_403_error",
    "CreateTransformationsResponse409": "create_transformations_response_409",
    "CreateTransformationsResponse409Error": "create_transformations_response_409_error",
    "CreateUser": "create_user",
    "CreateUserHistoryAppsRequest": "create_user_history_apps_request",
    "CreateUserHistoryResourcesRequest": "create_user_history_resources_request",
    "CreateViewProperty": "create_view_property",
    "CronTrigger": "cron_trigger",
    "CsvConfig": "csv_config",
    "CurrentUserSinkId": "current_user_sink_id",
    "CurrentUserSinkUpdateItem": "current_user_sink_update_item",
    "Cursor": "cursor",
    "CursorObject": "cursor_object",
    "CustomFormat": "custom_format",
    "CustomMapping": "custom_mapping",
    "CustomizeFuzziness": "customize_fuzziness",
    "CylinderPointCloudVolumeV1": "cylinder_point_cloud_volume_v1",
    "DMSExistsFilter": "dms_exists_filter",
    "DMSExistsFilterExists": "dms_exists_filter_exists",
    "DMSFileChange": "dms_file_change",
    "DMSFileChangeUpdate": "dms_file_change_update",
    "Data": "data",
    "DataAsset": "data_asset",
    "DataAssetChange": "data_asset_change",
    "DataDataSetAggregate": "data_data_set_aggregate",
    "DataDmsIdentifiers": "data_dms_identifiers",
    "DataEvent": "data_event",
    "DataEventAggregate": "data_event_aggregate",
    "DataEventChange": "data_event_change",
    "DataExternalAsset": "data_external_asset",
    "DataExternalAssetItem": "data_external_asset_item",
    "DataExternalEvent": "data_external_event",
    "DataExternalFileMetadata": "data_external_file_metadata",
    "DataFileChange": "data_file_change",
    "DataFileMetadata": "data_file_metadata",
    "DataFilesAggregate": "data_files_aggregate",
    "DataGetSequence": "data_get_sequence",
    "DataGetTimeSeriesMetadataDTO": "data_get_time_series_metadata_dto",
    "DataGroup": "data_group",
    "DataGroupSpec": "data_group_spec",
    "DataIdentifier": "data_identifier",
    "DataIdentifiers": "data_identifiers",
    "DataLong": "data_long",
    "DataModel": "data_model",
    "DataModelCollectionResponse": "data_model_collection_response",
    "DataModelCollectionResponseWithCursor": "data_model_collection_response_with_cursor",
    "DataModelCore": "data_model_core",
    "DataModelCreate": "data_model_create",
    "DataModelCreateCollection": "data_model_create_collection",
    "DataModelInfo": "data_model_info",
    "DataModelReference": "data_model_reference",
    "DataModelSource": "data_model_source",
    "DataModelingStatus": "data_modeling_status",
    "DataModelingTrigger": "data_modeling_trigger",
    "DataModelingTriggerDataModelingQuery": "data_modeling_trigger_data_modeling_query",
    "DataModelingTriggerDataModelingQuerySelect": "data_modeling_trigger_data_modeling_query_select",
    "DataModelingTriggerDataModelingQueryWith": "data_modeling_trigger_data_modeling_query_with",
    "DataModels": "data_models",
    "DataModelsBoolFilterAnd": "data_models_bool_filter_and",
    "DataModelsBoolFilterNot": "data_models_bool_filter_not",
    "DataModelsBoolFilterOr": "data_models_bool_filter_or",
    "DataModelsListRequest": "data_models_list_request",
    "DataModelsNestedFilter": "data_models_nested_filter",
    "DataModelsNestedFilterNested": "data_models_nested_filter_nested",
    "DataModelsSort": "data_models_sort",
    "DataModelsSortDirection": "data_models_sort_direction",
    "DataModelsSortProperty": "data_models_sort_property",
    "DataMultiPartUploadFileMetadata": "data_multi_part_upload_file_metadata",
    "DataPointsAggregate": "data_points_aggregate",
    "DataPostSequence": "data_post_sequence",
    "DataProduct": "data_product",
    "DataProductChange": "data_product_change",
    "DataProductCreate": "data_product_create",
    "DataProductCreateRequest": "data_product_create_request",
    "DataProductDeleteRequest": "data_product_delete_request",
    "DataProductDeleteRequestItemsItem": "data_product_delete_request_items_item",
    "DataProductPatch": "data_product_patch",
    "DataProductUpdateRequest": "data_product_update_request",
    "DataProductVersion": "data_product_version",
    "DataProductVersionChange": "data_product_version_change",
    "DataProductVersionCreate": "data_product_version_create",
    "DataProductVersionCreateQuality": "data_product_version_create_quality",
    "DataProductVersionCreateRequest": "data_product_version_create_request",
    "DataProductVersionCreateTerms": "data_product_version_create_terms",
    "DataProductVersionCreateViewsItem": "data_product_version_create_views_item",
    "DataProductVersionCreateViewsItemInstanceSpaces": "data_product_version_create_views_item_instance_spaces",
    "DataProductVersionDeleteRequest": "data_product_version_delete_request",
    "DataProductVersionDeleteRequestItemsItem": "data_product_version_delete_request_items_item",
    "DataProductVersionPatch": "data_product_version_patch",
    "DataProductVersionQuality": "data_product_version_quality",
    "DataProductVersionStatus": "data_product_version_status",
    "DataProductVersionTerms": "data_product_version_terms",
    "DataProductVersionTermsPatch": "data_product_version_terms_patch",
    "DataProductVersionTermsPatchModify": "data_product_version_terms_patch_modify",
    "DataProductVersionUpdateRequest": "data_product_version_update_request",
    "DataProductVersionViewsAdd": "data_product_version_views_add",
    "DataProductVersionViewsAddAddItem": "data_product_version_views_add_add_item",
    "DataProductVersionViewsAddAddItemInstanceSpaces": "data_product_version_views_add_add_item_instance_spaces",
    "DataProductVersionViewsItem": "data_product_version_views_item",
    "DataProductVersionViewsItemInstanceSpaces": "data_product_version_views_item_instance_spaces",
    "DataProjectSpec": "data_project_spec",
    "DataRawDB": "data_raw_db",
    "DataRawDBRow": "data_raw_db_row",
    "DataRawDBRowKey": "data_raw_db_row_key",
    "DataRawDBTable": "data_raw_db_table",
    "DataRawDBTableCursors": "data_raw_db_table_cursors",
    "DataResourceIds": "data_resource_ids",
    "DataResourceIdsSelectByExternalId": "data_resource_ids_select_by_external_id",
    "DataResourceIdsSelectById": "data_resource_ids_select_by_id",
    "DataResourceIdsWithIgnoreUnknownIds": "data_resource_ids_with_ignore_unknown_ids",
    "DataResourceIdsWithIgnoreUnknownIdsSelectByExternalId": "data_resource_ids_with_ignore_unknown_ids_select_by_external_id",
    "DataResourceIdsWithIgnoreUnknownIdsSelectById": "data_resource_ids_with_ignore_unknown_ids_select_by_id",
    "DataSecurityCategorySpecDTO": "data_security_category_spec_dto",
    "DataSequenceChange": "data_sequence_change",
    "DataSequenceDataDeleteRequest": "data_sequence_data_delete_request",
    "DataSequencePostData": "data_sequence_post_data",
    "DataSet": "data_set",
    "DataSetAggregate": "data_set_aggregate",
    "DataSetAggregateRequest": "data_set_aggregate_request",
    "DataSetChangeByExternalId": "data_set_change_by_external_id",
    "DataSetChangeById": "data_set_change_by_id",
    "DataSetExternalId": "data_set_external_id",
    "DataSetFilter": "data_set_filter",
    "DataSetFilterRequest": "data_set_filter_request",
    "DataSetIdEitherList": "data_set_id_either_list",
    "DataSetIdUpdateField": "data_set_id_update_field",
    "DataSetInternalId": "data_set_internal_id",
    "DataSetList": "data_set_list",
    "DataSetListWithCursor": "data_set_list_with_cursor",
    "DataSetMetadata": "data_set_metadata",
    "DataSetPatch": "data_set_patch",
    "DataSetPatchUpdate": "data_set_patch_update",
    "DataSetSpec": "data_set_spec",
    "DataSetSpecList": "data_set_spec_list",
    "DataSetUpdateList": "data_set_update_list",
    "DataWithCursor": "data_with_cursor",
    "DataWithCursorAsset": "data_with_cursor_asset",
    "DataWithCursorEvent": "data_with_cursor_event",
    "DataWithCursorGetTimeSeriesMetadataDTO": "data_with_cursor_get_time_series_metadata_dto",
    "DataWithCursorRawDB": "data_with_cursor_raw_db",
    "DataWithCursorRawDBRow": "data_with_cursor_raw_db_row",
    "DataWithCursorRawDBTable": "data_with_cursor_raw_db_table",
    "DataWithLinks": "data_with_links",
    "DataWithLinksFileExternalId": "data_with_links_file_external_id",
    "DataWithLinksFileInstanceId": "data_with_links_file_instance_id",
    "DataWithLinksFileInternalId": "data_with_links_file_internal_id",
    "DatapointStatus": "datapoint_status",
    "DatapointsDeleteQuery": "datapoints_delete_query",
    "DatapointsDeleteRange": "datapoints_delete_range",
    "DatapointsDeleteRequestQueryWithExternalId": "datapoints_delete_request_query_with_external_id",
    "DatapointsDeleteRequestQueryWithInstanceId": "datapoints_delete_request_query_with_instance_id",
    "DatapointsDeleteRequestQueryWithInternalId": "datapoints_delete_request_query_with_internal_id",
    "DatapointsGetAggregateDatapoint": "datapoints_get_aggregate_datapoint",
    "DatapointsGetDoubleDatapoint": "datapoints_get_double_datapoint",
    "DatapointsGetStateDatapoint": "datapoints_get_state_datapoint",
    "DatapointsGetStringDatapoint": "datapoints_get_string_datapoint",
    "DatapointsInsertProperties": "datapoints_insert_properties",
    "DatapointsInsertQuery": "datapoints_insert_query",
    "DatapointsLatestQuery": "datapoints_latest_query",
    "DatapointsMetadata": "datapoints_metadata",
    "DatapointsMultiQuery": "datapoints_multi_query",
    "DatapointsOrAggregatesResponse": "datapoints_or_aggregates_response",
    "DatapointsPostDatapointDatapointsWithExternalId": "datapoints_post_datapoint_datapoints_with_external_id",
    "DatapointsPostDatapointDatapointsWithInstanceId": "datapoints_post_datapoint_datapoints_with_instance_id",
    "DatapointsPostDatapointDatapointsWithInternalId": "datapoints_post_datapoint_datapoints_with_internal_id",
    "DatapointsQueryProperties": "datapoints_query_properties",
    "DatapointsQueryQueryWithExternalId": "datapoints_query_query_with_external_id",
    "DatapointsQueryQueryWithInstanceId": "datapoints_query_query_with_instance_id",
    "DatapointsQueryQueryWithInternalId": "datapoints_query_query_with_internal_id",
    "DatapointsResponse": "datapoints_response",
    "DebugParameters": "debug_parameters",
    "DebugResponse": "debug_response",
    "DefaultError": "default_error",
    "DefaultErrorDuplicatedItem": "default_error_duplicated_item",
    "DefaultErrorMissingItem": "default_error_missing_item",
    "DeleteAdvancedJoinMatchesRequestSchema": "delete_advanced_join_matches_request_schema",
    "DeleteAdvancedJoinMatchesRequestSchemaItemsItem": "delete_advanced_join_matches_request_schema_items_item",
    "DeleteAdvancedJoinsRequestSchema": "delete_advanced_joins_request_schema",
    "DeleteAdvancedJoinsRequestSchemaItemsItem": "delete_advanced_joins_request_schema_items_item",
    "DeleteAssetMapping3D": "delete_asset_mapping_3d",
    "DeleteAssetMapping3DClassicBody": "delete_asset_mapping_3d_classic_body",
    "DeleteAssetMapping3DDms": "delete_asset_mapping_3d_dms",
    "DeleteAssetMapping3DDmsBody": "delete_asset_mapping_3d_dms_body",
    "DeleteCADContextualizationItem": "delete_cad_contextualization_item",
    "DeleteContextualizedCADBody": "delete_contextualized_cad_body",
    "DeleteContextualizedImage360AnnotationsBody": "delete_contextualized_image_360_annotations_body",
    "DeleteContextualizedImage360AnnotationsRCBody": "delete_contextualized_image_360_annotations_rc_body",
    "DeleteContextualizedPointCloudVolumesBody": "delete_contextualized_point_cloud_volumes_body",
    "DeleteContextualizedPointCloudVolumesRCBody": "delete_contextualized_point_cloud_volumes_rc_body",
    "DeleteImage360AnnotationContextualizationItem": "delete_image_360_annotation_contextualization_item",
    "DeleteJobsRequest": "delete_jobs_request",
    "DeleteOrgResponse200": "delete_org_response_200",
    "DeletePointCloudVolumeContextualizationItem": "delete_point_cloud_volume_contextualization_item",
    "DeletePointCloudVolumeContextualizationItemRC": "delete_point_cloud_volume_contextualization_item_rc",
    "DeleteRawDB": "delete_raw_db",
    "DeleteRecordsRequest": "delete_records_request",
    "DeleteRequest": "delete_request",
    "DeleteRequestObject": "delete_request_object",
    "DeleteSpecificVersionsOfWorkflowBody": "delete_specific_versions_of_workflow_body",
    "DeleteSpecificVersionsOfWorkflowBodyItemsItem": "delete_specific_versions_of_workflow_body_items_item",
    "DeleteStreamResponse410": "delete_stream_response_410",
    "DeleteStreamResponse410Error": "delete_stream_response_410_error",
    "DeleteTransformationNotificationsResponse200": "delete_transformation_notifications_response_200",
    "DeleteTransformationNotificationsResponse400": "delete_transformation_notifications_response_400",
    "DeleteTransformationNotificationsResponse400Error": "delete_transformation_notifications_response_400_error",
    "DeleteTransformationNotificationsResponse403": "delete_transformation_notifications_response_403",
    "DeleteTransformationNotificationsResponse403Error": "delete_transformation_notifications_response_403_error",
    "DeleteTransformationNotificationsResponse409": "delete_transformation_notifications_response_409",
    "DeleteTransformationNotificationsResponse409Error": "delete_transformation_notifications_response_409_error",
    "DeleteTransformationSchedulesResponse200": "delete_transformation_schedules_response_200",
    "DeleteTransformationSchedulesResponse400": "delete_transformation_schedules_response_400",
    "DeleteTransformationSchedulesResponse400Error": "delete_transformation_schedules_response_400_error",
    "DeleteTransformationSchedulesResponse403": "delete_transformation_schedules_response_403",
    "DeleteTransformationSchedulesResponse403Error": "delete_transformation_schedules_response_403_error",
    "DeleteTransformationSchedulesResponse409": "delete_transformation_schedules_response_409",
    "DeleteTransformationSchedulesResponse409Error": "delete_transformation_schedules_response_409_error",
    "DeleteTransformationsResponse200": "delete_transformations_response_200",
    "DeleteTransformationsResponse400": "delete_transformations_response_400",
    "DeleteTransformationsResponse400Error": "delete_transformations_response_400_error",
    "DeleteTransformationsResponse403": "delete_transformations_response_403",
    "DeleteTransformationsResponse403Error": "delete_transformations_response_403_error",
    "DeleteTransformationsResponse409": "delete_transformations_response_409",
    "DeleteTransformationsResponse409Error": "delete_transformations_response_409_error",
    "DeleteTriggersBody": "delete_triggers_body",
    "DeleteTriggersBodyItemsItem": "delete_triggers_body_items_item",
    "DeleteUserHistoryResourcesRequest": "delete_user_history_resources_request",
    "DeleteUserHistoryResourcesRequestItemsItem": "delete_user_history_resources_request_items_item",
    "DeleteWorkflowsBody": "delete_workflows_body",
    "DeleteWorkflowsBodyItemsItem": "delete_workflows_body_items_item",
    "DeletedInstancesItem": "deleted_instances_item",
    "DeletedInstancesItemInstanceType": "deleted_instances_item_instance_type",
    "DeletionReport": "deletion_report",
    "DeletionReportRequest": "deletion_report_request",
    "DeletionReportRequestList": "deletion_report_request_list",
    "DeletionReportsResponse": "deletion_reports_response",
    "DeletionReportsWithCursorResponse": "deletion_reports_with_cursor_response",
    "DescriptionUpdateField": "description_update_field",
    "Destination": "destination",
    "DestinationUpdateItem": "destination_update_item",
    "DetachSessionRequest": "detach_session_request",
    "DetachSessionRequestItemsItem": "detach_session_request_items_item",
    "DetachSessionResponse": "detach_session_response",
    "DetachSessionResponseItemsItem": "detach_session_response_items_item",
    "DetectTagsResourceFilter": "detect_tags_resource_filter",
    "DetectTagsResourceFilterAsset": "detect_tags_resource_filter_asset",
    "DetectTagsResourceFilterFile": "detect_tags_resource_filter_file",
    "DetectTagsResourceType": "detect_tags_resource_type",
    "DiagramAnnotation": "diagram_annotation",
    "DiagramConvertBody": "diagram_convert_body",
    "DiagramConvertConfig": "diagram_convert_config",
    "DiagramConvertRequestSchemaOption0": "diagram_convert_request_schema_option_0",
    "DiagramConvertRequestSchemaOption1": "diagram_convert_request_schema_option_1",
    "DiagramConvertRequestSchemaOption2": "diagram_convert_request_schema_option_2",
    "DiagramConvertRequestSchemaShared": "diagram_convert_request_schema_shared",
    "DiagramConvertResponse200": "diagram_convert_response_200",
    "DiagramConvertResultSchemaErrorMessage": "diagram_convert_result_schema_error_message",
    "DiagramConvertResultSchemaResults": "diagram_convert_result_schema_results",
    "DiagramConvertResultsResponse200": "diagram_convert_results_response_200",
    "DiagramDetectBetaConfig": "diagram_detect_beta_config",
    "DiagramDetectBetaConfigSubstitutions": "diagram_detect_beta_config_substitutions",
    "DiagramDetectBody": "diagram_detect_body",
    "DiagramDetectConfig": "diagram_detect_config",
    "DiagramDetectEntitiesItem": "diagram_detect_entities_item",
    "DiagramDetectResponse200": "diagram_detect_response_200",
    "DiagramDetectResultSchemaAnnotations": "diagram_detect_result_schema_annotations",
    "DiagramDetectResultSchemaErrorMessage": "diagram_detect_result_schema_error_message",
    "DiagramDetectResultsResponse200": "diagram_detect_results_response_200",
    "DiagramDetectedEntitiesItem": "diagram_detected_entities_item",
    "DiagramDto": "diagram_dto",
    "DiagramEntityFilter": "diagram_entity_filter",
    "DiagramEntityFilterView": "diagram_entity_filter_view",
    "DiagramFilter": "diagram_filter",
    "DiagramInstanceId": "diagram_instance_id",
    "DiagramOcrAnnotationSchema": "diagram_ocr_annotation_schema",
    "DiagramOcrBoundingBoxSchema": "diagram_ocr_bounding_box_schema",
    "DiagramOcrPageSchema": "diagram_ocr_page_schema",
    "DiagramOcrRequestSchemaFileExternalId": "diagram_ocr_request_schema_file_external_id",
    "DiagramOcrRequestSchemaFileId": "diagram_ocr_request_schema_file_id",
    "DiagramOcrRequestSchemaFileInstanceId": "diagram_ocr_request_schema_file_instance_id",
    "DiagramParseInput": "diagram_parse_input",
    "DiagramRegion": "diagram_region",
    "DiagramSvgPngResultSchemaOption0": "diagram_svg_png_result_schema_option_0",
    "DiagramSvgPngResultSchemaOption1": "diagram_svg_png_result_schema_option_1",
    "DiagramsListResponse": "diagrams_list_response",
    "DiagramsListWithCursorResponse": "diagrams_list_with_cursor_response",
    "DialGaugeDetectionParameters": "dial_gauge_detection_parameters",
    "DictionaryUpdate": "dictionary_update",
    "DictionaryUpdateSet": "dictionary_update_set",
    "DigitalGaugeDetectionParameters": "digital_gauge_detection_parameters",
    "DirectNodeRelation": "direct_node_relation",
    "DirectRelationImprovementSuggestion": "direct_relation_improvement_suggestion",
    "DirectRelationReference": "direct_relation_reference",
    "DirectRelationTarget": "direct_relation_target",
    "DirectionWeights": "direction_weights",
    "DmsCADContextualizationConfig": "dms_cad_contextualization_config",
    "DmsContextualizationConfig": "dms_contextualization_config",
    "DmsContextualizationConfigRC": "dms_contextualization_config_rc",
    "DmsId": "dms_id",
    "DmsInstanceId": "dms_instance_id",
    "Document": "document",
    "DocumentAggregateFilterBoolAnd": "document_aggregate_filter_bool_and",
    "DocumentAggregateFilterBoolNot": "document_aggregate_filter_bool_not",
    "DocumentAggregateFilterBoolOr": "document_aggregate_filter_bool_or",
    "DocumentAggregateFilterPrefix": "document_aggregate_filter_prefix",
    "DocumentAggregateFilterPrefixPrefix": "document_aggregate_filter_prefix_prefix",
    "DocumentCellElementWithElementGranularity": "document_cell_element_with_element_granularity",
    "DocumentCellElementWithLineGranularity": "document_cell_element_with_line_granularity",
    "DocumentCellElementWithWordGranularity": "document_cell_element_with_word_granularity",
    "DocumentContentExternalId": "document_content_external_id",
    "DocumentContentInstanceId": "document_content_instance_id",
    "DocumentContentInternalId": "document_content_internal_id",
    "DocumentCursor": "document_cursor",
    "DocumentElementsResponse": "document_elements_response",
    "DocumentExternalId": "document_external_id",
    "DocumentFilterBoolAnd": "document_filter_bool_and",
    "DocumentFilterBoolNot": "document_filter_bool_not",
    "DocumentFilterBoolOr": "document_filter_bool_or",
    "DocumentFilterContainsAll": "document_filter_contains_all",
    "DocumentFilterContainsAllContainsAll": "document_filter_contains_all_contains_all",
    "DocumentFilterContainsAny": "document_filter_contains_any",
    "DocumentFilterContainsAnyContainsAny": "document_filter_contains_any_contains_any",
    "DocumentFilterEquals": "document_filter_equals",
    "DocumentFilterEqualsEquals": "document_filter_equals_equals",
    "DocumentFilterExists": "document_filter_exists",
    "DocumentFilterExistsExists": "document_filter_exists_exists",
    "DocumentFilterGeoJsonDisjoint": "document_filter_geo_json_disjoint",
    "DocumentFilterGeoJsonDisjointGeojsonDisjoint": "document_filter_geo_json_disjoint_geojson_disjoint",
    "DocumentFilterGeoJsonIntersects": "document_filter_geo_json_intersects",
    "DocumentFilterGeoJsonIntersectsGeojsonIntersects": "document_filter_geo_json_intersects_geojson_intersects",
    "DocumentFilterGeoJsonWithin": "document_filter_geo_json_within",
    "DocumentFilterGeoJsonWithinGeojsonWithin": "document_filter_geo_json_within_geojson_within",
    "DocumentFilterIn": "document_filter_in",
    "DocumentFilterInAssetSubtree": "document_filter_in_asset_subtree",
    "DocumentFilterInAssetSubtreeInAssetSubtree": "document_filter_in_asset_subtree_in_asset_subtree",
    "DocumentFilterInIn": "document_filter_in_in",
    "DocumentFilterLexicalSearch": "document_filter_lexical_search",
    "DocumentFilterLexicalSearchLexicalSearch": "document_filter_lexical_search_lexical_search",
    "DocumentFilterPrefix": "document_filter_prefix",
    "DocumentFilterPrefixPrefix": "document_filter_prefix_prefix",
    "DocumentFilterRange": "document_filter_range",
    "DocumentFilterRangeRange": "document_filter_range_range",
    "DocumentFilterSearch": "document_filter_search",
    "DocumentFilterSearchSearch": "document_filter_search_search",
    "DocumentFilterSemanticSearch": "document_filter_semantic_search",
    "DocumentFilterSemanticSearchSemanticSearch": "document_filter_semantic_search_semantic_search",
    "DocumentGeoJsonGeometry": "document_geo_json_geometry",
    "DocumentHighlight": "document_highlight",
    "DocumentIdentifier": "document_identifier",
    "DocumentInstanceId": "document_instance_id",
    "DocumentInternalId": "document_internal_id",
    "DocumentLeafElement": "document_leaf_element",
    "DocumentLineElementWithLineGranularity": "document_line_element_with_line_granularity",
    "DocumentLineElementWithWordGranularity": "document_line_element_with_word_granularity",
    "DocumentListElementWithElementGranularity": "document_list_element_with_element_granularity",
    "DocumentListElementWithLineGranularity": "document_list_element_with_line_granularity",
    "DocumentListElementWithWordGranularity": "document_list_element_with_word_granularity",
    "DocumentListFilter": "document_list_filter",
    "DocumentListLimit": "document_list_limit",
    "DocumentListRequest": "document_list_request",
    "DocumentListResponse": "document_list_response",
    "DocumentParagraphElementWithElementGranularity": "document_paragraph_element_with_element_granularity",
    "DocumentParagraphElementWithLineGranularity": "document_paragraph_element_with_line_granularity",
    "DocumentParagraphElementWithWordGranularity": "document_paragraph_element_with_word_granularity",
    "DocumentParserBatchStartJobRequest": "document_parser_batch_start_job_request",
    "DocumentParserBatchStartJobResponse": "document_parser_batch_start_job_response",
    "DocumentParserBatchStartJobResponseItem": "document_parser_batch_start_job_response_item",
    "DocumentParserByJobIdsRequest": "document_parser_by_job_ids_request",
    "DocumentParserByJobIdsRequestItemsItem": "document_parser_by_job_ids_request_items_item",
    "DocumentParserFileReferenceFileExternalId": "document_parser_file_reference_file_external_id",
    "DocumentParserFileReferenceFileId": "document_parser_file_reference_file_id",
    "DocumentParserFileReferenceFileInstanceId": "document_parser_file_reference_file_instance_id",
    "DocumentParserFilter": "document_parser_filter",
    "DocumentParserInstanceId": "document_parser_instance_id",
    "DocumentParserJob": "document_parser_job",
    "DocumentParserListRequest": "document_parser_list_request",
    "DocumentParserListResponse": "document_parser_list_response",
    "DocumentParserPageRange": "document_parser_page_range",
    "DocumentParserResult": "document_parser_result",
    "DocumentParserResultResultSchema": "document_parser_result_result_schema",
    "DocumentParserResultResultSchemaAdditionalProperty": "document_parser_result_result_schema_additional_property",
    "DocumentParserStartJobRequest": "document_parser_start_job_request",
    "DocumentParserStartJobResponse": "document_parser_start_job_response",
    "DocumentParserStatus": "document_parser_status",
    "DocumentParserUpdateRequest": "document_parser_update_request",
    "DocumentParserUpdateRequestItem": "document_parser_update_request_item",
    "DocumentParserUpdateResponse": "document_parser_update_response",
    "DocumentParserUpdateResponseItem": "document_parser_update_response_item",
    "DocumentParserWriteResultsRequest": "document_parser_write_results_request",
    "DocumentParserWriteResultsResponse": "document_parser_write_results_response",
    "DocumentParserWriteResultsResponseItemsItem": "document_parser_write_results_response_items_item",
    "DocumentPassageLocation": "document_passage_location",
    "DocumentPassagesFilterBoolAnd": "document_passages_filter_bool_and",
    "DocumentPassagesFilterEquals": "document_passages_filter_equals",
    "DocumentPassagesFilterEqualsEquals": "document_passages_filter_equals_equals",
    "DocumentPassagesFilterIn": "document_passages_filter_in",
    "DocumentPassagesFilterInIn": "document_passages_filter_in_in",
    "DocumentPassagesSearchFilter": "document_passages_search_filter",
    "DocumentPassagesSearchItem": "document_passages_search_item",
    "DocumentPassagesSearchLimit": "document_passages_search_limit",
    "DocumentPassagesSearchPassageExpansion": "document_passages_search_passage_expansion",
    "DocumentPassagesSearchPassageExpansionSymmetric": "document_passages_search_passage_expansion_symmetric",
    "DocumentPassagesSearchRequest": "document_passages_search_request",
    "DocumentPassagesSearchResponse": "document_passages_search_response",
    "DocumentQARequest": "document_qa_request",
    "DocumentSearch": "document_search",
    "DocumentSearchFilter": "document_search_filter",
    "DocumentSearchHighlight": "document_search_highlight",
    "DocumentSearchInAggregate": "document_search_in_aggregate",
    "DocumentSearchInAggregateSearch": "document_search_in_aggregate_search",
    "DocumentSearchItem": "document_search_item",
    "DocumentSearchLimit": "document_search_limit",
    "DocumentSearchRequest": "document_search_request",
    "DocumentSearchResponse": "document_search_response",
    "DocumentSearchSearch": "document_search_search",
    "DocumentSort": "document_sort",
    "DocumentSortItem": "document_sort_item",
    "DocumentSortItemOrder": "document_sort_item_order",
    "DocumentSourceFile": "document_source_file",
    "DocumentSourceFileMetadata": "document_source_file_metadata",
    "DocumentStatus": "document_status",
    "DocumentStatusItem": "document_status_item",
    "DocumentStatusItemContent": "document_status_item_content",
    "DocumentStatusItemElements": "document_status_item_elements",
    "DocumentStatusItemPassages": "document_status_item_passages",
    "DocumentStatusRequest": "document_status_request",
    "DocumentStatusRequestExternalId": "document_status_request_external_id",
    "DocumentStatusRequestId": "document_status_request_id",
    "DocumentStatusRequestInstanceId": "document_status_request_instance_id",
    "DocumentStatusResponse": "document_status_response",
    "DocumentStatusStatus": "document_status_status",
    "DocumentSummarizationRequest": "document_summarization_request",
    "DocumentSummarizationResponse": "document_summarization_response",
    "DocumentSummarizationResponseItemExternalId": "document_summarization_response_item_external_id",
    "DocumentSummarizationResponseItemInstanceId": "document_summarization_response_item_instance_id",
    "DocumentSummarizationResponseItemInternalId": "document_summarization_response_item_internal_id",
    "DocumentTableElementWithElementGranularity": "document_table_element_with_element_granularity",
    "DocumentTableElementWithLineGranularity": "document_table_element_with_line_granularity",
    "DocumentTableElementWithWordGranularity": "document_table_element_with_word_granularity",
    "DocumentTableOfContentsElementWithElementGranularity": "document_table_of_contents_element_with_element_granularity",
    "DocumentTableOfContentsElementWithLineGranularity": "document_table_of_contents_element_with_line_granularity",
    "DocumentTableOfContentsElementWithWordGranularity": "document_table_of_contents_element_with_word_granularity",
    "DocumentTitleElementWithElementGranularity": "document_title_element_with_element_granularity",
    "DocumentTitleElementWithLineGranularity": "document_title_element_with_line_granularity",
    "DocumentTitleElementWithWordGranularity": "document_title_element_with_word_granularity",
    "DocumentWordElement": "document_word_element",
    "DocumentationUpdateField": "documentation_update_field",
    "DocumentsAggregateAllUniquePropertiesItem": "documents_aggregate_all_unique_properties_item",
    "DocumentsAggregateAllUniquePropertiesRequest": "documents_aggregate_all_unique_properties_request",
    "DocumentsAggregateAllUniquePropertiesRequestPropertiesItem": "documents_aggregate_all_unique_properties_request_properties_item",
    "DocumentsAggregateAllUniquePropertiesResponse": "documents_aggregate_all_unique_properties_response",
    "DocumentsAggregateAllUniqueValuesItem": "documents_aggregate_all_unique_values_item",
    "DocumentsAggregateAllUniqueValuesRequest": "documents_aggregate_all_unique_values_request",
    "DocumentsAggregateAllUniqueValuesRequestPropertiesItem": "documents_aggregate_all_unique_values_request_properties_item",
    "DocumentsAggregateAllUniqueValuesResponse": "documents_aggregate_all_unique_values_response",
    "DocumentsAggregateCardinalityPropertiesItem": "documents_aggregate_cardinality_properties_item",
    "DocumentsAggregateCardinalityPropertiesRequest": "documents_aggregate_cardinality_properties_request",
    "DocumentsAggregateCardinalityPropertiesResponse": "documents_aggregate_cardinality_properties_response",
    "DocumentsAggregateCardinalityValuesItem": "documents_aggregate_cardinality_values_item",
    "DocumentsAggregateCardinalityValuesRequest": "documents_aggregate_cardinality_values_request",
    "DocumentsAggregateCardinalityValuesRequestPropertiesItem": "documents_aggregate_cardinality_values_request_properties_item",
    "DocumentsAggregateCardinalityValuesResponse": "documents_aggregate_cardinality_values_response",
    "DocumentsAggregateCountItem": "documents_aggregate_count_item",
    "DocumentsAggregateCountRequest": "documents_aggregate_count_request",
    "DocumentsAggregateCountResponse": "documents_aggregate_count_response",
    "DocumentsAggregateUniquePropertiesItem": "documents_aggregate_unique_properties_item",
    "DocumentsAggregateUniquePropertiesRequest": "documents_aggregate_unique_properties_request",
    "DocumentsAggregateUniquePropertiesRequestPropertiesItem": "documents_aggregate_unique_properties_request_properties_item",
    "DocumentsAggregateUniquePropertiesResponse": "documents_aggregate_unique_properties_response",
    "DocumentsAggregateUniqueValuesItem": "documents_aggregate_unique_values_item",
    "DocumentsAggregateUniqueValuesRequest": "documents_aggregate_unique_values_request",
    "DocumentsAggregateUniqueValuesRequestPropertiesItem": "documents_aggregate_unique_values_request_properties_item",
    "DocumentsAggregateUniqueValuesResponse": "documents_aggregate_unique_values_response",
    "DocumentsLanguage": "documents_language",
    "DocumentsPreviewTemporaryLinkResponse": "documents_preview_temporary_link_response",
    "DuplicatedIdsInRequestResponse": "duplicated_ids_in_request_response",
    "DuplicatedIdsInRequestResponseError": "duplicated_ids_in_request_response_error",
    "DuplicatedIdsInRequestResponseExternalId": "duplicated_ids_in_request_response_external_id",
    "DuplicatedIdsInRequestResponseId": "duplicated_ids_in_request_response_id",
    "DynamicTaskOutput": "dynamic_task_output",
    "DynamicTaskParameters": "dynamic_task_parameters",
    "DynamicTaskParametersDynamic": "dynamic_task_parameters_dynamic",
    "EdgeConnection": "edge_connection",
    "EdgeConnectionConnectionType": "edge_connection_connection_type",
    "EdgeConnectionDirection": "edge_connection_direction",
    "EdgeDefinition": "edge_definition",
    "EdgeDefinitionProperties": "edge_definition_properties",
    "EdgeOrNodeData": "edge_or_node_data",
    "EdgeType": "edge_type",
    "EdgeWrite": "edge_write",
    "EmailSink": "email_sink",
    "EmailSinkId": "email_sink_id",
    "EmailSinkUpdate": "email_sink_update",
    "EmailSinkUpdateEmailAddress": "email_sink_update_email_address",
    "EmailSinkUpdateItem": "email_sink_update_item",
    "EmailSinkWrite": "email_sink_write",
    "EmptyDeleteResponse": "empty_delete_response",
    "EmptyResponse": "empty_response",
    "EmptyResponseBody": "empty_response_body",
    "EncodingType": "encoding_type",
    "Endpoint": "endpoint",
    "EndpointEndpointType": "endpoint_endpoint_type",
    "EnrichedRelationship": "enriched_relationship",
    "EnrichedRelationshipResponse": "enriched_relationship_response",
    "EnrichedRelationshipResponseWrapper": "enriched_relationship_response_wrapper",
    "EntitiesListResponse": "entities_list_response",
    "EntitiesListWithCursorResponse": "entities_list_with_cursor_response",
    "EntitiesLookupById": "entities_lookup_by_id",
    "EntitiesLookupByIdItemsItem": "entities_lookup_by_id_items_item",
    "Entity": "entity",
    "EntityCreateDraft": "entity_create_draft",
    "EntityData": "entity_data",
    "EntityDto": "entity_dto",
    "EntityListFilter": "entity_list_filter",
    "EntityListRequest": "entity_list_request",
    "EntityMatcherResponseSchema": "entity_matcher_response_schema",
    "EntityMatchingCreateBody": "entity_matching_create_body",
    "EntityMatchingDeleteBody": "entity_matching_delete_body",
    "EntityMatchingDeleteResponse200": "entity_matching_delete_response_200",
    "EntityMatchingFeatureSchema": "entity_matching_feature_schema",
    "EntityMatchingFilterBody": "entity_matching_filter_body",
    "EntityMatchingFilterResponse200": "entity_matching_filter_response_200",
    "EntityMatchingFilterSchema": "entity_matching_filter_schema",
    "EntityMatchingModelsResponse200": "entity_matching_models_response_200",
    "EntityMatchingPredictFeatureSchema": "entity_matching_predict_feature_schema",
    "EntityMatchingPredictResponse200": "entity_matching_predict_response_200",
    "EntityMatchingPredictResultsResponse200": "entity_matching_predict_results_response_200",
    "EntityMatchingPredictResultsResponse200ItemsItem": "entity_matching_predict_results_response_200_items_item",
    "EntityMatchingPredictResultsResponse200ItemsItemMatchesItem": "entity_matching_predict_results_response_200_items_item_matches_item",
    "EntityMatchingPredictResultsResponse200ItemsItemMatchesItemTarget": "entity_matching_predict_results_response_200_items_item_matches_item_target",
    "EntityMatchingPredictResultsResponse200ItemsItemSource": "entity_matching_predict_results_response_200_items_item_source",
    "EntityMatchingPredictSchemaOption0": "entity_matching_predict_schema_option_0",
    "EntityMatchingPredictSchemaOption1": "entity_matching_predict_schema_option_1",
    "EntityMatchingRefitFeatureSchema": "entity_matching_refit_feature_schema",
    "EntityMatchingRefitSchemaOption0": "entity_matching_refit_schema_option_0",
    "EntityMatchingRefitSchemaOption1": "entity_matching_refit_schema_option_1",
    "EntityMatchingRetrieveBody": "entity_matching_retrieve_body",
    "EntityMatchingRetrieveResponse200": "entity_matching_retrieve_response_200",
    "EntityMatchingUpdateBody": "entity_matching_update_body",
    "EntityMatchingUpdateResponse200": "entity_matching_update_response_200",
    "EntityResponse": "entity_response",
    "EntityResponseByIds": "entity_response_by_ids",
    "EntityResponseList": "entity_response_list",
    "EntityUpdateDraft": "entity_update_draft",
    "EntityUpdateItem": "entity_update_item",
    "EntityWithPathsDto": "entity_with_paths_dto",
    "EntitymatchingAclAcl": "entitymatching_acl_acl",
    "EntitymatchingAclAction": "entitymatching_acl_action",
    "EntitymatchingAclScopeAll": "entitymatching_acl_scope_all",
    "EnumProperty": "enum_property",
    "EnumPropertyValues": "enum_property_values",
    "EnumValueProperties": "enum_value_properties",
    "EpochTimestampRange": "epoch_timestamp_range",
    "EqualsFilter": "equals_filter",
    "EqualsFilterEquals": "equals_filter_equals",
    "EqualsFilterIla": "equals_filter_ila",
    "EqualsFilterIlaEquals": "equals_filter_ila_equals",
    "EqualsFilterV3": "equals_filter_v3",
    "EqualsFilterV3Equals": "equals_filter_v3_equals",
    "Error": "error",
    "ErrorBase": "error_base",
    "ErrorDuplicatedItem": "error_duplicated_item",
    "ErrorLevel": "error_level",
    "ErrorMissingItem": "error_missing_item",
    "ErrorResponse": "error_response",
    "ErrorWithTask": "error_with_task",
    "ErrorWithTaskRead": "error_with_task_read",
    "EstimateQualityRequestSchema": "estimate_quality_request_schema",
    "EstimateQualityResponseSchema": "estimate_quality_response_schema",
    "Event": "event",
    "EventAggregate": "event_aggregate",
    "EventAggregateBoolFilterAnd": "event_aggregate_bool_filter_and",
    "EventAggregateBoolFilterNot": "event_aggregate_bool_filter_not",
    "EventAggregateBoolFilterOr": "event_aggregate_bool_filter_or",
    "EventAggregateProperties": "event_aggregate_properties",
    "EventAggregatePropertiesPropertiesItem": "event_aggregate_properties_properties_item",
    "EventBoolFilterAnd": "event_bool_filter_and",
    "EventBoolFilterNot": "event_bool_filter_not",
    "EventBoolFilterOr": "event_bool_filter_or",
    "EventCardinalityPropertiesAggregate": "event_cardinality_properties_aggregate",
    "EventCardinalityValuesAggregate": "event_cardinality_values_aggregate",
    "EventChangeByExternalId": "event_change_by_external_id",
    "EventChangeById": "event_change_by_id",
    "EventCountAggregate": "event_count_aggregate",
    "EventDataIds": "event_data_ids",
    "EventFilter": "event_filter",
    "EventFilterRequest": "event_filter_request",
    "EventHubSource": "event_hub_source",
    "EventMetadata": "event_metadata",
    "EventPatch": "event_patch",
    "EventPatchUpdate": "event_patch_update",
    "EventSearch": "event_search",
    "EventSearchRequest": "event_search_request",
    "EventUniquePropertiesAggregate": "event_unique_properties_aggregate",
    "EventWithPropertyCountAggregate": "event_with_property_count_aggregate",
    "ExcessiveTimeoutNotice": "excessive_timeout_notice",
    "ExecutionHistoryFilter": "execution_history_filter",
    "ExecutionHistoryQuery": "execution_history_query",
    "ExecutionInput": "execution_input",
    "ExistsFilter": "exists_filter",
    "ExistsFilterExists": "exists_filter_exists",
    "ExistsFilterIla": "exists_filter_ila",
    "ExistsFilterIlaExists": "exists_filter_ila_exists",
    "ExtPipe": "ext_pipe",
    "ExtPipeExternalId": "ext_pipe_external_id",
    "ExtPipeInternalId": "ext_pipe_internal_id",
    "ExtPipeNotificationConfiguration": "ext_pipe_notification_configuration",
    "ExtPipeRunRequest": "ext_pipe_run_request",
    "ExtPipeRunResponse": "ext_pipe_run_response",
    "ExtPipeRunStatus": "ext_pipe_run_status",
    "ExtPipeUpdateByExternalId": "ext_pipe_update_by_external_id",
    "ExtPipeUpdateById": "ext_pipe_update_by_id",
    "ExtPipeUpdateData": "ext_pipe_update_data",
    "ExtPipes": "ext_pipes",
    "ExtPipesFilter": "ext_pipes_filter",
    "ExtPipesFilterMetadata": "ext_pipes_filter_metadata",
    "ExtPipesFilterRequest": "ext_pipes_filter_request",
    "ExtPipesWithCursor": "ext_pipes_with_cursor",
    "ExtendLeaseResponse": "extend_lease_response",
    "ExtendedDiagramDto": "extended_diagram_dto",
    "ExtendedDiagramWithPathsDto": "extended_diagram_with_paths_dto",
    "ExtendedItemsRequestExtPipeId": "extended_items_request_ext_pipe_id",
    "ExtendedLibraryDto": "extended_library_dto",
    "ExtendedSymbolDto": "extended_symbol_dto",
    "ExternalAsset": "external_asset",
    "ExternalEvent": "external_event",
    "ExternalFilesMetadata": "external_files_metadata",
    "ExternalId": "external_id",
    "ExternalIdObject": "external_id_object",
    "ExternalIdRef": "external_id_ref",
    "ExternalIdUpdateField": "external_id_update_field",
    "ExternalIdWrapper": "external_id_wrapper",
    "ExternalIdsAlreadyExistResponse": "external_ids_already_exist_response",
    "ExternalIdsAlreadyExistResponseError": "external_ids_already_exist_response_error",
    "ExternalIdsAlreadyExistResponseErrorDuplicatedItem": "external_ids_already_exist_response_error_duplicated_item",
    "ExternalIdsRequest": "external_ids_request",
    "ExternalIdsRequestItemsItem": "external_ids_request_items_item",
    "ExternalIdsResponse": "external_ids_response",
    "ExternalLabelDefinition": "external_label_definition",
    "ExternalLabelDefinitionList": "external_label_definition_list",
    "ExtpipeRun": "extpipe_run",
    "ExtpipeRunStatus": "extpipe_run_status",
    "ExtraAuthParameter": "extra_auth_parameter",
    "ExtractionconfigsAclAcl": "extractionconfigs_acl_acl",
    "ExtractionconfigsAclAction": "extractionconfigs_acl_action",
    "ExtractionconfigsAclScopeAll": "extractionconfigs_acl_scope_all",
    "ExtractionconfigsAclScopeDatasetScope": "extractionconfigs_acl_scope_dataset_scope",
    "ExtractionconfigsAclScopeExtractionpipelinescope": "extractionconfigs_acl_scope_extractionpipelinescope",
    "ExtractionpipelinesAclAcl": "extractionpipelines_acl_acl",
    "ExtractionpipelinesAclAction": "extractionpipelines_acl_action",
    "ExtractionpipelinesAclIdScope": "extractionpipelines_acl_id_scope",
    "ExtractionpipelinesAclScopeAll": "extractionpipelines_acl_scope_all",
    "ExtractionpipelinesAclScopeDatasetScope": "extractionpipelines_acl_scope_dataset_scope",
    "ExtractionpipelinesAclScopeIdscope": "extractionpipelines_acl_scope_idscope",
    "ExtractionrunsAclAcl": "extractionruns_acl_acl",
    "ExtractionrunsAclAction": "extractionruns_acl_action",
    "ExtractionrunsAclScopeAll": "extractionruns_acl_scope_all",
    "ExtractionrunsAclScopeDatasetScope": "extractionruns_acl_scope_dataset_scope",
    "ExtractionrunsAclScopeExtractionpipelinescope": "extractionruns_acl_scope_extractionpipelinescope",
    "Extractor": "extractor",
    "ExtractorId": "extractor_id",
    "ExtractorType": "extractor_type",
    "ExtractorsItemsWithIgnoreUnknownIdsExternalId": "extractors_items_with_ignore_unknown_ids_external_id",
    "FailedBatch": "failed_batch",
    "FdmTableOptions": "fdm_table_options",
    "FdwUser": "fdw_user",
    "FeatureParameters": "feature_parameters",
    "FeatureType": "feature_type",
    "FetchAllTriggersResponse200": "fetch_all_triggers_response_200",
    "FetchAllWorkflowsResponse200": "fetch_all_workflows_response_200",
    "Field422ErrorContent": "field_422_error_content",
    "Field429Error": "field_429_error",
    "FileChange": "file_change",
    "FileChangeUpdate": "file_change_update",
    "FileChangeUpdateByExternalId": "file_change_update_by_external_id",
    "FileChangeUpdateById": "file_change_update_by_id",
    "FileChangeUpdateByInstanceId": "file_change_update_by_instance_id",
    "FileDataIds": "file_data_ids",
    "FileDataIdsWithIgnoreUnknownIds": "file_data_ids_with_ignore_unknown_ids",
    "FileDataUploadIds": "file_data_upload_ids",
    "FileDeleteByIds": "file_delete_by_ids",
    "FileExternalId": "file_external_id",
    "FileFilter": "file_filter",
    "FileFilterFilter": "file_filter_filter",
    "FileFilterRequest": "file_filter_request",
    "FileInstanceId": "file_instance_id",
    "FileInstanceWithPageRange": "file_instance_with_page_range",
    "FileInternalId": "file_internal_id",
    "FileLimit": "file_limit",
    "FileLink": "file_link",
    "FileLinkIds": "file_link_ids",
    "FileReferenceFileExternalId": "file_reference_file_external_id",
    "FileReferenceFileId": "file_reference_file_id",
    "FileReferenceFileInstanceId": "file_reference_file_instance_id",
    "FileReferenceWithPageRangeOption0": "file_reference_with_page_range_option_0",
    "FileReferenceWithPageRangeOption1": "file_reference_with_page_range_option_1",
    "FileReferenceWithPageRangeOption2": "file_reference_with_page_range_option_2",
    "FileSelectByExternalId": "file_select_by_external_id",
    "FileSelectById": "file_select_by_id",
    "FileSelectByInstanceId": "file_select_by_instance_id",
    "FilesAggregate": "files_aggregate",
    "FilesMetadata": "files_metadata",
    "FilesMetadataField": "files_metadata_field",
    "FilesSearchFilter": "files_search_filter",
    "FilesSearchFilterSearch": "files_search_filter_search",
    "Filter": "filter_",
    "FilterIsNull": "filter_is_null",
    "FilterMatchesBrokenCursorableIndexNotice": "filter_matches_broken_cursorable_index_notice",
    "FilterMatchesCursorableSortNotice": "filter_matches_cursorable_sort_notice",
    "FilterMatchesCursorableSortNoticeGrade": "filter_matches_cursorable_sort_notice_grade",
    "FilterNodesByBoundingBox": "filter_nodes_by_bounding_box",
    "FilterNodesByBoundingBoxRequest": "filter_nodes_by_bounding_box_request",
    "FilterNodesByBoundingBoxResponse": "filter_nodes_by_bounding_box_response",
    "FilterRecordsRequest": "filter_records_request",
    "FilterSubscriptionsBase": "filter_subscriptions_base",
    "FilterTransformationsResponse400": "filter_transformations_response_400",
    "FilterTransformationsResponse400Error": "filter_transformations_response_400_error",
    "FilterTransformationsResponse403": "filter_transformations_response_403",
    "FilterTransformationsResponse403Error": "filter_transformations_response_403_error",
    "FilterUsers": "filter_users",
    "FiltersAggregateIla": "filters_aggregate_ila",
    "FiltersAggregateIlaFilters": "filters_aggregate_ila_filters",
    "FiltersAggregateResultIla": "filters_aggregate_result_ila",
    "FiltersAggregateResultIlaFilterBucketsItem": "filters_aggregate_result_ila_filter_buckets_item",
    "FlatOidcCredentials": "flat_oidc_credentials",
    "FlatOidcCredentialsUpdate": "flat_oidc_credentials_update",
    "FloatRange": "float_range",
    "FullConfigRevision": "full_config_revision",
    "FullParseInput": "full_parse_input",
    "Function": "function",
    "FunctionAppCallPayload": "function_app_call_payload",
    "FunctionAppCallPayloadBody": "function_app_call_payload_body",
    "FunctionAppCallRequest": "function_app_call_request",
    "FunctionAppCallRuntimeResponse": "function_app_call_runtime_response",
    "FunctionAppCallRuntimeResponseResponse": "function_app_call_runtime_response_response",
    "FunctionAppCallRuntimeResponseRuntimeStatus": "function_app_call_runtime_response_runtime_status",
    "FunctionBuildError": "function_build_error",
    "FunctionCall": "function_call",
    "FunctionCallError": "function_call_error",
    "FunctionCallFilter": "function_call_filter",
    "FunctionCallFilterFilter": "function_call_filter_filter",
    "FunctionCallId": "function_call_id",
    "FunctionCallIds": "function_call_ids",
    "FunctionCallListScope": "function_call_list_scope",
    "FunctionCallLog": "function_call_log",
    "FunctionCallLogEntry": "function_call_log_entry",
    "FunctionCallRequest": "function_call_request",
    "FunctionCallResponse": "function_call_response",
    "FunctionCallResponseResponse": "function_call_response_response",
    "FunctionCallStatus": "function_call_status",
    "FunctionCalls": "function_calls",
    "FunctionCallsWithCursor": "function_calls_with_cursor",
    "FunctionDeleteRequest": "function_delete_request",
    "FunctionEnvVars": "function_env_vars",
    "FunctionErrorBasic": "function_error_basic",
    "FunctionExternalId": "function_external_id",
    "FunctionFilter": "function_filter",
    "FunctionFilterFilter": "function_filter_filter",
    "FunctionId": "function_id",
    "FunctionIdEitherList": "function_id_either_list",
    "FunctionList": "function_list",
    "FunctionListScope": "function_list_scope",
    "FunctionRuntime": "function_runtime",
    "FunctionSchedule": "function_schedule",
    "FunctionScheduleCreated": "function_schedule_created",
    "FunctionScheduleDataResponse": "function_schedule_data_response",
    "FunctionScheduleFilter": "function_schedule_filter",
    "FunctionScheduleFilterFilter": "function_schedule_filter_filter",
    "FunctionScheduleId": "function_schedule_id",
    "FunctionScheduleIdArray": "function_schedule_id_array",
    "FunctionScheduleIds": "function_schedule_ids",
    "FunctionScheduleIdsItemsItem": "function_schedule_ids_items_item",
    "FunctionScheduleList": "function_schedule_list",
    "FunctionScheduleScope": "function_schedule_scope",
    "FunctionSecrets": "function_secrets",
    "FunctionStatus": "function_status",
    "FunctionTaskOutput": "function_task_output",
    "FunctionTaskOutputResponse": "function_task_output_response",
    "FunctionTaskParameters": "function_task_parameters",
    "FunctionTaskParametersFunction": "function_task_parameters_function",
    "FunctionTaskParametersOption0": "function_task_parameters_option_0",
    "FunctionsAclAcl": "functions_acl_acl",
    "FunctionsAclAction": "functions_acl_action",
    "FunctionsAclScope": "functions_acl_scope",
    "FunctionsActivation": "functions_activation",
    "FunctionsActivationStatus": "functions_activation_status",
    "FunctionsLimits": "functions_limits",
    "GeneralError": "general_error",
    "GeneralErrorDuplicatedItem": "general_error_duplicated_item",
    "GeneralErrorMissingItem": "general_error_missing_item",
    "GeneralErrorWrapper": "general_error_wrapper",
    "GeneratedRule": "generated_rule",
    "GenericAclAllScope": "generic_acl_all_scope",
    "GenericAclCurrentUserScope": "generic_acl_current_user_scope",
    "GenericRangeFilter": "generic_range_filter",
    "GenericRangeFilterRange": "generic_range_filter_range",
    "GeoLocation": "geo_location",
    "GeoLocationFilter": "geo_location_filter",
    "GeoLocationFilterRelation": "geo_location_filter_relation",
    "GeoLocationProperties": "geo_location_properties",
    "GeometriesListResponse": "geometries_list_response",
    "GeometriesListWithCursorResponse": "geometries_list_with_cursor_response",
    "GeometryCreateDraft": "geometry_create_draft",
    "GeometryDto": "geometry_dto",
    "GeometryUpdateDraft": "geometry_update_draft",
    "GeometryUpdateItem": "geometry_update_item",
    "GeospatialAggregateOutput": "geospatial_aggregate_output",
    "GeospatialAvgAggregationOutput": "geospatial_avg_aggregation_output",
    "GeospatialCentroidAggregationOutput": "geospatial_centroid_aggregation_output",
    "GeospatialCollectAggregationOutput": "geospatial_collect_aggregation_output",
    "GeospatialComputedItem": "geospatial_computed_item",
    "GeospatialComputedItemOption2": "geospatial_computed_item_option_2",
    "GeospatialComputedItems": "geospatial_computed_items",
    "GeospatialConvexHullAggregationOutput": "geospatial_convex_hull_aggregation_output",
    "GeospatialCoordinateReferenceSystem": "geospatial_coordinate_reference_system",
    "GeospatialCoordinateReferenceSystemList": "geospatial_coordinate_reference_system_list",
    "GeospatialCoordinateReferenceSystems": "geospatial_coordinate_reference_systems",
    "GeospatialCountAggregationOutput": "geospatial_count_aggregation_output",
    "GeospatialCustomCoordinateReferenceSystem": "geospatial_custom_coordinate_reference_system",
    "GeospatialCustomCoordinateReferenceSystemResponse": "geospatial_custom_coordinate_reference_system_response",
    "GeospatialCustomCoordinateReferenceSystemSpecs": "geospatial_custom_coordinate_reference_system_specs",
    "GeospatialDeleteFeatureType": "geospatial_delete_feature_type",
    "GeospatialDeleteFeatureTypeItemsItem": "geospatial_delete_feature_type_items_item",
    "GeospatialError": "geospatial_error",
    "GeospatialErrorOption0": "geospatial_error_option_0",
    "GeospatialErrorOption02": "geospatial_error_option_02",
    "GeospatialErrorOption03": "geospatial_error_option_03",
    "GeospatialErrorOption04": "geospatial_error_option_04",
    "GeospatialErrorResponse": "geospatial_error_response",
    "GeospatialFeature": "geospatial_feature",
    "GeospatialFeatureAggregateRequest": "geospatial_feature_aggregate_request",
    "GeospatialFeatureAggregateRequestAggregatesItem": "geospatial_feature_aggregate_request_aggregates_item",
    "GeospatialFeatureAggregates": "geospatial_feature_aggregates",
    "GeospatialFeatureAndFilter": "geospatial_feature_and_filter",
    "GeospatialFeatureContainsAnyFilter": "geospatial_feature_contains_any_filter",
    "GeospatialFeatureEqualsFilter": "geospatial_feature_equals_filter",
    "GeospatialFeatureIds": "geospatial_feature_ids",
    "GeospatialFeatureIdsWithOutput": "geospatial_feature_ids_with_output",
    "GeospatialFeatureInFilter": "geospatial_feature_in_filter",
    "GeospatialFeatureLikeFilter": "geospatial_feature_like_filter",
    "GeospatialFeatureListRequest": "geospatial_feature_list_request",
    "GeospatialFeatureMissingFilter": "geospatial_feature_missing_filter",
    "GeospatialFeatureNotFilter": "geospatial_feature_not_filter",
    "GeospatialFeatureOrFilter": "geospatial_feature_or_filter",
    "GeospatialFeatureProperties": "geospatial_feature_properties",
    "GeospatialFeaturePropertiesOption2": "geospatial_feature_properties_option_2",
    "GeospatialFeatureRangeFilter": "geospatial_feature_range_filter",
    "GeospatialFeatureRegexFilter": "geospatial_feature_regex_filter",
    "GeospatialFeatureSearchRequest": "geospatial_feature_search_request",
    "GeospatialFeatureSearchResult": "geospatial_feature_search_result",
    "GeospatialFeatureSearchStreamingRequest": "geospatial_feature_search_streaming_request",
    "GeospatialFeatureSpec": "geospatial_feature_spec",
    "GeospatialFeatureSpecs": "geospatial_feature_specs",
    "GeospatialFeatureStContainsFilter": "geospatial_feature_st_contains_filter",
    "GeospatialFeatureStContainsProperlyFilter": "geospatial_feature_st_contains_properly_filter",
    "GeospatialFeatureStIntersects3DFilter": "geospatial_feature_st_intersects_3d_filter",
    "GeospatialFeatureStIntersectsFilter": "geospatial_feature_st_intersects_filter",
    "GeospatialFeatureStWithinDistance3DFilter": "geospatial_feature_st_within_distance_3d_filter",
    "GeospatialFeatureStWithinDistanceFilter": "geospatial_feature_st_within_distance_filter",
    "GeospatialFeatureStWithinFilter": "geospatial_feature_st_within_filter",
    "GeospatialFeatureStWithinProperlyFilter": "geospatial_feature_st_within_properly_filter",
    "GeospatialFeatureType": "geospatial_feature_type",
    "GeospatialFeatureTypeExternalIds": "geospatial_feature_type_external_ids",
    "GeospatialFeatureTypeExternalIdsItemsItem": "geospatial_feature_type_external_ids_items_item",
    "GeospatialFeatureTypeProperty": "geospatial_feature_type_property",
    "GeospatialFeatureTypeSpec": "geospatial_feature_type_spec",
    "GeospatialFeatureTypeSpecProperties": "geospatial_feature_type_spec_properties",
    "GeospatialFeatureTypeSpecSearchSpec": "geospatial_feature_type_spec_search_spec",
    "GeospatialFeatureTypeSpecs": "geospatial_feature_type_specs",
    "GeospatialFeatureTypes": "geospatial_feature_types",
    "GeospatialFeatures": "geospatial_features",
    "GeospatialFeaturesWithCursor": "geospatial_features_with_cursor",
    "GeospatialGeometryTransformComputeFunction": "geospatial_geometry_transform_compute_function",
    "GeospatialGeometryTransformComputeFunctionStTransform": "geospatial_geometry_transform_compute_function_st_transform",
    "GeospatialGeometryValueComputeFunction": "geospatial_geometry_value_compute_function",
    "GeospatialIndexSpec": "geospatial_index_spec",
    "GeospatialIntersectionAggregationOutput": "geospatial_intersection_aggregation_output",
    "GeospatialItemExternalId": "geospatial_item_external_id",
    "GeospatialJsonComputeOutput": "geospatial_json_compute_output",
    "GeospatialJsonComputeOutputOutput": "geospatial_json_compute_output_output",
    "GeospatialMaxAggregationOutput": "geospatial_max_aggregation_output",
    "GeospatialMinAggregationOutput": "geospatial_min_aggregation_output",
    "GeospatialOutput": "geospatial_output",
    "GeospatialOutputGeometryFormat": "geospatial_output_geometry_format",
    "GeospatialOutputProperties": "geospatial_output_properties",
    "GeospatialOutputStreaming": "geospatial_output_streaming",
    "GeospatialOutputStreamingGeometryFormat": "geospatial_output_streaming_geometry_format",
    "GeospatialOutputStreamingJsonStreamFormat": "geospatial_output_streaming_json_stream_format",
    "GeospatialOutputStreamingProperties": "geospatial_output_streaming_properties",
    "GeospatialProperty": "geospatial_property",
    "GeospatialPropertyAndPattern": "geospatial_property_and_pattern",
    "GeospatialPropertyAndValue": "geospatial_property_and_value",
    "GeospatialPropertyAndValues": "geospatial_property_and_values",
    "GeospatialPropertyAndValuesOption0": "geospatial_property_and_values_option_0",
    "GeospatialPropertyReference": "geospatial_property_reference",
    "GeospatialPropertyType": "geospatial_property_type",
    "GeospatialPropertyValueAndDistance": "geospatial_property_value_and_distance",
    "GeospatialRange": "geospatial_range",
    "GeospatialRangeCondition": "geospatial_range_condition",
    "GeospatialRasterCommonOutputSpec": "geospatial_raster_common_output_spec",
    "GeospatialRasterGtiffOutputSpec": "geospatial_raster_gtiff_output_spec",
    "GeospatialRasterGtiffOutputSpecOptions": "geospatial_raster_gtiff_output_spec_options",
    "GeospatialRasterMetadata": "geospatial_raster_metadata",
    "GeospatialRasterOutputSpecGeospatialRasterGtiffOutputSpec": "geospatial_raster_output_spec_geospatial_raster_gtiff_output_spec",
    "GeospatialRasterOutputSpecGeospatialRasterXyzOutputSpec": "geospatial_raster_output_spec_geospatial_raster_xyz_output_spec",
    "GeospatialRasterXyzOutputSpec": "geospatial_raster_xyz_output_spec",
    "GeospatialRasterXyzOutputSpecOptions": "geospatial_raster_xyz_output_spec_options",
    "GeospatialReferenceIds": "geospatial_reference_ids",
    "GeospatialReferenceIdsItemsItem": "geospatial_reference_ids_items_item",
    "GeospatialSumAggregationOutput": "geospatial_sum_aggregation_output",
    "GeospatialUnionAggregationOutput": "geospatial_union_aggregation_output",
    "GeospatialUpdateFeatureTypeSpec": "geospatial_update_feature_type_spec",
    "GeospatialUpdateFeatureTypeSpecUpdate": "geospatial_update_feature_type_spec_update",
    "GeospatialUpdateFeatureTypeSpecUpdateProperties": "geospatial_update_feature_type_spec_update_properties",
    "GeospatialUpdateFeatureTypeSpecUpdatePropertiesAdd": "geospatial_update_feature_type_spec_update_properties_add",
    "GeospatialUpdateFeatureTypeSpecUpdateSearchSpec": "geospatial_update_feature_type_spec_update_search_spec",
    "GeospatialUpdateFeatureTypeSpecUpdateSearchSpecAdd": "geospatial_update_feature_type_spec_update_search_spec_add",
    "GeospatialUpdateFeatureTypeSpecs": "geospatial_update_feature_type_specs",
    "GeospatialVarianceAggregationOutput": "geospatial_variance_aggregation_output",
    "GetDatapointMetadata": "get_datapoint_metadata",
    "GetDoubleDatapoint": "get_double_datapoint",
    "GetExtractorSchemaResponse200": "get_extractor_schema_response_200",
    "GetFlexibleDataModelInstanceSchemaConflictMode": "get_flexible_data_model_instance_schema_conflict_mode",
    "GetFlexibleDataModelInstanceSchemaInstanceType": "get_flexible_data_model_instance_schema_instance_type",
    "GetFlexibleDataModelInstanceSchemaResponse400": "get_flexible_data_model_instance_schema_response_400",
    "GetFlexibleDataModelInstanceSchemaResponse400Error": "get_flexible_data_model_instance_schema_response_400_error",
    "GetFlexibleDataModelInstanceSchemaResponse403": "get_flexible_data_model_instance_schema_response_403",
    "GetFlexibleDataModelInstanceSchemaResponse403Error": "get_flexible_data_model_instance_schema_response_403_error",
    "GetNumericAggregateDatapoint": "get_numeric_aggregate_datapoint",
    "GetSecurityCategoriesSort": "get_security_categories_sort",
    "GetSequenceColumnDTO": "get_sequence_column_dto",
    "GetSequenceColumnDTOMetadata": "get_sequence_column_dto_metadata",
    "GetSequenceDTO": "get_sequence_dto",
    "GetSequenceDTOMetadata": "get_sequence_dto_metadata",
    "GetStateAggregateDatapoint": "get_state_aggregate_datapoint",
    "GetStateDatapoint": "get_state_datapoint",
    "GetStringDatapoint": "get_string_datapoint",
    "GetTimeSeriesForSubscription": "get_time_series_for_subscription",
    "GetTimeSeriesMetadataDTO": "get_time_series_metadata_dto",
    "GetTransformationJobsByIdsResponse400": "get_transformation_jobs_by_ids_response_400",
    "GetTransformationJobsByIdsResponse400Error": "get_transformation_jobs_by_ids_response_400_error",
    "GetTransformationJobsByIdsResponse403": "get_transformation_jobs_by_ids_response_403",
    "GetTransformationJobsByIdsResponse403Error": "get_transformation_jobs_by_ids_response_403_error",
    "GetTransformationJobsByIdsResponse409": "get_transformation_jobs_by_ids_response_409",
    "GetTransformationJobsByIdsResponse409Error": "get_transformation_jobs_by_ids_response_409_error",
    "GetTransformationJobsMetricsResponse400": "get_transformation_jobs_metrics_response_400",
    "GetTransformationJobsMetricsResponse400Error": "get_transformation_jobs_metrics_response_400_error",
    "GetTransformationJobsMetricsResponse403": "get_transformation_jobs_metrics_response_403",
    "GetTransformationJobsMetricsResponse403Error": "get_transformation_jobs_metrics_response_403_error",
    "GetTransformationJobsResponse400": "get_transformation_jobs_response_400",
    "GetTransformationJobsResponse400Error": "get_transformation_jobs_response_400_error",
    "GetTransformationJobsResponse403": "get_transformation_jobs_response_403",
    "GetTransformationJobsResponse403Error": "get_transformation_jobs_response_403_error",
    "GetTransformationNotificationsResponse400": "get_transformation_notifications_response_400",
    "GetTransformationNotificationsResponse400Error": "get_transformation_notifications_response_400_error",
    "GetTransformationNotificationsResponse403": "get_transformation_notifications_response_403",
    "GetTransformationNotificationsResponse403Error": "get_transformation_notifications_response_403_error",
    "GetTransformationSchedulesByIdsResponse400": "get_transformation_schedules_by_ids_response_400",
    "GetTransformationSchedulesByIdsResponse400Error": "get_transformation_schedules_by_ids_response_400_error",
    "GetTransformationSchedulesByIdsResponse403": "get_transformation_schedules_by_ids_response_403",
    "GetTransformationSchedulesByIdsResponse403Error": "get_transformation_schedules_by_ids_response_403_error",
    "GetTransformationSchedulesByIdsResponse409": "get_transformation_schedules_by_ids_response_409",
    "GetTransformationSchedulesByIdsResponse409Error": "get_transformation_schedules_by_ids_response_409_error",
    "GetTransformationSchedulesResponse400": "get_transformation_schedules_response_400",
    "GetTransformationSchedulesResponse400Error": "get_transformation_schedules_response_400_error",
    "GetTransformationSchedulesResponse403": "get_transformation_schedules_response_403",
    "GetTransformationSchedulesResponse403Error": "get_transformation_schedules_response_403_error",
    "GetTransformationSchedulesResponse409": "get_transformation_schedules_response_409",
    "GetTransformationSchedulesResponse409Error": "get_transformation_schedules_response_409_error",
    "GetTransformationSchemaResponse400": "get_transformation_schema_response_400",
    "GetTransformationSchemaResponse400Error": "get_transformation_schema_response_400_error",
    "GetTransformationSchemaResponse403": "get_transformation_schema_response_403",
    "GetTransformationSchemaResponse403Error": "get_transformation_schema_response_403_error",
    "GetTransformationSequenceRowSchemaResponse400": "get_transformation_sequence_row_schema_response_400",
    "GetTransformationSequenceRowSchemaResponse400Error": "get_transformation_sequence_row_schema_response_400_error",
    "GetTransformationSequenceRowSchemaResponse403": "get_transformation_sequence_row_schema_response_403",
    "GetTransformationSequenceRowSchemaResponse403Error": "get_transformation_sequence_row_schema_response_403_error",
    "GetTransformationsByIdsResponse400": "get_transformations_by_ids_response_400",
    "GetTransformationsByIdsResponse400Error": "get_transformations_by_ids_response_400_error",
    "GetTransformationsByIdsResponse403": "get_transformations_by_ids_response_403",
    "GetTransformationsByIdsResponse403Error": "get_transformations_by_ids_response_403_error",
    "GetTransformationsByIdsResponse409": "get_transformations_by_ids_response_409",
    "GetTransformationsByIdsResponse409Error": "get_transformations_by_ids_response_409_error",
    "GetTransformationsResponse400": "get_transformations_response_400",
    "GetTransformationsResponse400Error": "get_transformations_response_400_error",
    "GetTransformationsResponse403": "get_transformations_response_403",
    "GetTransformationsResponse403Error": "get_transformations_response_403_error",
    "GetTriggerHistoryResponse200": "get_trigger_history_response_200",
    "GetTriggerHistoryResponse200ItemsItem": "get_trigger_history_response_200_items_item",
    "GetTriggerHistoryResponse200ItemsItemStatus": "get_trigger_history_response_200_items_item_status",
    "GroupAttributes": "group_attributes",
    "GroupBase": "group_base",
    "GroupManagedExternally": "group_managed_externally",
    "GroupManagedInCDF": "group_managed_in_cdf",
    "GroupMembershipManagedExternallyOrInCdfManagedExternally": "group_membership_managed_externally_or_in_cdf_managed_externally",
    "GroupMembershipManagedExternallyOrInCdfManagedInCDF": "group_membership_managed_externally_or_in_cdf_managed_in_cdf",
    "GroupMetadata": "group_metadata",
    "GroupShared": "group_shared",
    "GroupTokenAttributes": "group_token_attributes",
    "HTTPValidationError": "http_validation_error",
    "HasDataFilterIla": "has_data_filter_ila",
    "HasExistingDataFilterV3": "has_existing_data_filter_v3",
    "HeaderValueAuthentication": "header_value_authentication",
    "HeaderValueConfig": "header_value_config",
    "HistogramAggregateFunctionV3": "histogram_aggregate_function_v3",
    "HistogramAggregateFunctionV3Histogram": "histogram_aggregate_function_v3_histogram",
    "HostedExtractorFilterProperties": "hosted_extractor_filter_properties",
    "HostedExtractorsSignalMetadata": "hosted_extractors_signal_metadata",
    "HostedExtractorsSubscriptionFilter": "hosted_extractors_subscription_filter",
    "HostedextractorsAclAcl": "hostedextractors_acl_acl",
    "HostedextractorsAclAction": "hostedextractors_acl_action",
    "HostedextractorsAclScopeAll": "hostedextractors_acl_scope_all",
    "IdEitherExternalId": "id_either_external_id",
    "IdEitherId": "id_either_id",
    "IdRef": "id_ref",
    "IdentityType": "identity_type",
    "IdentityTypeFilter": "identity_type_filter",
    "IdpBase": "idp_base",
    "IgnoreUnknownIdsField": "ignore_unknown_ids_field",
    "Image360AnnotationV2": "image_360_annotation_v2",
    "ImageTextDetectionJob": "image_text_detection_job",
    "ImageTextDetectionJobConfiguration": "image_text_detection_job_configuration",
    "ImageTextDetectionJobSource": "image_text_detection_job_source",
    "InFilter": "in_filter",
    "InFilterIla": "in_filter_ila",
    "InFilterIlaIn": "in_filter_ila_in",
    "InFilterIn": "in_filter_in",
    "InFilterV3": "in_filter_v3",
    "InFilterV3In": "in_filter_v3_in",
    "IndexState": "index_state",
    "IndustrialObjectDetectionParameters": "industrial_object_detection_parameters",
    "IngestRecordsRequest": "ingest_records_request",
    "InputItems20IdRefOrExternalIdRef": "input_items_20_id_ref_or_external_id_ref",
    "InputItemsIdRef": "input_items_id_ref",
    "InputItemsIdRefOrExternalIdRef": "input_items_id_ref_or_external_id_ref",
    "Instance": "instance",
    "InstanceBulk": "instance_bulk",
    "InstanceContainerCreateDefinition": "instance_container_create_definition",
    "InstanceContainerCreateDefinitionConstraints": "instance_container_create_definition_constraints",
    "InstanceContainerCreateDefinitionIndexes": "instance_container_create_definition_indexes",
    "InstanceContainerCreateDefinitionUsedFor": "instance_container_create_definition_used_for",
    "InstanceDelete": "instance_delete",
    "InstanceDeleteInstanceType": "instance_delete_instance_type",
    "InstanceId": "instance_id",
    "InstanceIdAI": "instance_id_ai",
    "InstanceInspectRequest": "instance_inspect_request",
    "InstanceInspectRequestInspectionOperations": "instance_inspect_request_inspection_operations",
    "InstanceInspectRequestInspectionOperationsInvolvedContainers": "instance_inspect_request_inspection_operations_involved_containers",
    "InstanceInspectRequestInspectionOperationsInvolvedViews": "instance_inspect_request_inspection_operations_involved_views",
    "InstanceInspectRequestItemsItem": "instance_inspect_request_items_item",
    "InstanceInspectResponse": "instance_inspect_response",
    "InstanceInspectResultItem": "instance_inspect_result_item",
    "InstanceInspectResultItemInspectionResults": "instance_inspect_result_item_inspection_results",
    "InstanceReference": "instance_reference",
    "InstanceReferenceFilterV3": "instance_reference_filter_v3",
    "InstanceReferenceFilterV3InstanceReferencesItem": "instance_reference_filter_v3_instance_references_item",
    "InstanceType": "instance_type",
    "InstancesCountsAndLimits": "instances_counts_and_limits",
    "InstantParseInput": "instant_parse_input",
    "InstantParseResult": "instant_parse_result",
    "Integration": "integration",
    "IntegrationExtractor": "integration_extractor",
    "IntegrationSignalMetadata": "integration_signal_metadata",
    "IntegrationTaskType": "integration_task_type",
    "InternalEvent": "internal_event",
    "InternalId": "internal_id",
    "IntractableCursorWithNestedFilterNotice": "intractable_cursor_with_nested_filter_notice",
    "IntractableDirectRelationsCursorNotice": "intractable_direct_relations_cursor_notice",
    "InvertedIndexCreateDefinition": "inverted_index_create_definition",
    "InvertedIndexDefinition": "inverted_index_definition",
    "IsNull": "is_null",
    "ItemType": "item_type",
    "ItemsCogniteInternalId": "items_cognite_internal_id",
    "ItemsColumnType": "items_column_type",
    "ItemsConfigRevisionMetadata": "items_config_revision_metadata",
    "ItemsCreateDestination": "items_create_destination",
    "ItemsCreateEndpoint": "items_create_endpoint",
    "ItemsCreateInstance": "items_create_instance",
    "ItemsCreateIntegration": "items_create_integration",
    "ItemsCreateJob": "items_create_job",
    "ItemsCreateMapping": "items_create_mapping",
    "ItemsCreateRequest": "items_create_request",
    "ItemsCreateRequestResponse": "items_create_request_response",
    "ItemsCreateSchemaMapping": "items_create_schema_mapping",
    "ItemsCreateSource": "items_create_source",
    "ItemsCreateTable": "items_create_table",
    "ItemsCreateUser": "items_create_user",
    "ItemsDeleteSinks": "items_delete_sinks",
    "ItemsDeleteSubscriptions": "items_delete_subscriptions",
    "ItemsDeleteSubscriptionsItemsItem": "items_delete_subscriptions_items_item",
    "ItemsDestination": "items_destination",
    "ItemsDestinationUpdateItem": "items_destination_update_item",
    "ItemsEndpoint": "items_endpoint",
    "ItemsExtpipeRun": "items_extpipe_run",
    "ItemsInstance": "items_instance",
    "ItemsIntegration": "items_integration",
    "ItemsJobLogEntry": "items_job_log_entry",
    "ItemsJobMetrics": "items_job_metrics",
    "ItemsJobRead": "items_job_read",
    "ItemsJobUpdateItem": "items_job_update_item",
    "ItemsJsonObject": "items_json_object",
    "ItemsJsonObjectItemsItem": "items_json_object_items_item",
    "ItemsMapping": "items_mapping",
    "ItemsMappingUpdateItem": "items_mapping_update_item",
    "ItemsMetricCounter": "items_metric_counter",
    "ItemsMinimalJob": "items_minimal_job",
    "ItemsNewExtpipeRun": "items_new_extpipe_run",
    "ItemsNotificationCreate": "items_notification_create",
    "ItemsNotificationRead": "items_notification_read",
    "ItemsRequest": "items_request",
    "ItemsRequestCreateExtPipe": "items_request_create_ext_pipe",
    "ItemsRequestExtPipeRunRequest": "items_request_ext_pipe_run_request",
    "ItemsRequestExtPipeUpdate": "items_request_ext_pipe_update",
    "ItemsRequestFull": "items_request_full",
    "ItemsRequestMinimal": "items_request_minimal",
    "ItemsResponseCreateExtPipeRunResponse": "items_response_create_ext_pipe_run_response",
    "ItemsResponseExtPipeRunResponse": "items_response_ext_pipe_run_response",
    "ItemsResponseExtractor": "items_response_extractor",
    "ItemsResponseListConfigResponse": "items_response_list_config_response",
    "ItemsResponseRelease": "items_response_release",
    "ItemsResponseSolution": "items_response_solution",
    "ItemsResponseSourceSystem": "items_response_source_system",
    "ItemsRetrieveSinks": "items_retrieve_sinks",
    "ItemsSchedule": "items_schedule",
    "ItemsScheduleParameters": "items_schedule_parameters",
    "ItemsSchemaMapping": "items_schema_mapping",
    "ItemsSignalReadWithCursor": "items_signal_read_with_cursor",
    "ItemsSignalWrite": "items_signal_write",
    "ItemsSinkRead": "items_sink_read",
    "ItemsSinkReadWithCursor": "items_sink_read_with_cursor",
    "ItemsSinkUpdate": "items_sink_update",
    "ItemsSinkWrite": "items_sink_write",
    "ItemsSource": "items_source",
    "ItemsSubscriptionRead": "items_subscription_read",
    "ItemsSubscriptionReadWithCursor": "items_subscription_read_with_cursor",
    "ItemsSubscriptionWrite": "items_subscription_write",
    "ItemsTransformationCreate": "items_transformation_create",
    "ItemsTransformationRead": "items_transformation_read",
    "ItemsUpdateIntegrationItem": "items_update_integration_item",
    "ItemsUpdateItemScheduleUpdate": "items_update_item_schedule_update",
    "ItemsUpdateItemTransformationUpdate": "items_update_item_transformation_update",
    "ItemsUpdateSource": "items_update_source",
    "ItemsUpdateSubscriptions": "items_update_subscriptions",
    "ItemsUserUpdate": "items_user_update",
    "ItemsWithByIdsFlagsCogniteId": "items_with_by_ids_flags_cognite_id",
    "ItemsWithCursorDestination": "items_with_cursor_destination",
    "ItemsWithCursorEndpoint": "items_with_cursor_endpoint",
    "ItemsWithCursorErrorWithTaskRead": "items_with_cursor_error_with_task_read",
    "ItemsWithCursorInstance": "items_with_cursor_instance",
    "ItemsWithCursorIntegration": "items_with_cursor_integration",
    "ItemsWithCursorJobRead": "items_with_cursor_job_read",
    "ItemsWithCursorListRequestMinimal": "items_with_cursor_list_request_minimal",
    "ItemsWithCursorMapping": "items_with_cursor_mapping",
    "ItemsWithCursorMinimalJob": "items_with_cursor_minimal_job",
    "ItemsWithCursorNotificationRead": "items_with_cursor_notification_read",
    "ItemsWithCursorSchedule": "items_with_cursor_schedule",
    "ItemsWithCursorSchemaMapping": "items_with_cursor_schema_mapping",
    "ItemsWithCursorSource": "items_with_cursor_source",
    "ItemsWithCursorTable": "items_with_cursor_table",
    "ItemsWithCursorTaskHistoryWithErrors": "items_with_cursor_task_history_with_errors",
    "ItemsWithCursorTransformationRead": "items_with_cursor_transformation_read",
    "ItemsWithCursorUser": "items_with_cursor_user",
    "ItemsWithCursorUserCreated": "items_with_cursor_user_created",
    "ItemsWithIgnoreUnknownIdsAndForceExternalId": "items_with_ignore_unknown_ids_and_force_external_id",
    "ItemsWithIgnoreUnknownIdsCogniteId": "items_with_ignore_unknown_ids_cognite_id",
    "ItemsWithIgnoreUnknownIdsCogniteInternalId": "items_with_ignore_unknown_ids_cognite_internal_id",
    "ItemsWithIgnoreUnknownIdsExternalId": "items_with_ignore_unknown_ids_external_id",
    "ItemsWithIgnoreUnknownIdsExternalIdItemsItem": "items_with_ignore_unknown_ids_external_id_items_item",
    "ItemsWithIgnoreUnknownIdsExternalIdObject": "items_with_ignore_unknown_ids_external_id_object",
    "ItemsWithIgnoreUnknownIdsReleaseId": "items_with_ignore_unknown_ids_release_id",
    "ItemsWithIgnoreUnknownIdsRequestId": "items_with_ignore_unknown_ids_request_id",
    "ItemsWithIgnoreUnknownTablename": "items_with_ignore_unknown_tablename",
    "ItemsWithIgnoreUnknownUsername": "items_with_ignore_unknown_username",
    "ItemsWithIgnoreUnknownUsername1": "items_with_ignore_unknown_username_1",
    "ItemsWithoutCursorTable": "items_without_cursor_table",
    "ItemsWithoutCursorTableCreated": "items_without_cursor_table_created",
    "ItemsWithoutCursorUser": "items_without_cursor_user",
    "Job": "job",
    "JobIdentifier": "job_identifier",
    "JobItem": "job_item",
    "JobItemStatus": "job_item_status",
    "JobLogEntry": "job_log_entry",
    "JobLogEntryType": "job_log_entry_type",
    "JobMetrics": "job_metrics",
    "JobRead": "job_read",
    "JobStatus": "job_status",
    "JobTargetStatus": "job_target_status",
    "JobUpdate": "job_update",
    "JobUpdateItem": "job_update_item",
    "JobsList": "jobs_list",
    "JsonConfig": "json_config",
    "JsonRpcError": "json_rpc_error",
    "JsonRpcRequest": "json_rpc_request",
    "JsonRpcRequestMethod": "json_rpc_request_method",
    "JsonRpcRequestParams": "json_rpc_request_params",
    "JsonRpcResponse": "json_rpc_response",
    "KafkaBroker": "kafka_broker",
    "KafkaJobConfig": "kafka_job_config",
    "KafkaSource": "kafka_source",
    "KeycloakIdp": "keycloak_idp",
    "Label": "label",
    "LabelContainsAllFilter": "label_contains_all_filter",
    "LabelContainsAnyFilter": "label_contains_any_filter",
    "LabelDefinition": "label_definition",
    "LabelDefinitionCreateList": "label_definition_create_list",
    "LabelDefinitionExternalId": "label_definition_external_id",
    "LabelDefinitionExternalIdList": "label_definition_external_id_list",
    "LabelDefinitionFilter": "label_definition_filter",
    "LabelDefinitionFilterFilter": "label_definition_filter_filter",
    "LabelDefinitionList": "label_definition_list",
    "LabelDefinitionListScope": "label_definition_list_scope",
    "LabelSelectByExternalId": "label_select_by_external_id",
    "LabelsAddRemove": "labels_add_remove",
    "LabelsIdsWithIgnoreUnknownIds": "labels_ids_with_ignore_unknown_ids",
    "LabelsSet": "labels_set",
    "LastUpdatedTimeFilter": "last_updated_time_filter",
    "LatestDataBeforeRequestQueryWithExternalId": "latest_data_before_request_query_with_external_id",
    "LatestDataBeforeRequestQueryWithInstanceId": "latest_data_before_request_query_with_instance_id",
    "LatestDataBeforeRequestQueryWithInternalId": "latest_data_before_request_query_with_internal_id",
    "LatestDataPropertyFilter": "latest_data_property_filter",
    "LegacyAggregationFields": "legacy_aggregation_fields",
    "LevelGaugeDetectionParameters": "level_gauge_detection_parameters",
    "LibrariesListResponse": "libraries_list_response",
    "LibrariesListWithCursorResponse": "libraries_list_with_cursor_response",
    "LibraryCreateDraft": "library_create_draft",
    "LibraryDto": "library_dto",
    "LibraryScope": "library_scope",
    "LibraryUpdateDraft": "library_update_draft",
    "LibraryUpdateItem": "library_update_item",
    "Limit": "limit",
    "LimitList": "limit_list",
    "LimitWithDefault10": "limit_with_default_10",
    "LimitWithDefault1000": "limit_with_default_1000",
    "LimitsAclAcl": "limits_acl_acl",
    "LimitsAclAction": "limits_acl_action",
    "LimitsAclScope": "limits_acl_scope",
    "LineString": "line_string",
    "LineageInfo": "lineage_info",
    "Link": "link",
    "LinkType": "link_type",
    "ListAdvancedJoinMatchesResponseSchema": "list_advanced_join_matches_response_schema",
    "ListAdvancedJoinsResponseSchema": "list_advanced_joins_response_schema",
    "ListAggregateCount": "list_aggregate_count",
    "ListConfigResponse": "list_config_response",
    "ListExecutionsFilter": "list_executions_filter",
    "ListExecutionsQuery": "list_executions_query",
    "ListJobResultRejectionsRequest": "list_job_result_rejections_request",
    "ListJobResultRejectionsWithCursorResponse": "list_job_result_rejections_with_cursor_response",
    "ListJobResultsRequest": "list_job_results_request",
    "ListJobResultsWithCursorResponse": "list_job_results_with_cursor_response",
    "ListJobsWithCursorResponse": "list_jobs_with_cursor_response",
    "ListOfAllVersionsReferences": "list_of_all_versions_references",
    "ListOfAllVersionsReferencesItemsItem": "list_of_all_versions_references_items_item",
    "ListOfContainerSubObjectIdentifierRequest": "list_of_container_sub_object_identifier_request",
    "ListOfContainerSubObjectIdentifierResponse": "list_of_container_sub_object_identifier_response",
    "ListOfContainerSubObjectIdentifierResponseItemsItem": "list_of_container_sub_object_identifier_response_items_item",
    "ListOfSpaceExternalIdsRequest": "list_of_space_external_ids_request",
    "ListOfSpaceExternalIdsRequestItemsItem": "list_of_space_external_ids_request_items_item",
    "ListOfSpaceExternalIdsRequestWithTyping": "list_of_space_external_ids_request_with_typing",
    "ListOfSpaceExternalIdsRequestWithTypingItemsItem": "list_of_space_external_ids_request_with_typing_items_item",
    "ListOfSpaceExternalIdsResponse": "list_of_space_external_ids_response",
    "ListOfSpaceExternalIdsResponseItemsItem": "list_of_space_external_ids_response_items_item",
    "ListOfSpaceIdsRequest": "list_of_space_ids_request",
    "ListOfSpaceIdsRequestItemsItem": "list_of_space_ids_request_items_item",
    "ListOfSpaceIdsResponse": "list_of_space_ids_response",
    "ListOfSpaceIdsResponseItemsItem": "list_of_space_ids_response_items_item",
    "ListOfVersionReferences": "list_of_version_references",
    "ListOfVersionReferencesItemsItem": "list_of_version_references_items_item",
    "ListSessionsStatus": "list_sessions_status",
    "ListSimulationRunDataItem": "list_simulation_run_data_item",
    "ListSimulationRunView": "list_simulation_run_view",
    "ListSimulationRunsFilters": "list_simulation_runs_filters",
    "ListSimulationRunsQuery": "list_simulation_runs_query",
    "ListSimulator": "list_simulator",
    "ListSimulatorIntegration": "list_simulator_integration",
    "ListSimulatorIntegrationsFilters": "list_simulator_integrations_filters",
    "ListSimulatorIntegrationsQuery": "list_simulator_integrations_query",
    "ListSimulatorLog": "list_simulator_log",
    "ListSimulatorModel": "list_simulator_model",
    "ListSimulatorModelRevision": "list_simulator_model_revision",
    "ListSimulatorModelRevisionDataView": "list_simulator_model_revision_data_view",
    "ListSimulatorModelRevisionsFilters": "list_simulator_model_revisions_filters",
    "ListSimulatorModelRevisionsQuery": "list_simulator_model_revisions_query",
    "ListSimulatorModelsFilters": "list_simulator_models_filters",
    "ListSimulatorModelsQuery": "list_simulator_models_query",
    "ListSimulatorRoutineBase": "list_simulator_routine_base",
    "ListSimulatorRoutineRevision": "list_simulator_routine_revision",
    "ListSimulatorRoutineRevisionsFilters": "list_simulator_routine_revisions_filters",
    "ListSimulatorRoutineRevisionsQuery": "list_simulator_routine_revisions_query",
    "ListSimulatorRoutinesFilters": "list_simulator_routines_filters",
    "ListSimulatorRoutinesQuery": "list_simulator_routines_query",
    "ListSimulatorsFilters": "list_simulators_filters",
    "ListSimulatorsQuery": "list_simulators_query",
    "ListStreamsResponse200": "list_streams_response_200",
    "ListSubscriptionDTO": "list_subscription_dto",
    "ListSubscriptionDTOWithCursor": "list_subscription_dto_with_cursor",
    "ListSubscriptionMemberDTOWithCursor": "list_subscription_member_dto_with_cursor",
    "ListVersionsFilter": "list_versions_filter",
    "ListVersionsQuery": "list_versions_query",
    "ListWithCursorSimulationRunView": "list_with_cursor_simulation_run_view",
    "ListWithCursorSimulatorModel": "list_with_cursor_simulator_model",
    "ListWithCursorSimulatorModelRevisionView": "list_with_cursor_simulator_model_revision_view",
    "ListWithCursorSimulatorRoutineBase": "list_with_cursor_simulator_routine_base",
    "ListWithCursorSimulatorRoutineRevision": "list_with_cursor_simulator_routine_revision",
    "ListWithCursorSimulatorRoutineRevisionView": "list_with_cursor_simulator_routine_revision_view",
    "ListWorkflowExecutionsResponse200": "list_workflow_executions_response_200",
    "ListWorkflowVersionsResponse200": "list_workflow_versions_response_200",
    "LocationAI": "location_ai",
    "LocationFilterAssetCentricBaseFilter": "location_filter_asset_centric_base_filter",
    "LocationFilterDataModel": "location_filter_data_model",
    "LocationFilterListResponse": "location_filter_list_response",
    "LocationFilterScene": "location_filter_scene",
    "LocationFilterView": "location_filter_view",
    "LocationFilterViewRepresentsEntity": "location_filter_view_represents_entity",
    "LocationFilterWrite": "location_filter_write",
    "LocationfiltersAclAcl": "locationfilters_acl_acl",
    "LocationfiltersAclAction": "locationfilters_acl_action",
    "LocationfiltersAclIdScope": "locationfilters_acl_id_scope",
    "LocationfiltersAclScopeAll": "locationfilters_acl_scope_all",
    "LocationfiltersAclScopeIdScope": "locationfilters_acl_scope_id_scope",
    "LoginSessionDto": "login_session_dto",
    "LoginSessionDtoStatus": "login_session_dto_status",
    "LoginSessionsListPaginatedDto": "login_sessions_list_paginated_dto",
    "MQTTJobConfig": "mqtt_job_config",
    "MapUpdateAddRemove": "map_update_add_remove",
    "MapUpdateAddRemoveAddType0": "map_update_add_remove_add_type_0",
    "MapUpdateSet": "map_update_set",
    "MapUpdateSetSetType0": "map_update_set_set_type_0",
    "MappingModel": "mapping_model",
    "MappingUpdateItem": "mapping_update_item",
    "MatchAllFilter": "match_all_filter",
    "MatchAllFilterMatchAll": "match_all_filter_match_all",
    "MatchCondition": "match_condition",
    "MatchConditionConfig": "match_condition_config",
    "MatchFieldsItem": "match_fields_item",
    "MatchOption0": "match_option_0",
    "MatchOption1": "match_option_1",
    "MatchOption2": "match_option_2",
    "MatchOption3": "match_option_3",
    "MatchRule": "match_rule",
    "MaxAggregate": "max_aggregate",
    "MaxAggregateFunctionV3": "max_aggregate_function_v3",
    "MaxAggregateFunctionV3Max": "max_aggregate_function_v3_max",
    "MaxAggregateIla": "max_aggregate_ila",
    "MaxAggregateIlaMax": "max_aggregate_ila_max",
    "MaxAggregateMax": "max_aggregate_max",
    "MaxAggregateResult": "max_aggregate_result",
    "MaxAggregateResultIla": "max_aggregate_result_ila",
    "MeasureMappedPercentageRequestSchema": "measure_mapped_percentage_request_schema",
    "MeasureMappedPercentageResponseSchema": "measure_mapped_percentage_response_schema",
    "MeasureMappedPercentageResponseSchemaItemsItem": "measure_mapped_percentage_response_schema_items_item",
    "MemoryRange": "memory_range",
    "MetaData": "meta_data",
    "Metadata": "metadata",
    "Metadata3D": "metadata_3d",
    "MetricCounter": "metric_counter",
    "MinAggregate": "min_aggregate",
    "MinAggregateFunctionV3": "min_aggregate_function_v3",
    "MinAggregateFunctionV3Min": "min_aggregate_function_v3_min",
    "MinAggregateIla": "min_aggregate_ila",
    "MinAggregateIlaMin": "min_aggregate_ila_min",
    "MinAggregateMin": "min_aggregate_min",
    "MinAggregateResult": "min_aggregate_result",
    "MinAggregateResultIla": "min_aggregate_result_ila",
    "MinMax": "min_max",
    "MinimalJob": "minimal_job",
    "MinimalJobMetadata": "minimal_job_metadata",
    "MinimalJobStatus": "minimal_job_status",
    "MinimalPreview": "minimal_preview",
    "MinimalPreviewFormat": "minimal_preview_format",
    "MissingField": "missing_field",
    "MissingFieldMissingFieldsItem": "missing_field_missing_fields_item",
    "Model3D": "model_3d",
    "Model3DList": "model_3d_list",
    "Model3DOutputResponseList": "model_3d_output_response_list",
    "Model3DOutputResponseListItemsItem": "model_3d_output_response_list_items_item",
    "Model3DWithCursorResponse": "model_3d_with_cursor_response",
    "Model3DWithRevisionInfo": "model_3d_with_revision_info",
    "Model3DWithRevisionInfoAndCursorResponse": "model_3d_with_revision_info_and_cursor_response",
    "ModelChangeByExternalId": "model_change_by_external_id",
    "ModelChangeById": "model_change_by_id",
    "ModelParameters": "model_parameters",
    "ModelPatch": "model_patch",
    "ModelPatchUpdate": "model_patch_update",
    "ModelType": "model_type",
    "ModifyOidcConfigurationUpdateDTO": "modify_oidc_configuration_update_dto",
    "ModifyReservedPrefix": "modify_reserved_prefix",
    "ModifyUserProfilesConfigurationDTO": "modify_user_profiles_configuration_dto",
    "MovingFunctionAggregateIla": "moving_function_aggregate_ila",
    "MovingFunctionAggregateIlaMovingFunction": "moving_function_aggregate_ila_moving_function",
    "MovingFunctionAggregateIlaMovingFunctionFunction": "moving_function_aggregate_ila_moving_function_function",
    "MovingFunctionAggregateResultIla": "moving_function_aggregate_result_ila",
    "MqttBrokerSource": "mqtt_broker_source",
    "MqttBrokerSourceAuthentication": "mqtt_broker_source_authentication",
    "MqttV3Source": "mqtt_v3_source",
    "MqttV5Source": "mqtt_v5_source",
    "MultiLineString": "multi_line_string",
    "MultiNextCursorV3": "multi_next_cursor_v3",
    "MultiPartUploadFileMetadata": "multi_part_upload_file_metadata",
    "MultiPoint": "multi_point",
    "MultiPolygon": "multi_polygon",
    "NameUpdateField": "name_update_field",
    "NewAnnotation": "new_annotation",
    "NewAnnotationRegion": "new_annotation_region",
    "NewConfigRevision": "new_config_revision",
    "NewExtpipeRun": "new_extpipe_run",
    "NewExtpipeRunStatus": "new_extpipe_run_status",
    "NewProjectListResponseDto": "new_project_list_response_dto",
    "NewProjectListResponseDtoItemsItem": "new_project_list_response_dto_items_item",
    "NewProjectResponseDto": "new_project_response_dto",
    "NewProjectSpec": "new_project_spec",
    "NextCursorData": "next_cursor_data",
    "NextUrlConfig": "next_url_config",
    "NoTimeoutWithResultsNotice": "no_timeout_with_results_notice",
    "Node": "node",
    "Node3D": "node_3d",
    "Node3DAssetMapping": "node_3d_asset_mapping",
    "Node3DId": "node_3d_id",
    "Node3DIds": "node_3d_ids",
    "Node3DList": "node_3d_list",
    "Node3DNameFilter": "node_3d_name_filter",
    "Node3DNameFilterBody": "node_3d_name_filter_body",
    "Node3DPropertyFilter": "node_3d_property_filter",
    "Node3DPropertyFilterBody": "node_3d_property_filter_body",
    "Node3DPropertyFilterProperties": "node_3d_property_filter_properties",
    "Node3DWithCursorResponse": "node_3d_with_cursor_response",
    "NodeAndEdgeCollectionResponseWithCursorV3": "node_and_edge_collection_response_with_cursor_v3",
    "NodeDefinition": "node_definition",
    "NodeDefinitionProperties": "node_definition_properties",
    "NodeOrEdgeDeleteRequest": "node_or_edge_delete_request",
    "NodeOrEdgeDeleteResponse": "node_or_edge_delete_response",
    "NodeOrEdgeListRequestV3": "node_or_edge_list_request_v3",
    "NodeProperties3D": "node_properties_3d",
    "NodeProperties3DAdditionalProperty": "node_properties_3d_additional_property",
    "NodeWrite": "node_write",
    "NodesWithBoundingBox": "nodes_with_bounding_box",
    "NodesWithBoundingBoxList": "nodes_with_bounding_box_list",
    "NonceCredentials": "nonce_credentials",
    "NotFoundResponse": "not_found_response",
    "NotFoundResponseError": "not_found_response_error",
    "NotFoundResponseExternalId": "not_found_response_external_id",
    "NotFoundResponseId": "not_found_response_id",
    "NotFoundResponseInstanceId": "not_found_response_instance_id",
    "NotFoundResponseWithoutInstanceId": "not_found_response_without_instance_id",
    "NotFoundResponseWithoutInstanceIdError": "not_found_response_without_instance_id_error",
    "NotFoundResponseWithoutInstanceIdExternalId": "not_found_response_without_instance_id_external_id",
    "NotFoundResponseWithoutInstanceIdId": "not_found_response_without_instance_id_id",
    "NotificationCreateWithExternalId": "notification_create_with_external_id",
    "NotificationCreateWithId": "notification_create_with_id",
    "NotificationRead": "notification_read",
    "NullableSinglePatchLongRemove": "nullable_single_patch_long_remove",
    "NullableSinglePatchLongSet": "nullable_single_patch_long_set",
    "NullableSinglePatchStringRemove": "nullable_single_patch_string_remove",
    "NullableSinglePatchStringSet": "nullable_single_patch_string_set",
    "NumberHistogramAggregate": "number_histogram_aggregate",
    "NumberHistogramAggregateIla": "number_histogram_aggregate_ila",
    "NumberHistogramAggregateIlaNumberHistogram": "number_histogram_aggregate_ila_number_histogram",
    "NumberHistogramAggregateIlaNumberHistogramHardBounds": "number_histogram_aggregate_ila_number_histogram_hard_bounds",
    "NumberHistogramAggregateNumberHistogram": "number_histogram_aggregate_number_histogram",
    "NumberHistogramAggregateResult": "number_histogram_aggregate_result",
    "NumberHistogramAggregateResultBucketsItem": "number_histogram_aggregate_result_buckets_item",
    "NumberHistogramAggregateResultIla": "number_histogram_aggregate_result_ila",
    "NumberHistogramAggregateResultIlaNumberHistogramBucketsItem": "number_histogram_aggregate_result_ila_number_histogram_buckets_item",
    "NumericAggregateFunctions": "numeric_aggregate_functions",
    "NumericAggregateFunctionsMaxDatapoint": "numeric_aggregate_functions_max_datapoint",
    "NumericAggregateFunctionsMinDatapoint": "numeric_aggregate_functions_min_datapoint",
    "ObjectPatchAddRemove": "object_patch_add_remove",
    "ObjectPatchAddRemoveAdd": "object_patch_add_remove_add",
    "ObjectPatchAddRemoveAsset": "object_patch_add_remove_asset",
    "ObjectPatchAddRemoveAssetAdd": "object_patch_add_remove_asset_add",
    "ObjectPatchAddRemoveDataSet": "object_patch_add_remove_data_set",
    "ObjectPatchAddRemoveDataSetAdd": "object_patch_add_remove_data_set_add",
    "ObjectPatchEventAddRemove": "object_patch_event_add_remove",
    "ObjectPatchEventAddRemoveAdd": "object_patch_event_add_remove_add",
    "ObjectPatchEventSet": "object_patch_event_set",
    "ObjectPatchEventSetSet": "object_patch_event_set_set",
    "ObjectPatchSet": "object_patch_set",
    "ObjectPatchSetAsset": "object_patch_set_asset",
    "ObjectPatchSetAssetSet": "object_patch_set_asset_set",
    "ObjectPatchSetDataSet": "object_patch_set_data_set",
    "ObjectPatchSetDataSetSet": "object_patch_set_data_set_set",
    "ObjectPatchSetSet": "object_patch_set_set",
    "OidcConfigurationDTO": "oidc_configuration_dto",
    "OidcConfigurationUpdateDTO": "oidc_configuration_update_dto",
    "OktaIdP": "okta_id_p",
    "OneDataDmsIdentifier": "one_data_dms_identifier",
    "OneOfFileIdOption0": "one_of_file_id_option_0",
    "OneOfFileIdOption1": "one_of_file_id_option_1",
    "OneOfFileIdOption2": "one_of_file_id_option_2",
    "OneOfIdExternalId": "one_of_id_external_id",
    "OneOfIdId": "one_of_id_id",
    "OptimizerJob": "optimizer_job",
    "OptimizerJobConfiguration": "optimizer_job_configuration",
    "OptimizerJobSource": "optimizer_job_source",
    "OrgUser": "org_user",
    "Organization": "organization",
    "OrganizationListResponse": "organization_list_response",
    "OrganizationRequestItem": "organization_request_item",
    "OrganizationResponseDto": "organization_response_dto",
    "OrganizationResponseItem": "organization_response_item",
    "OverlapsFilterV3": "overlaps_filter_v3",
    "OverlapsFilterV3Overlaps": "overlaps_filter_v3_overlaps",
    "PageRange": "page_range",
    "PagedEnrichedRelationshipResponseWrapper": "paged_enriched_relationship_response_wrapper",
    "PagedRelationshipResponseWrapper": "paged_relationship_response_wrapper",
    "ParameterizedPropertyValueV3": "parameterized_property_value_v3",
    "ParseStatus": "parse_status",
    "PartitionObject": "partition_object",
    "PartitionObjectLimited10": "partition_object_limited_10",
    "PassageDocument": "passage_document",
    "PassageSourceFile": "passage_source_file",
    "PatchConfirmedMatches": "patch_confirmed_matches",
    "PatchMatchRules": "patch_match_rules",
    "PatchModelParameters": "patch_model_parameters",
    "PatchPipelineDescription": "patch_pipeline_description",
    "PatchPipelineName": "patch_pipeline_name",
    "PatchPipelineReplacements": "patch_pipeline_replacements",
    "PatchPipelineScoreThreshold": "patch_pipeline_score_threshold",
    "PatchPipelineSources": "patch_pipeline_sources",
    "PatchPipelineTargets": "patch_pipeline_targets",
    "PatchRejectedMatches": "patch_rejected_matches",
    "PatchTrueMatches": "patch_true_matches",
    "Path": "path",
    "PathStyle": "path_style",
    "PathStyleFillRule": "path_style_fill_rule",
    "PathStyleStrokeLinecap": "path_style_stroke_linecap",
    "PathStyleStrokeLinejoin": "path_style_stroke_linejoin",
    "PathStylesDict": "path_styles_dict",
    "PathsDict": "paths_dict",
    "PeopleDetectionParameters": "people_detection_parameters",
    "PersistedObject": "persisted_object",
    "PersonalProtectiveEquipmentDetectionParameters": "personal_protective_equipment_detection_parameters",
    "PipelineConfigurationCad": "pipeline_configuration_cad",
    "PipelineConfigurationPointCloud": "pipeline_configuration_point_cloud",
    "PipelineConfigurationPointCloudIndexingOptions": "pipeline_configuration_point_cloud_indexing_options",
    "PipelineConfigurationPointCloudProcessTilesOptions": "pipeline_configuration_point_cloud_process_tiles_options",
    "PipelineCreateItem": "pipeline_create_item",
    "PipelineCreatedItem": "pipeline_created_item",
    "PipelineCreatedResponse": "pipeline_created_response",
    "PipelineCursoredListResponse": "pipeline_cursored_list_response",
    "PipelineListResponse": "pipeline_list_response",
    "PipelineMatch": "pipeline_match",
    "PipelineMatchMatchType": "pipeline_match_match_type",
    "PipelineMatchSource": "pipeline_match_source",
    "PipelineMatchTarget": "pipeline_match_target",
    "PipelineReplacementsItem": "pipeline_replacements_item",
    "PipelineResourceType": "pipeline_resource_type",
    "PipelineResponseItem": "pipeline_response_item",
    "PipelineResponseItemLastRun": "pipeline_response_item_last_run",
    "PipelineRunCursoredListResponse": "pipeline_run_cursored_list_response",
    "PipelineRunItem": "pipeline_run_item",
    "PipelineRunItemWithResults": "pipeline_run_item_with_results",
    "PipelineRunWithResultsResponse": "pipeline_run_with_results_response",
    "PipelineSourcesOption0": "pipeline_sources_option_0",
    "PipelineSourcesOption1": "pipeline_sources_option_1",
    "PipelineSourcesOption2": "pipeline_sources_option_2",
    "PipelineSourcesOption2EntitiesItem": "pipeline_sources_option_2_entities_item",
    "PipelineTargetsOption0": "pipeline_targets_option_0",
    "PipelineTargetsOption1": "pipeline_targets_option_1",
    "PipelineTargetsOption2": "pipeline_targets_option_2",
    "PipelineTargetsOption2EntitiesItem": "pipeline_targets_option_2_entities_item",
    "PipelineUpdateData": "pipeline_update_data",
    "PipelineUpdatedResponse": "pipeline_updated_response",
    "Point": "point",
    "PollRequest": "poll_request",
    "PollResponse": "poll_response",
    "PollResponseItemsItem": "poll_response_items_item",
    "PollResponseItemsItemInput": "poll_response_items_item_input",
    "PollResponseItemsItemOutput": "poll_response_items_item_output",
    "PollResponseItemsItemStatus": "poll_response_items_item_status",
    "Polygon": "polygon",
    "PostApiV1ProjectsProjectTransformationsCancelResponse200": "post_api_v1_projects_project_transformations_cancel_response_200",
    "PostApiV1ProjectsProjectTransformationsCancelResponse400": "post_api_v1_projects_project_transformations_cancel_response_400",
    "PostApiV1ProjectsProjectTransformationsCancelResponse400Error": "post_api_v1_projects_project_transformations_cancel_response_400_error",
    "PostApiV1ProjectsProjectTransformationsCancelResponse403": "post_api_v1_projects_project_transformations_cancel_response_403",
    "PostApiV1ProjectsProjectTransformationsCancelResponse403Error": "post_api_v1_projects_project_transformations_cancel_response_403_error",
    "PostDatapointNumericalDatapoint": "post_datapoint_numerical_datapoint",
    "PostDatapointStringDatapoint": "post_datapoint_string_datapoint",
    "PostFunctionSchedulesBody": "post_function_schedules_body",
    "PostFunctionsBody": "post_functions_body",
    "PostRowsFilesBody": "post_rows_files_body",
    "PostRowsFilesBodyFile": "post_rows_files_body_file",
    "PostSequenceColumnDTO": "post_sequence_column_dto",
    "PostSequenceColumnDTOMetadata": "post_sequence_column_dto_metadata",
    "PostSequenceDTO": "post_sequence_dto",
    "PostSequenceDTOMetadata": "post_sequence_dto_metadata",
    "PostTimeSeriesMetadataDTO": "post_time_series_metadata_dto",
    "PostVisionExtractBody": "post_vision_extract_body",
    "PrefixConfig": "prefix_config",
    "PrefixFilter": "prefix_filter",
    "PrefixFilterIla": "prefix_filter_ila",
    "PrefixFilterIlaPrefix": "prefix_filter_ila_prefix",
    "PrefixFilterPrefix": "prefix_filter_prefix",
    "PrefixFilterV3": "prefix_filter_v3",
    "PrefixFilterV3Prefix": "prefix_filter_v3_prefix",
    "PreviewResultError": "preview_result_error",
    "PreviewResultErrorKind": "preview_result_error_kind",
    "PreviewResultPayload": "preview_result_payload",
    "PreviewResultPayloadContext": "preview_result_payload_context",
    "PreviewResultPending": "preview_result_pending",
    "PrimitiveProperty": "primitive_property",
    "PrimitivePropertyType": "primitive_property_type",
    "PrimitivePropertyUnit": "primitive_property_unit",
    "PrincipalListByIdsRequestDto": "principal_list_by_ids_request_dto",
    "PrincipalType": "principal_type",
    "PrincipalsListPaginatedDto": "principals_list_paginated_dto",
    "PrincipalsListResponseDto": "principals_list_response_dto",
    "ProjectAssetMapping3DList": "project_asset_mapping_3d_list",
    "ProjectCreateRequest": "project_create_request",
    "ProjectCreationResponse": "project_creation_response",
    "ProjectDeletionReportState": "project_deletion_report_state",
    "ProjectDeletionReportStateNotCompleted": "project_deletion_report_state_not_completed",
    "ProjectInternalV0Response": "project_internal_v0_response",
    "ProjectIntervalV0ResponseDto": "project_interval_v0_response_dto",
    "ProjectListResponse": "project_list_response",
    "ProjectListResponseItemsItem": "project_list_response_items_item",
    "ProjectPendingDeletion": "project_pending_deletion",
    "ProjectResponse": "project_response",
    "ProjectResponseBody": "project_response_body",
    "ProjectResponseDto": "project_response_dto",
    "ProjectScopeAllProjects": "project_scope_all_projects",
    "ProjectScopeAllProjectsAllProjects": "project_scope_all_projects_all_projects",
    "ProjectScopeProjectsList": "project_scope_projects_list",
    "ProjectState": "project_state",
    "ProjectStatistics": "project_statistics",
    "ProjectUpdateObjectDTO": "project_update_object_dto",
    "ProjectWithAdminPropertiesResponse": "project_with_admin_properties_response",
    "ProjectsItem": "projects_item",
    "ProjectsPendingDeletionResponse": "projects_pending_deletion_response",
    "PropertySort": "property_sort",
    "PropertySortDirection": "property_sort_direction",
    "PropertySortV3": "property_sort_v3",
    "PropertySortV3Direction": "property_sort_v3_direction",
    "PropertySpecificTargetUnit": "property_specific_target_unit",
    "PropertySpecificTargetUnitUnitSystemName": "property_specific_target_unit_unit_system_name",
    "PropertyValueGroupV3": "property_value_group_v3",
    "ProtoFile": "proto_file",
    "ProtobufConfig": "protobuf_config",
    "QueryEdgeTableExpressionV3": "query_edge_table_expression_v3",
    "QueryEdgeTableExpressionV3Edges": "query_edge_table_expression_v3_edges",
    "QueryEdgeTableExpressionV3EdgesDirection": "query_edge_table_expression_v3_edges_direction",
    "QueryIntersectionTableExpressionV3": "query_intersection_table_expression_v3",
    "QueryNodeTableExpressionV3": "query_node_table_expression_v3",
    "QueryNodeTableExpressionV3Nodes": "query_node_table_expression_v3_nodes",
    "QueryNodeTableExpressionV3NodesDirection": "query_node_table_expression_v3_nodes_direction",
    "QueryParamAuthentication": "query_param_authentication",
    "QueryParameterConfig": "query_parameter_config",
    "QueryRequest": "query_request",
    "QueryRequestBody": "query_request_body",
    "QueryRequestCursors": "query_request_cursors",
    "QueryRequestParameters": "query_request_parameters",
    "QueryRequestSelect": "query_request_select",
    "QueryRequestWith": "query_request_with",
    "QueryResponse": "query_response",
    "QueryResponseItems": "query_response_items",
    "QueryResponseItemsAdditionalProperty": "query_response_items_additional_property",
    "QueryResponseNextCursor": "query_response_next_cursor",
    "QueryResponseTyping": "query_response_typing",
    "QueryResultsBody": "query_results_body",
    "QuerySelectV3": "query_select_v3",
    "QueryUnionAllTableExpressionV3": "query_union_all_table_expression_v3",
    "QueryUnionTableExpressionV3": "query_union_table_expression_v3",
    "RAWMatcher": "raw_matcher",
    "RangeFilterIla": "range_filter_ila",
    "RangeFilterIlaRange": "range_filter_ila_range",
    "RangeFilterV3": "range_filter_v3",
    "RangeFilterV3Range": "range_filter_v3_range",
    "RawDB": "raw_db",
    "RawDBRow": "raw_db_row",
    "RawDBRowColumns": "raw_db_row_columns",
    "RawDBRowInsert": "raw_db_row_insert",
    "RawDBRowInsertColumns": "raw_db_row_insert_columns",
    "RawDBRowKey": "raw_db_row_key",
    "RawDBTable": "raw_db_table",
    "RawDataSource": "raw_data_source",
    "RawPropertyValueListV3Option3": "raw_property_value_list_v3_option_3",
    "RawPropertyValueV3DirectRelation": "raw_property_value_v3_direct_relation",
    "RawPropertyValueV3Object": "raw_property_value_v3_object",
    "RawPropertyValueV3Type8Item": "raw_property_value_v3_type_8_item",
    "RawPropertyValueV3Type9Item": "raw_property_value_v3_type_9_item",
    "RawResponseItem": "raw_response_item",
    "RawResponseItemCore": "raw_response_item_core",
    "RawResponseItemCoreValue": "raw_response_item_core_value",
    "RawResponses": "raw_responses",
    "RawRowCSV": "raw_row_csv",
    "RawRowCSVRowsItemItem": "raw_row_csv_rows_item_item",
    "RawTable": "raw_table",
    "RawTableOptions": "raw_table_options",
    "RawTablesUpdateAddRemove": "raw_tables_update_add_remove",
    "RawTablesUpdateSet": "raw_tables_update_set",
    "Record": "record",
    "RecordContainerCreateDefinition": "record_container_create_definition",
    "RecordContainerPropertyCreateDefinition": "record_container_property_create_definition",
    "RecordContainerPropertyDefinition": "record_container_property_definition",
    "RecordContainerPropertyDefinitionOption3": "record_container_property_definition_option_3",
    "RecordContainerPropertyTypeDefinition": "record_container_property_type_definition",
    "RecordContainerTypeInformation": "record_container_type_information",
    "RecordCorePropertyCreateDefinition": "record_core_property_create_definition",
    "RecordCorePropertyCreateDefinitionOption3": "record_core_property_create_definition_option_3",
    "RecordData": "record_data",
    "RecordDelete": "record_delete",
    "RecordDirectNodeRelation": "record_direct_node_relation",
    "RecordDirectRelationPropertyType": "record_direct_relation_property_type",
    "RecordEnumPropertyType": "record_enum_property_type",
    "RecordEnumPropertyTypeValues": "record_enum_property_type_values",
    "RecordEnumValue": "record_enum_value",
    "RecordIncludeTyping": "record_include_typing",
    "RecordIngest": "record_ingest",
    "RecordOperationResult": "record_operation_result",
    "RecordOperationResultCode": "record_operation_result_code",
    "RecordPrimitivePropertyType": "record_primitive_property_type",
    "RecordPrimitivePropertyTypeType": "record_primitive_property_type_type",
    "RecordProperties": "record_properties",
    "RecordSpaceTypeInformation": "record_space_type_information",
    "RecordTargetUnits": "record_target_units",
    "RecordTargetUnitsProperties": "record_target_units_properties",
    "RecordTargetUnitsUnitSystemName": "record_target_units_unit_system_name",
    "RecordTextProperty": "record_text_property",
    "RecordTextPropertyType": "record_text_property_type",
    "RecordTypeInformation": "record_type_information",
    "RecordUnitReference": "record_unit_reference",
    "RecordsAggregationResponse": "records_aggregation_response",
    "RecordsDeleteResponse": "records_delete_response",
    "RecordsFilterResponse": "records_filter_response",
    "RecordsIngestResponse": "records_ingest_response",
    "RecordsPartialSuccessResponse": "records_partial_success_response",
    "RecordsPartialSuccessResponseError": "records_partial_success_response_error",
    "RecordsPartialSuccessResponseErrorCode": "records_partial_success_response_error_code",
    "RecordsSyncResponse": "records_sync_response",
    "ReducedLimit": "reduced_limit",
    "ReferenceAI": "reference_ai",
    "ReferenceByExternalId": "reference_by_external_id",
    "ReferenceById": "reference_by_id",
    "ReferencedPropertyValueV3": "referenced_property_value_v3",
    "RefreshSessionRequest": "refresh_session_request",
    "RegexExtractor": "regex_extractor",
    "RegexExtractorEntitySet": "regex_extractor_entity_set",
    "RejectedKey": "rejected_key",
    "Relationship": "relationship",
    "RelationshipRequestWrapper": "relationship_request_wrapper",
    "RelationshipResponse": "relationship_response",
    "RelationshipResponseWrapper": "relationship_response_wrapper",
    "RelationshipUpdate": "relationship_update",
    "RelationshipUpdateContent": "relationship_update_content",
    "RelationshipsAdvancedListRequest": "relationships_advanced_list_request",
    "Release": "release",
    "ReleaseId": "release_id",
    "RemoveClaimNames": "remove_claim_names",
    "RemoveField": "remove_field",
    "RemoveJobResultRejections": "remove_job_result_rejections",
    "RemoveOidcConfiguration": "remove_oidc_configuration",
    "RemoveReservedPrefix": "remove_reserved_prefix",
    "Request": "request",
    "RequestFull": "request_full",
    "RequestFullStatus": "request_full_status",
    "RequestIdWrapper": "request_id_wrapper",
    "RequestItem": "request_item",
    "RequestItemFull": "request_item_full",
    "RequestItemFullPayload": "request_item_full_payload",
    "RequestItemMinimal": "request_item_minimal",
    "RequestItemPayload": "request_item_payload",
    "RequestMinimal": "request_minimal",
    "RequestMinimalStatus": "request_minimal_status",
    "RequestStatus": "request_status",
    "RequiresConstraintCreateDefinition": "requires_constraint_create_definition",
    "RequiresConstraintDefinition": "requires_constraint_definition",
    "ResetReportRequest": "reset_report_request",
    "ResetReportRequestList": "reset_report_request_list",
    "ResetReportResponse": "reset_report_response",
    "ResourceReference": "resource_reference",
    "ResourceReferenceWithExternalId": "resource_reference_with_external_id",
    "ResourceType": "resource_type",
    "Response400ErrorResponse": "response_400_error_response",
    "Response422ErrorResponse": "response_422_error_response",
    "Response429ErrorResponse": "response_429_error_response",
    "RestInterval": "rest_interval",
    "RestJobConfig": "rest_job_config",
    "RestJobConfigHeaders": "rest_job_config_headers",
    "RestJobConfigMethod": "rest_job_config_method",
    "RestJobConfigQuery": "rest_job_config_query",
    "RestSource": "rest_source",
    "RestSourceScheme": "rest_source_scheme",
    "RestrictedItemListExternalIdRef": "restricted_item_list_external_id_ref",
    "ResultList": "result_list",
    "ResultWithType": "result_with_type",
    "RetryExecution": "retry_execution",
    "ReverseDirectRelationConnection": "reverse_direct_relation_connection",
    "ReverseDirectRelationConnectionConnectionType": "reverse_direct_relation_connection_connection_type",
    "ReverseDirectRelationConnectionRead": "reverse_direct_relation_connection_read",
    "ReverseLookupResourceReference": "reverse_lookup_resource_reference",
    "RevertConfigRequest": "revert_config_request",
    "Revision3D": "revision_3d",
    "Revision3DList": "revision_3d_list",
    "Revision3DStatus": "revision_3d_status",
    "Revision3DWithCursorResponse": "revision_3d_with_cursor_response",
    "RevisionCameraProperties": "revision_camera_properties",
    "RevisionLog3D": "revision_log_3d",
    "RevisionLog3DResponse": "revision_log_3d_response",
    "RevisionStatus": "revision_status",
    "RevisionStatusStatus": "revision_status_status",
    "RevokeLoginSessionsForUserPrincipalBody": "revoke_login_sessions_for_user_principal_body",
    "RevokeLoginSessionsForUserPrincipalBodyItemsItem": "revoke_login_sessions_for_user_principal_body_items_item",
    "RevokeSessionRequest": "revoke_session_request",
    "RevokeSessionRequestList": "revoke_session_request_list",
    "RockwellFormat": "rockwell_format",
    "RuleMatch": "rule_match",
    "RuleMatchSource": "rule_match_source",
    "RuleMatchTarget": "rule_match_target",
    "RuleSet": "rule_set",
    "RuleSetCreate": "rule_set_create",
    "RuleSetCreateRequest": "rule_set_create_request",
    "RuleSetDeleteRequest": "rule_set_delete_request",
    "RuleSetReference": "rule_set_reference",
    "RuleSetVersion": "rule_set_version",
    "RuleSetVersionCreate": "rule_set_version_create",
    "RuleSetVersionCreateRequest": "rule_set_version_create_request",
    "RuleSetVersionReference": "rule_set_version_reference",
    "RuleSetVersionsByIdsRequest": "rule_set_versions_by_ids_request",
    "RuleSetVersionsByIdsResponse": "rule_set_versions_by_ids_response",
    "RuleSetsByIdsRequest": "rule_sets_by_ids_request",
    "RuleSetsByIdsResponse": "rule_sets_by_ids_response",
    "RunAdvancedJoinRequestSchema": "run_advanced_join_request_schema",
    "RunAdvancedJoinResponseSchema": "run_advanced_join_response_schema",
    "RunIdRef": "run_id_ref",
    "RunPreviewResponse400": "run_preview_response_400",
    "RunPreviewResponse400Error": "run_preview_response_400_error",
    "RunPreviewResponse403": "run_preview_response_403",
    "RunPreviewResponse403Error": "run_preview_response_403_error",
    "RunTransformationResponse400": "run_transformation_response_400",
    "RunTransformationResponse400Error": "run_transformation_response_400_error",
    "RunTransformationResponse403": "run_transformation_response_403",
    "RunTransformationResponse403Error": "run_transformation_response_403_error",
    "RunsFilter": "runs_filter",
    "RunsFilterRequest": "runs_filter_request",
    "SAuthIdp": "s_auth_idp",
    "Schedule": "schedule",
    "ScheduleParametersWithExternalId": "schedule_parameters_with_external_id",
    "ScheduleParametersWithId": "schedule_parameters_with_id",
    "ScheduleUpdate": "schedule_update",
    "ScheduleUpdateField": "schedule_update_field",
    "ScheduleUpdateInterval": "schedule_update_interval",
    "SchemaMapping": "schema_mapping",
    "ScoreItem": "score_item",
    "Scores": "scores",
    "ScramSha256": "scram_sha_256",
    "ScramSha512": "scram_sha_512",
    "Search": "search",
    "SearchConfigView": "search_config_view",
    "SearchConfigViewPropertyItem": "search_config_view_property_item",
    "SearchConfigViewResponse": "search_config_view_response",
    "SearchConfigViewWrite": "search_config_view_write",
    "SearchFilter": "search_filter",
    "SearchFilterSearch": "search_filter_search",
    "SearchOperator": "search_operator",
    "SearchRequestV3": "search_request_v3",
    "SearchResponse": "search_response",
    "SearchSort": "search_sort",
    "SearchSortDirection": "search_sort_direction",
    "SecurityCategoryDTO": "security_category_dto",
    "SecurityCategoryResponse": "security_category_response",
    "SecurityCategorySpecDTO": "security_category_spec_dto",
    "SecurityCategoryWithCursorResponse": "security_category_with_cursor_response",
    "SegmentBoundingBox": "segment_bounding_box",
    "SegmentPoint": "segment_point",
    "SegmentPointLabel": "segment_point_label",
    "SelectiveExternalIDFilterNotice": "selective_external_id_filter_notice",
    "SequenceChangeDTO": "sequence_change_dto",
    "SequenceChangeDTOUpdate": "sequence_change_dto_update",
    "SequenceColumnChangeDTO": "sequence_column_change_dto",
    "SequenceColumnChangeDTOModifyItem": "sequence_column_change_dto_modify_item",
    "SequenceColumnChangeDTOModifyItemUpdate": "sequence_column_change_dto_modify_item_update",
    "SequenceColumnChangeDTORemoveItem": "sequence_column_change_dto_remove_item",
    "SequenceDataDeleteRequestDTO": "sequence_data_delete_request_dto",
    "SequenceDataInsertion": "sequence_data_insertion",
    "SequenceDataRequestDTO": "sequence_data_request_dto",
    "SequenceDataRequestSelectByExternalId": "sequence_data_request_select_by_external_id",
    "SequenceDataRequestSelectById": "sequence_data_request_select_by_id",
    "SequenceDeleteDataRequestSelectByExternalId": "sequence_delete_data_request_select_by_external_id",
    "SequenceDeleteDataRequestSelectById": "sequence_delete_data_request_select_by_id",
    "SequenceFilter": "sequence_filter",
    "SequenceFilterMetadata": "sequence_filter_metadata",
    "SequenceGetData": "sequence_get_data",
    "SequenceGetDataWithCursor": "sequence_get_data_with_cursor",
    "SequenceLatestDataRequestDTO": "sequence_latest_data_request_dto",
    "SequenceLatestDataRequestSelectByExternalId": "sequence_latest_data_request_select_by_external_id",
    "SequenceLatestDataRequestSelectById": "sequence_latest_data_request_select_by_id",
    "SequencePostDataSelectByExternalId": "sequence_post_data_select_by_external_id",
    "SequencePostDataSelectById": "sequence_post_data_select_by_id",
    "SequenceRowDTO": "sequence_row_dto",
    "SequenceRowDataSource": "sequence_row_data_source",
    "SequenceSearch": "sequence_search",
    "SequenceValueTypeEnum": "sequence_value_type_enum",
    "SequenceWithCursorResponse": "sequence_with_cursor_response",
    "SequencesAdvancedAggregateDTOSequencesCardinalityPropertiesAggregate": "sequences_advanced_aggregate_dto_sequences_cardinality_properties_aggregate",
    "SequencesAdvancedAggregateDTOSequencesCardinalityValuesAggregate": "sequences_advanced_aggregate_dto_sequences_cardinality_values_aggregate",
    "SequencesAdvancedAggregateDTOSequencesCountAggregate": "sequences_advanced_aggregate_dto_sequences_count_aggregate",
    "SequencesAdvancedAggregateDTOSequencesUniquePropertiesAggregate": "sequences_advanced_aggregate_dto_sequences_unique_properties_aggregate",
    "SequencesAdvancedAggregateDTOSequencesUniqueValuesAggregate": "sequences_advanced_aggregate_dto_sequences_unique_values_aggregate",
    "SequencesAdvancedAggregateDTOShared": "sequences_advanced_aggregate_dto_shared",
    "SequencesAdvancedListDTO": "sequences_advanced_list_dto",
    "SequencesAggregatePath": "sequences_aggregate_path",
    "SequencesAggregateProperties": "sequences_aggregate_properties",
    "SequencesAggregatePropertiesPropertiesItem": "sequences_aggregate_properties_properties_item",
    "SequencesBoolAggregateFilterAnd": "sequences_bool_aggregate_filter_and",
    "SequencesBoolAggregateFilterNot": "sequences_bool_aggregate_filter_not",
    "SequencesBoolAggregateFilterOr": "sequences_bool_aggregate_filter_or",
    "SequencesBoolFilterAnd": "sequences_bool_filter_and",
    "SequencesBoolFilterNot": "sequences_bool_filter_not",
    "SequencesBoolFilterOr": "sequences_bool_filter_or",
    "SequencesCardinalityPropertiesAggregate": "sequences_cardinality_properties_aggregate",
    "SequencesCardinalityPropertiesAggregateResponse": "sequences_cardinality_properties_aggregate_response",
    "SequencesCardinalityPropertiesAggregateResponseItemsItem": "sequences_cardinality_properties_aggregate_response_items_item",
    "SequencesCardinalityValuesAggregate": "sequences_cardinality_values_aggregate",
    "SequencesCardinalityValuesAggregateResponse": "sequences_cardinality_values_aggregate_response",
    "SequencesCardinalityValuesAggregateResponseItemsItem": "sequences_cardinality_values_aggregate_response_items_item",
    "SequencesContainsAllFilter": "sequences_contains_all_filter",
    "SequencesContainsAllFilterContainsAll": "sequences_contains_all_filter_contains_all",
    "SequencesContainsAnyFilter": "sequences_contains_any_filter",
    "SequencesContainsAnyFilterContainsAny": "sequences_contains_any_filter_contains_any",
    "SequencesCountAggregate": "sequences_count_aggregate",
    "SequencesCountAggregateResponse": "sequences_count_aggregate_response",
    "SequencesCountAggregateResponseItemsItem": "sequences_count_aggregate_response_items_item",
    "SequencesEqualsFilter": "sequences_equals_filter",
    "SequencesEqualsFilterEquals": "sequences_equals_filter_equals",
    "SequencesExistsFilter": "sequences_exists_filter",
    "SequencesExistsFilterExists": "sequences_exists_filter_exists",
    "SequencesInAggregateFilter": "sequences_in_aggregate_filter",
    "SequencesInAggregateFilterIn": "sequences_in_aggregate_filter_in",
    "SequencesInFilter": "sequences_in_filter",
    "SequencesInFilterIn": "sequences_in_filter_in",
    "SequencesPrefixAggregateFilter": "sequences_prefix_aggregate_filter",
    "SequencesPrefixAggregateFilterPrefix": "sequences_prefix_aggregate_filter_prefix",
    "SequencesPrefixFilter": "sequences_prefix_filter",
    "SequencesPrefixFilterPrefix": "sequences_prefix_filter_prefix",
    "SequencesRangeAggregateFilter": "sequences_range_aggregate_filter",
    "SequencesRangeAggregateFilterRange": "sequences_range_aggregate_filter_range",
    "SequencesRangeFilter": "sequences_range_filter",
    "SequencesRangeFilterRange": "sequences_range_filter_range",
    "SequencesSearchDTO": "sequences_search_dto",
    "SequencesSearchFilter": "sequences_search_filter",
    "SequencesSearchFilterSearch": "sequences_search_filter_search",
    "SequencesSort": "sequences_sort",
    "SequencesSortItem": "sequences_sort_item",
    "SequencesSortItemNulls": "sequences_sort_item_nulls",
    "SequencesSortItemOrder": "sequences_sort_item_order",
    "SequencesUniquePropertiesAggregate": "sequences_unique_properties_aggregate",
    "SequencesUniquePropertiesAggregateResponse": "sequences_unique_properties_aggregate_response",
    "SequencesUniquePropertiesAggregateResponseItemsItem": "sequences_unique_properties_aggregate_response_items_item",
    "SequencesUniquePropertiesAggregateResponseItemsItemValuesItem": "sequences_unique_properties_aggregate_response_items_item_values_item",
    "SequencesUniqueValuesAggregate": "sequences_unique_values_aggregate",
    "SequencesUniqueValuesAggregateResponse": "sequences_unique_values_aggregate_response",
    "SequencesUniqueValuesAggregateResponseItemsItem": "sequences_unique_values_aggregate_response_items_item",
    "SequencesUpdateByExternalId": "sequences_update_by_external_id",
    "SequencesUpdateById": "sequences_update_by_id",
    "ServiceAccountCreatorUser": "service_account_creator_user",
    "ServiceAccountDto": "service_account_dto",
    "ServicePrincipal": "service_principal",
    "Session": "session",
    "SessionByIds": "session_by_ids",
    "SessionCredentials": "session_credentials",
    "SessionInfo": "session_info",
    "SessionList": "session_list",
    "SessionReferenceIds": "session_reference_ids",
    "SessionReferenceIdsItemsItem": "session_reference_ids_items_item",
    "SessionStatus": "session_status",
    "SessionTokenResponse": "session_token_response",
    "SessionTypeType0": "session_type_type_0",
    "SessionsAclAcl": "sessions_acl_acl",
    "SessionsAclAction": "sessions_acl_action",
    "SessionsAclScopeAll": "sessions_acl_scope_all",
    "SetAssetSource": "set_asset_source",
    "SetBooleanField": "set_boolean_field",
    "SetClaimNames": "set_claim_names",
    "SetConfidence": "set_confidence",
    "SetDataSetDescription": "set_data_set_description",
    "SetDataSetId": "set_data_set_id",
    "SetDataSetIdObject": "set_data_set_id_object",
    "SetDataSetName": "set_data_set_name",
    "SetDescription": "set_description",
    "SetDirectRelationReference": "set_direct_relation_reference",
    "SetEndTime": "set_end_time",
    "SetEventSource": "set_event_source",
    "SetEventSubType": "set_event_sub_type",
    "SetEventType": "set_event_type",
    "SetExternalId": "set_external_id",
    "SetGeoLocation": "set_geo_location",
    "SetGroupCallbackEnabled": "set_group_callback_enabled",
    "SetIntegerField": "set_integer_field",
    "SetLongField": "set_long_field",
    "SetModelNameField": "set_model_name_field",
    "SetNullFlatOidcCredentialsUpdate": "set_null_flat_oidc_credentials_update",
    "SetNullLong": "set_null_long",
    "SetNullNonceCredentials": "set_null_nonce_credentials",
    "SetOidcConfigurationUpdateDTO": "set_oidc_configuration_update_dto",
    "SetRevisionCameraProperties": "set_revision_camera_properties",
    "SetRevisionRotation": "set_revision_rotation",
    "SetRevisionScale": "set_revision_scale",
    "SetRevisionTranslation": "set_revision_translation",
    "SetStartTime": "set_start_time",
    "SetStringField": "set_string_field",
    "SetUserProfilesConfigurationDTO": "set_user_profiles_configuration_dto",
    "SetValueConflictMode": "set_value_conflict_mode",
    "SetValueDataSource": "set_value_data_source",
    "SetValueFlatOidcCredentialsUpdate": "set_value_flat_oidc_credentials_update",
    "SetValueLong": "set_value_long",
    "SetValueNonceCredentials": "set_value_nonce_credentials",
    "SetValueSeqString": "set_value_seq_string",
    "SignalSeverity": "signal_severity",
    "SignalWrite": "signal_write",
    "SignalWriteSeverity": "signal_write_severity",
    "SignalsFilter": "signals_filter",
    "SignalsFilterTopic": "signals_filter_topic",
    "SignalsNotificationRead": "signals_notification_read",
    "SignificantHasDataFiltersNotice": "significant_has_data_filters_notice",
    "SignificantPostFilteringNotice": "significant_post_filtering_notice",
    "SimpleBasicAuthentication": "simple_basic_authentication",
    "SimpleBasicAuthenticationWrite": "simple_basic_authentication_write",
    "SimpleError": "simple_error",
    "SimulationInputOverride": "simulation_input_override",
    "SimulationRunCallbackCommand": "simulation_run_callback_command",
    "SimulationRunCommandByRoutine": "simulation_run_command_by_routine",
    "SimulationRunCommandByRoutineRevision": "simulation_run_command_by_routine_revision",
    "SimulationRunDataItem": "simulation_run_data_item",
    "SimulationRunStatus": "simulation_run_status",
    "SimulationRunType": "simulation_run_type",
    "SimulationRunView": "simulation_run_view",
    "SimulationValue": "simulation_value",
    "SimulationValueBase": "simulation_value_base",
    "SimulationValueType": "simulation_value_type",
    "SimulationValueUnit": "simulation_value_unit",
    "SimulationValueUnitInput": "simulation_value_unit_input",
    "SimulationValueUnitName": "simulation_value_unit_name",
    "SimulationValueUnitQuantity": "simulation_value_unit_quantity",
    "Simulator": "simulator",
    "SimulatorCreateCommand": "simulator_create_command",
    "SimulatorFileDependency": "simulator_file_dependency",
    "SimulatorFileDependencyArguments": "simulator_file_dependency_arguments",
    "SimulatorFileDependencyFileField": "simulator_file_dependency_file_field",
    "SimulatorInput": "simulator_input",
    "SimulatorInputsUnit": "simulator_inputs_unit",
    "SimulatorIntegration": "simulator_integration",
    "SimulatorIntegrationConnectorStatus": "simulator_integration_connector_status",
    "SimulatorIntegrationConnectorStatusUpdate": "simulator_integration_connector_status_update",
    "SimulatorIntegrationCreateCommand": "simulator_integration_create_command",
    "SimulatorIntegrationLicenseStatus": "simulator_integration_license_status",
    "SimulatorIntegrationLicenseStatusUpdate": "simulator_integration_license_status_update",
    "SimulatorIntegrationUpdate": "simulator_integration_update",
    "SimulatorIntegrationUpdateById": "simulator_integration_update_by_id",
    "SimulatorLog": "simulator_log",
    "SimulatorLogData": "simulator_log_data",
    "SimulatorLogDataListUpdateAdd": "simulator_log_data_list_update_add",
    "SimulatorLogSeverityLevel": "simulator_log_severity_level",
    "SimulatorLogUpdate": "simulator_log_update",
    "SimulatorLogUpdateCommand": "simulator_log_update_command",
    "SimulatorModel": "simulator_model",
    "SimulatorModelCreateCommand": "simulator_model_create_command",
    "SimulatorModelDependency": "simulator_model_dependency",
    "SimulatorModelDependencyField": "simulator_model_dependency_field",
    "SimulatorModelDependencyListUpdate": "simulator_model_dependency_list_update",
    "SimulatorModelRevision": "simulator_model_revision",
    "SimulatorModelRevisionCreateCommand": "simulator_model_revision_create_command",
    "SimulatorModelRevisionDataConnectionType": "simulator_model_revision_data_connection_type",
    "SimulatorModelRevisionDataFlowsheet": "simulator_model_revision_data_flowsheet",
    "SimulatorModelRevisionDataFlowsheetListUpdate": "simulator_model_revision_data_flowsheet_list_update",
    "SimulatorModelRevisionDataGraphicalObject": "simulator_model_revision_data_graphical_object",
    "SimulatorModelRevisionDataModelExternalId": "simulator_model_revision_data_model_external_id",
    "SimulatorModelRevisionDataObjectEdge": "simulator_model_revision_data_object_edge",
    "SimulatorModelRevisionDataObjectNode": "simulator_model_revision_data_object_node",
    "SimulatorModelRevisionDataPosition": "simulator_model_revision_data_position",
    "SimulatorModelRevisionDataProperty": "simulator_model_revision_data_property",
    "SimulatorModelRevisionDataPropertyReferenceObject": "simulator_model_revision_data_property_reference_object",
    "SimulatorModelRevisionDataThermodynamic": "simulator_model_revision_data_thermodynamic",
    "SimulatorModelRevisionDataUpdate": "simulator_model_revision_data_update",
    "SimulatorModelRevisionDataUpdateCommand": "simulator_model_revision_data_update_command",
    "SimulatorModelRevisionDataView": "simulator_model_revision_data_view",
    "SimulatorModelRevisionDataViewInfo": "simulator_model_revision_data_view_info",
    "SimulatorModelRevisionStatus": "simulator_model_revision_status",
    "SimulatorModelRevisionStatusUpdate": "simulator_model_revision_status_update",
    "SimulatorModelRevisionUpdate": "simulator_model_revision_update",
    "SimulatorModelRevisionUpdateCommand": "simulator_model_revision_update_command",
    "SimulatorModelRevisionView": "simulator_model_revision_view",
    "SimulatorModelType": "simulator_model_type",
    "SimulatorModelTypeListUpdate": "simulator_model_type_list_update",
    "SimulatorModelUpdate": "simulator_model_update",
    "SimulatorModelUpdateCommand": "simulator_model_update_command",
    "SimulatorObjectRef": "simulator_object_ref",
    "SimulatorQuantity": "simulator_quantity",
    "SimulatorQuantityListUpdate": "simulator_quantity_list_update",
    "SimulatorRoutineBase": "simulator_routine_base",
    "SimulatorRoutineConfigDisabled": "simulator_routine_config_disabled",
    "SimulatorRoutineConfiguration": "simulator_routine_configuration",
    "SimulatorRoutineConfigurationBase": "simulator_routine_configuration_base",
    "SimulatorRoutineConfigurationCreate": "simulator_routine_configuration_create",
    "SimulatorRoutineCreateCommand": "simulator_routine_create_command",
    "SimulatorRoutineDataSamplingEnabled": "simulator_routine_data_sampling_enabled",
    "SimulatorRoutineInputConstant": "simulator_routine_input_constant",
    "SimulatorRoutineInputTimeseries": "simulator_routine_input_timeseries",
    "SimulatorRoutineLogicalCheckEnabled": "simulator_routine_logical_check_enabled",
    "SimulatorRoutineOperator": "simulator_routine_operator",
    "SimulatorRoutineOutput": "simulator_routine_output",
    "SimulatorRoutineRevision": "simulator_routine_revision",
    "SimulatorRoutineRevisionCreateCommand": "simulator_routine_revision_create_command",
    "SimulatorRoutineRevisionView": "simulator_routine_revision_view",
    "SimulatorRoutineScheduleEnabled": "simulator_routine_schedule_enabled",
    "SimulatorRoutineStage": "simulator_routine_stage",
    "SimulatorRoutineSteadyStateDetectionEnabled": "simulator_routine_steady_state_detection_enabled",
    "SimulatorRoutineStepArgumentsCommand": "simulator_routine_step_arguments_command",
    "SimulatorRoutineStepArgumentsGet": "simulator_routine_step_arguments_get",
    "SimulatorRoutineStepArgumentsSet": "simulator_routine_step_arguments_set",
    "SimulatorRoutineStepCommand": "simulator_routine_step_command",
    "SimulatorRoutineStepGet": "simulator_routine_step_get",
    "SimulatorRoutineStepSet": "simulator_routine_step_set",
    "SimulatorRunsPollCommand": "simulator_runs_poll_command",
    "SimulatorStep": "simulator_step",
    "SimulatorStepField": "simulator_step_field",
    "SimulatorStepListUpdate": "simulator_step_list_update",
    "SimulatorStepOption": "simulator_step_option",
    "SimulatorTaskOutput": "simulator_task_output",
    "SimulatorTaskParameters": "simulator_task_parameters",
    "SimulatorTaskParametersSimulation": "simulator_task_parameters_simulation",
    "SimulatorUnitEntry": "simulator_unit_entry",
    "SimulatorUpdate": "simulator_update",
    "SimulatorUpdateCommand": "simulator_update_command",
    "SimulatorsAclAcl": "simulators_acl_acl",
    "SimulatorsAclAction": "simulators_acl_action",
    "SimulatorsAclScopeAll": "simulators_acl_scope_all",
    "SimulatorsAclScopeDatasetScope": "simulators_acl_scope_dataset_scope",
    "SingleItemIdRef": "single_item_id_ref",
    "SingleItemIdRefOrExternalIdRef": "single_item_id_ref_or_external_id_ref",
    "SingleItemRunIdRef": "single_item_run_id_ref",
    "SingleItemSimulationRunCallbackCommand": "single_item_simulation_run_callback_command",
    "SingleItemSimulationRunCommandByRoutineOrByRoutineRevision": "single_item_simulation_run_command_by_routine_or_by_routine_revision",
    "SingleItemSimulatorCreateCommand": "single_item_simulator_create_command",
    "SingleItemSimulatorIntegrationCreateCommand": "single_item_simulator_integration_create_command",
    "SingleItemSimulatorIntegrationUpdateById": "single_item_simulator_integration_update_by_id",
    "SingleItemSimulatorLogUpdateCommand": "single_item_simulator_log_update_command",
    "SingleItemSimulatorModelCreateCommand": "single_item_simulator_model_create_command",
    "SingleItemSimulatorModelRevisionCreateCommand": "single_item_simulator_model_revision_create_command",
    "SingleItemSimulatorModelRevisionDataModelExternalId": "single_item_simulator_model_revision_data_model_external_id",
    "SingleItemSimulatorModelRevisionDataUpdateCommand": "single_item_simulator_model_revision_data_update_command",
    "SingleItemSimulatorModelRevisionUpdateCommand": "single_item_simulator_model_revision_update_command",
    "SingleItemSimulatorModelUpdateCommand": "single_item_simulator_model_update_command",
    "SingleItemSimulatorRoutineCreateCommand": "single_item_simulator_routine_create_command",
    "SingleItemSimulatorRoutineRevisionCreateCommand": "single_item_simulator_routine_revision_create_command",
    "SingleItemSimulatorRunsPollCommand": "single_item_simulator_runs_poll_command",
    "SingleItemSimulatorUpdateCommand": "single_item_simulator_update_command",
    "SinglePatchBoolean": "single_patch_boolean",
    "SinglePatchDataModelingStatus": "single_patch_data_modeling_status",
    "SinglePatchDataProductVersionStatus": "single_patch_data_product_version_status",
    "SinglePatchIsOidcEnabled": "single_patch_is_oidc_enabled",
    "SinglePatchLeafProject": "single_patch_leaf_project",
    "SinglePatchParentProjectId": "single_patch_parent_project_id",
    "SinglePatchRequiredExternalId": "single_patch_required_external_id",
    "SinglePatchRequiredInternalId": "single_patch_required_internal_id",
    "SinglePatchRequiredModelDescription": "single_patch_required_model_description",
    "SinglePatchRequiredModelName": "single_patch_required_model_name",
    "SinglePatchRequiredName": "single_patch_required_name",
    "SinglePatchRequiredParentExternalId": "single_patch_required_parent_external_id",
    "SinglePatchRequiredString": "single_patch_required_string",
    "SinkType": "sink_type",
    "SlimEdgeDefinition": "slim_edge_definition",
    "SlimNodeAndEdgeCollectionResponse": "slim_node_and_edge_collection_response",
    "SlimNodeDefinition": "slim_node_definition",
    "Solution": "solution",
    "Sort": "sort",
    "SortByCreatedTime": "sort_by_created_time",
    "SortBySimulationTime": "sort_by_simulation_time",
    "SortNotBackedByIndexNotice": "sort_not_backed_by_index_notice",
    "SortProperty": "sort_property",
    "SortPropertyNulls": "sort_property_nulls",
    "SortPropertyOrder": "sort_property_order",
    "SortV3": "sort_v3",
    "SourceSelectorItem": "source_selector_item",
    "SourceSelectorV3Item": "source_selector_v3_item",
    "SourceSelectorWithoutPropertiesV3Item": "source_selector_without_properties_v3_item",
    "SourceSystem": "source_system",
    "SourceUpdateField": "source_update_field",
    "SourcesItem": "sources_item",
    "SpaceCollectionResponseV3": "space_collection_response_v3",
    "SpaceCollectionResponseWithCursor": "space_collection_response_with_cursor",
    "SpaceCreateCollection": "space_create_collection",
    "SpaceCreateDefinition": "space_create_definition",
    "SpaceDefinition": "space_definition",
    "SpaceStatistics": "space_statistics",
    "SpaceStatisticsResponseList": "space_statistics_response_list",
    "SpatialData": "spatial_data",
    "StartupRequest": "startup_request",
    "StateAggregateFunctions": "state_aggregate_functions",
    "StateAggregateFunctionsStateAggregatesItem": "state_aggregate_functions_state_aggregates_item",
    "Status": "status",
    "StatusSchema": "status_schema",
    "StrListUpdate": "str_list_update",
    "StreamCreateConflict": "stream_create_conflict",
    "StreamCreateConflictError": "stream_create_conflict_error",
    "StreamCreateConflictItem": "stream_create_conflict_item",
    "StreamDeleteItem": "stream_delete_item",
    "StreamDeleteRequest": "stream_delete_request",
    "StreamLifecycleSettings": "stream_lifecycle_settings",
    "StreamLimit": "stream_limit",
    "StreamLimitSettings": "stream_limit_settings",
    "StreamRequestItem": "stream_request_item",
    "StreamResponse": "stream_response",
    "StreamResponseItem": "stream_response_item",
    "StreamResponseItemSettings": "stream_response_item_settings",
    "StreamResponseItemType": "stream_response_item_type",
    "StringFilter": "string_filter",
    "StringValue": "string_value",
    "SubscriptionDTO": "subscription_dto",
    "SubscriptionFilterRequest": "subscription_filter_request",
    "SubscriptionFilterUpdate": "subscription_filter_update",
    "SubscriptionFilterUpdateSeverity": "subscription_filter_update_severity",
    "SubscriptionMemberDTO": "subscription_member_dto",
    "SubscriptionRead": "subscription_read",
    "SubscriptionUpdateItem": "subscription_update_item",
    "SubscriptionUpdateItemUpdate": "subscription_update_item_update",
    "SubscriptionUpdateItemUpdateFilter": "subscription_update_item_update_filter",
    "SubscriptionWrite": "subscription_write",
    "SubscriptionsByIdsRequest": "subscriptions_by_ids_request",
    "SubscriptionsByIdsRequestItemsItem": "subscriptions_by_ids_request_items_item",
    "SubscriptionsCreateRequest": "subscriptions_create_request",
    "SubscriptionsCreateRequestItemsItem": "subscriptions_create_request_items_item",
    "SubscriptionsDataPartitionRequestDTO": "subscriptions_data_partition_request_dto",
    "SubscriptionsDataUpdateResponseDTO": "subscriptions_data_update_response_dto",
    "SubscriptionsDeleteRequest": "subscriptions_delete_request",
    "SubscriptionsDeleteRequestItemsItem": "subscriptions_delete_request_items_item",
    "SubscriptionsListDataRequest": "subscriptions_list_data_request",
    "SubscriptionsListDataResponse": "subscriptions_list_data_response",
    "SubscriptionsListDataResponsePartitionsItem": "subscriptions_list_data_response_partitions_item",
    "SubscriptionsListDataResponseSubscriptionChanges": "subscriptions_list_data_response_subscription_changes",
    "SubscriptionsUpdateRequest": "subscriptions_update_request",
    "SubscriptionsUpdateRequestAddOrRemoveTimeSeries": "subscriptions_update_request_add_or_remove_time_series",
    "SubscriptionsUpdateRequestAddOrRemoveTimeSeries2": "subscriptions_update_request_add_or_remove_time_series_2",
    "SubscriptionsUpdateRequestItemsItem": "subscriptions_update_request_items_item",
    "SubscriptionsUpdateRequestItemsItemUpdate": "subscriptions_update_request_items_item_update",
    "SubscriptionsUpdateRequestItemsItemUpdateFilter": "subscriptions_update_request_items_item_update_filter",
    "SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries": "subscriptions_update_request_replace_the_entire_list_of_time_series",
    "SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries2": "subscriptions_update_request_replace_the_entire_list_of_time_series_2",
    "SubworkflowTaskParameters": "subworkflow_task_parameters",
    "SubworkflowTaskParametersOption1": "subworkflow_task_parameters_option_1",
    "SubworkflowTaskParametersTasks": "subworkflow_task_parameters_tasks",
    "SuggestImprovementsRequestSchema": "suggest_improvements_request_schema",
    "SuggestImprovementsResponseSchema": "suggest_improvements_response_schema",
    "SuggestedRule": "suggested_rule",
    "SumAggregate": "sum_aggregate",
    "SumAggregateFunctionV3": "sum_aggregate_function_v3",
    "SumAggregateFunctionV3Sum": "sum_aggregate_function_v3_sum",
    "SumAggregateIla": "sum_aggregate_ila",
    "SumAggregateIlaSum": "sum_aggregate_ila_sum",
    "SumAggregateResult": "sum_aggregate_result",
    "SumAggregateResultIla": "sum_aggregate_result_ila",
    "SumAggregateSum": "sum_aggregate_sum",
    "SupportedTopics": "supported_topics",
    "SvgData": "svg_data",
    "SymbolCreateDraft": "symbol_create_draft",
    "SymbolDto": "symbol_dto",
    "SymbolUpdateDraft": "symbol_update_draft",
    "SymbolUpdateItem": "symbol_update_item",
    "SymbolsListResponse": "symbols_list_response",
    "SymbolsListWithCursorResponse": "symbols_list_with_cursor_response",
    "SyncEdgeTableExpressionV3": "sync_edge_table_expression_v3",
    "SyncEdgeTableExpressionV3Edges": "sync_edge_table_expression_v3_edges",
    "SyncEdgeTableExpressionV3EdgesDirection": "sync_edge_table_expression_v3_edges_direction",
    "SyncMode": "sync_mode",
    "SyncNodeTableExpressionV3": "sync_node_table_expression_v3",
    "SyncNodeTableExpressionV3Nodes": "sync_node_table_expression_v3_nodes",
    "SyncNodeTableExpressionV3NodesDirection": "sync_node_table_expression_v3_nodes_direction",
    "SyncRecord": "sync_record",
    "SyncRecordProperties": "sync_record_properties",
    "SyncRecordStatus": "sync_record_status",
    "SyncRecordsRequest": "sync_records_request",
    "SyncRequest": "sync_request",
    "SyncRequestCursors": "sync_request_cursors",
    "SyncRequestParameters": "sync_request_parameters",
    "SyncRequestSelect": "sync_request_select",
    "SyncRequestWith": "sync_request_with",
    "SyncResponse": "sync_response",
    "SyncSelectV3": "sync_select_v3",
    "SynonymEntry": "synonym_entry",
    "SyntheticDataError": "synthetic_data_error",
    "SyntheticDataValue": "synthetic_data_value",
    "SyntheticMultiQuery": "synthetic_multi_query",
    "SyntheticQuery": "synthetic_query",
    "SyntheticQueryResponse": "synthetic_query_response",
    "SyntheticQueryResponses": "synthetic_query_responses",
    "Table": "table",
    "TableCreated": "table_created",
    "TableCreatedType": "table_created_type",
    "TableExpressionChainToDefinition": "table_expression_chain_to_definition",
    "TableExpressionContainsAllFilterV3": "table_expression_contains_all_filter_v3",
    "TableExpressionContainsAllFilterV3ContainsAll": "table_expression_contains_all_filter_v3_contains_all",
    "TableExpressionContainsAnyFilterV3": "table_expression_contains_any_filter_v3",
    "TableExpressionContainsAnyFilterV3ContainsAny": "table_expression_contains_any_filter_v3_contains_any",
    "TableExpressionDataModelsBoolFilterAnd": "table_expression_data_models_bool_filter_and",
    "TableExpressionDataModelsBoolFilterNot": "table_expression_data_models_bool_filter_not",
    "TableExpressionDataModelsBoolFilterOr": "table_expression_data_models_bool_filter_or",
    "TableExpressionEqualsFilterV3": "table_expression_equals_filter_v3",
    "TableExpressionEqualsFilterV3Equals": "table_expression_equals_filter_v3_equals",
    "TableExpressionInFilterV3": "table_expression_in_filter_v3",
    "TableExpressionInFilterV3In": "table_expression_in_filter_v3_in",
    "TableExpressionOverlapsFilterV3": "table_expression_overlaps_filter_v3",
    "TableExpressionOverlapsFilterV3Overlaps": "table_expression_overlaps_filter_v3_overlaps",
    "TableExpressionPrefixFilterV3": "table_expression_prefix_filter_v3",
    "TableExpressionPrefixFilterV3Prefix": "table_expression_prefix_filter_v3_prefix",
    "TableExpressionRangeFilterV3": "table_expression_range_filter_v3",
    "TableExpressionRangeFilterV3Range": "table_expression_range_filter_v3_range",
    "TableType": "table_type",
    "TablenameWrapper": "tablename_wrapper",
    "TargetUnit": "target_unit",
    "TargetsItem": "targets_item",
    "Task": "task",
    "TaskDefinition": "task_definition",
    "TaskDefinitionOnFailure": "task_definition_on_failure",
    "TaskDepends": "task_depends",
    "TaskExecution": "task_execution",
    "TaskExecutionStatus": "task_execution_status",
    "TaskHistoryWithErrors": "task_history_with_errors",
    "TaskLineage": "task_lineage",
    "TaskType": "task_type",
    "TaskUpdate": "task_update",
    "TaskUpdateBase": "task_update_base",
    "TaskUpdateType": "task_update_type",
    "TextDetectionParameters": "text_detection_parameters",
    "TextProperty": "text_property",
    "TextPropertyCollation": "text_property_collation",
    "ThroughReference": "through_reference",
    "TimeHistogramAggregateIla": "time_histogram_aggregate_ila",
    "TimeHistogramAggregateIlaTimeHistogram": "time_histogram_aggregate_ila_time_histogram",
    "TimeHistogramAggregateIlaTimeHistogramCalendarInterval": "time_histogram_aggregate_ila_time_histogram_calendar_interval",
    "TimeHistogramAggregateIlaTimeHistogramHardBounds": "time_histogram_aggregate_ila_time_histogram_hard_bounds",
    "TimeHistogramAggregateResultIla": "time_histogram_aggregate_result_ila",
    "TimeHistogramAggregateResultIlaTimeHistogramBucketsItem": "time_histogram_aggregate_result_ila_time_histogram_buckets_item",
    "TimeSeriesAdvancedAggregateDTOShared": "time_series_advanced_aggregate_dto_shared",
    "TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityPropertiesAggregate": "time_series_advanced_aggregate_dto_time_series_cardinality_properties_aggregate",
    "TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityValuesAggregate": "time_series_advanced_aggregate_dto_time_series_cardinality_values_aggregate",
    "TimeSeriesAdvancedAggregateDTOTimeSeriesCountAggregate": "time_series_advanced_aggregate_dto_time_series_count_aggregate",
    "TimeSeriesAdvancedAggregateDTOTimeSeriesUniquePropertiesAggregate": "time_series_advanced_aggregate_dto_time_series_unique_properties_aggregate",
    "TimeSeriesAdvancedAggregateDTOTimeSeriesUniqueValuesAggregate": "time_series_advanced_aggregate_dto_time_series_unique_values_aggregate",
    "TimeSeriesAggregateDTO": "time_series_aggregate_dto",
    "TimeSeriesAggregatePath": "time_series_aggregate_path",
    "TimeSeriesAggregateProperties": "time_series_aggregate_properties",
    "TimeSeriesAggregatePropertiesPropertiesItem": "time_series_aggregate_properties_properties_item",
    "TimeSeriesBoolAggregateFilterAnd": "time_series_bool_aggregate_filter_and",
    "TimeSeriesBoolAggregateFilterNot": "time_series_bool_aggregate_filter_not",
    "TimeSeriesBoolAggregateFilterOr": "time_series_bool_aggregate_filter_or",
    "TimeSeriesBoolFilterAnd": "time_series_bool_filter_and",
    "TimeSeriesBoolFilterNot": "time_series_bool_filter_not",
    "TimeSeriesBoolFilterOr": "time_series_bool_filter_or",
    "TimeSeriesCardinalityPropertiesAggregate": "time_series_cardinality_properties_aggregate",
    "TimeSeriesCardinalityPropertiesAggregateResponse": "time_series_cardinality_properties_aggregate_response",
    "TimeSeriesCardinalityPropertiesAggregateResponseItemsItem": "time_series_cardinality_properties_aggregate_response_items_item",
    "TimeSeriesCardinalityValuesAggregate": "time_series_cardinality_values_aggregate",
    "TimeSeriesCardinalityValuesAggregateResponse": "time_series_cardinality_values_aggregate_response",
    "TimeSeriesCardinalityValuesAggregateResponseItemsItem": "time_series_cardinality_values_aggregate_response_items_item",
    "TimeSeriesContainsAllFilter": "time_series_contains_all_filter",
    "TimeSeriesContainsAllFilterContainsAll": "time_series_contains_all_filter_contains_all",
    "TimeSeriesContainsAnyFilter": "time_series_contains_any_filter",
    "TimeSeriesContainsAnyFilterContainsAny": "time_series_contains_any_filter_contains_any",
    "TimeSeriesCountAggregate": "time_series_count_aggregate",
    "TimeSeriesCountAggregateResponse": "time_series_count_aggregate_response",
    "TimeSeriesCountAggregateResponseItemsItem": "time_series_count_aggregate_response_items_item",
    "TimeSeriesCreateRequest": "time_series_create_request",
    "TimeSeriesEqualsFilter": "time_series_equals_filter",
    "TimeSeriesEqualsFilterEquals": "time_series_equals_filter_equals",
    "TimeSeriesExistsFilter": "time_series_exists_filter",
    "TimeSeriesExistsFilterExists": "time_series_exists_filter_exists",
    "TimeSeriesInAggregateFilter": "time_series_in_aggregate_filter",
    "TimeSeriesInAggregateFilterIn": "time_series_in_aggregate_filter_in",
    "TimeSeriesInFilter": "time_series_in_filter",
    "TimeSeriesInFilterIn": "time_series_in_filter_in",
    "TimeSeriesListDTO": "time_series_list_dto",
    "TimeSeriesLookupById": "time_series_lookup_by_id",
    "TimeSeriesLookupByIdQueryWithExternalId": "time_series_lookup_by_id_query_with_external_id",
    "TimeSeriesLookupByIdQueryWithInstanceId": "time_series_lookup_by_id_query_with_instance_id",
    "TimeSeriesLookupByIdQueryWithInternalId": "time_series_lookup_by_id_query_with_internal_id",
    "TimeSeriesLookupByIdWithoutInstanceId": "time_series_lookup_by_id_without_instance_id",
    "TimeSeriesLookupByIdWithoutInstanceIdQueryWithExternalId": "time_series_lookup_by_id_without_instance_id_query_with_external_id",
    "TimeSeriesLookupByIdWithoutInstanceIdQueryWithInternalId": "time_series_lookup_by_id_without_instance_id_query_with_internal_id",
    "TimeSeriesMetadata": "time_series_metadata",
    "TimeSeriesPatch": "time_series_patch",
    "TimeSeriesPatchDM": "time_series_patch_dm",
    "TimeSeriesPatchDMUpdate": "time_series_patch_dm_update",
    "TimeSeriesPatchUpdate": "time_series_patch_update",
    "TimeSeriesPrefixAggregateFilter": "time_series_prefix_aggregate_filter",
    "TimeSeriesPrefixAggregateFilterPrefix": "time_series_prefix_aggregate_filter_prefix",
    "TimeSeriesPrefixFilter": "time_series_prefix_filter",
    "TimeSeriesPrefixFilterPrefix": "time_series_prefix_filter_prefix",
    "TimeSeriesRangeAggregateFilter": "time_series_range_aggregate_filter",
    "TimeSeriesRangeAggregateFilterRange": "time_series_range_aggregate_filter_range",
    "TimeSeriesRangeFilter": "time_series_range_filter",
    "TimeSeriesRangeFilterRange": "time_series_range_filter_range",
    "TimeSeriesSearchDTO": "time_series_search_dto",
    "TimeSeriesSearchFilter": "time_series_search_filter",
    "TimeSeriesSearchFilterSearch": "time_series_search_filter_search",
    "TimeSeriesSort": "time_series_sort",
    "TimeSeriesSortItem": "time_series_sort_item",
    "TimeSeriesSortItemNulls": "time_series_sort_item_nulls",
    "TimeSeriesSortItemOrder": "time_series_sort_item_order",
    "TimeSeriesStateSet": "time_series_state_set",
    "TimeSeriesUniquePropertiesAggregate": "time_series_unique_properties_aggregate",
    "TimeSeriesUniquePropertiesAggregateResponse": "time_series_unique_properties_aggregate_response",
    "TimeSeriesUniquePropertiesAggregateResponseItemsItem": "time_series_unique_properties_aggregate_response_items_item",
    "TimeSeriesUniquePropertiesAggregateResponseItemsItemValuesItem": "time_series_unique_properties_aggregate_response_items_item_values_item",
    "TimeSeriesUniqueValuesAggregate": "time_series_unique_values_aggregate",
    "TimeSeriesUniqueValuesAggregateResponse": "time_series_unique_values_aggregate_response",
    "TimeSeriesUniqueValuesAggregateResponseItemsItem": "time_series_unique_values_aggregate_response_items_item",
    "TimeSeriesUpdateByExternalId": "time_series_update_by_external_id",
    "TimeSeriesUpdateById": "time_series_update_by_id",
    "TimeSeriesUpdateByInstanceId": "time_series_update_by_instance_id",
    "TimeSeriesUpdateRequest": "time_series_update_request",
    "TokenInspectionResponse": "token_inspection_response",
    "TransformBlockedInfo": "transform_blocked_info",
    "TransformationAdvancedList": "transformation_advanced_list",
    "TransformationCogniteExternalId": "transformation_cognite_external_id",
    "TransformationCogniteInternalId": "transformation_cognite_internal_id",
    "TransformationCreate": "transformation_create",
    "TransformationFilter": "transformation_filter",
    "TransformationFilterDestinationType": "transformation_filter_destination_type",
    "TransformationJobStatus": "transformation_job_status",
    "TransformationRead": "transformation_read",
    "TransformationRunWithExternalId": "transformation_run_with_external_id",
    "TransformationRunWithId": "transformation_run_with_id",
    "TransformationTaskOutput": "transformation_task_output",
    "TransformationTaskParameters": "transformation_task_parameters",
    "TransformationTaskParametersTransformation": "transformation_task_parameters_transformation",
    "TransformationTaskParametersTransformationConcurrencyPolicy": "transformation_task_parameters_transformation_concurrency_policy",
    "TransformationUpdate": "transformation_update",
    "TransformationUpdateName": "transformation_update_name",
    "TriggerRunOfSpecificVersionOfWorkflowBody": "trigger_run_of_specific_version_of_workflow_body",
    "TriggerView": "trigger_view",
    "TypeInformation": "type_information",
    "TypeInformationOuter": "type_information_outer",
    "TypingViewOrContainer": "typing_view_or_container",
    "UnindexedThroughNotice": "unindexed_through_notice",
    "UniqueValuesAggregate": "unique_values_aggregate",
    "UniqueValuesAggregateIla": "unique_values_aggregate_ila",
    "UniqueValuesAggregateIlaUniqueValues": "unique_values_aggregate_ila_unique_values",
    "UniqueValuesAggregateResult": "unique_values_aggregate_result",
    "UniqueValuesAggregateResultBucketsItem": "unique_values_aggregate_result_buckets_item",
    "UniqueValuesAggregateResultIla": "unique_values_aggregate_result_ila",
    "UniqueValuesAggregateResultIlaUniqueValueBucketsItem": "unique_values_aggregate_result_ila_unique_value_buckets_item",
    "UniqueValuesAggregateUniqueValues": "unique_values_aggregate_unique_values",
    "UniqueValuesShared": "unique_values_shared",
    "UniqueValuesWithFields": "unique_values_with_fields",
    "UniqueValuesWithProperties": "unique_values_with_properties",
    "UniquenessConstraintCreateDefinition": "uniqueness_constraint_create_definition",
    "UniquenessConstraintDefinition": "uniqueness_constraint_definition",
    "Unit": "unit",
    "UnitConversion": "unit_conversion",
    "UnitReference": "unit_reference",
    "UnitSystem": "unit_system",
    "UnitSystemQuantity": "unit_system_quantity",
    "UnitSystemReference": "unit_system_reference",
    "UnprocessableRecords": "unprocessable_records",
    "UnprocessableRecordsError": "unprocessable_records_error",
    "UnprocessableRecordsErrorDuplicatedItem": "unprocessable_records_error_duplicated_item",
    "UpdateAdvancedJoinMatchersRequestSchema": "update_advanced_join_matchers_request_schema",
    "UpdateArrayString": "update_array_string",
    "UpdateDestination": "update_destination",
    "UpdateEntitiesRequest": "update_entities_request",
    "UpdateEventHubSource": "update_event_hub_source",
    "UpdateEventHubSourceAuthentication": "update_event_hub_source_authentication",
    "UpdateEventHubSourceEventHubName": "update_event_hub_source_event_hub_name",
    "UpdateEventHubSourceItem": "update_event_hub_source_item",
    "UpdateEventHubSourceKeyName": "update_event_hub_source_key_name",
    "UpdateEventHubSourceKeyValue": "update_event_hub_source_key_value",
    "UpdateEventHubSourceSet": "update_event_hub_source_set",
    "UpdateFormat": "update_format",
    "UpdateGeometriesRequest": "update_geometries_request",
    "UpdateHostedExtractorsSubscriptionFilter": "update_hosted_extractors_subscription_filter",
    "UpdateIntegration": "update_integration",
    "UpdateIntegrationItem": "update_integration_item",
    "UpdateItemAuthCertificate": "update_item_auth_certificate",
    "UpdateItemCACertificate": "update_item_ca_certificate",
    "UpdateItemCustomMapping": "update_item_custom_mapping",
    "UpdateItemDataSetId": "update_item_data_set_id",
    "UpdateItemDescription": "update_item_description",
    "UpdateItemDestinationId": "update_item_destination_id",
    "UpdateItemHost": "update_item_host",
    "UpdateItemInputConfig": "update_item_input_config",
    "UpdateItemJobConfig": "update_item_job_config",
    "UpdateItemJobTargetStatus": "update_item_job_target_status",
    "UpdateItemKafkaAuthentication": "update_item_kafka_authentication",
    "UpdateItemKafkaBrokers": "update_item_kafka_brokers",
    "UpdateItemMqttAuthentication": "update_item_mqtt_authentication",
    "UpdateItemName": "update_item_name",
    "UpdateItemPartitions": "update_item_partitions",
    "UpdateItemPort": "update_item_port",
    "UpdateItemRestScheme": "update_item_rest_scheme",
    "UpdateItemRestSchemeSet": "update_item_rest_scheme_set",
    "UpdateItemSessionCredentials": "update_item_session_credentials",
    "UpdateItemSessionCredentialsObject": "update_item_session_credentials_object",
    "UpdateItemSourceId": "update_item_source_id",
    "UpdateItemWithExternalIdScheduleUpdate": "update_item_with_external_id_schedule_update",
    "UpdateItemWithExternalIdTransformationUpdate": "update_item_with_external_id_transformation_update",
    "UpdateItemWithIdScheduleUpdate": "update_item_with_id_schedule_update",
    "UpdateItemWithIdTransformationUpdate": "update_item_with_id_transformation_update",
    "UpdateKafkaSource": "update_kafka_source",
    "UpdateKafkaSourceItem": "update_kafka_source_item",
    "UpdateKafkaSourceUseTls": "update_kafka_source_use_tls",
    "UpdateLibrariesRequest": "update_libraries_request",
    "UpdateMapping": "update_mapping",
    "UpdateMappingPublished": "update_mapping_published",
    "UpdateModel3D": "update_model_3d",
    "UpdateModel3DClassicBody": "update_model_3d_classic_body",
    "UpdateModel3DDmsOnly": "update_model_3d_dms_only",
    "UpdateModel3DDmsOnlyBody": "update_model_3d_dms_only_body",
    "UpdateModel3DDmsOnlyUpdate": "update_model_3d_dms_only_update",
    "UpdateModel3DUpdate": "update_model_3d_update",
    "UpdateMqttBrokerSource": "update_mqtt_broker_source",
    "UpdateMqttBrokerSourceItem": "update_mqtt_broker_source_item",
    "UpdateMqttBrokerSourcePassword": "update_mqtt_broker_source_password",
    "UpdateMqttV3Source": "update_mqtt_v3_source",
    "UpdateMqttV3SourceItem": "update_mqtt_v3_source_item",
    "UpdateMqttV3SourceUseTls": "update_mqtt_v3_source_use_tls",
    "UpdateMqttV5Source": "update_mqtt_v5_source",
    "UpdateMqttV5SourceItem": "update_mqtt_v5_source_item",
    "UpdateMqttV5SourceUseTls": "update_mqtt_v5_source_use_tls",
    "UpdateRelationshipWrapper": "update_relationship_wrapper",
    "UpdateResponse": "update_response",
    "UpdateRestSource": "update_rest_source",
    "UpdateRestSourceItem": "update_rest_source_item",
    "UpdateRevision3D": "update_revision_3d",
    "UpdateRevision3DClassicBody": "update_revision_3d_classic_body",
    "UpdateRevision3DDmsOnly": "update_revision_3d_dms_only",
    "UpdateRevision3DDmsOnlyBody": "update_revision_3d_dms_only_body",
    "UpdateRevision3DDmsOnlyUpdate": "update_revision_3d_dms_only_update",
    "UpdateRevision3DDmsOnlyUpdatePublished": "update_revision_3d_dms_only_update_published",
    "UpdateRevision3DThumbnail": "update_revision_3d_thumbnail",
    "UpdateRevision3DUpdate": "update_revision_3d_update",
    "UpdateRevision3DUpdatePublished": "update_revision_3d_update_published",
    "UpdateSetNull": "update_set_null",
    "UpdateSetNumber": "update_set_number",
    "UpdateSetShortStr": "update_set_short_str",
    "UpdateSetString": "update_set_string",
    "UpdateSourceExternalId": "update_source_external_id",
    "UpdateSourceType": "update_source_type",
    "UpdateSymbolsRequest": "update_symbols_request",
    "UpdateTargetExternalId": "update_target_external_id",
    "UpdateTargetType": "update_target_type",
    "UpdateTaskStatusBody": "update_task_status_body",
    "UpdateTaskStatusBodyOutput": "update_task_status_body_output",
    "UpdateTaskStatusBodyStatus": "update_task_status_body_status",
    "UpdateTransformationSchedulesResponse400": "update_transformation_schedules_response_400",
    "UpdateTransformationSchedulesResponse400Error": "update_transformation_schedules_response_400_error",
    "UpdateTransformationSchedulesResponse403": "update_transformation_schedules_response_403",
    "UpdateTransformationSchedulesResponse403Error": "update_transformation_schedules_response_403_error",
    "UpdateTransformationSchedulesResponse409": "update_transformation_schedules_response_409",
    "UpdateTransformationSchedulesResponse409Error": "update_transformation_schedules_response_409_error",
    "UpdateTransformationsResponse400": "update_transformations_response_400",
    "UpdateTransformationsResponse400Error": "update_transformations_response_400_error",
    "UpdateTransformationsResponse403": "update_transformations_response_403",
    "UpdateTransformationsResponse403Error": "update_transformations_response_403_error",
    "UpdateTransformationsResponse409": "update_transformations_response_409",
    "UpdateTransformationsResponse409Error": "update_transformations_response_409_error",
    "UpdateUser": "update_user",
    "UploadFileMetadata": "upload_file_metadata",
    "UpsertConflict": "upsert_conflict",
    "UpsertConflictError": "upsert_conflict_error",
    "UsedFor": "used_for",
    "UserCreated": "user_created",
    "UserDto": "user_dto",
    "UserHistoryAppItem": "user_history_app_item",
    "UserHistoryAppsResponse": "user_history_apps_response",
    "UserHistoryAppsResponseItemsItem": "user_history_apps_response_items_item",
    "UserHistoryResourceItem": "user_history_resource_item",
    "UserHistoryResourceItemAction": "user_history_resource_item_action",
    "UserHistoryResourcesResponse": "user_history_resources_response",
    "UserHistoryResourcesResponseItemsItem": "user_history_resources_response_items_item",
    "UserHistoryResourcesResponseItemsItemAction": "user_history_resources_response_items_item_action",
    "UserIdentifier": "user_identifier",
    "UserListResponse": "user_list_response",
    "UserListResponseNextCursor": "user_list_response_next_cursor",
    "UserPreferencesDateFormatField": "user_preferences_date_format_field",
    "UserPreferencesLanguageField": "user_preferences_language_field",
    "UserPreferencesRead": "user_preferences_read",
    "UserPreferencesReadGeneral": "user_preferences_read_general",
    "UserPreferencesTimeFormatField": "user_preferences_time_format_field",
    "UserPreferencesUpdate": "user_preferences_update",
    "UserPreferencesUpdateGeneral": "user_preferences_update_general",
    "UserPreferencesUpdateGeneralUpdate": "user_preferences_update_general_update",
    "UserPreferencesUpdateGeneralUpdateDateFormat": "user_preferences_update_general_update_date_format",
    "UserPreferencesUpdateGeneralUpdateLanguage": "user_preferences_update_general_update_language",
    "UserPreferencesUpdateGeneralUpdateTimeFormat": "user_preferences_update_general_update_time_format",
    "UserPreferencesUpdateGeneralUpdateTimezone": "user_preferences_update_general_update_timezone",
    "UserPrincipal": "user_principal",
    "UserProfileItem": "user_profile_item",
    "UserProfilesByIdsRequest": "user_profiles_by_ids_request",
    "UserProfilesByIdsResponse": "user_profiles_by_ids_response",
    "UserProfilesConfigurationDTO": "user_profiles_configuration_dto",
    "UserProfilesConfigurationUpdateDTO": "user_profiles_configuration_update_dto",
    "UserProfilesErrorResponse": "user_profiles_error_response",
    "UserProfilesErrorResponseError": "user_profiles_error_response_error",
    "UserProfilesListResponse": "user_profiles_list_response",
    "UserProfilesNotFoundResponse": "user_profiles_not_found_response",
    "UserProfilesNotFoundResponseError": "user_profiles_not_found_response_error",
    "UserProfilesSearchRequest": "user_profiles_search_request",
    "UserProfilesSearchRequestSearch": "user_profiles_search_request_search",
    "UserProfilesSearchResponse": "user_profiles_search_response",
    "UserSink": "user_sink",
    "UserSinkId": "user_sink_id",
    "UserSinkUpdate": "user_sink_update",
    "UserSinkUpdateItem": "user_sink_update_item",
    "UserSinkWrite": "user_sink_write",
    "UserUpdateItem": "user_update_item",
    "UsernameWrapper": "username_wrapper",
    "ValidationError": "validation_error",
    "ValidationErrorBody": "validation_error_body",
    "ValidationErrorContent": "validation_error_content",
    "ValidationErrorContentObject": "validation_error_content_object",
    "ValidationErrorObject": "validation_error_object",
    "ValidationStatus": "validation_status",
    "ValueFormat": "value_format",
    "ValuesAggregateResult": "values_aggregate_result",
    "ValveDetectionParameters": "valve_detection_parameters",
    "VersionReferencesCollectionResponse": "version_references_collection_response",
    "VersionReferencesCollectionResponseItemsItem": "version_references_collection_response_items_item",
    "Versioned3DFile": "versioned_3d_file",
    "Vertex": "vertex",
    "ViewCollectionResponse": "view_collection_response",
    "ViewCollectionResponseWithCursor": "view_collection_response_with_cursor",
    "ViewCommon": "view_common",
    "ViewConfig": "view_config",
    "ViewConfigPlus": "view_config_plus",
    "ViewCorePropertyDefinition": "view_core_property_definition",
    "ViewCreateCollection": "view_create_collection",
    "ViewCreateDefinition": "view_create_definition",
    "ViewCreateDefinitionProperties": "view_create_definition_properties",
    "ViewDataSource": "view_data_source",
    "ViewDataSourceType": "view_data_source_type",
    "ViewDefinition": "view_definition",
    "ViewDefinitionProperties": "view_definition_properties",
    "ViewDirectNodeRelation": "view_direct_node_relation",
    "ViewInfo": "view_info",
    "ViewListUnit": "view_list_unit",
    "ViewListUnitSystem": "view_list_unit_system",
    "ViewOrContainer": "view_or_container",
    "ViewPropertyDefinition": "view_property_definition",
    "ViewPropertyReference": "view_property_reference",
    "ViewReference": "view_reference",
    "ViewStatus": "view_status",
    "VirtualEntity": "virtual_entity",
    "Visibility": "visibility",
    "VisionAllOfFileId": "vision_all_of_file_id",
    "VisionExtractGetResponse": "vision_extract_get_response",
    "VisionExtractItem": "vision_extract_item",
    "VisionExtractPostResponse": "vision_extract_post_response",
    "VisionExtractPredictions": "vision_extract_predictions",
    "VisionExtractPredictionsDialGaugePredictionsItem": "vision_extract_predictions_dial_gauge_predictions_item",
    "VisionExtractPredictionsLevelGaugePredictionsItem": "vision_extract_predictions_level_gauge_predictions_item",
    "VisionExtractPredictionsValvePredictionsItem": "vision_extract_predictions_valve_predictions_item",
    "VisionInstanceId": "vision_instance_id",
    "VisionSegmentEmbeddingGetResponse": "vision_segment_embedding_get_response",
    "VisionSegmentEmbeddingItem": "vision_segment_embedding_item",
    "VisionSegmentEmbeddingPostResponse": "vision_segment_embedding_post_response",
    "VisionSegmentGetResponse": "vision_segment_get_response",
    "VisionSegmentItem": "vision_segment_item",
    "VisionSegmentPostResponse": "vision_segment_post_response",
    "VisionSegmentPredictionsItem": "vision_segment_predictions_item",
    "WorkflowDefinition": "workflow_definition",
    "WorkflowDefinitionResponse": "workflow_definition_response",
    "WorkflowEventBase": "workflow_event_base",
    "WorkflowEventBaseMetadataType0": "workflow_event_base_metadata_type_0",
    "WorkflowEventTriggerAttempt": "workflow_event_trigger_attempt",
    "WorkflowEventTriggerAttemptExecutionType": "workflow_event_trigger_attempt_execution_type",
    "WorkflowEventWorkflowExecution": "workflow_event_workflow_execution",
    "WorkflowEventWorkflowExecutionExecutionType": "workflow_event_workflow_execution_execution_type",
    "WorkflowExecution": "workflow_execution",
    "WorkflowExecutionResponse": "workflow_execution_response",
    "WorkflowFilter": "workflow_filter",
    "WorkflowSignalMetadata": "workflow_signal_metadata",
    "WorkflowStatus": "workflow_status",
    "WorkflowVersionView": "workflow_version_view",
    "WorkflowView": "workflow_view",
    "WriteCustomFormat": "write_custom_format",
    "WritebackExternalIdWrapper": "writeback_external_id_wrapper",
    "WritebackItemsWithIgnoreUnknownIdsAndForceExternalId": "writeback_items_with_ignore_unknown_ids_and_force_external_id",
    "WritebackItemsWithIgnoreUnknownIdsExternalId": "writeback_items_with_ignore_unknown_ids_external_id",
    "WritebackValidationError": "writeback_validation_error",
    "WritebackValidationErrorContent": "writeback_validation_error_content",
    "XmlConfig": "xml_config",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = tuple(_MODULES)
