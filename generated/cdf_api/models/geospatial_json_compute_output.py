from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_json_compute_output_output import GeospatialJsonComputeOutputOutput


T = TypeVar("T", bound="GeospatialJsonComputeOutput")


@_attrs_define
class GeospatialJsonComputeOutput(AdditionalProperties):
    """
    Attributes:
        output (GeospatialJsonComputeOutputOutput):
    """

    _FIT = {"output": ("m", "GeospatialJsonComputeOutputOutput")}
    _REQUIRED = ("output",)

    output: GeospatialJsonComputeOutputOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_json_compute_output_output import GeospatialJsonComputeOutputOutput  # noqa: PLC0415

        d = dict(src_dict)
        output = GeospatialJsonComputeOutputOutput.from_dict(d.pop("output"))

        geospatial_json_compute_output = cls(
            output=output,
        )

        geospatial_json_compute_output.additional_properties = d
        return geospatial_json_compute_output
