from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conflict_mode import ConflictMode
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.asset_centric_data_source import AssetCentricDataSource
    from ..models.data_model_source import DataModelSource
    from ..models.job_read import JobRead
    from ..models.raw_data_source import RawDataSource
    from ..models.schedule import Schedule
    from ..models.sequence_row_data_source import SequenceRowDataSource
    from ..models.session_info import SessionInfo
    from ..models.transform_blocked_info import TransformBlockedInfo
    from ..models.view_data_source import ViewDataSource


T = TypeVar("T", bound="TransformationRead")


@_attrs_define
class TransformationRead(AdditionalProperties):
    """
    Attributes:
        id (int): Transformation ID.
        name (str): Transformation name. Maximum length is 128 characters.
        query (str): Transformation query.
        destination (AssetCentricDataSource | DataModelSource | RawDataSource | SequenceRowDataSource | ViewDataSource):
            Destination data type.
        conflict_mode (ConflictMode): Behavior when the data already exists.`upsert` - Create or Update,`abort` - Create
            and fail when already exists,`update` - update and fail if it does not exist,`delete` - delete the matched rows.
        is_public (bool): Indicates if the transformation is visible to all in project or only to the owner.
        created_time (int): Time when the transformation was created: The number of milliseconds since 00:00:00
            Thursday, 1 January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        last_updated_time (int): Time when the transformation was last updated: The number of milliseconds since
            00:00:00 Thursday, 1 January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        owner (str): Owner of the transformation: requester's identity.
        owner_is_current_user (bool): Indicates if the transformation belongs to the current user.
        has_source_oidc_credentials (bool): Indicates if the transformation is configured with a source oidc credentials
            set.
        has_destination_oidc_credentials (bool): Indicates if the transformation is configured with a destination oidc
            credentials set.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        ignore_null_fields (bool): How NULL values are handled on updates: ignore or setNull.
        blocked (TransformBlockedInfo | Unset): Provides reason and time if the transformation is blocked.
        source_session (SessionInfo | Unset): Details for the session used to read from the source project.
        destination_session (SessionInfo | Unset): Details for the session used to read from the source project.
        last_finished_job (JobRead | Unset): Details for the last finished job of this transformation
        running_job (JobRead | Unset): Details for the last finished job of this transformation
        schedule (Schedule | Unset): Details for the schedule if the transformation is scheduled
        data_set_id (int | Unset): Gets the transformation dataset id which can be used for access control.
        tags (list[str] | Unset): List of tags for the Transformation.
    """

    _FIT = {
        "id": "i",
        "name": "s",
        "query": "s",
        "destination": (
            "u",
            (
                ("m", "AssetCentricDataSource"),
                ("m", "DataModelSource"),
                ("m", "ViewDataSource"),
                ("m", "RawDataSource"),
                ("m", "SequenceRowDataSource"),
            ),
        ),
        "conflictMode": "s",
        "isPublic": "b",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "owner": "s",
        "ownerIsCurrentUser": "b",
        "hasSourceOidcCredentials": "b",
        "hasDestinationOidcCredentials": "b",
        "externalId": "s",
        "ignoreNullFields": "b",
        "blocked": ("m", "TransformBlockedInfo"),
        "sourceSession": ("m", "SessionInfo"),
        "destinationSession": ("m", "SessionInfo"),
        "lastFinishedJob": ("m", "JobRead"),
        "runningJob": ("m", "JobRead"),
        "schedule": ("m", "Schedule"),
        "dataSetId": "i",
        "tags": ("l", "s"),
    }
    _REQUIRED = (
        "id",
        "name",
        "query",
        "destination",
        "conflictMode",
        "isPublic",
        "createdTime",
        "lastUpdatedTime",
        "owner",
        "ownerIsCurrentUser",
        "hasSourceOidcCredentials",
        "hasDestinationOidcCredentials",
        "externalId",
        "ignoreNullFields",
    )

    id: int
    name: str
    query: str
    destination: AssetCentricDataSource | DataModelSource | RawDataSource | SequenceRowDataSource | ViewDataSource
    conflict_mode: ConflictMode
    is_public: bool
    created_time: int
    last_updated_time: int
    owner: str
    owner_is_current_user: bool
    has_source_oidc_credentials: bool
    has_destination_oidc_credentials: bool
    external_id: str
    ignore_null_fields: bool
    blocked: TransformBlockedInfo | Unset = UNSET
    source_session: SessionInfo | Unset = UNSET
    destination_session: SessionInfo | Unset = UNSET
    last_finished_job: JobRead | Unset = UNSET
    running_job: JobRead | Unset = UNSET
    schedule: Schedule | Unset = UNSET
    data_set_id: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        query = self.query

        destination: dict[str, Any]
        destination = self.destination.to_dict()

        conflict_mode = self.conflict_mode.value

        is_public = self.is_public

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        owner = self.owner

        owner_is_current_user = self.owner_is_current_user

        has_source_oidc_credentials = self.has_source_oidc_credentials

        has_destination_oidc_credentials = self.has_destination_oidc_credentials

        external_id = self.external_id

        ignore_null_fields = self.ignore_null_fields

        blocked: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blocked, Unset):
            blocked = self.blocked.to_dict()

        source_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_session, Unset):
            source_session = self.source_session.to_dict()

        destination_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_session, Unset):
            destination_session = self.destination_session.to_dict()

        last_finished_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_finished_job, Unset):
            last_finished_job = self.last_finished_job.to_dict()

        running_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.running_job, Unset):
            running_job = self.running_job.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        data_set_id = self.data_set_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "query": query,
                "destination": destination,
                "conflictMode": conflict_mode,
                "isPublic": is_public,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "owner": owner,
                "ownerIsCurrentUser": owner_is_current_user,
                "hasSourceOidcCredentials": has_source_oidc_credentials,
                "hasDestinationOidcCredentials": has_destination_oidc_credentials,
                "externalId": external_id,
                "ignoreNullFields": ignore_null_fields,
            }
        )
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if source_session is not UNSET:
            field_dict["sourceSession"] = source_session
        if destination_session is not UNSET:
            field_dict["destinationSession"] = destination_session
        if last_finished_job is not UNSET:
            field_dict["lastFinishedJob"] = last_finished_job
        if running_job is not UNSET:
            field_dict["runningJob"] = running_job
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_centric_data_source import AssetCentricDataSource  # noqa: PLC0415
        from ..models.data_model_source import DataModelSource  # noqa: PLC0415
        from ..models.job_read import JobRead  # noqa: PLC0415
        from ..models.raw_data_source import RawDataSource  # noqa: PLC0415
        from ..models.schedule import Schedule  # noqa: PLC0415
        from ..models.sequence_row_data_source import SequenceRowDataSource  # noqa: PLC0415
        from ..models.session_info import SessionInfo  # noqa: PLC0415
        from ..models.transform_blocked_info import TransformBlockedInfo  # noqa: PLC0415
        from ..models.view_data_source import ViewDataSource  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        query = d.pop("query")

        def _parse_destination(
            data: object,
        ) -> AssetCentricDataSource | DataModelSource | RawDataSource | SequenceRowDataSource | ViewDataSource:
            return parse_best(
                data, (AssetCentricDataSource, DataModelSource, ViewDataSource, RawDataSource, SequenceRowDataSource)
            )

        destination = _parse_destination(d.pop("destination"))

        conflict_mode = ConflictMode(d.pop("conflictMode"))

        is_public = d.pop("isPublic")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        owner = d.pop("owner")

        owner_is_current_user = d.pop("ownerIsCurrentUser")

        has_source_oidc_credentials = d.pop("hasSourceOidcCredentials")

        has_destination_oidc_credentials = d.pop("hasDestinationOidcCredentials")

        external_id = d.pop("externalId")

        ignore_null_fields = d.pop("ignoreNullFields")

        _blocked = d.pop("blocked", UNSET)
        blocked: TransformBlockedInfo | Unset
        if isinstance(_blocked, Unset):
            blocked = UNSET
        else:
            blocked = TransformBlockedInfo.from_dict(_blocked)

        _source_session = d.pop("sourceSession", UNSET)
        source_session: SessionInfo | Unset
        if isinstance(_source_session, Unset):
            source_session = UNSET
        else:
            source_session = SessionInfo.from_dict(_source_session)

        _destination_session = d.pop("destinationSession", UNSET)
        destination_session: SessionInfo | Unset
        if isinstance(_destination_session, Unset):
            destination_session = UNSET
        else:
            destination_session = SessionInfo.from_dict(_destination_session)

        _last_finished_job = d.pop("lastFinishedJob", UNSET)
        last_finished_job: JobRead | Unset
        if isinstance(_last_finished_job, Unset):
            last_finished_job = UNSET
        else:
            last_finished_job = JobRead.from_dict(_last_finished_job)

        _running_job = d.pop("runningJob", UNSET)
        running_job: JobRead | Unset
        if isinstance(_running_job, Unset):
            running_job = UNSET
        else:
            running_job = JobRead.from_dict(_running_job)

        _schedule = d.pop("schedule", UNSET)
        schedule: Schedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = Schedule.from_dict(_schedule)

        data_set_id = d.pop("dataSetId", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        transformation_read = cls(
            id=id,
            name=name,
            query=query,
            destination=destination,
            conflict_mode=conflict_mode,
            is_public=is_public,
            created_time=created_time,
            last_updated_time=last_updated_time,
            owner=owner,
            owner_is_current_user=owner_is_current_user,
            has_source_oidc_credentials=has_source_oidc_credentials,
            has_destination_oidc_credentials=has_destination_oidc_credentials,
            external_id=external_id,
            ignore_null_fields=ignore_null_fields,
            blocked=blocked,
            source_session=source_session,
            destination_session=destination_session,
            last_finished_job=last_finished_job,
            running_job=running_job,
            schedule=schedule,
            data_set_id=data_set_id,
            tags=tags,
        )

        transformation_read.additional_properties = d
        return transformation_read
