from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="QueryParameterConfig")


@_attrs_define
class QueryParameterConfig(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['queryParam']):
        key (str): Key to insert the generated value into
        value (str): Expression that will be evaluated, and its result used as a query parameter
    """

    _FIT = {"type": ("c", "queryParam"), "key": "s", "value": "s"}
    _REQUIRED = ("type", "key", "value")

    type_: Literal["queryParam"]
    key: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["queryParam"], d.pop("type"))
        if type_ != "queryParam":
            raise ValueError(f"type must match const 'queryParam', got '{type_}'")

        key = d.pop("key")

        value = d.pop("value")

        query_parameter_config = cls(
            type_=type_,
            key=key,
            value=value,
        )

        query_parameter_config.additional_properties = d
        return query_parameter_config
