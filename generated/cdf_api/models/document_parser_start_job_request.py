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
    from ..models.node import Node
    from ..models.view_config import ViewConfig


T = TypeVar("T", bound="DocumentParserStartJobRequest")


@_attrs_define
class DocumentParserStartJobRequest(AdditionalProperties):
    """
    Attributes:
        view_config (ViewConfig): The view the job is based on.
        files (list[DocumentParserFileReferenceFileExternalId | DocumentParserFileReferenceFileId |
            DocumentParserFileReferenceFileInstanceId]):
        node (Node | Unset): Data Model node ID where parsed document results are written to.
        use_vision (bool | Unset): Whether to use vision-based parsing.
        user_prompt (str | Unset): An optional user prompt to guide the document parsing process. Limited to 4000
            characters.
    """

    _FIT = {
        "viewConfig": ("m", "ViewConfig"),
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
        "node": ("m", "Node"),
        "useVision": "b",
        "userPrompt": "s",
    }
    _REQUIRED = ("viewConfig", "files")

    view_config: ViewConfig
    files: list[
        DocumentParserFileReferenceFileExternalId
        | DocumentParserFileReferenceFileId
        | DocumentParserFileReferenceFileInstanceId
    ]
    node: Node | Unset = UNSET
    use_vision: bool | Unset = UNSET
    user_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        view_config = self.view_config.to_dict()

        files = []
        for files_item_data in self.files:
            files_item: dict[str, Any]
            files_item = files_item_data.to_dict()

            files.append(files_item)

        node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node, Unset):
            node = self.node.to_dict()

        use_vision = self.use_vision

        user_prompt = self.user_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "viewConfig": view_config,
                "files": files,
            }
        )
        if node is not UNSET:
            field_dict["node"] = node
        if use_vision is not UNSET:
            field_dict["useVision"] = use_vision
        if user_prompt is not UNSET:
            field_dict["userPrompt"] = user_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_parser_file_reference_file_external_id import DocumentParserFileReferenceFileExternalId  # noqa: PLC0415
        from ..models.document_parser_file_reference_file_id import DocumentParserFileReferenceFileId  # noqa: PLC0415
        from ..models.document_parser_file_reference_file_instance_id import DocumentParserFileReferenceFileInstanceId  # noqa: PLC0415
        from ..models.node import Node  # noqa: PLC0415
        from ..models.view_config import ViewConfig  # noqa: PLC0415

        d = dict(src_dict)
        view_config = ViewConfig.from_dict(d.pop("viewConfig"))

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

        _node = d.pop("node", UNSET)
        node: Node | Unset
        if isinstance(_node, Unset):
            node = UNSET
        else:
            node = Node.from_dict(_node)

        use_vision = d.pop("useVision", UNSET)

        user_prompt = d.pop("userPrompt", UNSET)

        document_parser_start_job_request = cls(
            view_config=view_config,
            files=files,
            node=node,
            use_vision=use_vision,
            user_prompt=user_prompt,
        )

        document_parser_start_job_request.additional_properties = d
        return document_parser_start_job_request
