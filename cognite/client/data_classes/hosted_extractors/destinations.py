"""Hosted extractor destinations: where jobs write, with the session they write as."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    DestinationFields,
    DestinationUpdateFields,
    DestinationWriteFields,
    SessionWriteFields,
)


class SessionWrite(SessionWriteFields):
    """The credentials of a destination: the nonce of a session (``client.iam.sessions.create().nonce``).

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import SessionWrite
        >>> SessionWrite("abc").dump()
        {'nonce': 'abc'}
    """


class DestinationWrite(DestinationWriteFields):
    """A destination to create.

    Example:
        >>> from cognite.client.data_classes.hosted_extractors import DestinationWrite, SessionWrite
        >>> DestinationWrite("dest", SessionWrite("nonce")).dump()
        {'externalId': 'dest', 'credentials': {'nonce': 'nonce'}}
    """


class Destination(DestinationFields):
    """A destination as CDF returns it (the session id, never the credentials)."""


class DestinationUpdate(DestinationUpdateFields):
    """Change a destination: ``DestinationUpdate("dest").target_data_set_id.set(1)``."""


class DestinationWriteList(CogniteResourceList[DestinationWrite]):
    _RESOURCE = DestinationWrite


class DestinationList(WriteableCogniteResourceList[Destination, DestinationWriteList]):
    _RESOURCE = Destination
