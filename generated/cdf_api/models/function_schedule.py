from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.data import Data


T = TypeVar("T", bound="FunctionSchedule")


@_attrs_define
class FunctionSchedule(AdditionalProperties):
    """
    Attributes:
        id (int): A server-generated ID for the object.
        name (str): Name of function schedule. Example: My schedule.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        cron_expression (str): Cron expression describes when the function should be called. Use
            http://www.cronmaker.com to create a cron expression. Example: * * * * *.
        when (str): When the schedule will trigger, in human readable text. Example: Every hour.
        session_id (str): Id of the session.
        nonce (str): Nonce retrieved from sessions API when creating a session. This will be used to bind the session
            before executing the function. The corresponding access token will be passed to the function and used to
            instantiate the client of the handle() function. You can create a session via the [Sessions
            API](#tag/Sessions/operation/createSessions). When using the Python SDK, the session will be created behind the
            scenes when creating the schedule.
        description (str | Unset): Description of function schedule. Example: This is a nice schedule.
        function_id (int | Unset): A server-generated ID for the object.
        function_external_id (str | Unset): The external ID provided by the client. Must be unique for the resource
            type. Example: my.known.id.
        data (Data | Unset): Input data to the function (only present if provided on the schedule). This data is passed
            deserialized into the function through one of the arguments called `data`. **WARNING:** Secrets or other
            confidential information should not be passed via the `data` object. There is a dedicated `secrets` object in
            the request body to "Create functions" for this purpose.' Example: {'timeSeriesId1': 13435351, 'maxValue': 4}.
    """

    _FIT = {
        "id": "i",
        "name": "s",
        "createdTime": "i",
        "cronExpression": "s",
        "when": "s",
        "sessionId": "s",
        "nonce": "s",
        "description": "s",
        "functionId": "i",
        "functionExternalId": "s",
        "data": ("m", "Data"),
    }
    _REQUIRED = ("id", "name", "createdTime", "cronExpression", "when", "sessionId", "nonce")

    id: int
    name: str
    created_time: int
    cron_expression: str
    when: str
    session_id: str
    nonce: str
    description: str | Unset = UNSET
    function_id: int | Unset = UNSET
    function_external_id: str | Unset = UNSET
    data: Data | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_time = self.created_time

        cron_expression = self.cron_expression

        when = self.when

        session_id = self.session_id

        nonce = self.nonce

        description = self.description

        function_id = self.function_id

        function_external_id = self.function_external_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "createdTime": created_time,
                "cronExpression": cron_expression,
                "when": when,
                "sessionId": session_id,
                "nonce": nonce,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if function_id is not UNSET:
            field_dict["functionId"] = function_id
        if function_external_id is not UNSET:
            field_dict["functionExternalId"] = function_external_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data import Data  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created_time = d.pop("createdTime")

        cron_expression = d.pop("cronExpression")

        when = d.pop("when")

        session_id = d.pop("sessionId")

        nonce = d.pop("nonce")

        description = d.pop("description", UNSET)

        function_id = d.pop("functionId", UNSET)

        function_external_id = d.pop("functionExternalId", UNSET)

        _data = d.pop("data", UNSET)
        data: Data | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = Data.from_dict(_data)

        function_schedule = cls(
            id=id,
            name=name,
            created_time=created_time,
            cron_expression=cron_expression,
            when=when,
            session_id=session_id,
            nonce=nonce,
            description=description,
            function_id=function_id,
            function_external_id=function_external_id,
            data=data,
        )

        function_schedule.additional_properties = d
        return function_schedule
