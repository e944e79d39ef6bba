from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.not_found_response_without_instance_id_external_id import NotFoundResponseWithoutInstanceIdExternalId
    from ..models.not_found_response_without_instance_id_id import NotFoundResponseWithoutInstanceIdId


T = TypeVar("T", bound="NotFoundResponseWithoutInstanceIdError")


@_attrs_define
class NotFoundResponseWithoutInstanceIdError(AdditionalProperties):
    """Error details.

    Attributes:
        code (int): HTTP status code Example: 400.
        message (str): Error message.
        missing (list[NotFoundResponseWithoutInstanceIdExternalId | NotFoundResponseWithoutInstanceIdId]): Items that
            are not found.
    """

    _FIT = {
        "code": "i",
        "message": "s",
        "missing": (
            "l",
            ("u", (("m", "NotFoundResponseWithoutInstanceIdId"), ("m", "NotFoundResponseWithoutInstanceIdExternalId"))),
        ),
    }
    _REQUIRED = ("code", "message", "missing")

    code: int
    message: str
    missing: list[NotFoundResponseWithoutInstanceIdExternalId | NotFoundResponseWithoutInstanceIdId]
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
        from ..models.not_found_response_without_instance_id_external_id import (
            NotFoundResponseWithoutInstanceIdExternalId,  # noqa: PLC0415
        )
        from ..models.not_found_response_without_instance_id_id import NotFoundResponseWithoutInstanceIdId  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:

            def _parse_missing_item(
                data: object,
            ) -> NotFoundResponseWithoutInstanceIdExternalId | NotFoundResponseWithoutInstanceIdId:
                return parse_best(
                    data, (NotFoundResponseWithoutInstanceIdId, NotFoundResponseWithoutInstanceIdExternalId)
                )

            missing_item = _parse_missing_item(missing_item_data)

            missing.append(missing_item)

        not_found_response_without_instance_id_error = cls(
            code=code,
            message=message,
            missing=missing,
        )

        not_found_response_without_instance_id_error.additional_properties = d
        return not_found_response_without_instance_id_error
