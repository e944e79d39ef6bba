"""``client.data_modeling``: the data modeling APIs (their classes are built from the API registry)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cognite.client._api_client import APIClient
from cognite.client._api_registry import Accessor

if TYPE_CHECKING:
    from cognite.client._api.data_modeling.containers import ContainersAPI
    from cognite.client._api.data_modeling.core_nodes import DataModelingFilesAPI, DataModelingTimeSeriesAPI
    from cognite.client._api.data_modeling.data_models import DataModelsAPI
    from cognite.client._api.data_modeling.graphql import DataModelingGraphQLAPI
    from cognite.client._api.data_modeling.instances import InstancesAPI
    from cognite.client._api.data_modeling.records import RecordsAPI
    from cognite.client._api.data_modeling.spaces import SpacesAPI
    from cognite.client._api.data_modeling.statistics import StatisticsAPI
    from cognite.client._api.data_modeling.streams import StreamsAPI
    from cognite.client._api.data_modeling.views import ViewsAPI


class DataModelingAPI(APIClient):
    """``client.data_modeling``"""

    containers: Accessor[ContainersAPI] = Accessor()
    data_models: Accessor[DataModelsAPI] = Accessor()
    spaces: Accessor[SpacesAPI] = Accessor()
    views: Accessor[ViewsAPI] = Accessor()
    instances: Accessor[InstancesAPI] = Accessor()
    graphql: Accessor[DataModelingGraphQLAPI] = Accessor()
    streams: Accessor[StreamsAPI] = Accessor()
    records: Accessor[RecordsAPI] = Accessor()
    time_series: Accessor[DataModelingTimeSeriesAPI] = Accessor()
    files: Accessor[DataModelingFilesAPI] = Accessor()
    statistics: Accessor[StatisticsAPI] = Accessor()
