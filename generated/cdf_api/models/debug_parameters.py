from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DebugParameters")


@_attrs_define
class DebugParameters(AdditionalProperties):
    """Return query debug notices.

    Attributes:
        emit_results (bool | Unset): Include the query result in the response. emitResults=false is required for
            advanced query analysis features.
        timeout (int | Unset): Query timeout in milliseconds. Can be used to override the default timeout when analysing
            queries. Requires emitResults=false.
        profile (bool | Unset): Most thorough level of query analysis. Requires emitResults=false.
    """

    _FIT = {"emitResults": "b", "timeout": "i", "profile": "b"}
    _REQUIRED = ()

    emit_results: bool | Unset = UNSET
    timeout: int | Unset = UNSET
    profile: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emit_results = self.emit_results

        timeout = self.timeout

        profile = self.profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emit_results is not UNSET:
            field_dict["emitResults"] = emit_results
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emit_results = d.pop("emitResults", UNSET)

        timeout = d.pop("timeout", UNSET)

        profile = d.pop("profile", UNSET)

        debug_parameters = cls(
            emit_results=emit_results,
            timeout=timeout,
            profile=profile,
        )

        debug_parameters.additional_properties = d
        return debug_parameters
