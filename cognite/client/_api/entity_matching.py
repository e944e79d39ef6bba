"""Entity matching API: fit / refit models, predict matches, manage models."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, check_id_lists
from cognite.client._api._mixins import RetrieveMixin, UpdateMixin
from cognite.client._mechanisms.identifiers import single_identifier
from cognite.client.data_classes._base import CogniteObject, CogniteResource
from cognite.client.data_classes.contextualization import (
    ContextualizationJob,
    ContextualizationJobList,
    EntityMatchingModel,
    EntityMatchingModelList,
    EntityMatchingModelUpdate,
    EntityMatchingPredictionResult,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


def _entities(items: Sequence[Any] | None) -> list[dict[str, Any]] | None:
    if items is None:
        return None
    return [i.dump(camel_case=True) if isinstance(i, CogniteObject) else dict(i) for i in items]


def _matches(true_matches: Sequence[Any] | None) -> list[dict[str, Any]] | None:
    """``(source, target)`` pairs of ids / external ids, or dicts, as CDF's trueMatches objects."""
    if true_matches is None:
        return None
    out = []
    for m in true_matches:
        if isinstance(m, dict):
            out.append(m)
            continue
        src, tgt = m
        out.append(
            {
                ("sourceId" if isinstance(src, int) else "sourceExternalId"): src,
                ("targetId" if isinstance(tgt, int) else "targetExternalId"): tgt,
            }
        )
    return out


class EntityMatchingAPI(
    RetrieveMixin[EntityMatchingModel, EntityMatchingModelList],
    UpdateMixin[EntityMatchingModel, EntityMatchingModel, EntityMatchingModelList, EntityMatchingModelUpdate],
    ResourceAPI[EntityMatchingModel, EntityMatchingModelList],
):
    """``client.entity_matching``"""

    _RESOURCE_PATH = "/context/entitymatching"
    _resource_cls = EntityMatchingModel
    _list_cls = EntityMatchingModelList
    _update_cls = EntityMatchingModelUpdate

    async def fit(
        self,
        sources: Sequence[dict[str, Any] | CogniteResource],
        targets: Sequence[dict[str, Any] | CogniteResource],
        true_matches: Sequence[dict[str, Any] | tuple[int | str, int | str]] | None = None,
        match_fields: dict[str, str] | Sequence[tuple[str, str]] | None = None,
        feature_type: str | None = None,
        classifier: str | None = None,
        ignore_missing_fields: bool = False,
        name: str | None = None,
        description: str | None = None,
        external_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> EntityMatchingModel:
        """Train a model matching ``sources`` to ``targets`` (dicts or resources with id / name fields).

        Example:
            >>> model = client.entity_matching.fit(sources=[{"id": 1, "name": "a"}], targets=[{"id": 2, "name": "a"}])  # doctest: +SKIP
        """
        if not sources or not targets:
            raise ValueError("sources and targets must be non-empty")
        fields: list[dict[str, str]] | None = None
        if isinstance(match_fields, dict):  # {source field: target field}
            fields = [{"source": k, "target": v} for k, v in match_fields.items()]
        elif match_fields is not None:
            fields = [f if isinstance(f, dict) else {"source": f[0], "target": f[1]} for f in match_fields]
        body = {
            "sources": _entities(sources),
            "targets": _entities(targets),
            "trueMatches": _matches(true_matches),
            "matchFields": fields,
            "featureType": feature_type,
            "classifier": classifier,
            "ignoreMissingFields": ignore_missing_fields or None,
            "name": name,
            "description": description,
            "externalId": external_id,
        }
        res = await self._post(self._RESOURCE_PATH, json={k: v for k, v in body.items() if v is not None})
        return self._load(res.json())

    async def refit(
        self,
        true_matches: Sequence[dict[str, Any] | tuple[int | str, int | str]],
        id: int | None = None,
        external_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> EntityMatchingModel:
        """Train a new model from an existing one with more true matches.

        Example:
            >>> model = client.entity_matching.refit(true_matches=[(1, 2)], id=1)  # doctest: +SKIP
        """
        ident = single_identifier(id, external_id)
        res = await self._post(self._RESOURCE_PATH + "/refit", json={**ident, "trueMatches": _matches(true_matches)})
        return self._load(res.json())

    async def predict(
        self,
        sources: Sequence[dict[str, Any]] | None = None,
        targets: Sequence[dict[str, Any]] | None = None,
        num_matches: int = 1,
        score_threshold: float | None = None,
        id: int | None = None,
        external_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> EntityMatchingPredictionResult:
        """Start a prediction job; the result holds the matches.

        Example:
            >>> job = client.entity_matching.predict(id=1, sources=[{"id": 1, "name": "a"}])  # doctest: +SKIP
        """
        body: dict[str, Any] = single_identifier(id, external_id)
        body.update(
            {
                k: v
                for k, v in {
                    "sources": _entities(sources),
                    "targets": _entities(targets),
                    "numMatches": num_matches,
                    "scoreThreshold": score_threshold,
                }.items()
                if v is not None
            }
        )
        res = await self._post(self._RESOURCE_PATH + "/predict", json=body)
        return EntityMatchingPredictionResult._load(res.json(), cognite_client=self._cognite_client)

    async def list(
        self,
        name: str | None = None,
        description: str | None = None,
        original_id: int | None = None,
        feature_type: str | None = None,
        classifier: str | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> EntityMatchingModelList:
        """List models.

        Example:
            >>> models = client.entity_matching.list(limit=5)  # doctest: +SKIP
        """
        flt = {
            "name": name,
            "description": description,
            "originalId": original_id,
            "featureType": feature_type,
            "classifier": classifier,
        }
        return await self._list(
            limit=limit,
            filter={k: v for k, v in flt.items() if v is not None},
            load=self._load,
            list_cls=self._new_list,
        )

    async def retrieve_multiple(  # type: ignore[override]  # entity matching takes no ignore_unknown_ids
        self,
        ids: Sequence[int] | None = None,
        external_ids: SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> EntityMatchingModelList:
        """Several models by ids and/or external ids.

        Example:
            >>> models = client.entity_matching.retrieve_multiple(ids=[1, 2])  # doctest: +SKIP
        """
        check_id_lists(ids, external_ids)  # type: ignore[arg-type]
        return await self._retrieve_ids(ids, external_ids)

    async def list_jobs(self, **options: Unpack[CallOptions]) -> ContextualizationJobList:
        """The project's entity matching jobs, newest first.

        Example:
            >>> jobs = client.entity_matching.list_jobs()  # doctest: +SKIP
        """
        res = await self._get(self._RESOURCE_PATH + "/jobs")
        jobs = [ContextualizationJob._load(i, cognite_client=self._cognite_client) for i in res.json()["items"]]
        return ContextualizationJobList(jobs, cognite_client=self._cognite_client)

    async def delete(
        self,
        id: int | Sequence[int] | None = None,
        external_id: str | SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete models.

        Example:
            >>> client.entity_matching.delete(id=1)  # doctest: +SKIP
        """
        await self._delete_ids(id, external_id)
