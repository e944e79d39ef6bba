from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.transformation_cognite_external_id import TransformationCogniteExternalId
    from ..models.transformation_cognite_internal_id import TransformationCogniteInternalId


T = TypeVar("T", bound="CreateTransformationNotificationsResponse400Error")


@_attrs_define
class CreateTransformationNotificationsResponse400Error(AdditionalProperties):
    """
    Attributes:
        code (int): HTTP status code.
        message (str): Error message.
        missing (list[TransformationCogniteExternalId | TransformationCogniteInternalId] | Unset): List of lookup
            objects that do not match any results.
        duplicated (list[TransformationCogniteExternalId | TransformationCogniteInternalId] | Unset): List of objects
            that are not unique.
    """

    _FIT = {
        "code": "i",
        "message": "s",
        "missing": ("l", ("u", (("m", "TransformationCogniteExternalId"), ("m", "TransformationCogniteInternalId")))),
        "duplicated": (
            "l",
            ("u", (("m", "TransformationCogniteExternalId"), ("m", "TransformationCogniteInternalId"))),
        ),
    }
    _REQUIRED = ("code", "message")

    code: int
    message: str
    missing: list[TransformationCogniteExternalId | TransformationCogniteInternalId] | Unset = UNSET
    duplicated: list[TransformationCogniteExternalId | TransformationCogniteInternalId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        missing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missing, Unset):
            missing = []
            for missing_item_data in self.missing:
                missing_item: dict[str, Any]
                missing_item = missing_item_data.to_dict()

                missing.append(missing_item)

        duplicated: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.duplicated, Unset):
            duplicated = []
            for duplicated_item_data in self.duplicated:
                duplicated_item: dict[str, Any]
                duplicated_item = duplicated_item_data.to_dict()

                duplicated.append(duplicated_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if missing is not UNSET:
            field_dict["missing"] = missing
        if duplicated is not UNSET:
            field_dict["duplicated"] = duplicated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transformation_cognite_external_id import TransformationCogniteExternalId  # noqa: PLC0415
        from ..models.transformation_cognite_internal_id import TransformationCogniteInternalId  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _missing = d.pop("missing", UNSET)
        missing: list[TransformationCogniteExternalId | TransformationCogniteInternalId] | Unset = UNSET
        if _missing is not UNSET:
            missing = []
            for missing_item_data in _missing:

                def _parse_missing_item(
                    data: object,
                ) -> TransformationCogniteExternalId | TransformationCogniteInternalId:
                    return parse_best(data, (TransformationCogniteExternalId, TransformationCogniteInternalId))

                missing_item = _parse_missing_item(missing_item_data)

                missing.append(missing_item)

        _duplicated = d.pop("duplicated", UNSET)
        duplicated: list[TransformationCogniteExternalId | TransformationCogniteInternalId] | Unset = UNSET
        if _duplicated is not UNSET:
            duplicated = []
            for duplicated_item_data in _duplicated:

                def _parse_duplicated_item(
                    data: object,
                ) -> TransformationCogniteExternalId | TransformationCogniteInternalId:
                    return parse_best(data, (TransformationCogniteExternalId, TransformationCogniteInternalId))

                duplicated_item = _parse_duplicated_item(duplicated_item_data)

                duplicated.append(duplicated_item)

        create_transformation_notifications_response_400_error = cls(
            code=code,
            message=message,
            missing=missing,
            duplicated=duplicated,
        )

        create_transformation_notifications_response_400_error.additional_properties = d
        return create_transformation_notifications_response_400_error
