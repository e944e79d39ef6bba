from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_status import FunctionStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.epoch_timestamp_range import EpochTimestampRange
    from ..models.meta_data import MetaData


T = TypeVar("T", bound="FunctionFilterFilter")


@_attrs_define
class FunctionFilterFilter(AdditionalProperties):
    """
    Attributes:
        name (str | Unset): The name of the function. Example: myfunction.
        owner (str | Unset): Owner of this function. Typically used to know who created it. Example: user@cognite.com.
        file_id (int | Unset): A server-generated ID for the object.
        status (FunctionStatus | Unset): Status of the function. It starts in a Queued state, is then Deploying before
            it is either Ready or Failed. If the function is Ready, it can be called. Example: Queued.
        external_id_prefix (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        metadata (MetaData | Unset): Custom, application specific metadata. String key -> String value. Limits: Maximum
            length of key is 32, value 512 characters, up to 16 key-value pairs. Maximum size of entire metadata is 4096
            bytes.
    """

    _FIT = {
        "name": "s",
        "owner": "s",
        "fileId": "i",
        "status": "s",
        "externalIdPrefix": "s",
        "createdTime": ("m", "EpochTimestampRange"),
        "metadata": ("m", "MetaData"),
    }
    _REQUIRED = ()

    name: str | Unset = UNSET
    owner: str | Unset = UNSET
    file_id: int | Unset = UNSET
    status: FunctionStatus | Unset = UNSET
    external_id_prefix: str | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    metadata: MetaData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner = self.owner

        file_id = self.file_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        external_id_prefix = self.external_id_prefix

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if status is not UNSET:
            field_dict["status"] = status
        if external_id_prefix is not UNSET:
            field_dict["externalIdPrefix"] = external_id_prefix
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415
        from ..models.meta_data import MetaData  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        owner = d.pop("owner", UNSET)

        file_id = d.pop("fileId", UNSET)

        _status = d.pop("status", UNSET)
        status: FunctionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FunctionStatus(_status)

        external_id_prefix = d.pop("externalIdPrefix", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: EpochTimestampRange | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = EpochTimestampRange.from_dict(_created_time)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetaData | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetaData.from_dict(_metadata)

        function_filter_filter = cls(
            name=name,
            owner=owner,
            file_id=file_id,
            status=status,
            external_id_prefix=external_id_prefix,
            created_time=created_time,
            metadata=metadata,
        )

        function_filter_filter.additional_properties = d
        return function_filter_filter
