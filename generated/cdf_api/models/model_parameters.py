from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classifier import Classifier
from ..models.feature_type import FeatureType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.match_fields_item import MatchFieldsItem


T = TypeVar("T", bound="ModelParameters")


@_attrs_define
class ModelParameters(AdditionalProperties):
    """The parameters to use in the entity matching model.

    Example:
        {'featureType': 'bigram'}

    Attributes:
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        name (None | str | Unset):
        description (None | str | Unset):
        feature_type (FeatureType | Unset): Each feature type defines the combination of features that will be created
            and used in the entity matcher model. Example: simple.
        classifier (Classifier | Unset): The classifier used in the model. Only relevant if there are
            trueMatches/labeled data and a supervised model is fitted. Example: randomforest.
        match_fields (list[MatchFieldsItem] | Unset): List of pairs of fields from the target and source items, used to
            calculate features. All source and target items should have all the `source` and `target` fields specified here.
            Example: [{'source': 'name', 'target': 'name'}, {'source': 'name', 'target': 'someField'}].
    """

    _FIT = {
        "externalId": "s",
        "name": ("u", ("s", None)),
        "description": ("u", ("s", None)),
        "featureType": "s",
        "classifier": "s",
        "matchFields": ("l", ("m", "MatchFieldsItem")),
    }
    _REQUIRED = ()

    external_id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    feature_type: FeatureType | Unset = UNSET
    classifier: Classifier | Unset = UNSET
    match_fields: list[MatchFieldsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        feature_type: str | Unset = UNSET
        if not isinstance(self.feature_type, Unset):
            feature_type = self.feature_type.value

        classifier: str | Unset = UNSET
        if not isinstance(self.classifier, Unset):
            classifier = self.classifier.value

        match_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.match_fields, Unset):
            match_fields = []
            for componentsschemas_match_fields_item_data in self.match_fields:
                componentsschemas_match_fields_item = componentsschemas_match_fields_item_data.to_dict()
                match_fields.append(componentsschemas_match_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if feature_type is not UNSET:
            field_dict["featureType"] = feature_type
        if classifier is not UNSET:
            field_dict["classifier"] = classifier
        if match_fields is not UNSET:
            field_dict["matchFields"] = match_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_fields_item import MatchFieldsItem  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        _match_fields = d.pop("matchFields", UNSET)
        match_fields: list[MatchFieldsItem] | Unset = UNSET
        if _match_fields is not UNSET:
            match_fields = []
            for componentsschemas_match_fields_item_data in _match_fields:
                componentsschemas_match_fields_item = MatchFieldsItem.from_dict(
                    componentsschemas_match_fields_item_data
                )

                match_fields.append(componentsschemas_match_fields_item)

        model_parameters = cls(
            external_id=external_id,
            name=name,
            description=description,
            feature_type=feature_type,
            classifier=classifier,
            match_fields=match_fields,
        )

        model_parameters.additional_properties = d
        return model_parameters
