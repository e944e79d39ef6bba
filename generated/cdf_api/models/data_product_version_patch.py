from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.data_product_version_terms_patch import DataProductVersionTermsPatch
    from ..models.data_product_version_views_add import DataProductVersionViewsAdd
    from ..models.remove_field import RemoveField
    from ..models.set_string_field import SetStringField
    from ..models.single_patch_data_product_version_status import SinglePatchDataProductVersionStatus


T = TypeVar("T", bound="DataProductVersionPatch")


@_attrs_define
class DataProductVersionPatch(AdditionalProperties):
    """Changes to apply to a data product version

    Attributes:
        status (SinglePatchDataProductVersionStatus | Unset): Set a new value for the data product version status.
        description (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        terms (DataProductVersionTermsPatch | Unset): Modify nested terms object fields.
        views (DataProductVersionViewsAdd | Unset):
    """

    _FIT = {
        "status": ("m", "SinglePatchDataProductVersionStatus"),
        "description": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "terms": ("m", "DataProductVersionTermsPatch"),
        "views": ("m", "DataProductVersionViewsAdd"),
    }
    _REQUIRED = ()

    status: SinglePatchDataProductVersionStatus | Unset = UNSET
    description: RemoveField | SetStringField | Unset = UNSET
    terms: DataProductVersionTermsPatch | Unset = UNSET
    views: DataProductVersionViewsAdd | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        description: dict[str, Any] | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description.to_dict()

        terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = self.terms.to_dict()

        views: dict[str, Any] | Unset = UNSET
        if not isinstance(self.views, Unset):
            views = self.views.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if terms is not UNSET:
            field_dict["terms"] = terms
        if views is not UNSET:
            field_dict["views"] = views

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_product_version_terms_patch import DataProductVersionTermsPatch  # noqa: PLC0415
        from ..models.data_product_version_views_add import DataProductVersionViewsAdd  # noqa: PLC0415
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_string_field import SetStringField  # noqa: PLC0415
        from ..models.single_patch_data_product_version_status import SinglePatchDataProductVersionStatus  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: SinglePatchDataProductVersionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SinglePatchDataProductVersionStatus.from_dict(_status)

        def _parse_description(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        description = _parse_description(d.pop("description", UNSET))

        _terms = d.pop("terms", UNSET)
        terms: DataProductVersionTermsPatch | Unset
        if isinstance(_terms, Unset):
            terms = UNSET
        else:
            terms = DataProductVersionTermsPatch.from_dict(_terms)

        _views = d.pop("views", UNSET)
        views: DataProductVersionViewsAdd | Unset
        if isinstance(_views, Unset):
            views = UNSET
        else:
            views = DataProductVersionViewsAdd.from_dict(_views)

        data_product_version_patch = cls(
            status=status,
            description=description,
            terms=terms,
            views=views,
        )

        data_product_version_patch.additional_properties = d
        return data_product_version_patch
