from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.path import Path


T = TypeVar("T", bound="GeometryUpdateDraft")


@_attrs_define
class GeometryUpdateDraft(AdditionalProperties):
    """
    Attributes:
        paths (list[Path] | Unset):
    """

    _FIT = {"paths": ("l", ("m", "Path"))}
    _REQUIRED = ()

    paths: list[Path] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paths: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.paths, Unset):
            paths = []
            for paths_item_data in self.paths:
                paths_item = paths_item_data.to_dict()
                paths.append(paths_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if paths is not UNSET:
            field_dict["paths"] = paths

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.path import Path  # noqa: PLC0415

        d = dict(src_dict)
        _paths = d.pop("paths", UNSET)
        paths: list[Path] | Unset = UNSET
        if _paths is not UNSET:
            paths = []
            for paths_item_data in _paths:
                paths_item = Path.from_dict(paths_item_data)

                paths.append(paths_item)

        geometry_update_draft = cls(
            paths=paths,
        )

        geometry_update_draft.additional_properties = d
        return geometry_update_draft
