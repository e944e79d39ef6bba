from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.model_patch_update import ModelPatchUpdate


T = TypeVar("T", bound="ModelChangeByExternalId")


@_attrs_define
class ModelChangeByExternalId(AdditionalProperties):
    """
    Attributes:
        update (ModelPatchUpdate):
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"update": ("m", "ModelPatchUpdate"), "externalId": "s"}
    _REQUIRED = ("update", "externalId")

    update: ModelPatchUpdate
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update = self.update.to_dict()

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update": update,
                "externalId": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_patch_update import ModelPatchUpdate  # noqa: PLC0415

        d = dict(src_dict)
        update = ModelPatchUpdate.from_dict(d.pop("update"))

        external_id = d.pop("externalId")

        model_change_by_external_id = cls(
            update=update,
            external_id=external_id,
        )

        model_change_by_external_id.additional_properties = d
        return model_change_by_external_id
