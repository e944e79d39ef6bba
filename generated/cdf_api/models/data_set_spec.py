from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.data_set_metadata import DataSetMetadata


T = TypeVar("T", bound="DataSetSpec")


@_attrs_define
class DataSetSpec(AdditionalProperties):
    """
    Attributes:
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        name (str | Unset): The name of the data set.
        description (str | Unset): The description of the data set.
        metadata (DataSetMetadata | Unset): Custom, application specific metadata. String key -> String value. Limits:
            Maximum length of key is 128 bytes, value 10240 bytes, up to 256 key-value pairs, of total size at most 10240.
        write_protected (bool | Unset): To write data to a write-protected data set, you need to be a member of a group
            that has the "datasets:owner" action for the data set. To learn more about write-protected data sets, follow
            this [guide](https://docs.cognite.com/cdf/data_governance/concepts/datasets/#write-protection).
    """

    _FIT = {
        "externalId": "s",
        "name": "s",
        "description": "s",
        "metadata": ("m", "DataSetMetadata"),
        "writeProtected": "b",
    }
    _REQUIRED = ()

    external_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: DataSetMetadata | Unset = UNSET
    write_protected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        write_protected = self.write_protected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if write_protected is not UNSET:
            field_dict["writeProtected"] = write_protected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_set_metadata import DataSetMetadata  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: DataSetMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = DataSetMetadata.from_dict(_metadata)

        write_protected = d.pop("writeProtected", UNSET)

        data_set_spec = cls(
            external_id=external_id,
            name=name,
            description=description,
            metadata=metadata,
            write_protected=write_protected,
        )

        data_set_spec.additional_properties = d
        return data_set_spec
