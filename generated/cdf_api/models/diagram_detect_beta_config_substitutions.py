from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DiagramDetectBetaConfigSubstitutions")


@_attrs_define
class DiagramDetectBetaConfigSubstitutions(AdditionalProperties):
    """Override the default mapping of characters to an array of allowed substitute characters. The default mapping
    contains characters commonly confused by OCR. Provide your custom mapping in the format like so: `{"0": ["O", "Q"],
    "1": ["l", "I"]}`. This means: `0` (zero) is allowed to be replaced by uppercase letter `O` or `Q`, and `1` (one) is
    allowed to be replaced by lowercase letter `l` or uppercase letter `I`. No other replacements are allowed.

    The substitutions are performed on the raw OCR text. For example, if we want to match a tag "T10" and OCR recognized
    the text as "TI0", mapping `{"I": ["1"]}` would allow the match. This substitution would happen given the default
    mapping. On the contrary, if the OCR accuracy is high, you may want to disable such substitutions to reduce false
    positive matches by overriding the mapping with `{"I": ["I"]}`.

    Currently the default substitution mapping is as follows (it may be updated without notice):
    ```
    {
        "0": ["C", "D", "O"],
        "1": ["T", "I"],
        "3": ["B"],
        "6": ["G"],
        "8": ["B"],
        "Ä": ["A"],
        "Ã": ["A"],
        "Å": ["A"],
        "B": ["8", "3"],
        "C": ["0"],
        "D": ["1)", "O", "0"],
        "G": ["6"],
        "I": ["T", "1", "l"],
        "Í": ["I", "T", "l", "1"],
        "K": ["|X"],
        "O": ["C", "D", "0"],
        "Q": ["0", "O"],
        "T": ["1", "I"],
        "Ø": ["0"],
        "l": ["I"],
        "p": ["P", "0"],
        "v": ["V"],
        "ø": ["0", "Ø"],
        "?": ["2"],
        "×": ["x", "X"]
    }
    ```

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        diagram_detect_beta_config_substitutions = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = cast(list[str], prop_dict)

            additional_properties[prop_name] = additional_property

        diagram_detect_beta_config_substitutions.additional_properties = additional_properties
        return diagram_detect_beta_config_substitutions
