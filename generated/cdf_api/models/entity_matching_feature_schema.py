from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classifier import Classifier
from ..models.feature_type import FeatureType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.match_fields_item import MatchFieldsItem


T = TypeVar("T", bound="EntityMatchingFeatureSchema")


@_attrs_define
class EntityMatchingFeatureSchema(AdditionalProperties):
    """
    Attributes:
        name (str | Unset): User defined name. Example: simple_model_1.
        description (str | Unset): User defined description. Example: Simple model 1.
        feature_type (FeatureType | Unset): Each feature type defines the combination of features that will be created
            and used in the entity matcher model. Example: simple.
        match_fields (list[MatchFieldsItem] | Unset): List of pairs of fields from the target and source items, used to
            calculate features. All source and target items should have all the `source` and `target` fields specified here.
            Example: [{'source': 'name', 'target': 'name'}, {'source': 'name', 'target': 'someField'}].
        ignore_missing_fields (bool | Unset): If True, replaces missing fields in `sources` or `targets` entities, for
            fields set in set in `matchFields`, with empty strings. Else, returns an error if there are missing data.
            Example: True.
        classifier (Classifier | Unset): The classifier used in the model. Only relevant if there are
            trueMatches/labeled data and a supervised model is fitted. Example: randomforest.
        original_id (int | Unset): The ID of original model, only relevant when the model is a retrained model. Example:
            111.
    """

    _FIT = {
        "name": "s",
        "description": "s",
        "featureType": "s",
        "matchFields": ("l", ("m", "MatchFieldsItem")),
        "ignoreMissingFields": "b",
        "classifier": "s",
        "originalId": "i",
    }
    _REQUIRED = ()

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    feature_type: FeatureType | Unset = UNSET
    match_fields: list[MatchFieldsItem] | Unset = UNSET
    ignore_missing_fields: bool | Unset = UNSET
    classifier: Classifier | Unset = UNSET
    original_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        ignore_missing_fields = self.ignore_missing_fields

        classifier: str | Unset = UNSET
        if not isinstance(self.classifier, Unset):
            classifier = self.classifier.value

        original_id = self.original_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if feature_type is not UNSET:
            field_dict["featureType"] = feature_type
        if match_fields is not UNSET:
            field_dict["matchFields"] = match_fields
        if ignore_missing_fields is not UNSET:
            field_dict["ignoreMissingFields"] = ignore_missing_fields
        if classifier is not UNSET:
            field_dict["classifier"] = classifier
        if original_id is not UNSET:
            field_dict["originalId"] = original_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_fields_item import MatchFieldsItem  # noqa: PLC0415

        d = dict(src_dict)
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

        ignore_missing_fields = d.pop("ignoreMissingFields", UNSET)

        _classifier = d.pop("classifier", UNSET)
        classifier: Classifier | Unset
        if isinstance(_classifier, Unset):
            classifier = UNSET
        else:
            classifier = Classifier(_classifier)

        original_id = d.pop("originalId", UNSET)

        entity_matching_feature_schema = cls(
            name=name,
            description=description,
            feature_type=feature_type,
            match_fields=match_fields,
            ignore_missing_fields=ignore_missing_fields,
            classifier=classifier,
            original_id=original_id,
        )

        entity_matching_feature_schema.additional_properties = d
        return entity_matching_feature_schema
