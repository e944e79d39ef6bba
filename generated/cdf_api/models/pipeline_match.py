from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipeline_match_match_type import PipelineMatchMatchType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.pipeline_match_source import PipelineMatchSource
    from ..models.pipeline_match_target import PipelineMatchTarget


T = TypeVar("T", bound="PipelineMatch")


@_attrs_define
class PipelineMatch(AdditionalProperties):
    """A match between a source and a target

    Attributes:
        match_type (PipelineMatchMatchType | Unset):  Example: model.
        score (float | Unset): A confidence score output by the pipeline Example: 0.98.
        source (PipelineMatchSource | Unset): The source item Example: {'field': 'value', 'ignoredField': {'key':
            'value'}}.
        target (PipelineMatchTarget | Unset): The target item Example: {'field': 'value', 'ignoredField': {'key':
            'value'}}.
    """

    _FIT = {
        "matchType": "s",
        "score": "n",
        "source": ("m", "PipelineMatchSource"),
        "target": ("m", "PipelineMatchTarget"),
    }
    _REQUIRED = ()

    match_type: PipelineMatchMatchType | Unset = UNSET
    score: float | Unset = UNSET
    source: PipelineMatchSource | Unset = UNSET
    target: PipelineMatchTarget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match_type: str | Unset = UNSET
        if not isinstance(self.match_type, Unset):
            match_type = self.match_type.value

        score = self.score

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if match_type is not UNSET:
            field_dict["matchType"] = match_type
        if score is not UNSET:
            field_dict["score"] = score
        if source is not UNSET:
            field_dict["source"] = source
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_match_source import PipelineMatchSource  # noqa: PLC0415
        from ..models.pipeline_match_target import PipelineMatchTarget  # noqa: PLC0415

        d = dict(src_dict)
        _match_type = d.pop("matchType", UNSET)
        match_type: PipelineMatchMatchType | Unset
        if isinstance(_match_type, Unset):
            match_type = UNSET
        else:
            match_type = PipelineMatchMatchType(_match_type)

        score = d.pop("score", UNSET)

        _source = d.pop("source", UNSET)
        source: PipelineMatchSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = PipelineMatchSource.from_dict(_source)

        _target = d.pop("target", UNSET)
        target: PipelineMatchTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = PipelineMatchTarget.from_dict(_target)

        pipeline_match = cls(
            match_type=match_type,
            score=score,
            source=source,
            target=target,
        )

        pipeline_match.additional_properties = d
        return pipeline_match
