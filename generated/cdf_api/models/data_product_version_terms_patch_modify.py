from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.remove_field import RemoveField
    from ..models.set_string_field import SetStringField


T = TypeVar("T", bound="DataProductVersionTermsPatchModify")


@_attrs_define
class DataProductVersionTermsPatchModify(AdditionalProperties):
    """Modify terms fields

    Attributes:
        usage (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        limitations (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
    """

    _FIT = {
        "usage": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "limitations": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
    }
    _REQUIRED = ()

    usage: RemoveField | SetStringField | Unset = UNSET
    limitations: RemoveField | SetStringField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usage: dict[str, Any] | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage.to_dict()

        limitations: dict[str, Any] | Unset
        if isinstance(self.limitations, Unset):
            limitations = UNSET
        else:
            limitations = self.limitations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usage is not UNSET:
            field_dict["usage"] = usage
        if limitations is not UNSET:
            field_dict["limitations"] = limitations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_string_field import SetStringField  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_usage(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_limitations(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        limitations = _parse_limitations(d.pop("limitations", UNSET))

        data_product_version_terms_patch_modify = cls(
            usage=usage,
            limitations=limitations,
        )

        data_product_version_terms_patch_modify.additional_properties = d
        return data_product_version_terms_patch_modify
