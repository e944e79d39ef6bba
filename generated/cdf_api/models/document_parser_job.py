from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.document_parser_file_reference_file_external_id import DocumentParserFileReferenceFileExternalId
    from ..models.document_parser_file_reference_file_id import DocumentParserFileReferenceFileId
    from ..models.document_parser_file_reference_file_instance_id import DocumentParserFileReferenceFileInstanceId
    from ..models.document_parser_result import DocumentParserResult
    from ..models.document_parser_status import DocumentParserStatus
    from ..models.node import Node
    from ..models.view_config import ViewConfig


T = TypeVar("T", bound="DocumentParserJob")


@_attrs_define
class DocumentParserJob(AdditionalProperties):
    """
    Attributes:
        job_id (int): Contextualization job ID. Example: 123.
        created_timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        updated_timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        view_config (ViewConfig): The view the job is based on.
        node (Node): Data Model node ID where parsed document results are written to.
        status (DocumentParserStatus): The status field containing information about the job status, view status, and
            validation status.
        files (list[DocumentParserFileReferenceFileExternalId | DocumentParserFileReferenceFileId |
            DocumentParserFileReferenceFileInstanceId]):
        result (DocumentParserResult):
        error_message (str | Unset): Normalized error message if the job failed.
    """

    _FIT = {
        "jobId": "i",
        "createdTimestamp": "i",
        "updatedTimestamp": "i",
        "viewConfig": ("m", "ViewConfig"),
        "node": ("m", "Node"),
        "status": ("m", "DocumentParserStatus"),
        "files": (
            "l",
            (
                "u",
                (
                    ("m", "DocumentParserFileReferenceFileId"),
                    ("m", "DocumentParserFileReferenceFileExternalId"),
                    ("m", "DocumentParserFileReferenceFileInstanceId"),
                ),
            ),
        ),
        "result": ("m", "DocumentParserResult"),
        "errorMessage": "s",
    }
    _REQUIRED = ("jobId", "createdTimestamp", "updatedTimestamp", "viewConfig", "node", "status", "files", "result")

    job_id: int
    created_timestamp: int
    updated_timestamp: int
    view_config: ViewConfig
    node: Node
    status: DocumentParserStatus
    files: list[
        DocumentParserFileReferenceFileExternalId
        | DocumentParserFileReferenceFileId
        | DocumentParserFileReferenceFileInstanceId
    ]
    result: DocumentParserResult
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        created_timestamp = self.created_timestamp

        updated_timestamp = self.updated_timestamp

        view_config = self.view_config.to_dict()

        node = self.node.to_dict()

        status = self.status.to_dict()

        files = []
        for files_item_data in self.files:
            files_item: dict[str, Any]
            files_item = files_item_data.to_dict()

            files.append(files_item)

        result = self.result.to_dict()

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "createdTimestamp": created_timestamp,
                "updatedTimestamp": updated_timestamp,
                "viewConfig": view_config,
                "node": node,
                "status": status,
                "files": files,
                "result": result,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_parser_file_reference_file_external_id import DocumentParserFileReferenceFileExternalId  # noqa: PLC0415
        from ..models.document_parser_file_reference_file_id import DocumentParserFileReferenceFileId  # noqa: PLC0415
        from ..models.document_parser_file_reference_file_instance_id import DocumentParserFileReferenceFileInstanceId  # noqa: PLC0415
        from ..models.document_parser_result import DocumentParserResult  # noqa: PLC0415
        from ..models.document_parser_status import DocumentParserStatus  # noqa: PLC0415
        from ..models.node import Node  # noqa: PLC0415
        from ..models.view_config import ViewConfig  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("jobId")

        created_timestamp = d.pop("createdTimestamp")

        updated_timestamp = d.pop("updatedTimestamp")

        view_config = ViewConfig.from_dict(d.pop("viewConfig"))

        node = Node.from_dict(d.pop("node"))

        status = DocumentParserStatus.from_dict(d.pop("status"))

        files = []
        _files = d.pop("files")
        for files_item_data in _files:

            def _parse_files_item(
                data: object,
            ) -> (
                DocumentParserFileReferenceFileExternalId
                | DocumentParserFileReferenceFileId
                | DocumentParserFileReferenceFileInstanceId
            ):
                return parse_best(
                    data,
                    (
                        DocumentParserFileReferenceFileId,
                        DocumentParserFileReferenceFileExternalId,
                        DocumentParserFileReferenceFileInstanceId,
                    ),
                )

            files_item = _parse_files_item(files_item_data)

            files.append(files_item)

        result = DocumentParserResult.from_dict(d.pop("result"))

        error_message = d.pop("errorMessage", UNSET)

        document_parser_job = cls(
            job_id=job_id,
            created_timestamp=created_timestamp,
            updated_timestamp=updated_timestamp,
            view_config=view_config,
            node=node,
            status=status,
            files=files,
            result=result,
            error_message=error_message,
        )

        document_parser_job.additional_properties = d
        return document_parser_job
