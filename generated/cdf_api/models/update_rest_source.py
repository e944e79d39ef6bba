from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.update_item_auth_certificate import UpdateItemAuthCertificate
    from ..models.update_item_host import UpdateItemHost
    from ..models.update_item_port import UpdateItemPort
    from ..models.update_item_rest_scheme import UpdateItemRestScheme
    from ..models.update_set_null import UpdateSetNull


T = TypeVar("T", bound="UpdateRestSource")


@_attrs_define
class UpdateRestSource(AdditionalProperties):
    """
    Attributes:
        host (UpdateItemHost | Unset): Set a new host or IP address.
        scheme (UpdateItemRestScheme | Unset): Set a new scheme for this source to use
        port (UpdateItemPort | Unset): Set a new port this source should connect to.
        auth_certificate (Unset | UpdateItemAuthCertificate | UpdateSetNull):
    """

    _FIT = {
        "host": ("m", "UpdateItemHost"),
        "scheme": ("m", "UpdateItemRestScheme"),
        "port": ("m", "UpdateItemPort"),
        "authCertificate": ("u", (("m", "UpdateItemAuthCertificate"), ("m", "UpdateSetNull"))),
    }
    _REQUIRED = ()

    host: UpdateItemHost | Unset = UNSET
    scheme: UpdateItemRestScheme | Unset = UNSET
    port: UpdateItemPort | Unset = UNSET
    auth_certificate: Unset | UpdateItemAuthCertificate | UpdateSetNull = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host, Unset):
            host = self.host.to_dict()

        scheme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheme, Unset):
            scheme = self.scheme.to_dict()

        port: dict[str, Any] | Unset = UNSET
        if not isinstance(self.port, Unset):
            port = self.port.to_dict()

        auth_certificate: dict[str, Any] | Unset
        if isinstance(self.auth_certificate, Unset):
            auth_certificate = UNSET
        else:
            auth_certificate = self.auth_certificate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host is not UNSET:
            field_dict["host"] = host
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if port is not UNSET:
            field_dict["port"] = port
        if auth_certificate is not UNSET:
            field_dict["authCertificate"] = auth_certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_item_auth_certificate import UpdateItemAuthCertificate  # noqa: PLC0415
        from ..models.update_item_host import UpdateItemHost  # noqa: PLC0415
        from ..models.update_item_port import UpdateItemPort  # noqa: PLC0415
        from ..models.update_item_rest_scheme import UpdateItemRestScheme  # noqa: PLC0415
        from ..models.update_set_null import UpdateSetNull  # noqa: PLC0415

        d = dict(src_dict)
        _host = d.pop("host", UNSET)
        host: UpdateItemHost | Unset
        if isinstance(_host, Unset):
            host = UNSET
        else:
            host = UpdateItemHost.from_dict(_host)

        _scheme = d.pop("scheme", UNSET)
        scheme: UpdateItemRestScheme | Unset
        if isinstance(_scheme, Unset):
            scheme = UNSET
        else:
            scheme = UpdateItemRestScheme.from_dict(_scheme)

        _port = d.pop("port", UNSET)
        port: UpdateItemPort | Unset
        if isinstance(_port, Unset):
            port = UNSET
        else:
            port = UpdateItemPort.from_dict(_port)

        def _parse_auth_certificate(data: object) -> Unset | UpdateItemAuthCertificate | UpdateSetNull:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateItemAuthCertificate, UpdateSetNull))

        auth_certificate = _parse_auth_certificate(d.pop("authCertificate", UNSET))

        update_rest_source = cls(
            host=host,
            scheme=scheme,
            port=port,
            auth_certificate=auth_certificate,
        )

        update_rest_source.additional_properties = d
        return update_rest_source
