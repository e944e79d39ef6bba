from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.btree_index_definition import BtreeIndexDefinition
    from ..models.inverted_index_definition import InvertedIndexDefinition


T = TypeVar("T", bound="ContainerDefinitionIndexes")


@_attrs_define
class ContainerDefinitionIndexes:
    """Set of indexes applied to the container. Indexes are not supported for containers with ```usedFor``` set to
    ```record```.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, BtreeIndexDefinition | InvertedIndexDefinition] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.btree_index_definition import BtreeIndexDefinition  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, BtreeIndexDefinition):
                field_dict[prop_name] = prop.to_dict()
            else:
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
                if isinstance(data, dict):
                    _ranked = best_first(
                        data,
                        (
                            BtreeIndexDefinition,
                            InvertedIndexDefinition,
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

        container_definition_indexes.additional_properties = additional_properties
        return container_definition_indexes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BtreeIndexDefinition | InvertedIndexDefinition:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BtreeIndexDefinition | InvertedIndexDefinition) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
