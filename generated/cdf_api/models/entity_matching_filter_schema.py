from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classifier import Classifier
from ..models.feature_type import FeatureType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EntityMatchingFilterSchema")


@_attrs_define
class EntityMatchingFilterSchema(AdditionalProperties):
    """
    Attributes:
        feature_type (FeatureType | Unset): Each feature type defines the combination of features that will be created
            and used in the entity matcher model. Example: simple.
        classifier (Classifier | Unset): The classifier used in the model. Only relevant if there are
            trueMatches/labeled data and a supervised model is fitted. Example: randomforest.
        original_id (int | Unset): The ID of original model, only relevant when the model is a retrained model. Example:
            111.
        name (str | Unset): User defined name. Example: simple_model_1.
        description (str | Unset): User defined description. Example: Simple model 1.
    """

    _FIT = {"featureType": "s", "classifier": "s", "originalId": "i", "name": "s", "description": "s"}
    _REQUIRED = ()

    feature_type: FeatureType | Unset = UNSET
    classifier: Classifier | Unset = UNSET
    original_id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_type: str | Unset = UNSET
        if not isinstance(self.feature_type, Unset):
            feature_type = self.feature_type.value

        classifier: str | Unset = UNSET
        if not isinstance(self.classifier, Unset):
            classifier = self.classifier.value

        original_id = self.original_id

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_type is not UNSET:
            field_dict["featureType"] = feature_type
        if classifier is not UNSET:
            field_dict["classifier"] = classifier
        if original_id is not UNSET:
            field_dict["originalId"] = original_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _feature_type = d.pop("featureType", UNSET)
        feature_type: FeatureType | Unset
        if isinstance(_feature_type, Unset):
            feature_type = UNSET
        else:
            feature_type = FeatureType(_feature_type)

        _classifier = d.pop("classifier", UNSET)
        classifier: Classifier | Unset
        if isinstance(_classifier, Unset):
            classifier = UNSET
        else:
            classifier = Classifier(_classifier)

        original_id = d.pop("originalId", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        entity_matching_filter_schema = cls(
            feature_type=feature_type,
            classifier=classifier,
            original_id=original_id,
            name=name,
            description=description,
        )

        entity_matching_filter_schema.additional_properties = d
        return entity_matching_filter_schema
