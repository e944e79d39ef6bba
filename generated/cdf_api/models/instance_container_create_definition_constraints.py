from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.requires_constraint_create_definition import RequiresConstraintCreateDefinition
    from ..models.uniqueness_constraint_create_definition import UniquenessConstraintCreateDefinition


T = TypeVar("T", bound="InstanceContainerCreateDefinitionConstraints")


@_attrs_define
class InstanceContainerCreateDefinitionConstraints:
    """Set of constraints to apply to the container. Constraint identifiers must be between 1 and 43 characters long."""

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, RequiresConstraintCreateDefinition | UniquenessConstraintCreateDefinition] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.requires_constraint_create_definition import RequiresConstraintCreateDefinition  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, RequiresConstraintCreateDefinition):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requires_constraint_create_definition import RequiresConstraintCreateDefinition  # noqa: PLC0415
        from ..models.uniqueness_constraint_create_definition import UniquenessConstraintCreateDefinition  # noqa: PLC0415

        d = dict(src_dict)
        instance_container_create_definition_constraints = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> RequiresConstraintCreateDefinition | UniquenessConstraintCreateDefinition:
                if isinstance(data, dict):
                    _ranked = best_first(
                        data,
                        (
                            RequiresConstraintCreateDefinition,
                            UniquenessConstraintCreateDefinition,
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

        instance_container_create_definition_constraints.additional_properties = additional_properties
        return instance_container_create_definition_constraints

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> RequiresConstraintCreateDefinition | UniquenessConstraintCreateDefinition:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: RequiresConstraintCreateDefinition | UniquenessConstraintCreateDefinition
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
