"""`make demo`: start the emulator on loopback, run the quickstart against it, stop the emulator.

The emulator runs as a real subprocess (`python -m cognite.emulator`) on a free port, so the quickstart talks to it
exactly as it would talk to CDF: over a socket, with a client-credentials login. The emulator is stopped whatever
happens (success, exception, Ctrl-C or SIGTERM); its log is kept in examples/output/emulator.log.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import httpx

OUTPUT_DIR = Path(__file__).resolve().parent / "output"
READY_TIMEOUT_S = 60.0


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def wait_until_answering(url: str, proc: subprocess.Popen[bytes], timeout: float = READY_TIMEOUT_S) -> None:
    """Poll `url` until the server answers with any HTTP status; fail early if the process dies."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"the emulator exited with code {proc.returncode} before it answered")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the emulator did not answer on {url} within {timeout:.0f} s") from None
            time.sleep(0.05)


def stop(proc: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    """SIGTERM, then SIGKILL after `grace` seconds; always reaps the process."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextlib.contextmanager
def running_emulator(host: str = "127.0.0.1", port: int | None = None, log_path: Path | None = None) -> Iterator[str]:
    """Run `python -m cognite.emulator` on host:port for the duration of the block; yields its base URL."""
    port = port or free_port(host)
    base_url = f"http://{host}:{port}"
    log_path = log_path or OUTPUT_DIR / "emulator.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "cognite.emulator", "--host", host, "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        try:
            wait_until_answering(base_url + "/_emulator/health", proc)
            yield base_url
        except BaseException:
            stop(proc)
            log.flush()
            tail = log_path.read_text(errors="replace").splitlines()[-20:]
            if tail:
                print("--- last lines of the emulator log ---", *tail, sep="\n", file=sys.stderr)
            raise
        finally:
            stop(proc)


def _die_with_parent() -> None:
    # Linux: the emulator gets SIGTERM if this process dies without cleaning up (e.g. SIGKILL), so it never lingers.
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except OSError:
        pass


def _raise_on_sigterm(signum: int, frame: FrameType | None) -> None:
    # Turn SIGTERM into an exception so the `finally` that stops the emulator runs.
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Run examples/quickstart.py against a local emulator; other arguments go to the quickstart."
    )
    parser.add_argument("--port", type=int, default=None, help="emulator port (default: a free one)")
    parser.add_argument("--output", type=Path, default=OUTPUT_DIR, help="for the PNG and the emulator log")
    args, quickstart_args = parser.parse_known_args(argv)

    from examples import quickstart

    started = time.perf_counter()
    with running_emulator(port=args.port, log_path=args.output / "emulator.log") as base_url:
        print(f"emulator answering on {base_url} after {time.perf_counter() - started:.1f} s", flush=True)
        code = quickstart.main(["--base-url", base_url, "--output", str(args.output), *quickstart_args])
    print(f"demo finished in {time.perf_counter() - started:.1f} s (emulator stopped)")
    return code


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _raise_on_sigterm)
    sys.exit(main())
