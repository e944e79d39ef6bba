"""``client.hosted_extractors``: sources, destinations, jobs and mappings, each a declared resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cognite.client._api_client import APIClient
from cognite.client._api_registry import Accessor

if TYPE_CHECKING:
    from cognite.client._api.hosted_extractors.destinations import DestinationsAPI
    from cognite.client._api.hosted_extractors.jobs import JobsAPI
    from cognite.client._api.hosted_extractors.mappings import MappingsAPI
    from cognite.client._api.hosted_extractors.sources import SourcesAPI


class HostedExtractorsAPI(APIClient):
    """``client.hosted_extractors`` (its children come from the API registry)."""

    sources: Accessor[SourcesAPI] = Accessor()
    destinations: Accessor[DestinationsAPI] = Accessor()
    jobs: Accessor[JobsAPI] = Accessor()
    mappings: Accessor[MappingsAPI] = Accessor()
