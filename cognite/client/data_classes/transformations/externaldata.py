"""External data sources transformations read from (CDF beta): Microsoft Fabric OneLake lakehouses.

The write classes hold the client secret; what CDF sends back (``OneLakeCredentials``) never does.
"""

from __future__ import annotations

from typing import Any, ClassVar

from cognite.client.data_classes._base import (
    CogniteObject,
    CogniteResource,
    CogniteResourceList,
    WriteableCogniteResourceList,
    load_one,
)

__all__ = [
    "ExternalDataSource",
    "ExternalDataSourceList",
    "ExternalDataSourceUsability",
    "ExternalDataSourceWrite",
    "ExternalDataSourceWriteList",
    "OneLakeCredentials",
    "OneLakeCredentialsWrite",
    "OneLakeExternalDataSource",
    "OneLakeExternalDataSourceWrite",
    "OneLakeLocationDescription",
    "OneLakeSettings",
    "OneLakeSettingsWrite",
]

ONE_LAKE_FORMAT = "one_lake"


class OneLakeLocationDescription(CogniteResource):
    """Where the data is in OneLake (workspace and item ids)."""

    _fields = ("workspace_id", "container_id")
    _positional = _fields
    workspace_id: str
    container_id: str

    def __init__(self, workspace_id: str, container_id: str) -> None:
        super().__init__(workspace_id=workspace_id, container_id=container_id)


class OneLakeCredentials(CogniteResource):
    """The service principal CDF reads OneLake with (without its secret)."""

    _fields = ("client_id", "tenant_id")
    _positional = _fields
    client_id: str
    tenant_id: str

    def __init__(self, client_id: str, tenant_id: str) -> None:
        super().__init__(client_id=client_id, tenant_id=tenant_id)


class OneLakeCredentialsWrite(CogniteResource):
    """The service principal with its secret (sent on create; ``repr`` hides the secret)."""

    _fields = ("client_id", "tenant_id", "client_secret")
    _positional = _fields
    client_id: str
    tenant_id: str
    client_secret: str

    def __init__(self, client_id: str, tenant_id: str, client_secret: str) -> None:
        super().__init__(client_id=client_id, tenant_id=tenant_id, client_secret=client_secret)

    def __repr__(self) -> str:
        return f"OneLakeCredentialsWrite(client_id={self.client_id!r}, tenant_id={self.tenant_id!r}, client_secret=<redacted>)"

    __str__ = __repr__


class OneLakeSettings(CogniteResource):
    _fields = ("credentials", "location_description")
    _positional = _fields
    _nested = {
        "credentials": load_one(OneLakeCredentials),
        "location_description": load_one(OneLakeLocationDescription),
    }
    credentials: OneLakeCredentials
    location_description: OneLakeLocationDescription

    def __init__(self, credentials: OneLakeCredentials, location_description: OneLakeLocationDescription) -> None:
        super().__init__(credentials=credentials, location_description=location_description)


class OneLakeSettingsWrite(CogniteResource):
    _fields = ("credentials", "location_description")
    _positional = _fields
    _nested = {
        "credentials": load_one(OneLakeCredentialsWrite),
        "location_description": load_one(OneLakeLocationDescription),
    }
    credentials: OneLakeCredentialsWrite
    location_description: OneLakeLocationDescription

    def __init__(self, credentials: OneLakeCredentialsWrite, location_description: OneLakeLocationDescription) -> None:
        super().__init__(credentials=credentials, location_description=location_description)


class _ByFormat(CogniteResource):
    """Loads the subclass named by the wire's ``format`` and dumps it back."""

    _format: ClassVar[str] = ""
    _variants: ClassVar[dict[str, type[CogniteResource]]] = {}

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Any:
        target = cls._variants.get(resource.get("format", "")) if not cls._format else cls
        if target is None:
            raise ValueError(f"Unknown external data source format: {resource.get('format')!r}")
        data = {k: v for k, v in resource.items() if k != "format"}
        return CogniteObject._load.__func__(target, data, cognite_client)  # type: ignore[attr-defined]

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return {**super().dump(camel_case), "format": self._format}


class ExternalDataSourceWrite(_ByFormat):
    """An external data source to register (a format's subclass)."""

    _fields: ClassVar[tuple[str, ...]] = ("external_id", "name", "data_set_id")
    external_id: str
    name: str | None
    data_set_id: int | None


class OneLakeExternalDataSourceWrite(ExternalDataSourceWrite):
    """A Fabric OneLake lakehouse to register.

    Example:
        >>> from cognite.client.data_classes.transformations.externaldata import (
        ...     OneLakeCredentialsWrite, OneLakeExternalDataSourceWrite, OneLakeLocationDescription, OneLakeSettingsWrite)
        >>> src = OneLakeExternalDataSourceWrite("lake", OneLakeSettingsWrite(
        ...     OneLakeCredentialsWrite("app", "tenant", "secret"), OneLakeLocationDescription("ws", "item")))
        >>> src.dump()["format"]
        'one_lake'
    """

    _format = ONE_LAKE_FORMAT
    _fields = ("external_id", "settings", "name", "data_set_id")
    _positional = _fields
    _nested = {"settings": load_one(OneLakeSettingsWrite)}
    settings: OneLakeSettingsWrite

    def __init__(
        self, external_id: str, settings: OneLakeSettingsWrite, name: str | None = None, data_set_id: int | None = None
    ) -> None:
        super().__init__(external_id=external_id, settings=settings, name=name, data_set_id=data_set_id)


class ExternalDataSource(_ByFormat):
    """A registered external data source (a format's subclass)."""

    _fields: ClassVar[tuple[str, ...]] = ("external_id", "created_time", "last_updated_time", "name", "data_set_id")
    external_id: str
    created_time: int
    last_updated_time: int
    name: str | None
    data_set_id: int | None


class OneLakeExternalDataSource(ExternalDataSource):
    """A registered Fabric OneLake lakehouse (its credentials without the secret)."""

    _format = ONE_LAKE_FORMAT
    _fields = ("external_id", "settings", "created_time", "last_updated_time", "name", "data_set_id")
    _positional = _fields
    _nested = {"settings": load_one(OneLakeSettings)}
    settings: OneLakeSettings

    def __init__(
        self,
        external_id: str,
        settings: OneLakeSettings,
        created_time: int,
        last_updated_time: int,
        name: str | None = None,
        data_set_id: int | None = None,
    ) -> None:
        super().__init__(
            external_id=external_id,
            settings=settings,
            created_time=created_time,
            last_updated_time=last_updated_time,
            name=name,
            data_set_id=data_set_id,
        )

    def as_write(self) -> CogniteResource:
        raise ValueError("An external data source read from CDF has no client secret: build its write object anew")


ExternalDataSourceWrite._variants = {ONE_LAKE_FORMAT: OneLakeExternalDataSourceWrite}
ExternalDataSource._variants = {ONE_LAKE_FORMAT: OneLakeExternalDataSource}


class ExternalDataSourceWriteList(CogniteResourceList[ExternalDataSourceWrite]):
    _RESOURCE = ExternalDataSourceWrite


class ExternalDataSourceList(WriteableCogniteResourceList[ExternalDataSource, ExternalDataSourceWriteList]):
    _RESOURCE = ExternalDataSource


class ExternalDataSourceUsability(CogniteResource):
    """Whether CDF can read a data source now: ``usable_version`` is its latest readable version, None when it is
    missing or cannot be reached."""

    _fields = ("external_id", "usable_version")
    _positional = _fields
    external_id: str
    usable_version: str | None

    def __init__(self, external_id: str, usable_version: str | None = None) -> None:
        super().__init__(external_id=external_id, usable_version=usable_version)

    @property
    def is_usable(self) -> bool:
        return self.usable_version is not None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> ExternalDataSourceUsability:
        ref = resource.get("externalId")
        xid = ref.get("externalId") if isinstance(ref, dict) else ref
        return cls(external_id=str(xid), usable_version=resource.get("usableVersion"))

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        key = "externalId" if camel_case else "external_id"
        if key in out:
            out[key] = {key: out[key]}
        return out
