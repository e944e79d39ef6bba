from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rest_interval import RestInterval
from ..models.rest_job_config_method import RestJobConfigMethod
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.body_pagination_config import BodyPaginationConfig
    from ..models.header_value_config import HeaderValueConfig
    from ..models.next_url_config import NextUrlConfig
    from ..models.query_parameter_config import QueryParameterConfig
    from ..models.rest_job_config_headers import RestJobConfigHeaders
    from ..models.rest_job_config_query import RestJobConfigQuery


T = TypeVar("T", bound="RestJobConfig")


@_attrs_define
class RestJobConfig(AdditionalProperties):
    """
    Attributes:
        interval (RestInterval):
        path (str): Path of resource to access on the server, without query.
        method (RestJobConfigMethod | Unset): HTTP method to use for each request.
        body (Any | Unset): Initial JSON body to send with request. Only applicable if method is `post`. Maximum of
            10000 bytes total.
        query (RestJobConfigQuery | Unset): Query parameters to include in request. String key -> String value. Limits:
            Maximum 255 characters per key, 2048 per value, and at most 32 pairs.
        headers (RestJobConfigHeaders | Unset): Headers to include in request. String key -> String value. Limits:
            Maximum 255 characters per key, 2048 per value, and at most 32 pairs.
        incremental_load (BodyPaginationConfig | HeaderValueConfig | QueryParameterConfig | Unset): The format of the
            messages from the source. This is used to convert messages coming from the source system to a format that can be
            inserted into CDF.
        pagination (BodyPaginationConfig | HeaderValueConfig | NextUrlConfig | QueryParameterConfig | Unset): The format
            of the messages from the source. This is used to convert messages coming from the source system to a format that
            can be inserted into CDF.
    """

    _FIT = {
        "interval": "s",
        "path": "s",
        "method": "s",
        "body": None,
        "query": ("m", "RestJobConfigQuery"),
        "headers": ("m", "RestJobConfigHeaders"),
        "incrementalLoad": (
            "u",
            (("m", "QueryParameterConfig"), ("m", "HeaderValueConfig"), ("m", "BodyPaginationConfig")),
        ),
        "pagination": (
            "u",
            (
                ("m", "QueryParameterConfig"),
                ("m", "HeaderValueConfig"),
                ("m", "NextUrlConfig"),
                ("m", "BodyPaginationConfig"),
            ),
        ),
    }
    _REQUIRED = ("interval", "path")

    interval: RestInterval
    path: str
    method: RestJobConfigMethod | Unset = UNSET
    body: Any | Unset = UNSET
    query: RestJobConfigQuery | Unset = UNSET
    headers: RestJobConfigHeaders | Unset = UNSET
    incremental_load: BodyPaginationConfig | HeaderValueConfig | QueryParameterConfig | Unset = UNSET
    pagination: BodyPaginationConfig | HeaderValueConfig | NextUrlConfig | QueryParameterConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval.value

        path = self.path

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        body = self.body

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        incremental_load: dict[str, Any] | Unset
        if isinstance(self.incremental_load, Unset):
            incremental_load = UNSET
        else:
            incremental_load = self.incremental_load.to_dict()

        pagination: dict[str, Any] | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        else:
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "path": path,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if body is not UNSET:
            field_dict["body"] = body
        if query is not UNSET:
            field_dict["query"] = query
        if headers is not UNSET:
            field_dict["headers"] = headers
        if incremental_load is not UNSET:
            field_dict["incrementalLoad"] = incremental_load
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.body_pagination_config import BodyPaginationConfig  # noqa: PLC0415
        from ..models.header_value_config import HeaderValueConfig  # noqa: PLC0415
        from ..models.next_url_config import NextUrlConfig  # noqa: PLC0415
        from ..models.query_parameter_config import QueryParameterConfig  # noqa: PLC0415
        from ..models.rest_job_config_headers import RestJobConfigHeaders  # noqa: PLC0415
        from ..models.rest_job_config_query import RestJobConfigQuery  # noqa: PLC0415

        d = dict(src_dict)
        interval = RestInterval(d.pop("interval"))

        path = d.pop("path")

        _method = d.pop("method", UNSET)
        method: RestJobConfigMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = RestJobConfigMethod(_method)

        body = d.pop("body", UNSET)

        _query = d.pop("query", UNSET)
        query: RestJobConfigQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = RestJobConfigQuery.from_dict(_query)

        _headers = d.pop("headers", UNSET)
        headers: RestJobConfigHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = RestJobConfigHeaders.from_dict(_headers)

        def _parse_incremental_load(
            data: object,
        ) -> BodyPaginationConfig | HeaderValueConfig | QueryParameterConfig | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (QueryParameterConfig, HeaderValueConfig, BodyPaginationConfig))

        incremental_load = _parse_incremental_load(d.pop("incrementalLoad", UNSET))

        def _parse_pagination(
            data: object,
        ) -> BodyPaginationConfig | HeaderValueConfig | NextUrlConfig | QueryParameterConfig | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (QueryParameterConfig, HeaderValueConfig, NextUrlConfig, BodyPaginationConfig))

        pagination = _parse_pagination(d.pop("pagination", UNSET))

        rest_job_config = cls(
            interval=interval,
            path=path,
            method=method,
            body=body,
            query=query,
            headers=headers,
            incremental_load=incremental_load,
            pagination=pagination,
        )

        rest_job_config.additional_properties = d
        return rest_job_config
