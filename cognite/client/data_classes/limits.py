"""Project limits: ``<service>.<limit>`` ids (``atlas.monthly_ai_tokens``) and their values."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResource, CogniteResourceList


class Limit(CogniteResource):
    """One limit of the project.

    Example:
        >>> from cognite.client.data_classes.limits import Limit
        >>> Limit("atlas.monthly_ai_tokens", 1000).dump()
        {'limitId': 'atlas.monthly_ai_tokens', 'value': 1000}
    """

    _fields = ("limit_id", "value")
    _positional = _fields
    limit_id: str
    value: float | int

    def as_id(self) -> str:
        return self.limit_id


class LimitList(CogniteResourceList[Limit]):
    _RESOURCE = Limit

    def as_ids(self) -> list[str]:  # type: ignore[override]  # string ids
        return [limit.limit_id for limit in self]
