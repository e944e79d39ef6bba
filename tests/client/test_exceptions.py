"""Exception types and attributes, compatible with both documented signatures of the official SDK."""

from __future__ import annotations

from cognite.client.exceptions import (
    CogniteAPIError,
    CogniteDuplicatedError,
    CogniteException,
    CogniteMultiException,
    CogniteNotFoundError,
    CogniteProjectAccessError,
)


def test_hierarchy_and_attributes():
    e = CogniteNotFoundError("gone", code=404, missing=[{"id": 1}], successful=[2], x_request_id="r")
    assert isinstance(e, CogniteAPIError) and isinstance(e, CogniteMultiException) and isinstance(e, CogniteException)
    assert (e.code, e.not_found, e.successful, e.x_request_id) == (404, [{"id": 1}], [2], "r")
    assert issubclass(CogniteProjectAccessError, CogniteAPIError)


def test_older_positional_signatures():
    nf = CogniteNotFoundError([{"externalId": "a"}], successful=[1])
    assert nf.not_found == [{"externalId": "a"}] and nf.successful == [1] and nf.code == 400
    dup = CogniteDuplicatedError([{"externalId": "b"}], failed=[3])
    assert dup.duplicated == [{"externalId": "b"}] and dup.failed == [3] and dup.code == 409


def test_summary_in_str():
    e = CogniteAPIError("boom", 500, successful=list(range(12)), unknown=[100], failed=[7], skipped=[8])
    text = str(e)
    assert text.startswith("boom | code: 500")
    assert "Successful (2xx)" in text and "Unknown (5xx): [100]" in text and "Failed (4xx): [7]" in text
    assert "Skipped: [8]" in text and "(12 in total)" in text
    assert repr(e) == "CogniteAPIError('boom')"
