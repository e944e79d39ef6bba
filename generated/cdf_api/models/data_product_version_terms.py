from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DataProductVersionTerms")


@_attrs_define
class DataProductVersionTerms(AdditionalProperties):
    """Terms and conditions for using this data product version.

    Attributes:
        usage (str | Unset): Permitted usage terms and conditions. The text will be interpreted as markdown.
        limitations (str | Unset): Usage limitations and restrictions. The text will be interpreted as markdown.
    """

    _FIT = {"usage": "s", "limitations": "s"}
    _REQUIRED = ()

    usage: str | Unset = UNSET
    limitations: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usage = self.usage

        limitations = self.limitations

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
        d = dict(src_dict)
        usage = d.pop("usage", UNSET)

        limitations = d.pop("limitations", UNSET)

        data_product_version_terms = cls(
            usage=usage,
            limitations=limitations,
        )

        data_product_version_terms.additional_properties = d
        return data_product_version_terms
