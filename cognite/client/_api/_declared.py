"""Declared resource APIs: a plain CRUD resource is its path, its data classes and the mixins of the operations it has.

Each mixin is one official method (the "items / external_ids" signatures of the newer APIs), typed through the
resource's type parameters; the request paths (and their spelling, ``/byIds``) are the spec's operations at
``_RESOURCE_PATH`` (``_spec_facts.crud_paths``), the item limits its ``maxItems`` (``ResourceAPI``), the retry-safety
that of the operation (the transport reads the generated operation index). The whole client side of a resource::

    class SourcesAPI(
        CreateItems[Source, SourceWrite, SourceList],
        RetrieveExternalIds[Source, SourceList],
        UpdateItems[Source, SourceWrite | SourceUpdate, SourceList],
        DeleteExternalIdsForce,
        ListItems[Source, SourceList],
    ):
        \"\"\"``client.hosted_extractors.sources``\"\"\"

        _RESOURCE_PATH = "/hostedextractors/sources"
        _resource_cls, _list_cls, _update_cls = Source, SourceList, SourceUpdate

and its emulator side (``cognite/emulator/resources/hosted_extractors.py``), whose ``from_spec`` takes the routes'
paths, the create status, the required fields per source ``type`` and the update rules from the spec::

    class Sources(Resource):
        name, path, label = "hostedextractors_sources", "/hostedextractors/sources", "Source"
        key_field, from_spec, operations = "externalId", True, _CRUD

        def render(self, item: Item) -> Item:  # keys and passwords are write-only
            return _without_secrets(item)

        def delete_items(self, items: list[Item], body: dict[str, Any]) -> None:  # jobs using them: 409 or force
            self.emu.resource("hostedextractors_jobs").release(self, "sourceId", items, bool(body.get("force")))
            super().delete_items(items, body)

Resources the spec snapshot lacks (agents, limits, metering) use CDF's conventional paths under ``_RESOURCE_PATH``.
See ``docs/dev/declared-resources.md``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from cdf_api.operations import OPERATIONS

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, T_List, T_Res
from cognite.client._spec_facts import CRUD_SUFFIXES, crud_paths, spec_limits
from cognite.client.data_classes._update import CogniteUpdate
from cognite.client.exceptions import CogniteNotFoundError

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr

T_In = TypeVar("T_In")  # what create / update take (the write class, or write | update class)
UpdateModeName = Literal["replace_ignore_null", "patch", "replace"]


class DeclaredAPI(ResourceAPI[T_Res, T_List]):
    """The shared part: the spec's path of each operation and the GET lists of these APIs."""

    _LIST_METHOD = "GET"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Limits from the spec also for templated paths (``/postgresgateway/tables/{username}``)."""
        super().__init_subclass__(**kwargs)
        if "{" in cls._RESOURCE_PATH:
            for kind, value in spec_limits(cls._RESOURCE_PATH).items():
                if f"_{kind.upper()}_LIMIT" not in vars(cls):
                    setattr(cls, f"_{kind.upper()}_LIMIT", value)

    def _path_of(self, kind: str) -> str:
        """The spec's path of `kind` ("create", "byids", "update", "delete", "get_list", "list") at the resource."""
        spelt = crud_paths(self._RESOURCE_PATH)
        if not spelt:  # a resource the spec snapshot lacks (agents): CDF's conventional CRUD paths
            spelt = {k: self._RESOURCE_PATH + suffix for k, (_, suffix) in CRUD_SUFFIXES.items()}
        found = spelt.get(kind)
        if found is None:
            raise NotImplementedError(f"The spec has no {kind} operation at {self._RESOURCE_PATH}")
        return found

    def _dump_write(self, item: Any) -> dict[str, Any]:
        """A create item must be the resource's write class (or its read class, or a wire dict)."""
        write_cls = self._resource_cls._write_cls()
        if write_cls is not None and not isinstance(item, (dict, write_cls, self._resource_cls)):
            raise TypeError(f"Expected {write_cls.__name__} (or a dict), got {type(item).__name__}")
        return super()._dump_write(item)

    def _dump_update(self, item: Any, mode: Any) -> dict[str, Any]:
        """An update object must be the resource's update class."""
        if isinstance(item, CogniteUpdate) and self._update_cls and not isinstance(item, self._update_cls):
            raise TypeError(f"Expected {self._update_cls.__name__}, got {type(item).__name__}")
        return super()._dump_update(item, mode)

    @staticmethod
    def _operation_path(operation_id: str) -> str:
        """The path of one of the spec's operations (those beside the CRUD ones: ``get_job_logs`` ...)."""
        return OPERATIONS[operation_id].path

    def _identifiers(self, values: Any, field: str = "externalId") -> list[dict[str, Any]]:
        items = [values] if isinstance(values, str) else list(values)
        for v in items:
            if not isinstance(v, str) or not v:
                raise TypeError(f"{field} values must be non-empty strings, got {v!r}")
        return [{field: v} for v in items]

    async def _retrieve_by(
        self, values: Any, ignore_unknown_ids: bool, field: str = "externalId", path: str | None = None
    ) -> Any:
        """A list for a list of identifiers; for one identifier its object, or None when CDF reports it missing."""
        try:
            found = await self._retrieve_multiple(
                self._identifiers(values, field),
                load=self._load,
                list_cls=self._new_list,
                ignore_unknown_ids=ignore_unknown_ids,
                path=path or self._path_of("byids"),
            )
        except CogniteNotFoundError:
            if isinstance(values, str):
                return None
            raise
        if isinstance(values, str):
            return found[0] if found else None
        return found

    async def _delete_by(
        self, values: Any, ignore_unknown_ids: bool, extra: dict[str, Any] | None = None, field: str = "externalId"
    ) -> None:
        await self._delete_multiple(
            self._identifiers(values, field),
            ignore_unknown_ids=ignore_unknown_ids,
            path=self._path_of("delete"),
            extra_body={k: v for k, v in (extra or {}).items() if v},
        )

    async def _list_all(self, limit: int | None, body: dict[str, Any] | None = None) -> T_List:
        kind = "get_list" if self._LIST_METHOD == "GET" else "list"
        return await self._list_filtered(None, limit, method=self._LIST_METHOD, body=body, path=self._path_of(kind))

    def _iterate_all(self, chunk_size: int | None, limit: int | None) -> AsyncIterator[Any]:
        if chunk_size is not None and (
            isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1
        ):
            raise ValueError("chunk_size must be a positive int")
        kind = "get_list" if self._LIST_METHOD == "GET" else "list"
        return self._list_generator(
            load=self._load,
            list_cls=self._new_list,
            chunk_size=chunk_size,
            limit=limit,
            method=self._LIST_METHOD,
            path=self._path_of(kind),
        )


class CreateItems(DeclaredAPI[T_Res, T_List], Generic[T_Res, T_In, T_List]):
    @overload
    async def create(self, items: T_In, **options: Unpack[CallOptions]) -> T_Res: ...
    @overload
    async def create(self, items: Sequence[T_In], **options: Unpack[CallOptions]) -> T_List: ...
    async def create(self, items: T_In | Sequence[T_In], **options: Unpack[CallOptions]) -> T_Res | T_List:
        """Create one item (its read object back) or several (a list back).

        Example:
            >>> res = client.hosted_extractors.destinations.create(destination)  # doctest: +SKIP
        """
        return await self._create(items, path=self._path_of("create"))  # type: ignore[arg-type, no-any-return]


class RetrieveExternalIds(DeclaredAPI[T_Res, T_List]):
    @overload
    async def retrieve(
        self, external_ids: str, ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> T_Res | None: ...
    @overload
    async def retrieve(
        self, external_ids: SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> T_List: ...
    async def retrieve(
        self,
        external_ids: str | SequenceNotStr[str],
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> T_Res | T_List | None:
        """One item by external id (None when missing) or, for a list, a list; a missing one in a list raises
        ``CogniteNotFoundError`` unless ``ignore_unknown_ids`` (then it is left out).

        Example:
            >>> res = client.hosted_extractors.sources.retrieve("myMQTTSource")  # doctest: +SKIP
        """
        return await self._retrieve_by(external_ids, ignore_unknown_ids)  # type: ignore[no-any-return]


class UpdateItems(DeclaredAPI[T_Res, T_List], Generic[T_Res, T_In, T_List]):
    @overload
    async def update(
        self, items: T_In, mode: UpdateModeName = "replace_ignore_null", **options: Unpack[CallOptions]
    ) -> T_Res: ...
    @overload
    async def update(
        self, items: Sequence[T_In], mode: UpdateModeName = "replace_ignore_null", **options: Unpack[CallOptions]
    ) -> T_List: ...
    async def update(
        self,
        items: T_In | Sequence[T_In],
        mode: UpdateModeName = "replace_ignore_null",
        **options: Unpack[CallOptions],
    ) -> T_Res | T_List:
        """Update items: update objects as given, write objects by ``mode`` (``replace_ignore_null``: the fields
        set; ``replace``: also clear the others; ``patch``: add to containers).

        Example:
            >>> res = client.hosted_extractors.jobs.update(JobUpdate("job").target_status.set("paused"))  # doctest: +SKIP
        """
        return await self._update(items, mode, path=self._path_of("update"))  # type: ignore[no-any-return]


class DeleteExternalIds(DeclaredAPI[T_Res, T_List]):
    async def delete(
        self,
        external_ids: str | SequenceNotStr[str],
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete items by external id.

        Example:
            >>> client.hosted_extractors.jobs.delete(["myJob", "myOtherJob"])  # doctest: +SKIP
        """
        await self._delete_by(external_ids, ignore_unknown_ids)


class DeleteExternalIdsForce(DeclaredAPI[T_Res, T_List]):
    async def delete(
        self,
        external_ids: str | SequenceNotStr[str],
        ignore_unknown_ids: bool = False,
        force: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete items by external id; ``force`` also deletes the jobs that use them.

        Example:
            >>> client.hosted_extractors.sources.delete(["myMQTTSource"], force=True)  # doctest: +SKIP
        """
        await self._delete_by(external_ids, ignore_unknown_ids, {"force": force})


class ListItems(DeclaredAPI[T_Res, T_List]):
    """``list(limit=...)`` and iteration ``api(chunk_size=None, limit=None)``."""

    async def list(self, limit: int | None = DEFAULT_LIMIT_READ, **options: Unpack[CallOptions]) -> T_List:
        """List items (``limit`` None / -1: all).

        Example:
            >>> res = client.hosted_extractors.sources.list(limit=5)  # doctest: +SKIP
        """
        return await self._list_all(limit)

    @overload
    def __call__(
        self, chunk_size: None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[T_Res]: ...
    @overload
    def __call__(
        self, chunk_size: int, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[T_List]: ...
    def __call__(  # type: ignore[override]
        self, chunk_size: int | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> AsyncIterator[T_Res] | AsyncIterator[T_List]:
        """Iterate over items one by one, or in lists of ``chunk_size``.

        Example:
            >>> for source in client.hosted_extractors.sources():  # doctest: +SKIP
            ...     source
        """
        return self._iterate_all(chunk_size, limit)
