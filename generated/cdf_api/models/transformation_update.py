from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.set_boolean_field import SetBooleanField
    from ..models.set_external_id import SetExternalId
    from ..models.set_null_flat_oidc_credentials_update import SetNullFlatOidcCredentialsUpdate
    from ..models.set_null_long import SetNullLong
    from ..models.set_null_nonce_credentials import SetNullNonceCredentials
    from ..models.set_string_field import SetStringField
    from ..models.set_value_conflict_mode import SetValueConflictMode
    from ..models.set_value_data_source import SetValueDataSource
    from ..models.set_value_flat_oidc_credentials_update import SetValueFlatOidcCredentialsUpdate
    from ..models.set_value_long import SetValueLong
    from ..models.set_value_nonce_credentials import SetValueNonceCredentials
    from ..models.set_value_seq_string import SetValueSeqString
    from ..models.transformation_update_name import TransformationUpdateName
    from ..models.update_array_string import UpdateArrayString


T = TypeVar("T", bound="TransformationUpdate")


@_attrs_define
class TransformationUpdate(AdditionalProperties):
    """
    Attributes:
        name (TransformationUpdateName | Unset): Set a new value for the transformation name. Maximum length is 128
            characters.
        external_id (SetExternalId | Unset):
        destination (SetValueDataSource | Unset): Set a new value for the transformation destination type. Indicates
            result resource type.
        conflict_mode (SetValueConflictMode | Unset): Set a new value for the transformation conflictMode (action).
        query (SetStringField | Unset):
        source_oidc_credentials (SetNullFlatOidcCredentialsUpdate | SetValueFlatOidcCredentialsUpdate | Unset): Set a
            new value for the transformation source OIDC credentials, or remove it.
        destination_oidc_credentials (SetNullFlatOidcCredentialsUpdate | SetValueFlatOidcCredentialsUpdate | Unset): Set
            a new value for the transformation destination OIDC credentials, or remove it.
        source_nonce (SetNullNonceCredentials | SetValueNonceCredentials | Unset): Bind to a new source CDF session, or
            remove it
        destination_nonce (SetNullNonceCredentials | SetValueNonceCredentials | Unset): Bind to a new destination
            session, or remove it
        is_public (SetBooleanField | Unset):
        ignore_null_fields (SetBooleanField | Unset):
        data_set_id (SetNullLong | SetValueLong | Unset): Set a new value for the transformation dataset id which is
            used for access control.
        tags (SetValueSeqString | Unset | UpdateArrayString): List of tags for the Transformation.
    """

    _FIT = {
        "name": ("m", "TransformationUpdateName"),
        "externalId": ("m", "SetExternalId"),
        "destination": ("m", "SetValueDataSource"),
        "conflictMode": ("m", "SetValueConflictMode"),
        "query": ("m", "SetStringField"),
        "sourceOidcCredentials": (
            "u",
            (("m", "SetNullFlatOidcCredentialsUpdate"), ("m", "SetValueFlatOidcCredentialsUpdate")),
        ),
        "destinationOidcCredentials": (
            "u",
            (("m", "SetNullFlatOidcCredentialsUpdate"), ("m", "SetValueFlatOidcCredentialsUpdate")),
        ),
        "sourceNonce": ("u", (("m", "SetNullNonceCredentials"), ("m", "SetValueNonceCredentials"))),
        "destinationNonce": ("u", (("m", "SetNullNonceCredentials"), ("m", "SetValueNonceCredentials"))),
        "isPublic": ("m", "SetBooleanField"),
        "ignoreNullFields": ("m", "SetBooleanField"),
        "dataSetId": ("u", (("m", "SetNullLong"), ("m", "SetValueLong"))),
        "tags": ("u", (("m", "SetValueSeqString"), ("m", "UpdateArrayString"))),
    }
    _REQUIRED = ()

    name: TransformationUpdateName | Unset = UNSET
    external_id: SetExternalId | Unset = UNSET
    destination: SetValueDataSource | Unset = UNSET
    conflict_mode: SetValueConflictMode | Unset = UNSET
    query: SetStringField | Unset = UNSET
    source_oidc_credentials: SetNullFlatOidcCredentialsUpdate | SetValueFlatOidcCredentialsUpdate | Unset = UNSET
    destination_oidc_credentials: SetNullFlatOidcCredentialsUpdate | SetValueFlatOidcCredentialsUpdate | Unset = UNSET
    source_nonce: SetNullNonceCredentials | SetValueNonceCredentials | Unset = UNSET
    destination_nonce: SetNullNonceCredentials | SetValueNonceCredentials | Unset = UNSET
    is_public: SetBooleanField | Unset = UNSET
    ignore_null_fields: SetBooleanField | Unset = UNSET
    data_set_id: SetNullLong | SetValueLong | Unset = UNSET
    tags: SetValueSeqString | Unset | UpdateArrayString = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        external_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_id, Unset):
            external_id = self.external_id.to_dict()

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        conflict_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conflict_mode, Unset):
            conflict_mode = self.conflict_mode.to_dict()

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        source_oidc_credentials: dict[str, Any] | Unset
        if isinstance(self.source_oidc_credentials, Unset):
            source_oidc_credentials = UNSET
        else:
            source_oidc_credentials = self.source_oidc_credentials.to_dict()

        destination_oidc_credentials: dict[str, Any] | Unset
        if isinstance(self.destination_oidc_credentials, Unset):
            destination_oidc_credentials = UNSET
        else:
            destination_oidc_credentials = self.destination_oidc_credentials.to_dict()

        source_nonce: dict[str, Any] | Unset
        if isinstance(self.source_nonce, Unset):
            source_nonce = UNSET
        else:
            source_nonce = self.source_nonce.to_dict()

        destination_nonce: dict[str, Any] | Unset
        if isinstance(self.destination_nonce, Unset):
            destination_nonce = UNSET
        else:
            destination_nonce = self.destination_nonce.to_dict()

        is_public: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_public, Unset):
            is_public = self.is_public.to_dict()

        ignore_null_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ignore_null_fields, Unset):
            ignore_null_fields = self.ignore_null_fields.to_dict()

        data_set_id: dict[str, Any] | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id.to_dict()

        tags: dict[str, Any] | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if destination is not UNSET:
            field_dict["destination"] = destination
        if conflict_mode is not UNSET:
            field_dict["conflictMode"] = conflict_mode
        if query is not UNSET:
            field_dict["query"] = query
        if source_oidc_credentials is not UNSET:
            field_dict["sourceOidcCredentials"] = source_oidc_credentials
        if destination_oidc_credentials is not UNSET:
            field_dict["destinationOidcCredentials"] = destination_oidc_credentials
        if source_nonce is not UNSET:
            field_dict["sourceNonce"] = source_nonce
        if destination_nonce is not UNSET:
            field_dict["destinationNonce"] = destination_nonce
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if ignore_null_fields is not UNSET:
            field_dict["ignoreNullFields"] = ignore_null_fields
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_boolean_field import SetBooleanField  # noqa: PLC0415
        from ..models.set_external_id import SetExternalId  # noqa: PLC0415
        from ..models.set_null_flat_oidc_credentials_update import SetNullFlatOidcCredentialsUpdate  # noqa: PLC0415
        from ..models.set_null_long import SetNullLong  # noqa: PLC0415
        from ..models.set_null_nonce_credentials import SetNullNonceCredentials  # noqa: PLC0415
        from ..models.set_string_field import SetStringField  # noqa: PLC0415
        from ..models.set_value_conflict_mode import SetValueConflictMode  # noqa: PLC0415
        from ..models.set_value_data_source import SetValueDataSource  # noqa: PLC0415
        from ..models.set_value_flat_oidc_credentials_update import SetValueFlatOidcCredentialsUpdate  # noqa: PLC0415
        from ..models.set_value_long import SetValueLong  # noqa: PLC0415
        from ..models.set_value_nonce_credentials import SetValueNonceCredentials  # noqa: PLC0415
        from ..models.set_value_seq_string import SetValueSeqString  # noqa: PLC0415
        from ..models.transformation_update_name import TransformationUpdateName  # noqa: PLC0415
        from ..models.update_array_string import UpdateArrayString  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: TransformationUpdateName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = TransformationUpdateName.from_dict(_name)

        _external_id = d.pop("externalId", UNSET)
        external_id: SetExternalId | Unset
        if isinstance(_external_id, Unset):
            external_id = UNSET
        else:
            external_id = SetExternalId.from_dict(_external_id)

        _destination = d.pop("destination", UNSET)
        destination: SetValueDataSource | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = SetValueDataSource.from_dict(_destination)

        _conflict_mode = d.pop("conflictMode", UNSET)
        conflict_mode: SetValueConflictMode | Unset
        if isinstance(_conflict_mode, Unset):
            conflict_mode = UNSET
        else:
            conflict_mode = SetValueConflictMode.from_dict(_conflict_mode)

        _query = d.pop("query", UNSET)
        query: SetStringField | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = SetStringField.from_dict(_query)

        def _parse_source_oidc_credentials(
            data: object,
        ) -> SetNullFlatOidcCredentialsUpdate | SetValueFlatOidcCredentialsUpdate | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetNullFlatOidcCredentialsUpdate, SetValueFlatOidcCredentialsUpdate))

        source_oidc_credentials = _parse_source_oidc_credentials(d.pop("sourceOidcCredentials", UNSET))

        def _parse_destination_oidc_credentials(
            data: object,
        ) -> SetNullFlatOidcCredentialsUpdate | SetValueFlatOidcCredentialsUpdate | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetNullFlatOidcCredentialsUpdate, SetValueFlatOidcCredentialsUpdate))

        destination_oidc_credentials = _parse_destination_oidc_credentials(d.pop("destinationOidcCredentials", UNSET))

        def _parse_source_nonce(data: object) -> SetNullNonceCredentials | SetValueNonceCredentials | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetNullNonceCredentials, SetValueNonceCredentials))

        source_nonce = _parse_source_nonce(d.pop("sourceNonce", UNSET))

        def _parse_destination_nonce(data: object) -> SetNullNonceCredentials | SetValueNonceCredentials | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetNullNonceCredentials, SetValueNonceCredentials))

        destination_nonce = _parse_destination_nonce(d.pop("destinationNonce", UNSET))

        _is_public = d.pop("isPublic", UNSET)
        is_public: SetBooleanField | Unset
        if isinstance(_is_public, Unset):
            is_public = UNSET
        else:
            is_public = SetBooleanField.from_dict(_is_public)

        _ignore_null_fields = d.pop("ignoreNullFields", UNSET)
        ignore_null_fields: SetBooleanField | Unset
        if isinstance(_ignore_null_fields, Unset):
            ignore_null_fields = UNSET
        else:
            ignore_null_fields = SetBooleanField.from_dict(_ignore_null_fields)

        def _parse_data_set_id(data: object) -> SetNullLong | SetValueLong | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetNullLong, SetValueLong))

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

        def _parse_tags(data: object) -> SetValueSeqString | Unset | UpdateArrayString:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetValueSeqString, UpdateArrayString))

        tags = _parse_tags(d.pop("tags", UNSET))

        transformation_update = cls(
            name=name,
            external_id=external_id,
            destination=destination,
            conflict_mode=conflict_mode,
            query=query,
            source_oidc_credentials=source_oidc_credentials,
            destination_oidc_credentials=destination_oidc_credentials,
            source_nonce=source_nonce,
            destination_nonce=destination_nonce,
            is_public=is_public,
            ignore_null_fields=ignore_null_fields,
            data_set_id=data_set_id,
            tags=tags,
        )

        transformation_update.additional_properties = d
        return transformation_update
