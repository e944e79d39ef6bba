from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.btree_index_definition import BtreeIndexDefinition
    from ..models.inverted_index_definition import InvertedIndexDefinition


T = TypeVar("T", bound="ContainerDefinitionIndexes")


@_attrs_define
class ContainerDefinitionIndexes(AdditionalProperties):
    """Set of indexes applied to the container. Indexes are not supported for containers with ```usedFor``` set to
    ```record```.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, BtreeIndexDefinition | InvertedIndexDefinition] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.btree_index_definition import BtreeIndexDefinition  # noqa: PLC0415
        from ..models.inverted_index_definition import InvertedIndexDefinition  # noqa: PLC0415

        d = dict(src_dict)
        container_definition_indexes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> BtreeIndexDefinition | InvertedIndexDefinition:
                return parse_best(data, (BtreeIndexDefinition, InvertedIndexDefinition))

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        container_definition_indexes.additional_properties = additional_properties
        return container_definition_indexes
