from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cdf_task_parameters_cdf_request import CdfTaskParametersCdfRequest


T = TypeVar("T", bound="CdfTaskParameters")


@_attrs_define
class CdfTaskParameters(AdditionalProperties):
    """Parameters for the CDF Request task type, which can be used to make a request to any CDF API.

    Attributes:
        cdf_request (CdfTaskParametersCdfRequest | Unset):
    """

    _FIT = {"cdfRequest": ("m", "CdfTaskParametersCdfRequest")}
    _REQUIRED = ()

    cdf_request: CdfTaskParametersCdfRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cdf_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cdf_request, Unset):
            cdf_request = self.cdf_request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cdf_request is not UNSET:
            field_dict["cdfRequest"] = cdf_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cdf_task_parameters_cdf_request import CdfTaskParametersCdfRequest  # noqa: PLC0415

        d = dict(src_dict)
        _cdf_request = d.pop("cdfRequest", UNSET)
        cdf_request: CdfTaskParametersCdfRequest | Unset
        if isinstance(_cdf_request, Unset):
            cdf_request = UNSET
        else:
            cdf_request = CdfTaskParametersCdfRequest.from_dict(_cdf_request)

        cdf_task_parameters = cls(
            cdf_request=cdf_request,
        )

        cdf_task_parameters.additional_properties = d
        return cdf_task_parameters
