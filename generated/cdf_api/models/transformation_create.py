from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conflict_mode import ConflictMode
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.asset_centric_data_source import AssetCentricDataSource
    from ..models.data_model_source import DataModelSource
    from ..models.flat_oidc_credentials import FlatOidcCredentials
    from ..models.nonce_credentials import NonceCredentials
    from ..models.raw_data_source import RawDataSource
    from ..models.sequence_row_data_source import SequenceRowDataSource
    from ..models.view_data_source import ViewDataSource


T = TypeVar("T", bound="TransformationCreate")


@_attrs_define
class TransformationCreate(AdditionalProperties):
    """
    Attributes:
        name (str): Transformation name. Maximum length is 128 characters.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        ignore_null_fields (bool): How NULL values are handled on updates: ignore or setNull.
        query (str | Unset):
        destination (AssetCentricDataSource | DataModelSource | RawDataSource | SequenceRowDataSource | Unset |
            ViewDataSource): Destination data type.
        conflict_mode (ConflictMode | Unset): Behavior when the data already exists.`upsert` - Create or Update,`abort`
            - Create and fail when already exists,`update` - update and fail if it does not exist,`delete` - delete the
            matched rows.
        is_public (bool | Unset):
        source_oidc_credentials (FlatOidcCredentials | Unset):
        destination_oidc_credentials (FlatOidcCredentials | Unset):
        source_nonce (NonceCredentials | Unset): Credentials for a CDF session (sessionId, nonce, and project name).
            These are obtained when you create a session via the Sessions API. See [Sessions
            API](#tag/Sessions/operation/createSessions) documentation for more information.
        destination_nonce (NonceCredentials | Unset): Credentials for a CDF session (sessionId, nonce, and project
            name). These are obtained when you create a session via the Sessions API. See [Sessions
            API](#tag/Sessions/operation/createSessions) documentation for more information.
        data_set_id (int | Unset):
        tags (list[str] | Unset): List of tags for the Transformation.
    """

    _FIT = {
        "name": "s",
        "externalId": "s",
        "ignoreNullFields": "b",
        "query": "s",
        "destination": (
            "u",
            (
                ("m", "AssetCentricDataSource"),
                ("m", "DataModelSource"),
                ("m", "ViewDataSource"),
                ("m", "RawDataSource"),
                ("m", "SequenceRowDataSource"),
            ),
        ),
        "conflictMode": "s",
        "isPublic": "b",
        "sourceOidcCredentials": ("m", "FlatOidcCredentials"),
        "destinationOidcCredentials": ("m", "FlatOidcCredentials"),
        "sourceNonce": ("m", "NonceCredentials"),
        "destinationNonce": ("m", "NonceCredentials"),
        "dataSetId": "i",
        "tags": ("l", "s"),
    }
    _REQUIRED = ("name", "externalId", "ignoreNullFields")

    name: str
    external_id: str
    ignore_null_fields: bool
    query: str | Unset = UNSET
    destination: (
        AssetCentricDataSource | DataModelSource | RawDataSource | SequenceRowDataSource | Unset | ViewDataSource
    ) = UNSET
    conflict_mode: ConflictMode | Unset = UNSET
    is_public: bool | Unset = UNSET
    source_oidc_credentials: FlatOidcCredentials | Unset = UNSET
    destination_oidc_credentials: FlatOidcCredentials | Unset = UNSET
    source_nonce: NonceCredentials | Unset = UNSET
    destination_nonce: NonceCredentials | Unset = UNSET
    data_set_id: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        external_id = self.external_id

        ignore_null_fields = self.ignore_null_fields

        query = self.query

        destination: dict[str, Any] | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination.to_dict()

        conflict_mode: str | Unset = UNSET
        if not isinstance(self.conflict_mode, Unset):
            conflict_mode = self.conflict_mode.value

        is_public = self.is_public

        source_oidc_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_oidc_credentials, Unset):
            source_oidc_credentials = self.source_oidc_credentials.to_dict()

        destination_oidc_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_oidc_credentials, Unset):
            destination_oidc_credentials = self.destination_oidc_credentials.to_dict()

        source_nonce: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_nonce, Unset):
            source_nonce = self.source_nonce.to_dict()

        destination_nonce: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_nonce, Unset):
            destination_nonce = self.destination_nonce.to_dict()

        data_set_id = self.data_set_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "externalId": external_id,
                "ignoreNullFields": ignore_null_fields,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if destination is not UNSET:
            field_dict["destination"] = destination
        if conflict_mode is not UNSET:
            field_dict["conflictMode"] = conflict_mode
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if source_oidc_credentials is not UNSET:
            field_dict["sourceOidcCredentials"] = source_oidc_credentials
        if destination_oidc_credentials is not UNSET:
            field_dict["destinationOidcCredentials"] = destination_oidc_credentials
        if source_nonce is not UNSET:
            field_dict["sourceNonce"] = source_nonce
        if destination_nonce is not UNSET:
            field_dict["destinationNonce"] = destination_nonce
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_centric_data_source import AssetCentricDataSource  # noqa: PLC0415
        from ..models.data_model_source import DataModelSource  # noqa: PLC0415
        from ..models.flat_oidc_credentials import FlatOidcCredentials  # noqa: PLC0415
        from ..models.nonce_credentials import NonceCredentials  # noqa: PLC0415
        from ..models.raw_data_source import RawDataSource  # noqa: PLC0415
        from ..models.sequence_row_data_source import SequenceRowDataSource  # noqa: PLC0415
        from ..models.view_data_source import ViewDataSource  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        external_id = d.pop("externalId")

        ignore_null_fields = d.pop("ignoreNullFields")

        query = d.pop("query", UNSET)

        def _parse_destination(
            data: object,
        ) -> AssetCentricDataSource | DataModelSource | RawDataSource | SequenceRowDataSource | Unset | ViewDataSource:
            if isinstance(data, Unset):
                return data
            return parse_best(
                data, (AssetCentricDataSource, DataModelSource, ViewDataSource, RawDataSource, SequenceRowDataSource)
            )

        destination = _parse_destination(d.pop("destination", UNSET))

        _conflict_mode = d.pop("conflictMode", UNSET)
        conflict_mode: ConflictMode | Unset
        if isinstance(_conflict_mode, Unset):
            conflict_mode = UNSET
        else:
            conflict_mode = ConflictMode(_conflict_mode)

        is_public = d.pop("isPublic", UNSET)

        _source_oidc_credentials = d.pop("sourceOidcCredentials", UNSET)
        source_oidc_credentials: FlatOidcCredentials | Unset
        if isinstance(_source_oidc_credentials, Unset):
            source_oidc_credentials = UNSET
        else:
            source_oidc_credentials = FlatOidcCredentials.from_dict(_source_oidc_credentials)

        _destination_oidc_credentials = d.pop("destinationOidcCredentials", UNSET)
        destination_oidc_credentials: FlatOidcCredentials | Unset
        if isinstance(_destination_oidc_credentials, Unset):
            destination_oidc_credentials = UNSET
        else:
            destination_oidc_credentials = FlatOidcCredentials.from_dict(_destination_oidc_credentials)

        _source_nonce = d.pop("sourceNonce", UNSET)
        source_nonce: NonceCredentials | Unset
        if isinstance(_source_nonce, Unset):
            source_nonce = UNSET
        else:
            source_nonce = NonceCredentials.from_dict(_source_nonce)

        _destination_nonce = d.pop("destinationNonce", UNSET)
        destination_nonce: NonceCredentials | Unset
        if isinstance(_destination_nonce, Unset):
            destination_nonce = UNSET
        else:
            destination_nonce = NonceCredentials.from_dict(_destination_nonce)

        data_set_id = d.pop("dataSetId", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        transformation_create = cls(
            name=name,
            external_id=external_id,
            ignore_null_fields=ignore_null_fields,
            query=query,
            destination=destination,
            conflict_mode=conflict_mode,
            is_public=is_public,
            source_oidc_credentials=source_oidc_credentials,
            destination_oidc_credentials=destination_oidc_credentials,
            source_nonce=source_nonce,
            destination_nonce=destination_nonce,
            data_set_id=data_set_id,
            tags=tags,
        )

        transformation_create.additional_properties = d
        return transformation_create
