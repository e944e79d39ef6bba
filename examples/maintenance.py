"""Example user code: the kind of small CDF job a team writes, and tests with the `cognite_client` fixture.

`tag_for_maintenance` labels every pump under an area (pumps are recognised by their external id) with a
maintenance window in their metadata, and returns how many it tagged. Its test is tests/examples/test_maintenance.py.
"""

from __future__ import annotations

from cognite.client import CogniteClient
from cognite.client.data_classes import AssetUpdate


def tag_for_maintenance(client: CogniteClient, area_external_id: str, window: str) -> int:
    """Set metadata `maintenance_window=window` on every pump in the subtree of an area.

    Args:
        client: a client for the CDF project.
        area_external_id: external id of the area asset.
        window: the maintenance window, e.g. "2026-W48".

    Returns:
        The number of pumps tagged (0 when the area does not exist).

    Example:
        >>> tag_for_maintenance(client, "qs:plant:area-1", window="2026-W48")  # doctest: +SKIP
        48
    """
    if not area_external_id:
        raise ValueError("area_external_id must be a non-empty string")
    subtree = client.assets.retrieve_subtree(external_id=area_external_id)
    pumps = [a for a in subtree if (a.external_id or "").rsplit(":", 1)[-1].startswith("pump-")]
    if pumps:
        client.assets.update([AssetUpdate(id=p.id).metadata.add({"maintenance_window": window}) for p in pumps])
    return len(pumps)
