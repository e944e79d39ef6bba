from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.ext_pipe_update_data import ExtPipeUpdateData


T = TypeVar("T", bound="ExtPipeUpdateByExternalId")


@_attrs_define
class ExtPipeUpdateByExternalId(AdditionalProperties):
    """
    Attributes:
        external_id (None | str | Unset): External Id provided by client. Should be unique within the project.
        update (ExtPipeUpdateData | Unset): List of updates for Extraction Pipeline
    """

    _FIT = {"externalId": ("u", ("s", None)), "update": ("m", "ExtPipeUpdateData")}
    _REQUIRED = ()

    external_id: None | str | Unset = UNSET
    update: ExtPipeUpdateData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update, Unset):
            update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ext_pipe_update_data import ExtPipeUpdateData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        _update = d.pop("update", UNSET)
        update: ExtPipeUpdateData | Unset
        if isinstance(_update, Unset):
            update = UNSET
        else:
            update = ExtPipeUpdateData.from_dict(_update)

        ext_pipe_update_by_external_id = cls(
            external_id=external_id,
            update=update,
        )

        ext_pipe_update_by_external_id.additional_properties = d
        return ext_pipe_update_by_external_id
