from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CreateSchemaMapping")


@_attrs_define
class CreateSchemaMapping(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        expression (str): Custom transform expression written in the Cognite mapping language. Example:
            {
             "SAPFieldA": substring(input.CDFFieldA,0,40),
             "SAPFieldB": input.CDFFieldB,
            }
            .
    """

    _FIT = {"externalId": "s", "expression": "s"}
    _REQUIRED = ("externalId", "expression")

    external_id: str
    expression: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        expression = self.expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "expression": expression,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        expression = d.pop("expression")

        create_schema_mapping = cls(
            external_id=external_id,
            expression=expression,
        )

        create_schema_mapping.additional_properties = d
        return create_schema_mapping
