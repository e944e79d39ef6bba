from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_error import GeospatialError


T = TypeVar("T", bound="GeospatialErrorResponse")


@_attrs_define
class GeospatialErrorResponse(AdditionalProperties):
    """
    Attributes:
        error (GeospatialError): Cognite API error.
    """

    _FIT = {"error": ("m", "GeospatialError")}
    _REQUIRED = ("error",)

    error: GeospatialError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_error import GeospatialError  # noqa: PLC0415

        d = dict(src_dict)
        error = GeospatialError.from_dict(d.pop("error"))

        geospatial_error_response = cls(
            error=error,
        )

        geospatial_error_response.additional_properties = d
        return geospatial_error_response
