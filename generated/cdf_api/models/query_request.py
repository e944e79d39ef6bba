from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.debug_parameters import DebugParameters
    from ..models.query_request_cursors import QueryRequestCursors
    from ..models.query_request_parameters import QueryRequestParameters
    from ..models.query_request_select import QueryRequestSelect
    from ..models.query_request_with import QueryRequestWith


T = TypeVar("T", bound="QueryRequest")


@_attrs_define
class QueryRequest(AdditionalProperties):
    """
    Attributes:
        with_ (QueryRequestWith):
        select (QueryRequestSelect): Select properties for each result set.
        cursors (QueryRequestCursors | Unset): Cursors returned from the previous query request. These cursors match the
            result set expressions you specified in the ```with``` clause for the query.
        parameters (QueryRequestParameters | Unset): Values in filters can be parameterised. Parameters are provided as
            part of the query object, and referenced in the filter itself.
        include_typing (bool | Unset): Should we return property type information as part of the result?
        debug (DebugParameters | Unset): Return query debug notices.
    """

    _FIT = {
        "with": ("m", "QueryRequestWith"),
        "select": ("m", "QueryRequestSelect"),
        "cursors": ("m", "QueryRequestCursors"),
        "parameters": ("m", "QueryRequestParameters"),
        "includeTyping": "b",
        "debug": ("m", "DebugParameters"),
    }
    _REQUIRED = ("with", "select")

    with_: QueryRequestWith
    select: QueryRequestSelect
    cursors: QueryRequestCursors | Unset = UNSET
    parameters: QueryRequestParameters | Unset = UNSET
    include_typing: bool | Unset = UNSET
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
        if debug is not UNSET:
            field_dict["debug"] = debug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.debug_parameters import DebugParameters  # noqa: PLC0415
        from ..models.query_request_cursors import QueryRequestCursors  # noqa: PLC0415
        from ..models.query_request_parameters import QueryRequestParameters  # noqa: PLC0415
        from ..models.query_request_select import QueryRequestSelect  # noqa: PLC0415
        from ..models.query_request_with import QueryRequestWith  # noqa: PLC0415

        d = dict(src_dict)
        with_ = QueryRequestWith.from_dict(d.pop("with"))

        select = QueryRequestSelect.from_dict(d.pop("select"))

        _cursors = d.pop("cursors", UNSET)
        cursors: QueryRequestCursors | Unset
        if isinstance(_cursors, Unset):
            cursors = UNSET
        else:
            cursors = QueryRequestCursors.from_dict(_cursors)

        _parameters = d.pop("parameters", UNSET)
        parameters: QueryRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = QueryRequestParameters.from_dict(_parameters)

        include_typing = d.pop("includeTyping", UNSET)

        _debug = d.pop("debug", UNSET)
        debug: DebugParameters | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = DebugParameters.from_dict(_debug)

        query_request = cls(
            with_=with_,
            select=select,
            cursors=cursors,
            parameters=parameters,
            include_typing=include_typing,
            debug=debug,
        )

        query_request.additional_properties = d
        return query_request
