from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CustomizeFuzziness")


@_attrs_define
class CustomizeFuzziness(AdditionalProperties):
    """Additional requirements for the fuzzy matching algorithm. The fuzzy match is allowed if any of these are true for
    each match candidate. The overall minFuzzyScore still applies, but a stricter fuzzyScore can be set here, which
    would not be enforced if either the minChars or maxBoxes conditions are met, making it possible to exclude
    detections using replacements if they are either short, or combined from many boxes.

        Attributes:
            min_chars (int | Unset): The minimum number of characters that must be present in the candidate match string.
            max_boxes (int | Unset): Maximum number of text boxes the potential match is composed of.
            fuzzy_score (float | Unset): The minimum fuzzy score of the candidate match.
    """

    _FIT = {"minChars": "i", "maxBoxes": "i", "fuzzyScore": "n"}
    _REQUIRED = ()

    min_chars: int | Unset = UNSET
    max_boxes: int | Unset = UNSET
    fuzzy_score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_chars = self.min_chars

        max_boxes = self.max_boxes

        fuzzy_score = self.fuzzy_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_chars is not UNSET:
            field_dict["minChars"] = min_chars
        if max_boxes is not UNSET:
            field_dict["maxBoxes"] = max_boxes
        if fuzzy_score is not UNSET:
            field_dict["fuzzyScore"] = fuzzy_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_chars = d.pop("minChars", UNSET)

        max_boxes = d.pop("maxBoxes", UNSET)

        fuzzy_score = d.pop("fuzzyScore", UNSET)

        customize_fuzziness = cls(
            min_chars=min_chars,
            max_boxes=max_boxes,
            fuzzy_score=fuzzy_score,
        )

        customize_fuzziness.additional_properties = d
        return customize_fuzziness
