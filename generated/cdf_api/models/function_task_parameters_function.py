from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.function_task_parameters_option_0 import FunctionTaskParametersOption0


T = TypeVar("T", bound="FunctionTaskParametersFunction")


@_attrs_define
class FunctionTaskParametersFunction(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external id of the Cognite Function in the project.
        data (FunctionTaskParametersOption0 | str | Unset): Input data that will be passed to the Cognite Function.
            Limited to 100KB in size.
    """

    _FIT = {"externalId": ("u", ("s",)), "data": ("u", (("m", "FunctionTaskParametersOption0"), "s"))}
    _REQUIRED = ("externalId",)

    external_id: str
    data: FunctionTaskParametersOption0 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.function_task_parameters_option_0 import FunctionTaskParametersOption0  # noqa: PLC0415

        external_id: str
        external_id = self.external_id

        data: dict[str, Any] | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, FunctionTaskParametersOption0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_task_parameters_option_0 import FunctionTaskParametersOption0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_external_id(data: object) -> str:
            return cast(str, data)

        external_id = _parse_external_id(d.pop("externalId"))

        def _parse_data(data: object) -> FunctionTaskParametersOption0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = FunctionTaskParametersOption0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunctionTaskParametersOption0 | str | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        function_task_parameters_function = cls(
            external_id=external_id,
            data=data,
        )

        function_task_parameters_function.additional_properties = d
        return function_task_parameters_function
