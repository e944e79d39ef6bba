from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.nonce_credentials import NonceCredentials


T = TypeVar("T", bound="TransformationRunWithId")


@_attrs_define
class TransformationRunWithId(AdditionalProperties):
    """
    Attributes:
        id (int):
        nonce (NonceCredentials | Unset): Credentials for a CDF session (sessionId, nonce, and project name). These are
            obtained when you create a session via the Sessions API. See [Sessions
            API](#tag/Sessions/operation/createSessions) documentation for more information.
    """

    _FIT = {"id": "i", "nonce": ("m", "NonceCredentials")}
    _REQUIRED = ("id",)

    id: int
    nonce: NonceCredentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        nonce: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nonce, Unset):
            nonce = self.nonce.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if nonce is not UNSET:
            field_dict["nonce"] = nonce

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nonce_credentials import NonceCredentials  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _nonce = d.pop("nonce", UNSET)
        nonce: NonceCredentials | Unset
        if isinstance(_nonce, Unset):
            nonce = UNSET
        else:
            nonce = NonceCredentials.from_dict(_nonce)

        transformation_run_with_id = cls(
            id=id,
            nonce=nonce,
        )

        transformation_run_with_id.additional_properties = d
        return transformation_run_with_id
