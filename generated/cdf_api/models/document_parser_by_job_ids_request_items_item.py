from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DocumentParserByJobIdsRequestItemsItem")


@_attrs_define
class DocumentParserByJobIdsRequestItemsItem(AdditionalProperties):
    """
    Attributes:
        job_id (int): Contextualization job ID. Example: 123.
    """

    _FIT = {"jobId": "i"}
    _REQUIRED = ("jobId",)

    job_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        document_parser_by_job_ids_request_items_item = cls(
            job_id=job_id,
        )

        document_parser_by_job_ids_request_items_item.additional_properties = d
        return document_parser_by_job_ids_request_items_item
