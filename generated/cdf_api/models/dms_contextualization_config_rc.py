from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.instance_reference import InstanceReference


T = TypeVar("T", bound="DmsContextualizationConfigRC")


@_attrs_define
class DmsContextualizationConfigRC(AdditionalProperties):
    """
    Attributes:
        object_3d_space (str):
        contextualization_space (str):
        revision (InstanceReference):
    """

    _FIT = {"object3DSpace": "s", "contextualizationSpace": "s", "revision": ("m", "InstanceReference")}
    _REQUIRED = ("object3DSpace", "contextualizationSpace", "revision")

    object_3d_space: str
    contextualization_space: str
    revision: InstanceReference
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_3d_space = self.object_3d_space

        contextualization_space = self.contextualization_space

        revision = self.revision.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object3DSpace": object_3d_space,
                "contextualizationSpace": contextualization_space,
                "revision": revision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_reference import InstanceReference  # noqa: PLC0415

        d = dict(src_dict)
        object_3d_space = d.pop("object3DSpace")

        contextualization_space = d.pop("contextualizationSpace")

        revision = InstanceReference.from_dict(d.pop("revision"))

        dms_contextualization_config_rc = cls(
            object_3d_space=object_3d_space,
            contextualization_space=contextualization_space,
            revision=revision,
        )

        dms_contextualization_config_rc.additional_properties = d
        return dms_contextualization_config_rc
