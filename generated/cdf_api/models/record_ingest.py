from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.record_data import RecordData


T = TypeVar("T", bound="RecordIngest")


@_attrs_define
class RecordIngest(AdditionalProperties):
    """Record to write.

    Attributes:
        space (str):
        external_id (str): The identifier (in scope of a space) of a ```record``` which is stored in a ```stream```.
            **Note:** For *mutable* records, the property value must be unique within the scope of the space the record
            belongs to.
            **Note:** Duplicate ```space + externalId``` pair values are allowed for *immutable* records, even within a
            single batched create records request.
             Example: some_id.
        sources (list[RecordData]): List of source properties to write. The properties are from the container(s) making
            up this ```record```.
    """

    _FIT = {"space": "s", "externalId": "s", "sources": ("l", ("m", "RecordData"))}
    _REQUIRED = ("space", "externalId", "sources")

    space: str
    external_id: str
    sources: list[RecordData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_data import RecordData  # noqa: PLC0415

        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = RecordData.from_dict(sources_item_data)

            sources.append(sources_item)

        record_ingest = cls(
            space=space,
            external_id=external_id,
            sources=sources,
        )

        record_ingest.additional_properties = d
        return record_ingest
