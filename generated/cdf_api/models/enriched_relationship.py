from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.asset import Asset
    from ..models.event import Event
    from ..models.files_metadata import FilesMetadata
    from ..models.get_sequence_dto import GetSequenceDTO
    from ..models.get_time_series_metadata_dto import GetTimeSeriesMetadataDTO


T = TypeVar("T", bound="EnrichedRelationship")


@_attrs_define
class EnrichedRelationship(AdditionalProperties):
    """
    Attributes:
        source (Asset | Event | FilesMetadata | GetSequenceDTO | GetTimeSeriesMetadataDTO | Unset):
        target (Asset | Event | FilesMetadata | GetSequenceDTO | GetTimeSeriesMetadataDTO | Unset):
    """

    _FIT = {
        "source": (
            "u",
            (
                ("m", "Asset"),
                ("m", "GetTimeSeriesMetadataDTO"),
                ("m", "Event"),
                ("m", "FilesMetadata"),
                ("m", "GetSequenceDTO"),
            ),
        ),
        "target": (
            "u",
            (
                ("m", "Asset"),
                ("m", "GetTimeSeriesMetadataDTO"),
                ("m", "Event"),
                ("m", "FilesMetadata"),
                ("m", "GetSequenceDTO"),
            ),
        ),
    }
    _REQUIRED = ()

    source: Asset | Event | FilesMetadata | GetSequenceDTO | GetTimeSeriesMetadataDTO | Unset = UNSET
    target: Asset | Event | FilesMetadata | GetSequenceDTO | GetTimeSeriesMetadataDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source.to_dict()

        target: dict[str, Any] | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset import Asset  # noqa: PLC0415
        from ..models.event import Event  # noqa: PLC0415
        from ..models.files_metadata import FilesMetadata  # noqa: PLC0415
        from ..models.get_sequence_dto import GetSequenceDTO  # noqa: PLC0415
        from ..models.get_time_series_metadata_dto import GetTimeSeriesMetadataDTO  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_source(
            data: object,
        ) -> Asset | Event | FilesMetadata | GetSequenceDTO | GetTimeSeriesMetadataDTO | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (Asset, GetTimeSeriesMetadataDTO, Event, FilesMetadata, GetSequenceDTO))

        source = _parse_source(d.pop("source", UNSET))

        def _parse_target(
            data: object,
        ) -> Asset | Event | FilesMetadata | GetSequenceDTO | GetTimeSeriesMetadataDTO | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (Asset, GetTimeSeriesMetadataDTO, Event, FilesMetadata, GetSequenceDTO))

        target = _parse_target(d.pop("target", UNSET))

        enriched_relationship = cls(
            source=source,
            target=target,
        )

        enriched_relationship.additional_properties = d
        return enriched_relationship
