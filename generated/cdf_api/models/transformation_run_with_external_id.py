from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.nonce_credentials import NonceCredentials


T = TypeVar("T", bound="TransformationRunWithExternalId")


@_attrs_define
class TransformationRunWithExternalId(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        nonce (NonceCredentials | Unset): Credentials for a CDF session (sessionId, nonce, and project name). These are
            obtained when you create a session via the Sessions API. See [Sessions
            API](#tag/Sessions/operation/createSessions) documentation for more information.
    """

    _FIT = {"externalId": "s", "nonce": ("m", "NonceCredentials")}
    _REQUIRED = ("externalId",)

    external_id: str
    nonce: NonceCredentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        nonce: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nonce, Unset):
            nonce = self.nonce.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if nonce is not UNSET:
            field_dict["nonce"] = nonce

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nonce_credentials import NonceCredentials  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        _nonce = d.pop("nonce", UNSET)
        nonce: NonceCredentials | Unset
        if isinstance(_nonce, Unset):
            nonce = UNSET
        else:
            nonce = NonceCredentials.from_dict(_nonce)

        transformation_run_with_external_id = cls(
            external_id=external_id,
            nonce=nonce,
        )

        transformation_run_with_external_id.additional_properties = d
        return transformation_run_with_external_id
