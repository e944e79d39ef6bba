from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cdf_task_parameters_cdf_request_cdf_version_header import CdfTaskParametersCdfRequestCdfVersionHeader
from ..models.cdf_task_parameters_cdf_request_method_type_0 import CdfTaskParametersCdfRequestMethodType0
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cdf_task_parameters_option_0 import CdfTaskParametersOption0
    from ..models.cdf_task_parameters_option_02 import CdfTaskParametersOption02


T = TypeVar("T", bound="CdfTaskParametersCdfRequest")


@_attrs_define
class CdfTaskParametersCdfRequest(AdditionalProperties):
    """
    Attributes:
        resource_path (str): The path of the request. The path should be prefixed by
            `{cluster}.cognitedata.com/api/v1/project/{project}` based on the relevant cluster and project.

            Example: to list TimeSeries, the resourcePath would be
            `{cluster}.cognitedata.com/api/v1/project/{project}/timeseries/list`.
        method (CdfTaskParametersCdfRequestMethodType0 | str):
        query_parameters (CdfTaskParametersOption0 | str | Unset):
        body (CdfTaskParametersOption02 | str | Unset): The body of the request. Limited to 100KB in size.
        request_timeout_in_millis (float | str | Unset):
        cdf_version_header (CdfTaskParametersCdfRequestCdfVersionHeader | Unset): Optional CDF API version header. Set
            to `alpha` or `beta` to access alpha or beta CDF API endpoints.
    """

    _FIT = {
        "resourcePath": ("u", ("s",)),
        "method": ("u", ("s", "s")),
        "queryParameters": ("u", (("m", "CdfTaskParametersOption0"), "s")),
        "body": ("u", (("m", "CdfTaskParametersOption02"), "s")),
        "requestTimeoutInMillis": ("u", ("n", "s")),
        "cdfVersionHeader": "s",
    }
    _REQUIRED = ("resourcePath", "method")

    resource_path: str
    method: CdfTaskParametersCdfRequestMethodType0 | str
    query_parameters: CdfTaskParametersOption0 | str | Unset = UNSET
    body: CdfTaskParametersOption02 | str | Unset = UNSET
    request_timeout_in_millis: float | str | Unset = UNSET
    cdf_version_header: CdfTaskParametersCdfRequestCdfVersionHeader | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cdf_task_parameters_option_0 import CdfTaskParametersOption0  # noqa: PLC0415
        from ..models.cdf_task_parameters_option_02 import CdfTaskParametersOption02  # noqa: PLC0415

        resource_path: str
        resource_path = self.resource_path

        method: str
        if isinstance(self.method, CdfTaskParametersCdfRequestMethodType0):
            method = self.method.value
        else:
            method = self.method

        query_parameters: dict[str, Any] | str | Unset
        if isinstance(self.query_parameters, Unset):
            query_parameters = UNSET
        elif isinstance(self.query_parameters, CdfTaskParametersOption0):
            query_parameters = self.query_parameters.to_dict()
        else:
            query_parameters = self.query_parameters

        body: dict[str, Any] | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        elif isinstance(self.body, CdfTaskParametersOption02):
            body = self.body.to_dict()
        else:
            body = self.body

        request_timeout_in_millis: float | str | Unset
        if isinstance(self.request_timeout_in_millis, Unset):
            request_timeout_in_millis = UNSET
        else:
            request_timeout_in_millis = self.request_timeout_in_millis

        cdf_version_header: str | Unset = UNSET
        if not isinstance(self.cdf_version_header, Unset):
            cdf_version_header = self.cdf_version_header.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourcePath": resource_path,
                "method": method,
            }
        )
        if query_parameters is not UNSET:
            field_dict["queryParameters"] = query_parameters
        if body is not UNSET:
            field_dict["body"] = body
        if request_timeout_in_millis is not UNSET:
            field_dict["requestTimeoutInMillis"] = request_timeout_in_millis
        if cdf_version_header is not UNSET:
            field_dict["cdfVersionHeader"] = cdf_version_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cdf_task_parameters_option_0 import CdfTaskParametersOption0  # noqa: PLC0415
        from ..models.cdf_task_parameters_option_02 import CdfTaskParametersOption02  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_resource_path(data: object) -> str:
            return cast(str, data)

        resource_path = _parse_resource_path(d.pop("resourcePath"))

        def _parse_method(data: object) -> CdfTaskParametersCdfRequestMethodType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = CdfTaskParametersCdfRequestMethodType0(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CdfTaskParametersCdfRequestMethodType0 | str, data)

        method = _parse_method(d.pop("method"))

        def _parse_query_parameters(data: object) -> CdfTaskParametersOption0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_parameters_type_0 = CdfTaskParametersOption0.from_dict(data)

                return query_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CdfTaskParametersOption0 | str | Unset, data)

        query_parameters = _parse_query_parameters(d.pop("queryParameters", UNSET))

        def _parse_body(data: object) -> CdfTaskParametersOption02 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                body_type_0 = CdfTaskParametersOption02.from_dict(data)

                return body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CdfTaskParametersOption02 | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_request_timeout_in_millis(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        request_timeout_in_millis = _parse_request_timeout_in_millis(d.pop("requestTimeoutInMillis", UNSET))

        _cdf_version_header = d.pop("cdfVersionHeader", UNSET)
        cdf_version_header: CdfTaskParametersCdfRequestCdfVersionHeader | Unset
        if isinstance(_cdf_version_header, Unset):
            cdf_version_header = UNSET
        else:
            cdf_version_header = CdfTaskParametersCdfRequestCdfVersionHeader(_cdf_version_header)

        cdf_task_parameters_cdf_request = cls(
            resource_path=resource_path,
            method=method,
            query_parameters=query_parameters,
            body=body,
            request_timeout_in_millis=request_timeout_in_millis,
            cdf_version_header=cdf_version_header,
        )

        cdf_task_parameters_cdf_request.additional_properties = d
        return cdf_task_parameters_cdf_request
