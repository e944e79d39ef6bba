from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.model_parameters import ModelParameters


T = TypeVar("T", bound="PatchModelParameters")


@_attrs_define
class PatchModelParameters(AdditionalProperties):
    """Set a new value for modelParameters.

    Attributes:
        set_ (ModelParameters): The parameters to use in the entity matching model. Example: {'featureType': 'bigram'}.
    """

    _FIT = {"set": ("m", "ModelParameters")}
    _REQUIRED = ("set",)

    set_: ModelParameters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_parameters import ModelParameters  # noqa: PLC0415

        d = dict(src_dict)
        set_ = ModelParameters.from_dict(d.pop("set"))

        patch_model_parameters = cls(
            set_=set_,
        )

        patch_model_parameters.additional_properties = d
        return patch_model_parameters
