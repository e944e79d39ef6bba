"""Identifiers of data modeling instances."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from typing_extensions import Self


@dataclass(frozen=True)
class NodeId:
    """A node: its space and external id (hashable, so it can key a dict).

    Example:
        >>> from cognite.client.data_classes.data_modeling import NodeId
        >>> NodeId("my_space", "pump").dump()
        {'space': 'my_space', 'externalId': 'pump', 'instanceType': 'node'}
    """

    space: str
    external_id: str

    def dump(self, camel_case: bool = True, include_instance_type: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"space": self.space, ("externalId" if camel_case else "external_id"): self.external_id}
        if include_instance_type:
            out["instanceType" if camel_case else "instance_type"] = "node"
        return out

    @classmethod
    def _load(cls, data: dict[str, Any] | tuple[str, str]) -> Self:  # as a nested field of the data classes
        return cls.load(data)

    @classmethod
    def load(cls, data: dict[str, Any] | tuple[str, str]) -> Self:
        if isinstance(data, tuple):
            return cls(*data)
        return cls(data["space"], data["externalId"] if "externalId" in data else data["external_id"])
