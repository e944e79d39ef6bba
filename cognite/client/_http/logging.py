"""Debug logging of requests, responses and retries (logger "cognite.client"), with secrets redacted."""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping

logger = logging.getLogger("cognite.client")

_SECRET_HEADERS = frozenset({"authorization", "api-key", "cookie", "set-cookie", "proxy-authorization"})


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of `headers` safe to log: credential headers are replaced by "***".

    Example:
        >>> from cognite.client._http.logging import redact_headers
        >>> redact_headers({"Authorization": "Bearer x", "cdf-version": "20230101"})
        {'Authorization': '***', 'cdf-version': '20230101'}
    """
    return {k: ("***" if k.lower() in _SECRET_HEADERS else v) for k, v in headers.items()}


def enable_debug_logging() -> None:
    """Send the SDK's debug log to stderr (what `ClientConfig(debug=True)` does)."""
    logger.setLevel(logging.DEBUG)
    if not any(getattr(h, "_cognite_debug", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s: %(message)s"))
        handler._cognite_debug = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
