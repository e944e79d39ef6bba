from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PrefixConfig")


@_attrs_define
class PrefixConfig(AdditionalProperties):
    """Generate a prefix for resources created using this format. If both `prefix` and `fromTopic` are set, the generated
    ID will be on the form `[prefix][topic][id]`

        Attributes:
            from_topic (bool | Unset): Generate the prefix based on the topic of the received message.
            prefix (str | Unset): A fixed prefix to the generated IDs.
    """

    _FIT = {"fromTopic": "b", "prefix": "s"}
    _REQUIRED = ()

    from_topic: bool | Unset = UNSET
    prefix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_topic = self.from_topic

        prefix = self.prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_topic is not UNSET:
            field_dict["fromTopic"] = from_topic
        if prefix is not UNSET:
            field_dict["prefix"] = prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_topic = d.pop("fromTopic", UNSET)

        prefix = d.pop("prefix", UNSET)

        prefix_config = cls(
            from_topic=from_topic,
            prefix=prefix,
        )

        prefix_config.additional_properties = d
        return prefix_config
