from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="QueryRequestBody")


@_attrs_define
class QueryRequestBody(AdditionalProperties):
    """Query object to run a query to preview results.

    Attributes:
        query (str): SQL query to run for preview.
        convert_to_string (bool): Stringify values in the query results.
        limit (int | Unset): End-result limit of the query.
        source_limit (int | Unset): Limit for how many rows to download from the data sources.
        infer_schema_limit (int | Unset): Limit for how many rows that are used for inferring schema. Default is 10,000.
        timeout (int | Unset): Number of seconds to wait before cancelling a query. The default, and maximum, is 240.
    """

    _FIT = {
        "query": "s",
        "convertToString": "b",
        "limit": "i",
        "sourceLimit": "i",
        "inferSchemaLimit": "i",
        "timeout": "i",
    }
    _REQUIRED = ("query", "convertToString")

    query: str
    convert_to_string: bool
    limit: int | Unset = UNSET
    source_limit: int | Unset = UNSET
    infer_schema_limit: int | Unset = UNSET
    timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        convert_to_string = self.convert_to_string

        limit = self.limit

        source_limit = self.source_limit

        infer_schema_limit = self.infer_schema_limit

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
                "convertToString": convert_to_string,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if source_limit is not UNSET:
            field_dict["sourceLimit"] = source_limit
        if infer_schema_limit is not UNSET:
            field_dict["inferSchemaLimit"] = infer_schema_limit
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        convert_to_string = d.pop("convertToString")

        limit = d.pop("limit", UNSET)

        source_limit = d.pop("sourceLimit", UNSET)

        infer_schema_limit = d.pop("inferSchemaLimit", UNSET)

        timeout = d.pop("timeout", UNSET)

        query_request_body = cls(
            query=query,
            convert_to_string=convert_to_string,
            limit=limit,
            source_limit=source_limit,
            infer_schema_limit=infer_schema_limit,
            timeout=timeout,
        )

        query_request_body.additional_properties = d
        return query_request_body
