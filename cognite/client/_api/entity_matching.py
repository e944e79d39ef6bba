"""Entity matching API: fit / refit models, predict matches, manage models."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api._mixins import RetrieveMixin, UpdateMixin
from cognite.client._mechanisms.identifiers import single_identifier
from cognite.client.data_classes._base import CogniteObject
from cognite.client.data_classes.contextualization import (
    ContextualizationJob,
    EntityMatchingModel,
    EntityMatchingModelList,
    EntityMatchingModelUpdate,
)


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


class EntityMatchingAPI(RetrieveMixin, UpdateMixin, ResourceAPI):
    """``client.entity_matching``"""

    _RESOURCE_PATH = "/context/entitymatching"
    _resource_cls = EntityMatchingModel
    _list_cls = EntityMatchingModelList
    _update_cls = EntityMatchingModelUpdate

    async def fit(
        self,
        sources: Sequence[Any],
        targets: Sequence[Any],
        true_matches: Sequence[Any] | None = None,
        match_fields: Any = None,
        feature_type: str | None = None,
        classifier: str | None = None,
        ignore_missing_fields: bool = False,
        name: str | None = None,
        description: str | None = None,
        external_id: str | None = None,
    ) -> EntityMatchingModel:
        """Train a model matching ``sources`` to ``targets`` (dicts or resources with id / name fields).

        Example:
            >>> model = client.entity_matching.fit(sources=[{"id": 1, "name": "a"}], targets=[{"id": 2, "name": "a"}])  # doctest: +SKIP
        """
        if not sources or not targets:
            raise ValueError("sources and targets must be non-empty")
        if match_fields is not None:
            match_fields = [f if isinstance(f, dict) else {"source": f[0], "target": f[1]} for f in match_fields]
        body = {
            "sources": _entities(sources),
            "targets": _entities(targets),
            "trueMatches": _matches(true_matches),
            "matchFields": match_fields,
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
        self, true_matches: Sequence[Any], id: int | None = None, external_id: str | None = None
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
        sources: Sequence[Any] | None = None,
        targets: Sequence[Any] | None = None,
        num_matches: int = 1,
        score_threshold: float | None = None,
        id: int | None = None,
        external_id: str | None = None,
    ) -> ContextualizationJob:
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
        return ContextualizationJob._load(res.json(), cognite_client=self._cognite_client)

    async def list(
        self,
        name: str | None = None,
        description: str | None = None,
        original_id: int | None = None,
        feature_type: str | None = None,
        classifier: str | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
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

    async def delete(
        self, id: int | Sequence[int] | None = None, external_id: str | Sequence[str] | None = None
    ) -> None:
        """Delete models.

        Example:
            >>> client.entity_matching.delete(id=1)  # doctest: +SKIP
        """
        await self._delete_ids(id, external_id)
