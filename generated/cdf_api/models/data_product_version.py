from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_product_version_status import DataProductVersionStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.data_product_version_quality import DataProductVersionQuality
    from ..models.data_product_version_terms import DataProductVersionTerms
    from ..models.data_product_version_views_item import DataProductVersionViewsItem


T = TypeVar("T", bound="DataProductVersion")


@_attrs_define
class DataProductVersion(AdditionalProperties):
    """A version of a data product, with a collection of data modeling view references. Each item of the collection is
    immutable (it may not be modified or removed later), but items may be added later.
    A data product can have up to 10 versions.

        Attributes:
            version (str):  Example: 1.2.34.
            views (list[DataProductVersionViewsItem]): A collection of references to views (with versions) that are
                associated with this data product version. Each item of the collection is immutable (it may not be modified or
                removed later), but items may be added later.
            status (DataProductVersionStatus): The status of this data product version.
            terms (DataProductVersionTerms): Terms and conditions for using this data product version.
            created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
                Time (UTC), minus leap seconds. Example: 1730204346000.
            last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
                Universal Time (UTC), minus leap seconds. Example: 1730204346000.
            quality (DataProductVersionQuality | Unset): Container for data quality rules.
            description (str | Unset): A detailed description of this specific version of the data product. The text will be
                interpreted as markdown.
    """

    _FIT = {
        "version": "s",
        "views": ("l", ("m", "DataProductVersionViewsItem")),
        "status": "s",
        "terms": ("m", "DataProductVersionTerms"),
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "quality": ("m", "DataProductVersionQuality"),
        "description": "s",
    }
    _REQUIRED = ("version", "views", "status", "terms", "createdTime", "lastUpdatedTime")

    version: str
    views: list[DataProductVersionViewsItem]
    status: DataProductVersionStatus
    terms: DataProductVersionTerms
    created_time: int
    last_updated_time: int
    quality: DataProductVersionQuality | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        views = []
        for views_item_data in self.views:
            views_item = views_item_data.to_dict()
            views.append(views_item)

        status = self.status.value

        terms = self.terms.to_dict()

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "views": views,
                "status": status,
                "terms": terms,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if quality is not UNSET:
            field_dict["quality"] = quality
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_product_version_quality import DataProductVersionQuality  # noqa: PLC0415
        from ..models.data_product_version_terms import DataProductVersionTerms  # noqa: PLC0415
        from ..models.data_product_version_views_item import DataProductVersionViewsItem  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        views = []
        _views = d.pop("views")
        for views_item_data in _views:
            views_item = DataProductVersionViewsItem.from_dict(views_item_data)

            views.append(views_item)

        status = DataProductVersionStatus(d.pop("status"))

        terms = DataProductVersionTerms.from_dict(d.pop("terms"))

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        _quality = d.pop("quality", UNSET)
        quality: DataProductVersionQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = DataProductVersionQuality.from_dict(_quality)

        description = d.pop("description", UNSET)

        data_product_version = cls(
            version=version,
            views=views,
            status=status,
            terms=terms,
            created_time=created_time,
            last_updated_time=last_updated_time,
            quality=quality,
            description=description,
        )

        data_product_version.additional_properties = d
        return data_product_version
