from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classifier import Classifier
from ..models.feature_type import FeatureType
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.match_fields_item import MatchFieldsItem
    from ..models.match_option_0 import MatchOption0
    from ..models.match_option_1 import MatchOption1
    from ..models.match_option_2 import MatchOption2
    from ..models.match_option_3 import MatchOption3
    from ..models.sources_item import SourcesItem
    from ..models.targets_item import TargetsItem


T = TypeVar("T", bound="EntityMatchingCreateBody")


@_attrs_define
class EntityMatchingCreateBody(AdditionalProperties):
    """
    Attributes:
        sources (list[SourcesItem]): List of custom source object to match from, for example, time series. String key ->
            value. Only string values are considered in the matching. Both `id` and `externalId` fields are optional, only
            mandatory if the item is to be referenced in `trueMatches`.
        targets (list[TargetsItem]): List of custom target object to match to, for example, assets. String key -> value.
            Only string values are considered in the matching. Both `id` and `externalId` fields are optional, only
            mandatory if the item is to be referenced in `trueMatches`.
        true_matches (list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3] | Unset): A list of confirmed
            source/target matches, which will be used to train the model. If omitted, an unsupervised
            model is trained.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        name (str | Unset): User defined name. Example: simple_model_1.
        description (str | Unset): User defined description. Example: Simple model 1.
        feature_type (FeatureType | Unset): Each feature type defines the combination of features that will be created
            and used in the entity matcher model. Example: simple.
        match_fields (list[MatchFieldsItem] | Unset): List of pairs of fields from the target and source items, used to
            calculate features. All source and target items should have all the `source` and `target` fields specified here.
            Example: [{'source': 'name', 'target': 'name'}, {'source': 'name', 'target': 'someField'}].
        classifier (Classifier | Unset): The classifier used in the model. Only relevant if there are
            trueMatches/labeled data and a supervised model is fitted. Example: randomforest.
        ignore_missing_fields (bool | Unset): If True, replaces missing fields in `sources` or `targets` entities, for
            fields set in set in `matchFields`, with empty strings. Else, returns an error if there are missing data.
            Example: True.
    """

    _FIT = {
        "sources": ("l", ("m", "SourcesItem")),
        "targets": ("l", ("m", "TargetsItem")),
        "trueMatches": (
            "l",
            ("u", (("m", "MatchOption0"), ("m", "MatchOption1"), ("m", "MatchOption2"), ("m", "MatchOption3"))),
        ),
        "externalId": "s",
        "name": "s",
        "description": "s",
        "featureType": "s",
        "matchFields": ("l", ("m", "MatchFieldsItem")),
        "classifier": "s",
        "ignoreMissingFields": "b",
    }
    _REQUIRED = ("sources", "targets")

    sources: list[SourcesItem]
    targets: list[TargetsItem]
    true_matches: list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3] | Unset = UNSET
    external_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    feature_type: FeatureType | Unset = UNSET
    match_fields: list[MatchFieldsItem] | Unset = UNSET
    classifier: Classifier | Unset = UNSET
    ignore_missing_fields: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources = []
        for componentsschemas_sources_item_data in self.sources:
            componentsschemas_sources_item = componentsschemas_sources_item_data.to_dict()
            sources.append(componentsschemas_sources_item)

        targets = []
        for componentsschemas_targets_item_data in self.targets:
            componentsschemas_targets_item = componentsschemas_targets_item_data.to_dict()
            targets.append(componentsschemas_targets_item)

        true_matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.true_matches, Unset):
            true_matches = []
            for componentsschemas_true_matches_item_data in self.true_matches:
                componentsschemas_true_matches_item: dict[str, Any]
                componentsschemas_true_matches_item = componentsschemas_true_matches_item_data.to_dict()

                true_matches.append(componentsschemas_true_matches_item)

        external_id = self.external_id

        name = self.name

        description = self.description

        feature_type: str | Unset = UNSET
        if not isinstance(self.feature_type, Unset):
            feature_type = self.feature_type.value

        match_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.match_fields, Unset):
            match_fields = []
            for componentsschemas_match_fields_item_data in self.match_fields:
                componentsschemas_match_fields_item = componentsschemas_match_fields_item_data.to_dict()
                match_fields.append(componentsschemas_match_fields_item)

        classifier: str | Unset = UNSET
        if not isinstance(self.classifier, Unset):
            classifier = self.classifier.value

        ignore_missing_fields = self.ignore_missing_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sources": sources,
                "targets": targets,
            }
        )
        if true_matches is not UNSET:
            field_dict["trueMatches"] = true_matches
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if feature_type is not UNSET:
            field_dict["featureType"] = feature_type
        if match_fields is not UNSET:
            field_dict["matchFields"] = match_fields
        if classifier is not UNSET:
            field_dict["classifier"] = classifier
        if ignore_missing_fields is not UNSET:
            field_dict["ignoreMissingFields"] = ignore_missing_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_fields_item import MatchFieldsItem  # noqa: PLC0415
        from ..models.match_option_0 import MatchOption0  # noqa: PLC0415
        from ..models.match_option_1 import MatchOption1  # noqa: PLC0415
        from ..models.match_option_2 import MatchOption2  # noqa: PLC0415
        from ..models.match_option_3 import MatchOption3  # noqa: PLC0415
        from ..models.sources_item import SourcesItem  # noqa: PLC0415
        from ..models.targets_item import TargetsItem  # noqa: PLC0415

        d = dict(src_dict)
        sources = []
        _sources = d.pop("sources")
        for componentsschemas_sources_item_data in _sources:
            componentsschemas_sources_item = SourcesItem.from_dict(componentsschemas_sources_item_data)

            sources.append(componentsschemas_sources_item)

        targets = []
        _targets = d.pop("targets")
        for componentsschemas_targets_item_data in _targets:
            componentsschemas_targets_item = TargetsItem.from_dict(componentsschemas_targets_item_data)

            targets.append(componentsschemas_targets_item)

        _true_matches = d.pop("trueMatches", UNSET)
        true_matches: list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3] | Unset = UNSET
        if _true_matches is not UNSET:
            true_matches = []
            for componentsschemas_true_matches_item_data in _true_matches:

                def _parse_componentsschemas_true_matches_item(
                    data: object,
                ) -> MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3:
                    return parse_best(data, (MatchOption0, MatchOption1, MatchOption2, MatchOption3))

                componentsschemas_true_matches_item = _parse_componentsschemas_true_matches_item(
                    componentsschemas_true_matches_item_data
                )

                true_matches.append(componentsschemas_true_matches_item)

        external_id = d.pop("externalId", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _feature_type = d.pop("featureType", UNSET)
        feature_type: FeatureType | Unset
        if isinstance(_feature_type, Unset):
            feature_type = UNSET
        else:
            feature_type = FeatureType(_feature_type)

        _match_fields = d.pop("matchFields", UNSET)
        match_fields: list[MatchFieldsItem] | Unset = UNSET
        if _match_fields is not UNSET:
            match_fields = []
            for componentsschemas_match_fields_item_data in _match_fields:
                componentsschemas_match_fields_item = MatchFieldsItem.from_dict(
                    componentsschemas_match_fields_item_data
                )

                match_fields.append(componentsschemas_match_fields_item)

        _classifier = d.pop("classifier", UNSET)
        classifier: Classifier | Unset
        if isinstance(_classifier, Unset):
            classifier = UNSET
        else:
            classifier = Classifier(_classifier)

        ignore_missing_fields = d.pop("ignoreMissingFields", UNSET)

        entity_matching_create_body = cls(
            sources=sources,
            targets=targets,
            true_matches=true_matches,
            external_id=external_id,
            name=name,
            description=description,
            feature_type=feature_type,
            match_fields=match_fields,
            classifier=classifier,
            ignore_missing_fields=ignore_missing_fields,
        )

        entity_matching_create_body.additional_properties = d
        return entity_matching_create_body
