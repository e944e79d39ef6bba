from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.advanced_join_patch_add_remove_matchers import AdvancedJoinPatchAddRemoveMatchers
    from ..models.advanced_join_patch_set_matchers import AdvancedJoinPatchSetMatchers


T = TypeVar("T", bound="AdvancedJoinPatch")


@_attrs_define
class AdvancedJoinPatch(AdditionalProperties):
    """Matchers can be added, removed, or replaced (set).

    Attributes:
        matchers (AdvancedJoinPatchAddRemoveMatchers | AdvancedJoinPatchSetMatchers):
    """

    _FIT = {"matchers": ("u", (("m", "AdvancedJoinPatchSetMatchers"), ("m", "AdvancedJoinPatchAddRemoveMatchers")))}
    _REQUIRED = ("matchers",)

    matchers: AdvancedJoinPatchAddRemoveMatchers | AdvancedJoinPatchSetMatchers
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matchers: dict[str, Any]
        matchers = self.matchers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matchers": matchers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advanced_join_patch_add_remove_matchers import AdvancedJoinPatchAddRemoveMatchers  # noqa: PLC0415
        from ..models.advanced_join_patch_set_matchers import AdvancedJoinPatchSetMatchers  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_matchers(data: object) -> AdvancedJoinPatchAddRemoveMatchers | AdvancedJoinPatchSetMatchers:
            return parse_best(data, (AdvancedJoinPatchSetMatchers, AdvancedJoinPatchAddRemoveMatchers))

        matchers = _parse_matchers(d.pop("matchers"))

        advanced_join_patch = cls(
            matchers=matchers,
        )

        advanced_join_patch.additional_properties = d
        return advanced_join_patch
