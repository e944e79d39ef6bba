from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.not_found_response_external_id import NotFoundResponseExternalId
    from ..models.not_found_response_id import NotFoundResponseId
    from ..models.not_found_response_instance_id import NotFoundResponseInstanceId


T = TypeVar("T", bound="NotFoundResponseError")


@_attrs_define
class NotFoundResponseError(AdditionalProperties):
    """Error details.

    Attributes:
        code (int): HTTP status code Example: 400.
        message (str): Error message.
        missing (list[NotFoundResponseExternalId | NotFoundResponseId | NotFoundResponseInstanceId]): Items that are not
            found.
    """

    _FIT = {
        "code": "i",
        "message": "s",
        "missing": (
            "l",
            (
                "u",
                (("m", "NotFoundResponseId"), ("m", "NotFoundResponseExternalId"), ("m", "NotFoundResponseInstanceId")),
            ),
        ),
    }
    _REQUIRED = ("code", "message", "missing")

    code: int
    message: str
    missing: list[NotFoundResponseExternalId | NotFoundResponseId | NotFoundResponseInstanceId]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        missing = []
        for missing_item_data in self.missing:
            missing_item: dict[str, Any]
            missing_item = missing_item_data.to_dict()

            missing.append(missing_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "missing": missing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.not_found_response_external_id import NotFoundResponseExternalId  # noqa: PLC0415
        from ..models.not_found_response_id import NotFoundResponseId  # noqa: PLC0415
        from ..models.not_found_response_instance_id import NotFoundResponseInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:

            def _parse_missing_item(
                data: object,
            ) -> NotFoundResponseExternalId | NotFoundResponseId | NotFoundResponseInstanceId:
                return parse_best(data, (NotFoundResponseId, NotFoundResponseExternalId, NotFoundResponseInstanceId))

            missing_item = _parse_missing_item(missing_item_data)

            missing.append(missing_item)

        not_found_response_error = cls(
            code=code,
            message=message,
            missing=missing,
        )

        not_found_response_error.additional_properties = d
        return not_found_response_error
