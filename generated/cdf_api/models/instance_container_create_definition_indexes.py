from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.btree_index_create_definition import BtreeIndexCreateDefinition
    from ..models.inverted_index_create_definition import InvertedIndexCreateDefinition


T = TypeVar("T", bound="InstanceContainerCreateDefinitionIndexes")


@_attrs_define
class InstanceContainerCreateDefinitionIndexes(AdditionalProperties):
    """Set of indexes to apply to the container. Up to 10 indexes can be added on a container. Index identifiers must be
    between 1 and 43 characters long.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, BtreeIndexCreateDefinition | InvertedIndexCreateDefinition] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.btree_index_create_definition import BtreeIndexCreateDefinition  # noqa: PLC0415
        from ..models.inverted_index_create_definition import InvertedIndexCreateDefinition  # noqa: PLC0415

        d = dict(src_dict)
        instance_container_create_definition_indexes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> BtreeIndexCreateDefinition | InvertedIndexCreateDefinition:
                return parse_best(data, (BtreeIndexCreateDefinition, InvertedIndexCreateDefinition))

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        instance_container_create_definition_indexes.additional_properties = additional_properties
        return instance_container_create_definition_indexes
