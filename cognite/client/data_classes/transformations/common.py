"""Values shared by transformations and their jobs: destinations, credentials, blocked info, session details."""

from __future__ import annotations

from typing import Any, ClassVar, Literal, TypeAlias

from cognite.client.data_classes._base import CogniteObject, CogniteResource, load_one

__all__ = [
    "ConflictMode",
    "DataModelInfo",
    "EdgeType",
    "Edges",
    "Instances",
    "Nodes",
    "NonceCredentials",
    "OidcCredentials",
    "RawTable",
    "SequenceRowsDestination",
    "SessionDetails",
    "TransformationBlockedInfo",
    "TransformationDestination",
    "ViewInfo",
]


#: What a transformation does with rows that exist already (the spec's ConflictMode).
ConflictMode: TypeAlias = Literal["abort", "delete", "update", "upsert"]


class _Value(CogniteResource):
    """A small hand-written value object: equal and hashable by its dump."""

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(repr(sorted(self.dump().items())))


class ViewInfo(_Value):
    """A view a transformation writes nodes or edges through.

    Example:
        >>> from cognite.client.data_classes.transformations.common import ViewInfo
        >>> ViewInfo("sp", "Pump", "1").dump()
        {'space': 'sp', 'externalId': 'Pump', 'version': '1'}
    """

    _fields = ("space", "external_id", "version")
    _positional = _fields
    space: str
    external_id: str
    version: str

    def __init__(self, space: str, external_id: str, version: str) -> None:
        super().__init__(space=space, external_id=external_id, version=version)


class EdgeType(_Value):
    """The type of the edges a transformation writes.

    Example:
        >>> from cognite.client.data_classes.transformations.common import EdgeType
        >>> EdgeType("sp", "flows-to").dump()
        {'space': 'sp', 'externalId': 'flows-to'}
    """

    _fields = ("space", "external_id")
    _positional = _fields
    space: str
    external_id: str

    def __init__(self, space: str, external_id: str) -> None:
        super().__init__(space=space, external_id=external_id)


class DataModelInfo(_Value):
    """The data model (and its type) a transformation writes instances of.

    Example:
        >>> from cognite.client.data_classes.transformations.common import DataModelInfo
        >>> DataModelInfo("sp", "Plant", "1", "Pump").dump()
        {'space': 'sp', 'externalId': 'Plant', 'version': '1', 'destinationType': 'Pump'}
    """

    _fields = ("space", "external_id", "version", "destination_type", "destination_relationship_from_type")
    _positional = _fields
    space: str
    external_id: str
    version: str
    destination_type: str
    destination_relationship_from_type: str | None

    def __init__(
        self,
        space: str,
        external_id: str,
        version: str,
        destination_type: str,
        destination_relationship_from_type: str | None = None,
    ) -> None:
        super().__init__(
            space=space,
            external_id=external_id,
            version=version,
            destination_type=destination_type,
            destination_relationship_from_type=destination_relationship_from_type,
        )


class TransformationDestination(_Value):
    """Where a transformation writes: a resource type (``TransformationDestination.assets()``), a RAW table, the
    rows of a sequence, or data-model nodes / edges / instances. ``_load`` picks the class from ``type``.

    Example:
        >>> from cognite.client.data_classes import TransformationDestination
        >>> TransformationDestination.raw("db", "table").dump()
        {'type': 'raw', 'database': 'db', 'table': 'table'}
    """

    _fields: ClassVar[tuple[str, ...]] = ("type",)
    _positional: ClassVar[tuple[str, ...]] = _fields
    _BY_TYPE: ClassVar[dict[str, type[TransformationDestination]]] = {}
    type: str

    def __init__(self, type: str, **fields: Any) -> None:
        super().__init__(type=type, **fields)

    def __init_subclass__(cls, kind: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if kind:
            TransformationDestination._BY_TYPE[kind] = cls

    @classmethod
    def _load(cls, resource: Any, cognite_client: Any = None) -> Any:
        if isinstance(resource, str):  # older replies name the type only
            resource = {"type": resource}
        target = cls
        if cls is TransformationDestination:
            target = TransformationDestination._BY_TYPE.get(resource.get("type", ""), TransformationDestination)
        return CogniteObject._load.__func__(target, resource, cognite_client)  # type: ignore[attr-defined]

    @staticmethod
    def assets() -> TransformationDestination:
        return TransformationDestination("assets")

    @staticmethod
    def timeseries() -> TransformationDestination:
        return TransformationDestination("timeseries")

    @staticmethod
    def asset_hierarchy() -> TransformationDestination:
        return TransformationDestination("asset_hierarchy")

    @staticmethod
    def events() -> TransformationDestination:
        return TransformationDestination("events")

    @staticmethod
    def datapoints() -> TransformationDestination:
        return TransformationDestination("datapoints")

    @staticmethod
    def string_datapoints() -> TransformationDestination:
        return TransformationDestination("string_datapoints")

    @staticmethod
    def sequences() -> TransformationDestination:
        return TransformationDestination("sequences")

    @staticmethod
    def files() -> TransformationDestination:
        return TransformationDestination("files")

    @staticmethod
    def labels() -> TransformationDestination:
        return TransformationDestination("labels")

    @staticmethod
    def relationships() -> TransformationDestination:
        return TransformationDestination("relationships")

    @staticmethod
    def data_sets() -> TransformationDestination:
        return TransformationDestination("data_sets")

    @staticmethod
    def raw(database: str = "", table: str = "") -> RawTable:
        return RawTable(database, table)

    @staticmethod
    def sequence_rows(external_id: str = "") -> SequenceRowsDestination:
        return SequenceRowsDestination(external_id)

    @staticmethod
    def nodes(view: ViewInfo | None = None, instance_space: str | None = None) -> Nodes:
        return Nodes(view, instance_space)

    @staticmethod
    def edges(
        view: ViewInfo | None = None, instance_space: str | None = None, edge_type: EdgeType | None = None
    ) -> Edges:
        return Edges(view, instance_space, edge_type)

    @staticmethod
    def instances(data_model: DataModelInfo | None = None, instance_space: str | None = None) -> Instances:
        return Instances(data_model, instance_space)


class RawTable(TransformationDestination, kind="raw"):
    _fields = ("type", "database", "table")
    database: str
    table: str

    def __init__(self, database: str, table: str) -> None:
        super().__init__("raw", database=database, table=table)


class SequenceRowsDestination(TransformationDestination, kind="sequence_rows"):
    _fields = ("type", "external_id")
    external_id: str

    def __init__(self, external_id: str) -> None:
        super().__init__("sequence_rows", external_id=external_id)


class Nodes(TransformationDestination, kind="nodes"):
    _fields = ("type", "view", "instance_space")
    _nested = {"view": load_one(ViewInfo)}
    view: ViewInfo | None
    instance_space: str | None

    def __init__(self, view: ViewInfo | None = None, instance_space: str | None = None) -> None:
        super().__init__("nodes", view=view, instance_space=instance_space)


class Edges(TransformationDestination, kind="edges"):
    _fields = ("type", "view", "instance_space", "edge_type")
    _nested = {"view": load_one(ViewInfo), "edge_type": load_one(EdgeType)}
    view: ViewInfo | None
    instance_space: str | None
    edge_type: EdgeType | None

    def __init__(
        self, view: ViewInfo | None = None, instance_space: str | None = None, edge_type: EdgeType | None = None
    ) -> None:
        super().__init__("edges", view=view, instance_space=instance_space, edge_type=edge_type)


class Instances(TransformationDestination, kind="instances"):
    _fields = ("type", "data_model", "instance_space")
    _nested = {"data_model": load_one(DataModelInfo)}
    data_model: DataModelInfo | None
    instance_space: str | None

    def __init__(self, data_model: DataModelInfo | None = None, instance_space: str | None = None) -> None:
        super().__init__("instances", data_model=data_model, instance_space=instance_space)


class OidcCredentials(_Value):
    """Client credentials a transformation reads or writes with (``scopes`` as a list or a comma-separated str).
    CDF keeps the secret and never sends it back.

    Example:
        >>> from cognite.client.data_classes import OidcCredentials
        >>> OidcCredentials("id", "secret", "https://token", "proj", scopes=["a", "b"]).scopes
        'a,b'
    """

    _fields = ("client_id", "client_secret", "token_uri", "cdf_project_name", "scopes", "audience")
    _positional = _fields
    client_id: str
    client_secret: str
    token_uri: str
    cdf_project_name: str
    scopes: str | None
    audience: str | None

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        token_uri: str,
        cdf_project_name: str,
        scopes: str | list[str] | None = None,
        audience: str | None = None,
    ) -> None:
        if isinstance(scopes, list):
            scopes = ",".join(scopes)
        elif scopes is not None and not isinstance(scopes, str):
            raise TypeError("scopes must be a str or a list of str")
        super().__init__(
            client_id=client_id,
            client_secret=client_secret,
            token_uri=token_uri,
            cdf_project_name=cdf_project_name,
            scopes=scopes,
            audience=audience,
        )


class NonceCredentials(_Value):
    """A session nonce (``client.iam.sessions.create``) a transformation runs with.

    Example:
        >>> from cognite.client.data_classes import NonceCredentials
        >>> NonceCredentials(1, "nonce", "proj").dump()
        {'sessionId': 1, 'nonce': 'nonce', 'cdfProjectName': 'proj'}
    """

    _fields = ("session_id", "nonce", "cdf_project_name")
    _positional = _fields
    session_id: int
    nonce: str
    cdf_project_name: str

    def __init__(self, session_id: int, nonce: str, cdf_project_name: str) -> None:
        super().__init__(session_id=session_id, nonce=nonce, cdf_project_name=cdf_project_name)


class TransformationBlockedInfo(_Value):
    """Why (and since when) a transformation is blocked from running."""

    _fields = ("reason", "created_time")
    _positional = _fields
    reason: str
    created_time: int

    def __init__(self, reason: str, created_time: int) -> None:
        super().__init__(reason=reason, created_time=created_time)


class SessionDetails(_Value):
    """The session a transformation's credentials were turned into."""

    _fields = ("session_id", "client_id", "project_name")
    _positional = _fields
    session_id: int | None
    client_id: str | None
    project_name: str | None

    def __init__(self, session_id: int | None = None, client_id: str | None = None, project_name: str | None = None):
        super().__init__(session_id=session_id, client_id=client_id, project_name=project_name)
