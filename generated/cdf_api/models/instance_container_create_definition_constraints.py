from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.requires_constraint_create_definition import RequiresConstraintCreateDefinition
    from ..models.uniqueness_constraint_create_definition import UniquenessConstraintCreateDefinition


T = TypeVar("T", bound="InstanceContainerCreateDefinitionConstraints")


@_attrs_define
class InstanceContainerCreateDefinitionConstraints(AdditionalProperties):
    """Set of constraints to apply to the container. Constraint identifiers must be between 1 and 43 characters long."""

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, RequiresConstraintCreateDefinition | UniquenessConstraintCreateDefinition] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
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
                return parse_best(data, (RequiresConstraintCreateDefinition, UniquenessConstraintCreateDefinition))

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        instance_container_create_definition_constraints.additional_properties = additional_properties
        return instance_container_create_definition_constraints
