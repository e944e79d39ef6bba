from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.update_item_custom_mapping import UpdateItemCustomMapping
    from ..models.update_item_input_config import UpdateItemInputConfig
    from ..models.update_mapping_published import UpdateMappingPublished
    from ..models.update_set_null import UpdateSetNull


T = TypeVar("T", bound="UpdateMapping")


@_attrs_define
class UpdateMapping(AdditionalProperties):
    """
    Attributes:
        mapping (UpdateItemCustomMapping | Unset): Set a new mapping value.
        input_ (Unset | UpdateItemInputConfig | UpdateSetNull): Set or remove mapping input. When removed this defaults
            to json.
        published (UpdateMappingPublished | Unset): Publish or unpublish the mapping.
    """

    _FIT = {
        "mapping": ("m", "UpdateItemCustomMapping"),
        "input": ("u", (("m", "UpdateItemInputConfig"), ("m", "UpdateSetNull"))),
        "published": ("m", "UpdateMappingPublished"),
    }
    _REQUIRED = ()

    mapping: UpdateItemCustomMapping | Unset = UNSET
    input_: Unset | UpdateItemInputConfig | UpdateSetNull = UNSET
    published: UpdateMappingPublished | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        input_: dict[str, Any] | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        else:
            input_ = self.input_.to_dict()

        published: dict[str, Any] | Unset = UNSET
        if not isinstance(self.published, Unset):
            published = self.published.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if input_ is not UNSET:
            field_dict["input"] = input_
        if published is not UNSET:
            field_dict["published"] = published

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_item_custom_mapping import UpdateItemCustomMapping  # noqa: PLC0415
        from ..models.update_item_input_config import UpdateItemInputConfig  # noqa: PLC0415
        from ..models.update_mapping_published import UpdateMappingPublished  # noqa: PLC0415
        from ..models.update_set_null import UpdateSetNull  # noqa: PLC0415

        d = dict(src_dict)
        _mapping = d.pop("mapping", UNSET)
        mapping: UpdateItemCustomMapping | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = UpdateItemCustomMapping.from_dict(_mapping)

        def _parse_input_(data: object) -> Unset | UpdateItemInputConfig | UpdateSetNull:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateItemInputConfig, UpdateSetNull))

        input_ = _parse_input_(d.pop("input", UNSET))

        _published = d.pop("published", UNSET)
        published: UpdateMappingPublished | Unset
        if isinstance(_published, Unset):
            published = UNSET
        else:
            published = UpdateMappingPublished.from_dict(_published)

        update_mapping = cls(
            mapping=mapping,
            input_=input_,
            published=published,
        )

        update_mapping.additional_properties = d
        return update_mapping
