from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.match_option_0 import MatchOption0
    from ..models.match_option_1 import MatchOption1
    from ..models.match_option_2 import MatchOption2
    from ..models.match_option_3 import MatchOption3
    from ..models.sources_item import SourcesItem
    from ..models.targets_item import TargetsItem


T = TypeVar("T", bound="EntityMatchingRefitSchemaOption0")


@_attrs_define
class EntityMatchingRefitSchemaOption0(AdditionalProperties):
    """
    Attributes:
        true_matches (list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3]): A list of confirmed
            source/target matches, which will be used to train the model. If omitted, an unsupervised
            model is trained.
        id (int): A server-generated ID for the object.
        new_external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        sources (list[SourcesItem] | Unset): List of custom source object to match from, for example, time series.
            String key -> value. Only string values are considered in the matching. Both `id` and `externalId` fields are
            optional, only mandatory if the item is to be referenced in `trueMatches`.
        targets (list[TargetsItem] | Unset): List of custom target object to match to, for example, assets. String key
            -> value. Only string values are considered in the matching. Both `id` and `externalId` fields are optional,
            only mandatory if the item is to be referenced in `trueMatches`.
    """

    _FIT = {
        "trueMatches": (
            "l",
            ("u", (("m", "MatchOption0"), ("m", "MatchOption1"), ("m", "MatchOption2"), ("m", "MatchOption3"))),
        ),
        "id": "i",
        "newExternalId": "s",
        "sources": ("l", ("m", "SourcesItem")),
        "targets": ("l", ("m", "TargetsItem")),
    }
    _REQUIRED = ("trueMatches", "id")

    true_matches: list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3]
    id: int
    new_external_id: str | Unset = UNSET
    sources: list[SourcesItem] | Unset = UNSET
    targets: list[TargetsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        true_matches = []
        for componentsschemas_true_matches_item_data in self.true_matches:
            componentsschemas_true_matches_item: dict[str, Any]
            componentsschemas_true_matches_item = componentsschemas_true_matches_item_data.to_dict()

            true_matches.append(componentsschemas_true_matches_item)

        id = self.id

        new_external_id = self.new_external_id

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for componentsschemas_sources_item_data in self.sources:
                componentsschemas_sources_item = componentsschemas_sources_item_data.to_dict()
                sources.append(componentsschemas_sources_item)

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for componentsschemas_targets_item_data in self.targets:
                componentsschemas_targets_item = componentsschemas_targets_item_data.to_dict()
                targets.append(componentsschemas_targets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trueMatches": true_matches,
                "id": id,
            }
        )
        if new_external_id is not UNSET:
            field_dict["newExternalId"] = new_external_id
        if sources is not UNSET:
            field_dict["sources"] = sources
        if targets is not UNSET:
            field_dict["targets"] = targets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_option_0 import MatchOption0  # noqa: PLC0415
        from ..models.match_option_1 import MatchOption1  # noqa: PLC0415
        from ..models.match_option_2 import MatchOption2  # noqa: PLC0415
        from ..models.match_option_3 import MatchOption3  # noqa: PLC0415
        from ..models.sources_item import SourcesItem  # noqa: PLC0415
        from ..models.targets_item import TargetsItem  # noqa: PLC0415

        d = dict(src_dict)
        true_matches = []
        _true_matches = d.pop("trueMatches")
        for componentsschemas_true_matches_item_data in _true_matches:

            def _parse_componentsschemas_true_matches_item(
                data: object,
            ) -> MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3:
                return parse_best(data, (MatchOption0, MatchOption1, MatchOption2, MatchOption3))

            componentsschemas_true_matches_item = _parse_componentsschemas_true_matches_item(
                componentsschemas_true_matches_item_data
            )

            true_matches.append(componentsschemas_true_matches_item)

        id = d.pop("id")

        new_external_id = d.pop("newExternalId", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[SourcesItem] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for componentsschemas_sources_item_data in _sources:
                componentsschemas_sources_item = SourcesItem.from_dict(componentsschemas_sources_item_data)

                sources.append(componentsschemas_sources_item)

        _targets = d.pop("targets", UNSET)
        targets: list[TargetsItem] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for componentsschemas_targets_item_data in _targets:
                componentsschemas_targets_item = TargetsItem.from_dict(componentsschemas_targets_item_data)

                targets.append(componentsschemas_targets_item)

        entity_matching_refit_schema_option_0 = cls(
            true_matches=true_matches,
            id=id,
            new_external_id=new_external_id,
            sources=sources,
            targets=targets,
        )

        entity_matching_refit_schema_option_0.additional_properties = d
        return entity_matching_refit_schema_option_0
