"""Principals of the organization: users and service accounts (``Principal._load`` picks the class by ``type``)."""

from __future__ import annotations

from typing import Any, ClassVar

from typing_extensions import Self

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList
from cognite.client.data_classes._generated import (
    ServiceAccountCreatorFields,
    ServicePrincipalFields,
    UserPrincipalFields,
)


class Principal(CogniteResource):
    """A user or a service account; loading one gives the class of its wire ``type``.

    Example:
        >>> from cognite.client.data_classes.principals import Principal
        >>> type(Principal._load({"id": "u1", "type": "USER", "name": "Ada", "pictureUrl": ""})).__name__
        'UserPrincipal'
    """

    _type: ClassVar[str] = ""

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        if cls is not Principal:
            return super()._load(resource, cognite_client)
        kind = str(resource.get("type", "")).upper()
        target: type[Principal] = _BY_TYPE.get(kind, UnknownPrincipal)
        return target._load(resource, cognite_client)  # type: ignore[return-value]


class UserPrincipal(UserPrincipalFields, Principal):
    """A user of the organization.

    Example:
        >>> from cognite.client.data_classes.principals import UserPrincipal
        >>> UserPrincipal("u1", "Ada", "", email="ada@example.com").email
        'ada@example.com'
    """

    _type = "USER"


class ServiceAccountCreator(ServiceAccountCreatorFields):
    """Who created a service account (organization and user)."""


class ServicePrincipal(ServicePrincipalFields, Principal):
    """A service account of the organization.

    Example:
        >>> from cognite.client.data_classes.principals import ServicePrincipal
        >>> ServicePrincipal("s1", "Pipeline", external_id="pipeline").external_id
        'pipeline'
    """

    _type = "SERVICE_ACCOUNT"


class UnknownPrincipal(Principal):
    """A principal of a type this SDK does not know: its fields are kept in ``data``.

    Example:
        >>> from cognite.client.data_classes.principals import UnknownPrincipal
        >>> UnknownPrincipal("x", "ROBOT", {"name": "R2"}).dump()
        {'id': 'x', 'type': 'ROBOT', 'name': 'R2'}
    """

    def __init__(self, id: str, type: str, data: dict[str, Any]) -> None:
        self.id = id
        self.type = type
        self.data = data
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        rest = {k: v for k, v in resource.items() if k not in ("id", "type")}
        return cls(resource["id"], resource["type"], rest)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, **self.data}


class PrincipalList(CogniteResourceList[Principal]):
    _RESOURCE = Principal


_BY_TYPE: dict[str, type[Principal]] = {"USER": UserPrincipal, "SERVICE_ACCOUNT": ServicePrincipal}
