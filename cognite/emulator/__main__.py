"""`python -m cognite.emulator --host 127.0.0.1 --port 8765 [options]`: serve the emulator with uvicorn."""

from __future__ import annotations

import argparse
import gc
import threading
from collections.abc import Sequence

from cognite.emulator.emulator import Emulator


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m cognite.emulator", description="A local, stateful CDF emulator.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--seed", type=int, default=0, help="seed for ids and fault decisions")
    p.add_argument("--state-file", help="persist all data to this file (loaded at start, saved while running)")
    p.add_argument("--strict-auth", action="store_true", help="only accept tokens issued by /oauth2/token")
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
        token = f"strict: client credentials ({who}) at {url}/oauth2/token"
    else:
        token = "lenient: any bearer token is accepted (or get one from /oauth2/token)"
    lines = [
        f"CDF emulator listening on {url}",
        f"  base_url={url}  project: any name, each project's data kept apart (e.g. {url}/api/v1/projects/my-project/assets)",
        f"  auth: {token}",
        f"  state: {emu.state_file or 'in memory (use --state-file to keep data)'}",
        f"  control plane: {url}/_emulator/health, /_emulator/reset, /_emulator/faults, /_emulator/requests",
    ]
    return "\n".join(lines)


#: Collector thresholds of the server process. Its state is millions of long-lived, acyclic dicts (100k instances
#: are ~1M objects), and each full collection walks all of them: with the default thresholds that was ~40% of the CPU
#: of applying or listing 100k instances. Young collections stay as they are; full ones run 100x less often.
GC_THRESHOLDS = (700, 10, 1000)


def main(argv: Sequence[str] | None = None) -> None:
    import uvicorn

    args = parse_args(argv)
    gc.set_threshold(*GC_THRESHOLDS)
    emu = build(args)
    stop = threading.Event()
    if emu.state_file:
        # Save every second while data changes, so a killed emulator loses at most a second of writes.
        def flush() -> None:
            while not stop.wait(1.0):
                emu.save_if_dirty()

        threading.Thread(target=flush, name="emulator-state-flush", daemon=True).start()
    print(banner(args, emu), flush=True)
    try:
        uvicorn.run(emu.app, host=args.host, port=args.port, log_level="warning", lifespan="off", ws="none")
    finally:
        stop.set()
        if emu.state_file:
            emu.save()


if __name__ == "__main__":
    main()
