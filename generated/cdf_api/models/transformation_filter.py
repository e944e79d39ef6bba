from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conflict_mode import ConflictMode
from ..models.transformation_filter_destination_type import TransformationFilterDestinationType
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cognite_ext_id import CogniteExtId
    from ..models.cognite_int_id import CogniteIntId
    from ..models.contains_any import ContainsAny
    from ..models.min_max import MinMax


T = TypeVar("T", bound="TransformationFilter")


@_attrs_define
class TransformationFilter(AdditionalProperties):
    """
    Attributes:
        is_public (bool | Unset): Whether public transformations should be included in the results. The default is true.
        name_regex (str | Unset): Regex expression to match the transformation name.
        query_regex (str | Unset): Regex expression to match the transformation query.
        destination_type (TransformationFilterDestinationType | Unset): Transformation destination resource name to
            filter by.
        conflict_mode (ConflictMode | Unset): Behavior when the data already exists.`upsert` - Create or Update,`abort`
            - Create and fail when already exists,`update` - update and fail if it does not exist,`delete` - delete the
            matched rows.
        has_blocked_error (bool | Unset): Whether only the blocked transformations should be included in the results.
        cdf_project_name (str | Unset): Project name to filter by configured source and destination project.
        created_time (MinMax | Unset): Range between two timestamps (inclusive).
        last_updated_time (MinMax | Unset): Range between two timestamps (inclusive).
        data_set_ids (list[CogniteExtId | CogniteIntId] | Unset): Return only transformations in the specified data
            sets.
        tags (ContainsAny | Unset):
    """

    _FIT = {
        "isPublic": "b",
        "nameRegex": "s",
        "queryRegex": "s",
        "destinationType": "s",
        "conflictMode": "s",
        "hasBlockedError": "b",
        "cdfProjectName": "s",
        "createdTime": ("m", "MinMax"),
        "lastUpdatedTime": ("m", "MinMax"),
        "dataSetIds": ("l", ("u", (("m", "CogniteExtId"), ("m", "CogniteIntId")))),
        "tags": ("m", "ContainsAny"),
    }
    _REQUIRED = ()

    is_public: bool | Unset = UNSET
    name_regex: str | Unset = UNSET
    query_regex: str | Unset = UNSET
    destination_type: TransformationFilterDestinationType | Unset = UNSET
    conflict_mode: ConflictMode | Unset = UNSET
    has_blocked_error: bool | Unset = UNSET
    cdf_project_name: str | Unset = UNSET
    created_time: MinMax | Unset = UNSET
    last_updated_time: MinMax | Unset = UNSET
    data_set_ids: list[CogniteExtId | CogniteIntId] | Unset = UNSET
    tags: ContainsAny | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_public = self.is_public

        name_regex = self.name_regex

        query_regex = self.query_regex

        destination_type: str | Unset = UNSET
        if not isinstance(self.destination_type, Unset):
            destination_type = self.destination_type.value

        conflict_mode: str | Unset = UNSET
        if not isinstance(self.conflict_mode, Unset):
            conflict_mode = self.conflict_mode.value

        has_blocked_error = self.has_blocked_error

        cdf_project_name = self.cdf_project_name

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        last_updated_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.to_dict()

        data_set_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_set_ids, Unset):
            data_set_ids = []
            for data_set_ids_item_data in self.data_set_ids:
                data_set_ids_item: dict[str, Any]
                data_set_ids_item = data_set_ids_item_data.to_dict()

                data_set_ids.append(data_set_ids_item)

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if name_regex is not UNSET:
            field_dict["nameRegex"] = name_regex
        if query_regex is not UNSET:
            field_dict["queryRegex"] = query_regex
        if destination_type is not UNSET:
            field_dict["destinationType"] = destination_type
        if conflict_mode is not UNSET:
            field_dict["conflictMode"] = conflict_mode
        if has_blocked_error is not UNSET:
            field_dict["hasBlockedError"] = has_blocked_error
        if cdf_project_name is not UNSET:
            field_dict["cdfProjectName"] = cdf_project_name
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_ext_id import CogniteExtId  # noqa: PLC0415
        from ..models.cognite_int_id import CogniteIntId  # noqa: PLC0415
        from ..models.contains_any import ContainsAny  # noqa: PLC0415
        from ..models.min_max import MinMax  # noqa: PLC0415

        d = dict(src_dict)
        is_public = d.pop("isPublic", UNSET)

        name_regex = d.pop("nameRegex", UNSET)

        query_regex = d.pop("queryRegex", UNSET)

        _destination_type = d.pop("destinationType", UNSET)
        destination_type: TransformationFilterDestinationType | Unset
        if isinstance(_destination_type, Unset):
            destination_type = UNSET
        else:
            destination_type = TransformationFilterDestinationType(_destination_type)

        _conflict_mode = d.pop("conflictMode", UNSET)
        conflict_mode: ConflictMode | Unset
        if isinstance(_conflict_mode, Unset):
            conflict_mode = UNSET
        else:
            conflict_mode = ConflictMode(_conflict_mode)

        has_blocked_error = d.pop("hasBlockedError", UNSET)

        cdf_project_name = d.pop("cdfProjectName", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: MinMax | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = MinMax.from_dict(_created_time)

        _last_updated_time = d.pop("lastUpdatedTime", UNSET)
        last_updated_time: MinMax | Unset
        if isinstance(_last_updated_time, Unset):
            last_updated_time = UNSET
        else:
            last_updated_time = MinMax.from_dict(_last_updated_time)

        _data_set_ids = d.pop("dataSetIds", UNSET)
        data_set_ids: list[CogniteExtId | CogniteIntId] | Unset = UNSET
        if _data_set_ids is not UNSET:
            data_set_ids = []
            for data_set_ids_item_data in _data_set_ids:

                def _parse_data_set_ids_item(data: object) -> CogniteExtId | CogniteIntId:
                    return parse_best(data, (CogniteExtId, CogniteIntId))

                data_set_ids_item = _parse_data_set_ids_item(data_set_ids_item_data)

                data_set_ids.append(data_set_ids_item)

        _tags = d.pop("tags", UNSET)
        tags: ContainsAny | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = ContainsAny.from_dict(_tags)

        transformation_filter = cls(
            is_public=is_public,
            name_regex=name_regex,
            query_regex=query_regex,
            destination_type=destination_type,
            conflict_mode=conflict_mode,
            has_blocked_error=has_blocked_error,
            cdf_project_name=cdf_project_name,
            created_time=created_time,
            last_updated_time=last_updated_time,
            data_set_ids=data_set_ids,
            tags=tags,
        )

        transformation_filter.additional_properties = d
        return transformation_filter
