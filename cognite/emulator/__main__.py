"""`python -m cognite.emulator --host 127.0.0.1 --port 8765 [options]`: serve the emulator with uvicorn."""

from __future__ import annotations

import argparse
import contextlib
import gc
import signal
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m cognite.emulator", description="A local, stateful CDF emulator.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--seed", type=int, default=0, help="seed for ids and fault decisions")
    p.add_argument(
        "--state-file",
        help="persist all data to this file (every acknowledged write is journaled first; loaded at start)",
    )
    p.add_argument(
        "--share-projects", action="store_true", help="every project name sees the same data (default: kept apart)"
    )
    p.add_argument("--strict-auth", action="store_true", help="only accept tokens issued by /oauth2/token")
    p.add_argument(
        "--admin-token", help="bearer token of the /_emulator control plane under --strict-auth (default: made up)"
    )
    p.add_argument(
        "--client", action="append", default=[], metavar="ID:SECRET", help="register an OAuth client (repeatable)"
    )
    p.add_argument("--token-lifetime", type=float, default=3600.0, help="seconds an issued token is valid")
    p.add_argument("--validate-responses", action="store_true", help="check replies against the OpenAPI spec")
    p.add_argument("--spec", help="OpenAPI spec for --validate-responses (default: the pinned snapshot)")
    p.add_argument(
        "--request-log-size", type=int, default=10_000, help="requests kept for GET /_emulator/requests (0: none)"
    )
    p.add_argument("--gzip", action="store_true", help="gzip replies of 1 KiB or more when the client accepts it")
    g = p.add_argument_group("fault injection (rates are probabilities per request)")
    for status in (429, 500, 502, 503):
        g.add_argument(f"--fault-{status}", type=float, default=0.0, metavar="RATE", help=f"rate of {status} answers")
    g.add_argument("--retry-after", type=float, help="Retry-After seconds sent with injected 429s")
    g.add_argument("--latency", type=float, default=0.0, metavar="SECONDS", help="latency added to every request")
    g.add_argument("--drop-rate", type=float, default=0.0, help="rate of connections closed without an answer")
    g.add_argument("--short-pages", type=int, metavar="N", help="serve list pages of at most N items")
    g.add_argument(
        "--fault-path", help="scope the injected faults to e.g. 'POST /assets', '/timeseries/*' or an operationId"
    )
    return p.parse_args(argv)


def build(args: argparse.Namespace) -> Emulator:
    from cognite.emulator.emulator import Emulator

    clients = {}
    for spec in args.client:
        client_id, sep, secret = spec.partition(":")
        if not sep:
            raise SystemExit(f"--client expects ID:SECRET, got {spec!r}")
        clients[client_id] = secret
    emu = Emulator(
        seed=args.seed,
        strict_auth=args.strict_auth,
        clients=clients,
        token_lifetime=args.token_lifetime,
        validate_responses=args.validate_responses,
        spec_path=args.spec,
        state_file=args.state_file,
        gzip_responses=args.gzip,
        request_log_size=args.request_log_size,
        share_projects=args.share_projects,
        admin_token=args.admin_token,
    )
    on = operation = None
    if args.fault_path:
        # "POST /assets" or "/timeseries/*" (method and/or path), or an operationId such as "listAssets".
        if "/" not in args.fault_path and " " not in args.fault_path and not args.fault_path.isupper():
            operation = args.fault_path
        else:
            on = args.fault_path
    if args.latency:
        emu.faults.add(latency=args.latency, on=on, operation=operation)
    for status in (429, 500, 502, 503):
        rate = getattr(args, f"fault_{status}")
        if rate:
            retry_after = args.retry_after if status == 429 else None
            emu.faults.add(status=status, rate=rate, retry_after=retry_after, on=on, operation=operation)
    if args.drop_rate:
        emu.faults.add(drop="before", rate=args.drop_rate, on=on, operation=operation)
    if args.short_pages:
        emu.faults.short_pages(args.short_pages)
    return emu


def banner(args: argparse.Namespace, emu: Emulator) -> str:
    """What a user needs to point a client at this emulator."""
    url = f"http://{args.host}:{args.port}"
    if emu.auth.strict:
        who = ", ".join(c.partition(":")[0] for c in args.client) or "none registered yet: use --client ID:SECRET"
        token = (
            f"strict: client credentials ({who}) at {url}/oauth2/token "
            "(form: grant_type=client_credentials&client_id=ID&client_secret=SECRET)"
        )
        control = f"needs 'Authorization: Bearer {emu.admin_token}' (--admin-token)"
    else:
        token = "lenient: any bearer token is accepted (or get one from /oauth2/token)"
        control = "open (lenient auth)"
    if emu.share_projects:
        projects = "any name, all projects share the same data (--share-projects)"
    else:
        projects = "any name, each project's data kept apart (--share-projects: one data set for all)"
    if emu.state_file:
        state = f"{emu.state_file} (acknowledged writes journaled and fsync'd; replayed at start)"
    else:
        state = "in memory (use --state-file to keep data)"
    lines = [
        f"CDF emulator listening on {url}",
        f"  base_url={url}  project: {projects}, e.g. {url}/api/v1/projects/my-project/assets",
        f"  auth: {token}",
        f"  state: {state}",
        f"  control plane: {url}/_emulator/health, /_emulator/reset, /_emulator/faults, /_emulator/requests; {control}",
    ]
    return "\n".join(lines)


#: Collector thresholds of the server process. Its state is millions of long-lived, acyclic dicts (100k instances
#: are ~1M objects), and each full collection walks all of them: with the default thresholds that was ~40% of the CPU
#: of applying or listing 100k instances. Young collections stay as they are; full ones run 100x less often.
GC_THRESHOLDS = (700, 10, 1000)


def main(argv: Sequence[str] | None = None) -> None:
    try:
        from cognite.emulator import _requires  # noqa: F401  (names the [emulator] extra when one is missing)
    except ModuleNotFoundError as e:
        print(e, file=sys.stderr)
        raise SystemExit(2) from None
    import uvicorn

    args = parse_args(argv)
    gc.set_threshold(*GC_THRESHOLDS)
    emu = build(args)
    print(banner(args, emu), flush=True)

    class Server(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            # SIGTERM / SIGINT stop the server gracefully, and the process then exits 0 after the final
            # snapshot (uvicorn's own handling re-raises the signal afterwards, killing the process first).
            previous = {sig: signal.signal(sig, self.handle_exit) for sig in (signal.SIGINT, signal.SIGTERM)}
            try:
                yield
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)

    config = uvicorn.Config(
        emu.app, host=args.host, port=args.port, log_level="warning", lifespan="off", ws="none", access_log=False
    )
    try:
        Server(config).run()
    finally:
        emu.close()  # with a state file: the final snapshot


if __name__ == "__main__":
    main()
