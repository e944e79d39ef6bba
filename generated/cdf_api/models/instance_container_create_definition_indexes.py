from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.btree_index_create_definition import BtreeIndexCreateDefinition
    from ..models.inverted_index_create_definition import InvertedIndexCreateDefinition


T = TypeVar("T", bound="InstanceContainerCreateDefinitionIndexes")


@_attrs_define
class InstanceContainerCreateDefinitionIndexes:
    """Set of indexes to apply to the container. Up to 10 indexes can be added on a container. Index identifiers must be
    between 1 and 43 characters long.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, BtreeIndexCreateDefinition | InvertedIndexCreateDefinition] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.btree_index_create_definition import BtreeIndexCreateDefinition  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, BtreeIndexCreateDefinition):
                field_dict[prop_name] = prop.to_dict()
            else:
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
                if isinstance(data, dict):
                    _ranked = best_first(
                        data,
                        (
                            BtreeIndexCreateDefinition,
                            InvertedIndexCreateDefinition,
                        ),
                    )
                    for _cls in _ranked[:-1]:
                        try:
                            return _cls.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _ranked[-1].from_dict(data)
                raise TypeError(f"expected an object, got {type(data).__name__}")

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        instance_container_create_definition_indexes.additional_properties = additional_properties
        return instance_container_create_definition_indexes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BtreeIndexCreateDefinition | InvertedIndexCreateDefinition:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BtreeIndexCreateDefinition | InvertedIndexCreateDefinition) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
