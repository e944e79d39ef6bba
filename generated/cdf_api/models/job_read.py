from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conflict_mode import ConflictMode
from ..models.transformation_job_status import TransformationJobStatus
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.asset_centric_data_source import AssetCentricDataSource
    from ..models.data_model_source import DataModelSource
    from ..models.raw_data_source import RawDataSource
    from ..models.sequence_row_data_source import SequenceRowDataSource
    from ..models.view_data_source import ViewDataSource


T = TypeVar("T", bound="JobRead")


@_attrs_define
class JobRead(AdditionalProperties):
    """Details for the last finished job of this transformation

    Attributes:
        id (int): Job numeric ID.
        uuid (str): UUID id of the job.
        transformation_id (int): ID of the transformation that created this job.
        transformation_external_id (str): External ID of the transformation that created this job.
        source_project (str): CDF project which is used as source for reading data.
        destination_project (str): CDF project which is used as destination for writing data.
        destination (AssetCentricDataSource | DataModelSource | RawDataSource | SequenceRowDataSource | ViewDataSource):
            Destination data type.
        conflict_mode (ConflictMode): Behavior when the data already exists.`upsert` - Create or Update,`abort` - Create
            and fail when already exists,`update` - update and fail if it does not exist,`delete` - delete the matched rows.
        query (str): The SQL query being executed.
        created_time (int): Time when the job was created: The number of milliseconds since 00:00:00 Thursday, 1 January
            1970, Coordinated Universal Time (UTC), minus leap seconds.
        ignore_null_fields (bool): How NULL values are handled on updates: ignore or setNull.
        status (TransformationJobStatus): Status of the job at the request time.
        started_time (int | Unset): Time when this job started executing: The number of milliseconds since 00:00:00
            Thursday, 1 January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        finished_time (int | Unset): Time when this job finished running: The number of milliseconds since 00:00:00
            Thursday, 1 January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        last_seen_time (int | Unset): Time when this job last registered running: The number of milliseconds since
            00:00:00 Thursday, 1 January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        error (str | Unset): If the job failed, this will be a string describing why. When null, the job did not fail.
    """

    _FIT = {
        "id": "i",
        "uuid": "s",
        "transformationId": "i",
        "transformationExternalId": "s",
        "sourceProject": "s",
        "destinationProject": "s",
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
        "query": "s",
        "createdTime": "i",
        "ignoreNullFields": "b",
        "status": "s",
        "startedTime": "i",
        "finishedTime": "i",
        "lastSeenTime": "i",
        "error": "s",
    }
    _REQUIRED = (
        "id",
        "uuid",
        "transformationId",
        "transformationExternalId",
        "sourceProject",
        "destinationProject",
        "destination",
        "conflictMode",
        "query",
        "createdTime",
        "ignoreNullFields",
        "status",
    )

    id: int
    uuid: str
    transformation_id: int
    transformation_external_id: str
    source_project: str
    destination_project: str
    destination: AssetCentricDataSource | DataModelSource | RawDataSource | SequenceRowDataSource | ViewDataSource
    conflict_mode: ConflictMode
    query: str
    created_time: int
    ignore_null_fields: bool
    status: TransformationJobStatus
    started_time: int | Unset = UNSET
    finished_time: int | Unset = UNSET
    last_seen_time: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = self.uuid

        transformation_id = self.transformation_id

        transformation_external_id = self.transformation_external_id

        source_project = self.source_project

        destination_project = self.destination_project

        destination: dict[str, Any]
        destination = self.destination.to_dict()

        conflict_mode = self.conflict_mode.value

        query = self.query

        created_time = self.created_time

        ignore_null_fields = self.ignore_null_fields

        status = self.status.value

        started_time = self.started_time

        finished_time = self.finished_time

        last_seen_time = self.last_seen_time

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "transformationId": transformation_id,
                "transformationExternalId": transformation_external_id,
                "sourceProject": source_project,
                "destinationProject": destination_project,
                "destination": destination,
                "conflictMode": conflict_mode,
                "query": query,
                "createdTime": created_time,
                "ignoreNullFields": ignore_null_fields,
                "status": status,
            }
        )
        if started_time is not UNSET:
            field_dict["startedTime"] = started_time
        if finished_time is not UNSET:
            field_dict["finishedTime"] = finished_time
        if last_seen_time is not UNSET:
            field_dict["lastSeenTime"] = last_seen_time
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_centric_data_source import AssetCentricDataSource  # noqa: PLC0415
        from ..models.data_model_source import DataModelSource  # noqa: PLC0415
        from ..models.raw_data_source import RawDataSource  # noqa: PLC0415
        from ..models.sequence_row_data_source import SequenceRowDataSource  # noqa: PLC0415
        from ..models.view_data_source import ViewDataSource  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        uuid = d.pop("uuid")

        transformation_id = d.pop("transformationId")

        transformation_external_id = d.pop("transformationExternalId")

        source_project = d.pop("sourceProject")

        destination_project = d.pop("destinationProject")

        def _parse_destination(
            data: object,
        ) -> AssetCentricDataSource | DataModelSource | RawDataSource | SequenceRowDataSource | ViewDataSource:
            return parse_best(
                data, (AssetCentricDataSource, DataModelSource, ViewDataSource, RawDataSource, SequenceRowDataSource)
            )

        destination = _parse_destination(d.pop("destination"))

        conflict_mode = ConflictMode(d.pop("conflictMode"))

        query = d.pop("query")

        created_time = d.pop("createdTime")

        ignore_null_fields = d.pop("ignoreNullFields")

        status = TransformationJobStatus(d.pop("status"))

        started_time = d.pop("startedTime", UNSET)

        finished_time = d.pop("finishedTime", UNSET)

        last_seen_time = d.pop("lastSeenTime", UNSET)

        error = d.pop("error", UNSET)

        job_read = cls(
            id=id,
            uuid=uuid,
            transformation_id=transformation_id,
            transformation_external_id=transformation_external_id,
            source_project=source_project,
            destination_project=destination_project,
            destination=destination,
            conflict_mode=conflict_mode,
            query=query,
            created_time=created_time,
            ignore_null_fields=ignore_null_fields,
            status=status,
            started_time=started_time,
            finished_time=finished_time,
            last_seen_time=last_seen_time,
            error=error,
        )

        job_read.additional_properties = d
        return job_read
