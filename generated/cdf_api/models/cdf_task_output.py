from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cdf_task_output_option_1 import CdfTaskOutputOption1


T = TypeVar("T", bound="CdfTaskOutput")


@_attrs_define
class CdfTaskOutput(AdditionalProperties):
    """
    Attributes:
        response (CdfTaskOutputOption1 | str | Unset): The body of the response. Will be a a JSON object if content-type
            is application/json, otherwise it will be a string.
        status_code (int | Unset): The HTTP status code of the response.
    """

    _FIT = {"response": ("u", ("s", ("m", "CdfTaskOutputOption1"))), "statusCode": "i"}
    _REQUIRED = ()

    response: CdfTaskOutputOption1 | str | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cdf_task_output_option_1 import CdfTaskOutputOption1  # noqa: PLC0415

        response: dict[str, Any] | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, CdfTaskOutputOption1):
            response = self.response.to_dict()
        else:
            response = self.response

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response is not UNSET:
            field_dict["response"] = response
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cdf_task_output_option_1 import CdfTaskOutputOption1  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_response(data: object) -> CdfTaskOutputOption1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_1 = CdfTaskOutputOption1.from_dict(data)

                return response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CdfTaskOutputOption1 | str | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        status_code = d.pop("statusCode", UNSET)

        cdf_task_output = cls(
            response=response,
            status_code=status_code,
        )

        cdf_task_output.additional_properties = d
        return cdf_task_output
