from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.pipeline_targets_option_2_entities_item import PipelineTargetsOption2EntitiesItem


T = TypeVar("T", bound="PipelineTargetsOption2")


@_attrs_define
class PipelineTargetsOption2(AdditionalProperties):
    """Custom target

    Attributes:
        entities (list[PipelineTargetsOption2EntitiesItem] | Unset): List of custom target object to match to, for
            example, assets. String key -> value. Optional id and/or externalId fields.
    """

    _FIT = {"entities": ("l", ("m", "PipelineTargetsOption2EntitiesItem"))}
    _REQUIRED = ()

    entities: list[PipelineTargetsOption2EntitiesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entities is not UNSET:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_targets_option_2_entities_item import PipelineTargetsOption2EntitiesItem  # noqa: PLC0415

        d = dict(src_dict)
        _entities = d.pop("entities", UNSET)
        entities: list[PipelineTargetsOption2EntitiesItem] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = PipelineTargetsOption2EntitiesItem.from_dict(entities_item_data)

                entities.append(entities_item)

        pipeline_targets_option_2 = cls(
            entities=entities,
        )

        pipeline_targets_option_2.additional_properties = d
        return pipeline_targets_option_2
