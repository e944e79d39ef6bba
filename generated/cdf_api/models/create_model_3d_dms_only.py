from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_type import ModelType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.direct_relation_reference import DirectRelationReference


T = TypeVar("T", bound="CreateModel3DDmsOnly")


@_attrs_define
class CreateModel3DDmsOnly(AdditionalProperties):
    """
    Attributes:
        name (str): The name of the model. Example: My Model.
        space (str):
        type_ (ModelType):
        thumbnail_reference (DirectRelationReference | Unset): Reference to the node pointed to by the direct relation.
            The reference consists of a space and an external-id.
    """

    _FIT = {"name": "s", "space": "s", "type": "s", "thumbnailReference": ("m", "DirectRelationReference")}
    _REQUIRED = ("name", "space", "type")

    name: str
    space: str
    type_: ModelType
    thumbnail_reference: DirectRelationReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        space = self.space

        type_ = self.type_.value

        thumbnail_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail_reference, Unset):
            thumbnail_reference = self.thumbnail_reference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "space": space,
                "type": type_,
            }
        )
        if thumbnail_reference is not UNSET:
            field_dict["thumbnailReference"] = thumbnail_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        space = d.pop("space")

        type_ = ModelType(d.pop("type"))

        _thumbnail_reference = d.pop("thumbnailReference", UNSET)
        thumbnail_reference: DirectRelationReference | Unset
        if isinstance(_thumbnail_reference, Unset):
            thumbnail_reference = UNSET
        else:
            thumbnail_reference = DirectRelationReference.from_dict(_thumbnail_reference)

        create_model_3d_dms_only = cls(
            name=name,
            space=space,
            type_=type_,
            thumbnail_reference=thumbnail_reference,
        )

        create_model_3d_dms_only.additional_properties = d
        return create_model_3d_dms_only
