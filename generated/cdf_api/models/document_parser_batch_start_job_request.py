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
    from ..models.view_config import ViewConfig


T = TypeVar("T", bound="DocumentParserBatchStartJobRequest")


@_attrs_define
class DocumentParserBatchStartJobRequest(AdditionalProperties):
    """
    Attributes:
        view_config (ViewConfig): The view the job is based on.
        items (list[DocumentParserFileReferenceFileExternalId | DocumentParserFileReferenceFileId |
            DocumentParserFileReferenceFileInstanceId]): Array of file references to parse. Each file will create a separate
            job. Must contain between 1 and 10 files.
        use_vision (bool | Unset): Whether to use vision-based parsing.
        user_prompt (str | Unset): An optional user prompt to guide the document parsing process. Limited to 4000
            characters.
    """

    _FIT = {
        "viewConfig": ("m", "ViewConfig"),
        "items": (
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
        "useVision": "b",
        "userPrompt": "s",
    }
    _REQUIRED = ("viewConfig", "items")

    view_config: ViewConfig
    items: list[
        DocumentParserFileReferenceFileExternalId
        | DocumentParserFileReferenceFileId
        | DocumentParserFileReferenceFileInstanceId
    ]
    use_vision: bool | Unset = UNSET
    user_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        view_config = self.view_config.to_dict()

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        use_vision = self.use_vision

        user_prompt = self.user_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "viewConfig": view_config,
                "items": items,
            }
        )
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
        from ..models.view_config import ViewConfig  # noqa: PLC0415

        d = dict(src_dict)
        view_config = ViewConfig.from_dict(d.pop("viewConfig"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
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

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        use_vision = d.pop("useVision", UNSET)

        user_prompt = d.pop("userPrompt", UNSET)

        document_parser_batch_start_job_request = cls(
            view_config=view_config,
            items=items,
            use_vision=use_vision,
            user_prompt=user_prompt,
        )

        document_parser_batch_start_job_request.additional_properties = d
        return document_parser_batch_start_job_request
