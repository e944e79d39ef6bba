"""The lean httpcore network backend, over real sockets: plain HTTP, TLS (verified against a local CA), timeouts and
closed connections surface as httpx's own errors."""

from __future__ import annotations

import datetime
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest

from cognite.client import AsyncCogniteClient, global_config
from cognite.client._http.network import LeanBackend, LeanStream
from cognite.client._http.pool import close_pools, get_pool
from cognite.client.data_classes import TimeSeries
from cognite.emulator import Emulator
from tests.conftest import make_config

T0 = 1_700_000_000_000


def _self_signed(tmp: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp / "cert.pem", tmp / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_file, key_file


@pytest.fixture
def tls_emulator(tmp_path: Path) -> Iterator[tuple[Emulator, str, Path]]:
    import uvicorn

    cert, key = _self_signed(tmp_path)
    emu = Emulator()
    config = uvicorn.Config(
        emu.app, host="127.0.0.1", port=0, log_level="warning", lifespan="off", ws="none",
        ssl_certfile=str(cert), ssl_keyfile=str(key),
    )  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        assert thread.is_alive(), "TLS server did not start"
        thread.join(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield emu, f"https://localhost:{port}", cert
    finally:
        server.should_exit = True
        thread.join(10)


def _client(emu: Emulator, base_url: str, **kwargs: object) -> AsyncCogniteClient:
    cfg = make_config(emu, **kwargs)  # type: ignore[arg-type]
    cfg.base_url = base_url
    return AsyncCogniteClient(cfg)


def _streams(pool: httpx.AsyncClient) -> list[object]:
    conns = pool._transport._pool.connections  # type: ignore[attr-defined]
    return [c._connection._network_stream for c in conns if c._connection is not None]


async def test_tls_requests_and_datapoints_over_the_lean_backend(
    tls_emulator: tuple[Emulator, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    emu, base_url, cert = tls_emulator
    monkeypatch.setattr(global_config, "ssl_context", ssl.create_default_context(cafile=str(cert)))
    client = _client(emu, base_url)
    try:
        await client.time_series.create(TimeSeries(external_id="tls"))
        ts = T0 + np.arange(250_000, dtype=np.int64) * 1000
        await client.time_series.data.insert((ts, np.sin(ts / 1e6)), external_id="tls")
        got = await client.time_series.data.retrieve_arrays(external_id="tls", start=T0, end=int(ts[-1]) + 1)
        assert np.array_equal(got.timestamp.astype("datetime64[ms]").view(np.int64), ts)
        pool = get_pool()
        assert isinstance(pool._transport._pool._network_backend, LeanBackend)  # type: ignore[attr-defined]
        streams = _streams(pool)
        assert streams and all(isinstance(s, LeanStream) for s in streams)
        assert all(s.get_extra_info("ssl_object") is not None for s in streams)  # type: ignore[attr-defined]
        assert not any(s.get_extra_info("is_readable") for s in streams)  # type: ignore[attr-defined]
    finally:
        await close_pools()


async def test_unverified_tls_is_refused(tls_emulator: tuple[Emulator, str, Path]) -> None:
    """The default context does not trust the local certificate: the connection fails, nothing is sent."""
    from cognite.client.exceptions import CogniteConnectionError

    emu, base_url, _ = tls_emulator
    client = _client(emu, base_url)
    try:
        with pytest.raises(CogniteConnectionError):
            await client.assets.list(limit=1)
        assert len(emu.requests) == 0
    finally:
        await close_pools()


async def test_read_timeout_and_dropped_connection_are_httpx_errors() -> None:
    emu = Emulator()
    with emu.serve_in_thread() as base_url:
        pool = get_pool()
        try:
            assert isinstance(pool._transport._pool._network_backend, LeanBackend)  # type: ignore[attr-defined]
            url = f"{base_url}/api/v1/projects/p/assets/list"
            emu.faults.delay(0.5, on="POST /assets/list", times=1)
            with pytest.raises(httpx.ReadTimeout):
                await pool.post(url, json={}, headers={"authorization": "Bearer t"}, timeout=0.1)
            emu.faults.drop_connections(on="POST /assets/list", times=1)
            with pytest.raises(httpx.RemoteProtocolError):
                await pool.post(url, json={}, headers={"authorization": "Bearer t"}, timeout=5)
            r = await pool.post(url, json={}, headers={"authorization": "Bearer t"}, timeout=5)
            assert r.status_code == 200
            streams = _streams(pool)
            assert streams and all(isinstance(s, LeanStream) for s in streams)
        finally:
            await close_pools()
