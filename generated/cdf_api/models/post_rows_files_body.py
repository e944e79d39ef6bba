from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.post_rows_files_body_file import PostRowsFilesBodyFile


T = TypeVar("T", bound="PostRowsFilesBody")


@_attrs_define
class PostRowsFilesBody(AdditionalProperties):
    """
    Attributes:
        file (PostRowsFilesBodyFile | Unset):
    """

    _FIT = {"file": ("m", "PostRowsFilesBodyFile")}
    _REQUIRED = ()

    file: PostRowsFilesBodyFile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            files.append(("file", (None, json.dumps(self.file.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_rows_files_body_file import PostRowsFilesBodyFile  # noqa: PLC0415

        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: PostRowsFilesBodyFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = PostRowsFilesBodyFile.from_dict(_file)

        post_rows_files_body = cls(
            file=file,
        )

        post_rows_files_body.additional_properties = d
        return post_rows_files_body
