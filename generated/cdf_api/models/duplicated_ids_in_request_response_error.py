from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.duplicated_ids_in_request_response_external_id import DuplicatedIdsInRequestResponseExternalId
    from ..models.duplicated_ids_in_request_response_id import DuplicatedIdsInRequestResponseId


T = TypeVar("T", bound="DuplicatedIdsInRequestResponseError")


@_attrs_define
class DuplicatedIdsInRequestResponseError(AdditionalProperties):
    """Error details

    Attributes:
        code (int): HTTP status code Example: 422.
        message (str): Error message
        duplicated (list[DuplicatedIdsInRequestResponseExternalId | DuplicatedIdsInRequestResponseId]): Items that are
            duplicated in the request.
    """

    _FIT = {
        "code": "i",
        "message": "s",
        "duplicated": (
            "l",
            ("u", (("m", "DuplicatedIdsInRequestResponseId"), ("m", "DuplicatedIdsInRequestResponseExternalId"))),
        ),
    }
    _REQUIRED = ("code", "message", "duplicated")

    code: int
    message: str
    duplicated: list[DuplicatedIdsInRequestResponseExternalId | DuplicatedIdsInRequestResponseId]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

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
                "duplicated": duplicated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.duplicated_ids_in_request_response_external_id import DuplicatedIdsInRequestResponseExternalId  # noqa: PLC0415
        from ..models.duplicated_ids_in_request_response_id import DuplicatedIdsInRequestResponseId  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        duplicated = []
        _duplicated = d.pop("duplicated")
        for duplicated_item_data in _duplicated:

            def _parse_duplicated_item(
                data: object,
            ) -> DuplicatedIdsInRequestResponseExternalId | DuplicatedIdsInRequestResponseId:
                return parse_best(data, (DuplicatedIdsInRequestResponseId, DuplicatedIdsInRequestResponseExternalId))

            duplicated_item = _parse_duplicated_item(duplicated_item_data)

            duplicated.append(duplicated_item)

        duplicated_ids_in_request_response_error = cls(
            code=code,
            message=message,
            duplicated=duplicated,
        )

        duplicated_ids_in_request_response_error.additional_properties = d
        return duplicated_ids_in_request_response_error
