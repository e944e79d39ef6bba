from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.score_item import ScoreItem


T = TypeVar("T", bound="Scores")


@_attrs_define
class Scores(AdditionalProperties):
    """Currently supports two scoring metrics: 'completenessScore' and 'typeScore'.

    Attributes:
        completeness_score (ScoreItem): Represents a scoring item, including the count of errors, a numeric score, and a
            status message. The score is a float value, while the status message provides additional details or context
            about the score.
        type_score (ScoreItem): Represents a scoring item, including the count of errors, a numeric score, and a status
            message. The score is a float value, while the status message provides additional details or context about the
            score.
    """

    _FIT = {"completenessScore": ("m", "ScoreItem"), "typeScore": ("m", "ScoreItem")}
    _REQUIRED = ("completenessScore", "typeScore")

    completeness_score: ScoreItem
    type_score: ScoreItem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completeness_score = self.completeness_score.to_dict()

        type_score = self.type_score.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completenessScore": completeness_score,
                "typeScore": type_score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_item import ScoreItem  # noqa: PLC0415

        d = dict(src_dict)
        completeness_score = ScoreItem.from_dict(d.pop("completenessScore"))

        type_score = ScoreItem.from_dict(d.pop("typeScore"))

        scores = cls(
            completeness_score=completeness_score,
            type_score=type_score,
        )

        scores.additional_properties = d
        return scores
