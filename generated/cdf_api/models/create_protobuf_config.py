from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.create_proto_file import CreateProtoFile


T = TypeVar("T", bound="CreateProtobufConfig")


@_attrs_define
class CreateProtobufConfig(AdditionalProperties):
    """List of protobuf files used to define input to the mapping. This will be compiled to a collection of definitions
    which will be used to convert the input to JSON.

        Attributes:
            type_ (Literal['protobuf']): Input type
            message_name (str): Name of root message in the protobuf files.
            files (list[CreateProtoFile]): List of protobuf files as text.
    """

    _FIT = {"type": ("c", "protobuf"), "messageName": "s", "files": ("l", ("m", "CreateProtoFile"))}
    _REQUIRED = ("type", "messageName", "files")

    type_: Literal["protobuf"]
    message_name: str
    files: list[CreateProtoFile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message_name = self.message_name

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "messageName": message_name,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_proto_file import CreateProtoFile  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["protobuf"], d.pop("type"))
        if type_ != "protobuf":
            raise ValueError(f"type must match const 'protobuf', got '{type_}'")

        message_name = d.pop("messageName")

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = CreateProtoFile.from_dict(files_item_data)

            files.append(files_item)

        create_protobuf_config = cls(
            type_=type_,
            message_name=message_name,
            files=files,
        )

        create_protobuf_config.additional_properties = d
        return create_protobuf_config
