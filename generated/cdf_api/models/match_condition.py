from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.match_condition_config import MatchConditionConfig


T = TypeVar("T", bound="MatchCondition")


@_attrs_define
class MatchCondition(AdditionalProperties):
    """
    Attributes:
        condition_type (Literal['equals']): The type of condition. Currently, we only support the 'equals' condition. It
            requires all features referenced by its arguments to be equal.
        arguments (list[list[float]]): References to features. Each argument is a list with two zero indexed indices.
            E.g. [0, 1] refers to the 1th (second) feature produced by the 0th (first) extractor of the rule.
        config (MatchConditionConfig | Unset): Configuration of the condition not captured in its arguments and type.
    """

    _FIT = {"conditionType": ("c", "equals"), "arguments": ("l", ("l", "n")), "config": ("m", "MatchConditionConfig")}
    _REQUIRED = ("conditionType", "arguments")

    condition_type: Literal["equals"]
    arguments: list[list[float]]
    config: MatchConditionConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_type = self.condition_type

        arguments = []
        for arguments_item_data in self.arguments:
            arguments_item = arguments_item_data

            arguments.append(arguments_item)

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditionType": condition_type,
                "arguments": arguments,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_condition_config import MatchConditionConfig  # noqa: PLC0415

        d = dict(src_dict)
        condition_type = cast(Literal["equals"], d.pop("conditionType"))
        if condition_type != "equals":
            raise ValueError(f"conditionType must match const 'equals', got '{condition_type}'")

        arguments = []
        _arguments = d.pop("arguments")
        for arguments_item_data in _arguments:
            arguments_item = cast(list[float], arguments_item_data)

            arguments.append(arguments_item)

        _config = d.pop("config", UNSET)
        config: MatchConditionConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = MatchConditionConfig.from_dict(_config)

        match_condition = cls(
            condition_type=condition_type,
            arguments=arguments,
            config=config,
        )

        match_condition.additional_properties = d
        return match_condition
