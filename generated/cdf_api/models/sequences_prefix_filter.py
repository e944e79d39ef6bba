from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sequences_prefix_filter_prefix import SequencesPrefixFilterPrefix


T = TypeVar("T", bound="SequencesPrefixFilter")


@_attrs_define
class SequencesPrefixFilter:
    """
    Attributes:
        prefix (SequencesPrefixFilterPrefix): Matches items where the provided property begins with the given text.
    """

    _FIT = {"prefix": ("m", "SequencesPrefixFilterPrefix")}
    _REQUIRED = ("prefix",)

    prefix: SequencesPrefixFilterPrefix
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prefix": prefix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequences_prefix_filter_prefix import SequencesPrefixFilterPrefix  # noqa: PLC0415

        d = dict(src_dict)
        prefix = SequencesPrefixFilterPrefix.from_dict(d.pop("prefix"))

        sequences_prefix_filter = cls(
            prefix=prefix,
        )

        sequences_prefix_filter.additional_properties = d
        return sequences_prefix_filter

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
