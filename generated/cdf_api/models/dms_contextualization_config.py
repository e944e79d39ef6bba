from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.direct_relation_reference import DirectRelationReference


T = TypeVar("T", bound="DmsContextualizationConfig")


@_attrs_define
class DmsContextualizationConfig(AdditionalProperties):
    """
    Attributes:
        object_3d_space (str):
        contextualization_space (str):
        revision_instance_id (DirectRelationReference): Reference to the node pointed to by the direct relation. The
            reference consists of a space and an external-id.
    """

    _FIT = {"object3DSpace": "s", "contextualizationSpace": "s", "revisionInstanceId": ("m", "DirectRelationReference")}
    _REQUIRED = ("object3DSpace", "contextualizationSpace", "revisionInstanceId")

    object_3d_space: str
    contextualization_space: str
    revision_instance_id: DirectRelationReference
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_3d_space = self.object_3d_space

        contextualization_space = self.contextualization_space

        revision_instance_id = self.revision_instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object3DSpace": object_3d_space,
                "contextualizationSpace": contextualization_space,
                "revisionInstanceId": revision_instance_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415

        d = dict(src_dict)
        object_3d_space = d.pop("object3DSpace")

        contextualization_space = d.pop("contextualizationSpace")

        revision_instance_id = DirectRelationReference.from_dict(d.pop("revisionInstanceId"))

        dms_contextualization_config = cls(
            object_3d_space=object_3d_space,
            contextualization_space=contextualization_space,
            revision_instance_id=revision_instance_id,
        )

        dms_contextualization_config.additional_properties = d
        return dms_contextualization_config
