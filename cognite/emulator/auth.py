"""Authentication: a client-credentials token endpoint, token inspection, and the strict-mode bearer check.

By default any bearer token is accepted (as a test double should). With `strict=True` only tokens issued by the
token endpoint (and not expired) or registered static tokens are accepted; others get CDF's 401 body.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from cognite.emulator.http import CDFError, json_response, read_body

# The capabilities an emulator token grants: everything, in every project (the emulator does not enforce ACLs).
ALL_CAPABILITIES = [
    {acl: {"actions": actions, "scope": {"all": {}}}, "projectScope": {"allProjects": {}}}
    for acl, actions in (
        ("assetsAcl", ["READ", "WRITE"]),
        ("eventsAcl", ["READ", "WRITE"]),
        ("timeSeriesAcl", ["READ", "WRITE"]),
        ("filesAcl", ["READ", "WRITE"]),
        ("sequencesAcl", ["READ", "WRITE"]),
        ("relationshipsAcl", ["READ", "WRITE"]),
        ("labelsAcl", ["READ", "WRITE"]),
        ("datasetsAcl", ["READ", "WRITE", "OWNER"]),
        ("rawAcl", ["READ", "WRITE", "LIST"]),
        ("extractionPipelinesAcl", ["READ", "WRITE"]),
        ("extractionRunsAcl", ["READ", "WRITE"]),
        ("extractionConfigsAcl", ["READ", "WRITE"]),
        ("groupsAcl", ["LIST", "READ", "CREATE", "UPDATE", "DELETE"]),
        ("securityCategoriesAcl", ["MEMBEROF", "LIST", "CREATE", "UPDATE", "DELETE"]),
        ("sessionsAcl", ["LIST", "CREATE", "DELETE"]),
        ("projectsAcl", ["LIST", "READ"]),
    )
]


@dataclass
class RegisteredClient:
    client_id: str
    client_secret: str
    projects: list[str] = field(default_factory=lambda: ["*"])


@dataclass
class IssuedToken:
    subject: str
    expires_at: float  # time.time()
    projects: list[str]
    scope: str = ""


class Auth:
    """Token issuing and checking.

    Example:
        >>> auth = Auth(strict=True, clients={"my-client": "s3cret"}, token_lifetime=60)
        >>> auth.check("Bearer nope") is not None
        True
    """

    def __init__(
        self,
        *,
        strict: bool = False,
        clients: dict[str, str] | None = None,
        token_lifetime: float = 3600.0,
        tokens: dict[str, str] | None = None,
    ) -> None:
        if token_lifetime <= 0:
            raise ValueError(f"token_lifetime must be > 0 seconds, got {token_lifetime}")
        self.strict = strict
        self.token_lifetime = token_lifetime
        self.clients = {cid: RegisteredClient(cid, secret) for cid, secret in (clients or {}).items()}
        self._tokens: dict[str, IssuedToken] = {}
        # Static tokens (token -> subject) that never expire: handy in strict mode tests.
        for token, subject in (tokens or {}).items():
            self._tokens[token] = IssuedToken(subject, float("inf"), ["*"])
        self._lock = threading.Lock()

    def register_client(self, client_id: str, client_secret: str) -> None:
        self.clients[client_id] = RegisteredClient(client_id, client_secret)

    def issue(self, client_id: str, scope: str = "", lifetime: float | None = None) -> tuple[str, float]:
        token = "emu-" + secrets.token_urlsafe(24)
        life = self.token_lifetime if lifetime is None else lifetime
        client = self.clients.get(client_id)
        with self._lock:
            self._tokens[token] = IssuedToken(
                client_id, time.time() + life, client.projects if client else ["*"], scope
            )
        return token, life

    def _token_of(self, authorization: str | None) -> str | None:
        if not authorization or not authorization.lower().startswith("bearer "):
            return None
        return authorization[7:].strip()

    def check(self, authorization: str | None, project: str | None = None) -> CDFError | None:
        """None if the request may proceed, else the 401 to answer (only in strict mode)."""
        if not self.strict:
            return None
        token = self._token_of(authorization)
        if token is None:
            return CDFError(401, "Unauthorized")
        issued = self._tokens.get(token)
        if issued is None or issued.expires_at <= time.time():
            return CDFError(401, "Unauthorized")
        if project is not None and "*" not in issued.projects and project not in issued.projects:
            return CDFError(403, "Forbidden")
        return None

    def inspect(self, authorization: str | None, known_projects: list[str]) -> dict[str, Any]:
        token = self._token_of(authorization)
        issued = self._tokens.get(token) if token else None
        subject = issued.subject if issued else "emulator-user"
        projects = known_projects if issued is None or "*" in issued.projects else issued.projects
        return {
            "subject": subject,
            "projects": [{"projectUrlName": p, "groups": []} for p in projects],
            "capabilities": ALL_CAPABILITIES,
        }

    def reset(self) -> None:
        with self._lock:
            self._tokens = {t: i for t, i in self._tokens.items() if i.expires_at == float("inf")}

    # -- routes ---------------------------------------------------------------------------------------------
    async def token_endpoint(self, request: Request) -> Response:
        """OAuth2 client-credentials grant (form-encoded), answering like an identity provider."""
        raw = await read_body(request)
        form = dict(parse_qsl(raw.decode("utf-8", "replace")))
        client_id, secret = form.get("client_id"), form.get("client_secret")
        basic = request.headers.get("authorization", "")
        if basic.lower().startswith("basic ") and not client_id:
            import base64

            try:
                client_id, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
            except ValueError:
                return _oauth_error(401, "invalid_client", "Malformed basic authorization")
        if form.get("grant_type") != "client_credentials":
            return _oauth_error(400, "unsupported_grant_type", "Only client_credentials is supported")
        if not client_id:
            return _oauth_error(400, "invalid_request", "client_id is required")
        client = self.clients.get(client_id)
        if client is not None and client.client_secret != secret:
            return _oauth_error(401, "invalid_client", "Invalid client secret")
        if client is None and (self.strict or self.clients):
            return _oauth_error(401, "invalid_client", f"Unknown client: {client_id}")
        token, life = self.issue(client_id, form.get("scope", ""))
        return json_response({"access_token": token, "token_type": "Bearer", "expires_in": int(life)})

    def routes(self, inspect_endpoint: Any) -> list[Route]:
        return [
            Route("/oauth2/token", self.token_endpoint, methods=["POST"]),
            Route("/{tenant}/oauth2/v2.0/token", self.token_endpoint, methods=["POST"]),
            Route("/api/v1/token/inspect", inspect_endpoint, methods=["GET"]),
        ]


def _oauth_error(status: int, error: str, description: str) -> Response:
    return json_response({"error": error, "error_description": description}, status_code=status)
