"""ClientConfig / global_config: validation, loading, environment variables."""

from __future__ import annotations

import json

import pytest

from cognite.client import AsyncCogniteClient, ClientConfig, CogniteClient, global_config
from cognite.client.config import GlobalConfig
from cognite.client.credentials import APIKey, OAuthClientCredentials, Token


def _cfg(**kw):
    base = {"client_name": "app", "project": "p", "credentials": Token("t"), "base_url": "https://x.cognitedata.com"}
    return ClientConfig(**{**base, **kw})


def test_defaults_and_cluster():
    cfg = ClientConfig(client_name="a", project="p", credentials=Token("t"), cluster="westeurope-1")
    assert cfg.base_url == "https://westeurope-1.cognitedata.com"
    assert (cfg.api_subversion, cfg.timeout, cfg.file_transfer_timeout) == ("20230101", 60, 600)
    assert _cfg(base_url="https://api.cognitedata.com/").base_url == "https://api.cognitedata.com"
    assert _cfg().cdf_cluster == "x"
    with pytest.warns(UserWarning, match="base_url is used"):
        assert _cfg(cluster="other").base_url == "https://x.cognitedata.com"


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"project": ""}, "project"),
        ({"client_name": ""}, "client_name"),
        ({"credentials": "token"}, "CredentialProvider"),
        ({"base_url": "ftp://x"}, "base_url"),
        ({"timeout": 0}, "timeout"),
        ({"api_subversion": "yesterday"}, "api_subversion"),
        ({"headers": {"a": 1}}, "headers"),
        ({"client_name": "app\u2603"}, "latin-1"),
    ],
)
def test_validation(kwargs, error):
    with pytest.raises((ValueError, TypeError), match=error):
        _cfg(**kwargs)


def test_needs_base_url_or_cluster(monkeypatch):
    monkeypatch.delenv("COGNITE_BASE_URL", raising=False)
    monkeypatch.delenv("COGNITE_CLUSTER", raising=False)
    with pytest.raises(ValueError, match="base_url or cluster"):
        ClientConfig(client_name="a", project="p", credentials=Token("t"))


def test_load_dict_json_yaml():
    d = {"client_name": "a", "project": "p", "cluster": "api", "credentials": {"token": "abc"}, "timeout": 5}
    for src in (d, json.dumps(d), "client_name: a\nproject: p\ncluster: api\ncredentials:\n  token: abc\ntimeout: 5\n"):
        cfg = ClientConfig.load(src)
        assert (cfg.project, cfg.base_url, cfg.timeout) == ("p", "https://api.cognitedata.com", 5)
        assert cfg.credentials.authorization_header() == ("Authorization", "Bearer abc")
    with pytest.raises(ValueError, match="Unknown ClientConfig keys"):
        ClientConfig.load({**d, "colour": "red"})
    client = CogniteClient.load(d)
    assert client.config.project == "p"


def test_environment_variables(monkeypatch):
    for k, v in {
        "COGNITE_CLIENT_NAME": "env-app",
        "COGNITE_PROJECT": "env-proj",
        "COGNITE_BASE_URL": "http://localhost:8080",
        "COGNITE_TIMEOUT": "12",
        "COGNITE_FILE_TRANSFER_TIMEOUT": "99",
        "COGNITE_TOKEN_URL": "https://idp/token",
        "COGNITE_CLIENT_ID": "cid",
        "COGNITE_CLIENT_SECRET": "sec",
        "COGNITE_TOKEN_SCOPES": "s1,s2",
    }.items():
        monkeypatch.setenv(k, v)
    cfg = ClientConfig()
    assert (cfg.client_name, cfg.project, cfg.base_url, cfg.timeout, cfg.file_transfer_timeout) == (
        "env-app",
        "env-proj",
        "http://localhost:8080",
        12,
        99,
    )
    assert isinstance(cfg.credentials, OAuthClientCredentials) and cfg.credentials.scopes == ["s1", "s2"]
    monkeypatch.delenv("COGNITE_TOKEN_URL")
    monkeypatch.setenv("COGNITE_API_KEY", "k")
    assert isinstance(ClientConfig().credentials, APIKey)
    assert AsyncCogniteClient().config.project == "env-proj"  # no config: from the environment


def test_global_config_from_environment(monkeypatch):
    monkeypatch.setenv("COGNITE_DISABLE_GZIP", "1")
    monkeypatch.setenv("COGNITE_MAX_RETRIES", "4")
    monkeypatch.setenv("COGNITE_MAX_RETRY_BACKOFF", "7")
    monkeypatch.setenv("COGNITE_MAX_CONNECTION_POOL_SIZE", "50")
    monkeypatch.setenv("COGNITE_STATUS_FORCELIST", "429,502,503")
    monkeypatch.setenv("COGNITE_MAX_WORKERS", "8")
    g = GlobalConfig()
    assert g.disable_gzip and g.max_retries == 4 and g.max_retry_backoff == 7
    assert g.max_connection_pool_size == 50 and g.status_forcelist == {429, 502, 503}
    assert g.concurrency_settings.general.read == 8
    monkeypatch.setenv("COGNITE_DISABLE_SSL", "maybe")
    with pytest.raises(ValueError, match="COGNITE_DISABLE_SSL"):
        GlobalConfig()


def test_apply_settings_is_all_or_nothing():
    global_config.apply_settings({"max_retries": 3, "concurrency_settings": {"raw": {"write": 7}}})
    assert global_config.max_retries == 3 and global_config.concurrency_settings.raw.write == 7
    with pytest.raises(ValueError, match="Unknown global_config setting"):
        global_config.apply_settings({"max_retries": 5, "nope": 1})
    with pytest.raises(ValueError, match="max_retries"):
        global_config.apply_settings({"disable_gzip": True, "max_retries": -1})
    with pytest.raises(ValueError):
        global_config.apply_settings({"disable_gzip": True, "concurrency_settings": {"general": {"reed": 1}}})
    assert global_config.max_retries == 3 and global_config.disable_gzip is False
    global_config.apply_settings("max_retry_backoff: 2\nstatus_forcelist: [429]\n")
    assert global_config.max_retry_backoff == 2 and global_config.status_forcelist == {429}


def test_default_client_config_is_used():
    global_config.apply_settings(
        {
            "default_client_config": {
                "client_name": "d",
                "project": "dp",
                "cluster": "api",
                "credentials": {"token": "t"},
            }
        }
    )
    assert AsyncCogniteClient().config.project == "dp"
    assert CogniteClient().config.project == "dp"


def test_concurrency_settings_validation():
    cs = global_config.concurrency_settings
    assert (cs.general.read, cs.general.write, cs.general.delete) == (5, 4, 2)
    assert (cs.datapoints.read, cs.raw.write) == (5, 2)
    with pytest.raises(ValueError):
        cs.general.read = 0
    with pytest.raises(AttributeError):
        cs.general.reed = 2
    with pytest.raises(AttributeError):
        cs.nonsense  # noqa: B018
