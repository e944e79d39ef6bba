from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SchemaMapping")


@_attrs_define
class SchemaMapping(AdditionalProperties):
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
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {"externalId": "s", "expression": "s", "createdTime": "i", "lastUpdatedTime": "i"}
    _REQUIRED = ("externalId", "expression", "createdTime", "lastUpdatedTime")

    external_id: str
    expression: str
    created_time: int
    last_updated_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        expression = self.expression

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "expression": expression,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        expression = d.pop("expression")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        schema_mapping = cls(
            external_id=external_id,
            expression=expression,
            created_time=created_time,
            last_updated_time=last_updated_time,
        )

        schema_mapping.additional_properties = d
        return schema_mapping
