from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.match_option_0 import MatchOption0
    from ..models.match_option_1 import MatchOption1
    from ..models.match_option_2 import MatchOption2
    from ..models.match_option_3 import MatchOption3


T = TypeVar("T", bound="PatchTrueMatches")


@_attrs_define
class PatchTrueMatches(AdditionalProperties):
    """Set a new value for true matches.

    Attributes:
        set_ (list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3]): A list of confirmed source/target
            matches, which will be used to train the model. If omitted, an unsupervised
            model is trained.
    """

    _FIT = {
        "set": (
            "l",
            ("u", (("m", "MatchOption0"), ("m", "MatchOption1"), ("m", "MatchOption2"), ("m", "MatchOption3"))),
        )
    }
    _REQUIRED = ("set",)

    set_: list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = []
        for componentsschemas_true_matches_item_data in self.set_:
            componentsschemas_true_matches_item: dict[str, Any]
            componentsschemas_true_matches_item = componentsschemas_true_matches_item_data.to_dict()

            set_.append(componentsschemas_true_matches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_option_0 import MatchOption0  # noqa: PLC0415
        from ..models.match_option_1 import MatchOption1  # noqa: PLC0415
        from ..models.match_option_2 import MatchOption2  # noqa: PLC0415
        from ..models.match_option_3 import MatchOption3  # noqa: PLC0415

        d = dict(src_dict)
        set_ = []
        _set_ = d.pop("set")
        for componentsschemas_true_matches_item_data in _set_:

            def _parse_componentsschemas_true_matches_item(
                data: object,
            ) -> MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3:
                return parse_best(data, (MatchOption0, MatchOption1, MatchOption2, MatchOption3))

            componentsschemas_true_matches_item = _parse_componentsschemas_true_matches_item(
                componentsschemas_true_matches_item_data
            )

            set_.append(componentsschemas_true_matches_item)

        patch_true_matches = cls(
            set_=set_,
        )

        patch_true_matches.additional_properties = d
        return patch_true_matches
