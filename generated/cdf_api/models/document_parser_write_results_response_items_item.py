from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.view_status import ViewStatus
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.node import Node


T = TypeVar("T", bound="DocumentParserWriteResultsResponseItemsItem")


@_attrs_define
class DocumentParserWriteResultsResponseItemsItem(AdditionalProperties):
    """
    Attributes:
        job_id (int): Contextualization job ID. Example: 123.
        view_status (ViewStatus): The status of the instance written to the View of Data Models.
        node (Node): Data Model node ID where parsed document results are written to.
    """

    _FIT = {"jobId": "i", "viewStatus": "s", "node": ("m", "Node")}
    _REQUIRED = ("jobId", "viewStatus", "node")

    job_id: int
    view_status: ViewStatus
    node: Node
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        view_status = self.view_status.value

        node = self.node.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "viewStatus": view_status,
                "node": node,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node import Node  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("jobId")

        view_status = ViewStatus(d.pop("viewStatus"))

        node = Node.from_dict(d.pop("node"))

        document_parser_write_results_response_items_item = cls(
            job_id=job_id,
            view_status=view_status,
            node=node,
        )

        document_parser_write_results_response_items_item.additional_properties = d
        return document_parser_write_results_response_items_item
