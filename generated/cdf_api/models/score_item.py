from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ScoreItem")


@_attrs_define
class ScoreItem(AdditionalProperties):
    """Represents a scoring item, including the count of errors, a numeric score, and a status message. The score is a
    float value, while the status message provides additional details or context about the score.

        Attributes:
            error_count (int):
            score (float):
            status (str):
    """

    _FIT = {"error_count": "i", "score": "n", "status": "s"}
    _REQUIRED = ("error_count", "score", "status")

    error_count: int
    score: float
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_count = self.error_count

        score = self.score

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_count": error_count,
                "score": score,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_count = d.pop("error_count")

        score = d.pop("score")

        status = d.pop("status")

        score_item = cls(
            error_count=error_count,
            score=score,
            status=status,
        )

        score_item.additional_properties = d
        return score_item
