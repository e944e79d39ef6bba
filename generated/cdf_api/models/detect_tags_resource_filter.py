from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.detect_tags_resource_filter_asset import DetectTagsResourceFilterAsset
    from ..models.detect_tags_resource_filter_file import DetectTagsResourceFilterFile


T = TypeVar("T", bound="DetectTagsResourceFilter")


@_attrs_define
class DetectTagsResourceFilter(AdditionalProperties):
    """
    Attributes:
        asset (DetectTagsResourceFilterAsset | Unset):
        file (DetectTagsResourceFilterFile | Unset):
    """

    _FIT = {"Asset": ("m", "DetectTagsResourceFilterAsset"), "File": ("m", "DetectTagsResourceFilterFile")}
    _REQUIRED = ()

    asset: DetectTagsResourceFilterAsset | Unset = UNSET
    file: DetectTagsResourceFilterFile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset, Unset):
            asset = self.asset.to_dict()

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["Asset"] = asset
        if file is not UNSET:
            field_dict["File"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.detect_tags_resource_filter_asset import DetectTagsResourceFilterAsset  # noqa: PLC0415
        from ..models.detect_tags_resource_filter_file import DetectTagsResourceFilterFile  # noqa: PLC0415

        d = dict(src_dict)
        _asset = d.pop("Asset", UNSET)
        asset: DetectTagsResourceFilterAsset | Unset
        if isinstance(_asset, Unset):
            asset = UNSET
        else:
            asset = DetectTagsResourceFilterAsset.from_dict(_asset)

        _file = d.pop("File", UNSET)
        file: DetectTagsResourceFilterFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = DetectTagsResourceFilterFile.from_dict(_file)

        detect_tags_resource_filter = cls(
            asset=asset,
            file=file,
        )

        detect_tags_resource_filter.additional_properties = d
        return detect_tags_resource_filter
