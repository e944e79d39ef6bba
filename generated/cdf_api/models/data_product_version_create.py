from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_product_version_status import DataProductVersionStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.data_product_version_create_quality import DataProductVersionCreateQuality
    from ..models.data_product_version_create_terms import DataProductVersionCreateTerms
    from ..models.data_product_version_create_views_item import DataProductVersionCreateViewsItem


T = TypeVar("T", bound="DataProductVersionCreate")


@_attrs_define
class DataProductVersionCreate(AdditionalProperties):
    """A new version of a data product, with a collection of data modeling view references. Each item of the collection is
    immutable (it may not be modified or removed later), but items may be added later.
    A data product can have up to 10 versions.

        Attributes:
            version (str):  Example: 1.2.34.
            views (list[DataProductVersionCreateViewsItem]): A collection of references to views (with versions) that will
                be associated with this data product version. The views must either reside in the schema space of the associated
                data product, or in a system space (one that begins with `cdf_`). The referenced views must already exist at the
                time of creation of this data product version. Each item of the collection is immutable (it may not be modified
                or removed later), but items may be added later.
            quality (DataProductVersionCreateQuality | Unset): Container for data quality rules.
            status (DataProductVersionStatus | Unset): The status of this data product version.
            description (str | Unset): A detailed description of this specific version of the data product. The text will be
                interpreted as markdown.
            terms (DataProductVersionCreateTerms | Unset): Terms and conditions for using this data product version.
    """

    _FIT = {
        "version": "s",
        "views": ("l", ("m", "DataProductVersionCreateViewsItem")),
        "quality": ("m", "DataProductVersionCreateQuality"),
        "status": "s",
        "description": "s",
        "terms": ("m", "DataProductVersionCreateTerms"),
    }
    _REQUIRED = ("version", "views")

    version: str
    views: list[DataProductVersionCreateViewsItem]
    quality: DataProductVersionCreateQuality | Unset = UNSET
    status: DataProductVersionStatus | Unset = UNSET
    description: str | Unset = UNSET
    terms: DataProductVersionCreateTerms | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        views = []
        for views_item_data in self.views:
            views_item = views_item_data.to_dict()
            views.append(views_item)

        quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        description = self.description

        terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = self.terms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "views": views,
            }
        )
        if quality is not UNSET:
            field_dict["quality"] = quality
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if terms is not UNSET:
            field_dict["terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_product_version_create_quality import DataProductVersionCreateQuality  # noqa: PLC0415
        from ..models.data_product_version_create_terms import DataProductVersionCreateTerms  # noqa: PLC0415
        from ..models.data_product_version_create_views_item import DataProductVersionCreateViewsItem  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        views = []
        _views = d.pop("views")
        for views_item_data in _views:
            views_item = DataProductVersionCreateViewsItem.from_dict(views_item_data)

            views.append(views_item)

        _quality = d.pop("quality", UNSET)
        quality: DataProductVersionCreateQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = DataProductVersionCreateQuality.from_dict(_quality)

        _status = d.pop("status", UNSET)
        status: DataProductVersionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DataProductVersionStatus(_status)

        description = d.pop("description", UNSET)

        _terms = d.pop("terms", UNSET)
        terms: DataProductVersionCreateTerms | Unset
        if isinstance(_terms, Unset):
            terms = UNSET
        else:
            terms = DataProductVersionCreateTerms.from_dict(_terms)

        data_product_version_create = cls(
            version=version,
            views=views,
            quality=quality,
            status=status,
            description=description,
            terms=terms,
        )

        data_product_version_create.additional_properties = d
        return data_product_version_create
