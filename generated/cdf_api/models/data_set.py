from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.data_set_metadata import DataSetMetadata


T = TypeVar("T", bound="DataSet")


@_attrs_define
class DataSet(AdditionalProperties):
    """
    Attributes:
        write_protected (bool): To write data to a write-protected data set, you need to be a member of a group that has
            the "datasets:owner" action for the data set. To learn more about write-protected data sets, follow this
            [guide](https://docs.cognite.com/cdf/data_governance/concepts/datasets/#write-protection).
        id (int): A server-generated ID for the object.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        name (str | Unset): The name of the data set.
        description (str | Unset): The description of the data set.
        metadata (DataSetMetadata | Unset): Custom, application specific metadata. String key -> String value. Limits:
            Maximum length of key is 128 bytes, value 10240 bytes, up to 256 key-value pairs, of total size at most 10240.
    """

    _FIT = {
        "writeProtected": "b",
        "id": "i",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "externalId": "s",
        "name": "s",
        "description": "s",
        "metadata": ("m", "DataSetMetadata"),
    }
    _REQUIRED = ("writeProtected", "id", "createdTime", "lastUpdatedTime")

    write_protected: bool
    id: int
    created_time: int
    last_updated_time: int
    external_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: DataSetMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        write_protected = self.write_protected

        id = self.id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        external_id = self.external_id

        name = self.name

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "writeProtected": write_protected,
                "id": id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_set_metadata import DataSetMetadata  # noqa: PLC0415

        d = dict(src_dict)
        write_protected = d.pop("writeProtected")

        id = d.pop("id")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        external_id = d.pop("externalId", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: DataSetMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = DataSetMetadata.from_dict(_metadata)

        data_set = cls(
            write_protected=write_protected,
            id=id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            external_id=external_id,
            name=name,
            description=description,
            metadata=metadata,
        )

        data_set.additional_properties = d
        return data_set
