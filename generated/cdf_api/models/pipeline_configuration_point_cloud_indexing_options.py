from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PipelineConfigurationPointCloudIndexingOptions")


@_attrs_define
class PipelineConfigurationPointCloudIndexingOptions(AdditionalProperties):
    """Configuration options for point cloud indexing. The indexingOptions option can be specified as an empty object `{}`,
    which will enable indexing to run, and use the default values for all options.

        Attributes:
            generate_tiles (bool | Unset): Whether to generate tiles data output for the point cloud.
                The tiles data output is required for the classification and pipe detection tiles processing steps.
                Note that when `processTilesOptions`` is specified as minimum an empty object `{}`, generateTiles is also
                automatically set to true.
            tile_size (float | Unset): Size of each tile in meters. Only used if generateTiles is true.
            rotation_angle_in_degrees (float | Unset): Rotation angle in degrees for most pipes in the point cloud. Only
                used if generateTiles is true.
            use_black_filter (bool | Unset): Whether to use black color filter to remove black points (RGB value 0,0,0).
            use_distance_filter (bool | Unset): Whether to use distance filter to remove points beyond a certain distance.
            max_distance (float | Unset): Maximum distance in meters for points to be included when distance filter is
                enabled.
                The distance filter is calculated only in 2D, so tall objects will still have points beyond this distance.
            use_intensity_filter (bool | Unset): Whether to use intensity filter to remove points below a minimum intensity
                threshold.
            min_intensity (float | Unset): Minimum intensity value for points to be included when intensity filter is
                enabled. Using -1 will enable automatic calculated minimum intensity.
            use_density_filter (bool | Unset): Whether to use density filter to remove sparse points and noise.
            filter_voxel_size (float | Unset): Voxel size in all 3 dimensions, used for density filtering. Points are sorted
                into volumes that are VoxelSize x VoxelSize x VoxelSize size and the center of these points are used. Measured
                in meters.
            min_number_of_points_in_voxel (int | Unset): Minimum number of points required in a voxel to consider it to be
                kept during density filtering. If number of points inside the VoxelSize x VoxelSize x VoxelSize sized volume is
                less, reject the point.
            density_filter_method (int | Unset): Method used for density filtering:
                - `0`: Calculate the median point, weighted by the intensity by a clustering algorithm.
                - `1`: Take the point with highest intensity.
                - `2`: Take the highest intensity of the points closest to the scanner.
                - `3`: Confidence based on intensity and distance to scanner.
            color_filter_method (int | Unset): Method used for color filtering:
                - `0`: From density filter.
                - `1`: Unweighted median inside voxel.
                - `2`: Smoothed median across neighboring voxels.
            outlier_filter_type (int | Unset): Method used for outlier filtering:
                - `0`: None.
                - `1`: Group the coherent points into clusters.
                - `2`: DBscan (experimental).
            separation_distance (float | Unset): For outlierFilterType 1. The maximum distance (i.e. empty space) between
                two neighboring points to consider them as coherent, given in the number of voxels.
            min_number_of_points_in_one_cluster (int | Unset): If the number of points in a cluster of coherent points is
                less than this number, reject all the points in the cluster.
    """

    _FIT = {
        "generateTiles": "b",
        "tileSize": "n",
        "rotationAngleInDegrees": "n",
        "useBlackFilter": "b",
        "useDistanceFilter": "b",
        "maxDistance": "n",
        "useIntensityFilter": "b",
        "minIntensity": "n",
        "useDensityFilter": "b",
        "filterVoxelSize": "n",
        "minNumberOfPointsInVoxel": "i",
        "densityFilterMethod": "i",
        "colorFilterMethod": "i",
        "outlierFilterType": "i",
        "separationDistance": "n",
        "minNumberOfPointsInOneCluster": "i",
    }
    _REQUIRED = ()

    generate_tiles: bool | Unset = UNSET
    tile_size: float | Unset = UNSET
    rotation_angle_in_degrees: float | Unset = UNSET
    use_black_filter: bool | Unset = UNSET
    use_distance_filter: bool | Unset = UNSET
    max_distance: float | Unset = UNSET
    use_intensity_filter: bool | Unset = UNSET
    min_intensity: float | Unset = UNSET
    use_density_filter: bool | Unset = UNSET
    filter_voxel_size: float | Unset = UNSET
    min_number_of_points_in_voxel: int | Unset = UNSET
    density_filter_method: int | Unset = UNSET
    color_filter_method: int | Unset = UNSET
    outlier_filter_type: int | Unset = UNSET
    separation_distance: float | Unset = UNSET
    min_number_of_points_in_one_cluster: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generate_tiles = self.generate_tiles

        tile_size = self.tile_size

        rotation_angle_in_degrees = self.rotation_angle_in_degrees

        use_black_filter = self.use_black_filter

        use_distance_filter = self.use_distance_filter

        max_distance = self.max_distance

        use_intensity_filter = self.use_intensity_filter

        min_intensity = self.min_intensity

        use_density_filter = self.use_density_filter

        filter_voxel_size = self.filter_voxel_size

        min_number_of_points_in_voxel = self.min_number_of_points_in_voxel

        density_filter_method = self.density_filter_method

        color_filter_method = self.color_filter_method

        outlier_filter_type = self.outlier_filter_type

        separation_distance = self.separation_distance

        min_number_of_points_in_one_cluster = self.min_number_of_points_in_one_cluster

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generate_tiles is not UNSET:
            field_dict["generateTiles"] = generate_tiles
        if tile_size is not UNSET:
            field_dict["tileSize"] = tile_size
        if rotation_angle_in_degrees is not UNSET:
            field_dict["rotationAngleInDegrees"] = rotation_angle_in_degrees
        if use_black_filter is not UNSET:
            field_dict["useBlackFilter"] = use_black_filter
        if use_distance_filter is not UNSET:
            field_dict["useDistanceFilter"] = use_distance_filter
        if max_distance is not UNSET:
            field_dict["maxDistance"] = max_distance
        if use_intensity_filter is not UNSET:
            field_dict["useIntensityFilter"] = use_intensity_filter
        if min_intensity is not UNSET:
            field_dict["minIntensity"] = min_intensity
        if use_density_filter is not UNSET:
            field_dict["useDensityFilter"] = use_density_filter
        if filter_voxel_size is not UNSET:
            field_dict["filterVoxelSize"] = filter_voxel_size
        if min_number_of_points_in_voxel is not UNSET:
            field_dict["minNumberOfPointsInVoxel"] = min_number_of_points_in_voxel
        if density_filter_method is not UNSET:
            field_dict["densityFilterMethod"] = density_filter_method
        if color_filter_method is not UNSET:
            field_dict["colorFilterMethod"] = color_filter_method
        if outlier_filter_type is not UNSET:
            field_dict["outlierFilterType"] = outlier_filter_type
        if separation_distance is not UNSET:
            field_dict["separationDistance"] = separation_distance
        if min_number_of_points_in_one_cluster is not UNSET:
            field_dict["minNumberOfPointsInOneCluster"] = min_number_of_points_in_one_cluster

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        generate_tiles = d.pop("generateTiles", UNSET)

        tile_size = d.pop("tileSize", UNSET)

        rotation_angle_in_degrees = d.pop("rotationAngleInDegrees", UNSET)

        use_black_filter = d.pop("useBlackFilter", UNSET)

        use_distance_filter = d.pop("useDistanceFilter", UNSET)

        max_distance = d.pop("maxDistance", UNSET)

        use_intensity_filter = d.pop("useIntensityFilter", UNSET)

        min_intensity = d.pop("minIntensity", UNSET)

        use_density_filter = d.pop("useDensityFilter", UNSET)

        filter_voxel_size = d.pop("filterVoxelSize", UNSET)

        min_number_of_points_in_voxel = d.pop("minNumberOfPointsInVoxel", UNSET)

        density_filter_method = d.pop("densityFilterMethod", UNSET)

        color_filter_method = d.pop("colorFilterMethod", UNSET)

        outlier_filter_type = d.pop("outlierFilterType", UNSET)

        separation_distance = d.pop("separationDistance", UNSET)

        min_number_of_points_in_one_cluster = d.pop("minNumberOfPointsInOneCluster", UNSET)

        pipeline_configuration_point_cloud_indexing_options = cls(
            generate_tiles=generate_tiles,
            tile_size=tile_size,
            rotation_angle_in_degrees=rotation_angle_in_degrees,
            use_black_filter=use_black_filter,
            use_distance_filter=use_distance_filter,
            max_distance=max_distance,
            use_intensity_filter=use_intensity_filter,
            min_intensity=min_intensity,
            use_density_filter=use_density_filter,
            filter_voxel_size=filter_voxel_size,
            min_number_of_points_in_voxel=min_number_of_points_in_voxel,
            density_filter_method=density_filter_method,
            color_filter_method=color_filter_method,
            outlier_filter_type=outlier_filter_type,
            separation_distance=separation_distance,
            min_number_of_points_in_one_cluster=min_number_of_points_in_one_cluster,
        )

        pipeline_configuration_point_cloud_indexing_options.additional_properties = d
        return pipeline_configuration_point_cloud_indexing_options
