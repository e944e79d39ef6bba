from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classifier import Classifier
from ..models.feature_type import FeatureType
from ..models.job_status import JobStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.match_fields_item import MatchFieldsItem


T = TypeVar("T", bound="EntityMatcherResponseSchema")


@_attrs_define
class EntityMatcherResponseSchema(AdditionalProperties):
    """
    Attributes:
        status (JobStatus): The status of the job.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        start_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
        status_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        name (str): User defined name. Example: simple_model_1.
        description (str): User defined description. Example: Simple model 1.
        id (int): A server-generated ID for the object.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        error_message (str | Unset): If the job failed, some more information about the error cause.
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
        "status": "s",
        "createdTime": "i",
        "startTime": "i",
        "statusTime": "i",
        "name": "s",
        "description": "s",
        "id": "i",
        "externalId": "s",
        "errorMessage": "s",
        "featureType": "s",
        "matchFields": ("l", ("m", "MatchFieldsItem")),
        "ignoreMissingFields": "b",
        "classifier": "s",
        "originalId": "i",
    }
    _REQUIRED = ("status", "createdTime", "startTime", "statusTime", "name", "description", "id", "externalId")

    status: JobStatus
    created_time: int
    start_time: int
    status_time: int
    name: str
    description: str
    id: int
    external_id: str
    error_message: str | Unset = UNSET
    feature_type: FeatureType | Unset = UNSET
    match_fields: list[MatchFieldsItem] | Unset = UNSET
    ignore_missing_fields: bool | Unset = UNSET
    classifier: Classifier | Unset = UNSET
    original_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        created_time = self.created_time

        start_time = self.start_time

        status_time = self.status_time

        name = self.name

        description = self.description

        id = self.id

        external_id = self.external_id

        error_message = self.error_message

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
        field_dict.update(
            {
                "status": status,
                "createdTime": created_time,
                "startTime": start_time,
                "statusTime": status_time,
                "name": name,
                "description": description,
                "id": id,
                "externalId": external_id,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
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
        status = JobStatus(d.pop("status"))

        created_time = d.pop("createdTime")

        start_time = d.pop("startTime")

        status_time = d.pop("statusTime")

        name = d.pop("name")

        description = d.pop("description")

        id = d.pop("id")

        external_id = d.pop("externalId")

        error_message = d.pop("errorMessage", UNSET)

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

        entity_matcher_response_schema = cls(
            status=status,
            created_time=created_time,
            start_time=start_time,
            status_time=status_time,
            name=name,
            description=description,
            id=id,
            external_id=external_id,
            error_message=error_message,
            feature_type=feature_type,
            match_fields=match_fields,
            ignore_missing_fields=ignore_missing_fields,
            classifier=classifier,
            original_id=original_id,
        )

        entity_matcher_response_schema.additional_properties = d
        return entity_matcher_response_schema
