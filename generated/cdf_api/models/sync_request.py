from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.debug_parameters import DebugParameters
    from ..models.sync_request_cursors import SyncRequestCursors
    from ..models.sync_request_parameters import SyncRequestParameters
    from ..models.sync_request_select import SyncRequestSelect
    from ..models.sync_request_with import SyncRequestWith


T = TypeVar("T", bound="SyncRequest")


@_attrs_define
class SyncRequest(AdditionalProperties):
    """
    Attributes:
        with_ (SyncRequestWith):
        select (SyncRequestSelect):
        cursors (SyncRequestCursors | Unset): Cursors returned from the previous sync request. These cursors match the
            result set expressions you specified in the ```with``` clause for the sync.
        parameters (SyncRequestParameters | Unset): Parameters to return
        include_typing (bool | Unset): Should we return property type information as part of the result?
        allow_expired_cursors_and_accept_missed_deletes (bool | Unset): Sync cursors will expire after 3 days. This is
            because soft-deleted instances are cleaned up after this grace period, so a client using a cursor older than
            that risks missing deletes. If this option is set to `true`, the API will allow the use of expired cursors.
        debug (DebugParameters | Unset): Return query debug notices.
    """

    _FIT = {
        "with": ("m", "SyncRequestWith"),
        "select": ("m", "SyncRequestSelect"),
        "cursors": ("m", "SyncRequestCursors"),
        "parameters": ("m", "SyncRequestParameters"),
        "includeTyping": "b",
        "allowExpiredCursorsAndAcceptMissedDeletes": "b",
        "debug": ("m", "DebugParameters"),
    }
    _REQUIRED = ("with", "select")

    with_: SyncRequestWith
    select: SyncRequestSelect
    cursors: SyncRequestCursors | Unset = UNSET
    parameters: SyncRequestParameters | Unset = UNSET
    include_typing: bool | Unset = UNSET
    allow_expired_cursors_and_accept_missed_deletes: bool | Unset = UNSET
    debug: DebugParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        with_ = self.with_.to_dict()

        select = self.select.to_dict()

        cursors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cursors, Unset):
            cursors = self.cursors.to_dict()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        include_typing = self.include_typing

        allow_expired_cursors_and_accept_missed_deletes = self.allow_expired_cursors_and_accept_missed_deletes

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "with": with_,
                "select": select,
            }
        )
        if cursors is not UNSET:
            field_dict["cursors"] = cursors
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if include_typing is not UNSET:
            field_dict["includeTyping"] = include_typing
        if allow_expired_cursors_and_accept_missed_deletes is not UNSET:
            field_dict["allowExpiredCursorsAndAcceptMissedDeletes"] = allow_expired_cursors_and_accept_missed_deletes
        if debug is not UNSET:
            field_dict["debug"] = debug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.debug_parameters import DebugParameters  # noqa: PLC0415
        from ..models.sync_request_cursors import SyncRequestCursors  # noqa: PLC0415
        from ..models.sync_request_parameters import SyncRequestParameters  # noqa: PLC0415
        from ..models.sync_request_select import SyncRequestSelect  # noqa: PLC0415
        from ..models.sync_request_with import SyncRequestWith  # noqa: PLC0415

        d = dict(src_dict)
        with_ = SyncRequestWith.from_dict(d.pop("with"))

        select = SyncRequestSelect.from_dict(d.pop("select"))

        _cursors = d.pop("cursors", UNSET)
        cursors: SyncRequestCursors | Unset
        if isinstance(_cursors, Unset):
            cursors = UNSET
        else:
            cursors = SyncRequestCursors.from_dict(_cursors)

        _parameters = d.pop("parameters", UNSET)
        parameters: SyncRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = SyncRequestParameters.from_dict(_parameters)

        include_typing = d.pop("includeTyping", UNSET)

        allow_expired_cursors_and_accept_missed_deletes = d.pop("allowExpiredCursorsAndAcceptMissedDeletes", UNSET)

        _debug = d.pop("debug", UNSET)
        debug: DebugParameters | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = DebugParameters.from_dict(_debug)

        sync_request = cls(
            with_=with_,
            select=select,
            cursors=cursors,
            parameters=parameters,
            include_typing=include_typing,
            allow_expired_cursors_and_accept_missed_deletes=allow_expired_cursors_and_accept_missed_deletes,
            debug=debug,
        )

        sync_request.additional_properties = d
        return sync_request
