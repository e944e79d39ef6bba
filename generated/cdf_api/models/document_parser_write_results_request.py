from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.node import Node
    from ..models.raw_responses import RawResponses


T = TypeVar("T", bound="DocumentParserWriteResultsRequest")


@_attrs_define
class DocumentParserWriteResultsRequest(AdditionalProperties):
    """
    Attributes:
        job_id (int): Contextualization job ID. Example: 123.
        data (RawResponses): A dictionary where each key represents a property name (e.g., 'operatingPressure') and the
            value is a 'RawResponseItem' schema.
        node (Node | Unset): Data Model node ID where parsed document results are written to.
    """

    _FIT = {"jobId": "i", "data": ("m", "RawResponses"), "node": ("m", "Node")}
    _REQUIRED = ("jobId", "data")

    job_id: int
    data: RawResponses
    node: Node | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        data = self.data.to_dict()

        node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node, Unset):
            node = self.node.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "data": data,
            }
        )
        if node is not UNSET:
            field_dict["node"] = node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node import Node  # noqa: PLC0415
        from ..models.raw_responses import RawResponses  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("jobId")

        data = RawResponses.from_dict(d.pop("data"))

        _node = d.pop("node", UNSET)
        node: Node | Unset
        if isinstance(_node, Unset):
            node = UNSET
        else:
            node = Node.from_dict(_node)

        document_parser_write_results_request = cls(
            job_id=job_id,
            data=data,
            node=node,
        )

        document_parser_write_results_request.additional_properties = d
        return document_parser_write_results_request
