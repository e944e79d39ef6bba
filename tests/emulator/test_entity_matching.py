"""Entity matching in the emulator: status progression of models and jobs, scripted failures, the deterministic
similarity, refit, validation errors, persistence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cognite.emulator import Emulator
from cognite.emulator.matching import score
from tests.emulator.conftest import Api

EM = "/context/entitymatching"
SOURCES = [{"id": 1, "name": "Pump 01"}, {"externalId": "s2", "name": "valve 7", "tag": "V7"}]
TARGETS = [{"id": 10, "name": "PUMP-01"}, {"id": 11, "externalId": "t11", "name": "Valve-7"}, {"id": 12, "name": "x"}]


def _matches(api: Api, **body: Any) -> list[list[tuple[Any, float]]]:
    job = api.post(EM + "/predict", **body)
    assert job["status"] == "Queued" and "items" not in job
    done = api.get(f"{EM}/jobs/{job['jobId']}")
    assert done["status"] == "Completed"
    return [[(m["target"].get("id"), m["score"]) for m in item["matches"]] for item in done["items"]]


def test_statuses_advance_per_read_and_failures_are_scripted(emu: Emulator, api: Api) -> None:
    em = emu.resource("entitymatching")
    em.running_reads = 2
    model = api.post(EM, sources=SOURCES, targets=TARGETS)
    assert [model["status"], *(api.get(f"{EM}/{model['id']}")["status"] for _ in range(4))] == [
        "Queued", "Running", "Running", "Completed", "Completed",
    ]  # fmt: skip
    job = api.post(EM + "/predict", id=model["id"])
    polls = [api.get(f"{EM}/jobs/{job['jobId']}") for _ in range(3)]
    assert [p["status"] for p in polls] == ["Running", "Running", "Completed"]
    assert polls[0]["items"] == [] and len(polls[2]["items"]) == 2
    em.running_reads, em.failure = 0, "no features"
    failing = api.post(EM, sources=SOURCES, targets=TARGETS)
    assert api.get(f"{EM}/{failing['id']}")["errorMessage"] == "no features"
    assert api.post(EM + "/predict", id=failing["id"], expect=400)["error"]["message"].endswith("no features")
    job = api.post(EM + "/predict", id=model["id"])
    assert api.get(f"{EM}/jobs/{job['jobId']}")["status"] == "Failed"


def test_predictions_follow_the_feature_type(api: Api) -> None:
    insensitive = api.post(EM, sources=SOURCES, targets=TARGETS, featureType="insensitive")
    simple = api.post(EM, sources=SOURCES, targets=TARGETS)  # featureType "simple" is case-sensitive
    assert _matches(api, id=insensitive["id"]) == [[(10, 1.0)], [(11, 1.0)]]
    assert _matches(api, id=simple["id"], numMatches=3) == [[(10, 0.5)], [(11, 0.5)]]
    assert _matches(api, id=simple["id"], scoreThreshold=0.6) == [[], []]
    assert _matches(api, id=insensitive["id"], sources=[{"name": "pump 01 x"}], numMatches=3) == [
        [(10, 0.816497), (12, 0.57735)]
    ]
    assert score({"name": "abc"}, {"name": "abd"}, [{"source": "name", "target": "name"}], "bigram") == 0.5


def test_match_fields_true_matches_and_refit(api: Api) -> None:
    fields = [{"source": "tag", "target": "name"}]
    api.post(EM, sources=SOURCES, targets=TARGETS, matchFields=fields, expect=400)  # source 1 has no "tag"
    model = api.post(EM, sources=SOURCES, targets=TARGETS, matchFields=fields, ignoreMissingFields=True)
    assert _matches(api, id=model["id"]) == [[], [(11, 0.5)]]  # "V7" shares the token "7" with "Valve-7"
    refit = api.post(
        EM + "/refit",
        id=model["id"],
        newExternalId="r",
        trueMatches=[{"sourceExternalId": "s2", "targetExternalId": "t11"}],
    )
    assert (refit["originalId"], refit["externalId"], refit["matchFields"]) == (model["id"], "r", fields)
    assert _matches(api, externalId="r") == [[], [(11, 1.0)]]
    again = api.post(EM + "/refit", externalId="r", trueMatches=[{"sourceId": 1, "targetId": 12}])
    assert _matches(api, id=again["id"]) == [[(12, 1.0)], [(11, 1.0)]]  # true matches accumulate
    assert [m["id"] for m in api.post(EM + "/list", filter={"originalId": model["id"]})["items"]] == [refit["id"]]


def test_validation_and_identity_errors(api: Api) -> None:
    api.post(EM, sources=SOURCES, targets=[], expect=400)
    api.post(EM, sources=SOURCES, targets=TARGETS, classifier="svm", expect=400)
    api.post(EM, sources=SOURCES, targets=TARGETS, externalId="m")
    assert api.post(EM, sources=SOURCES, targets=TARGETS, externalId="m", expect=409)["error"]["duplicated"] == [
        {"externalId": "m"}
    ]
    api.post(EM + "/predict", externalId="m", numMatches=101, expect=400)
    api.post(EM + "/predict", externalId="m", id=1, expect=400)
    api.post(EM + "/refit", externalId="m", trueMatches=[], expect=400)
    api.post(EM + "/byids", items=[{"externalId": "nope"}], expect=400)
    api.get(f"{EM}/jobs/123", expect=400)


def test_persistence(emu: Emulator, api: Api, tmp_path: Path) -> None:
    model = api.post(EM, sources=SOURCES, targets=TARGETS, externalId="m")
    job = api.post(EM + "/predict", id=model["id"])
    emu.save(tmp_path / "state.json")
    restored = Emulator()
    restored.load(tmp_path / "state.json")
    with restored.client() as http:
        again = Api(http)
        assert again.get(f"{EM}/jobs/{job['jobId']}")["items"] == api.get(f"{EM}/jobs/{job['jobId']}")["items"]
        assert again.post(EM + "/byids", items=[{"externalId": "m"}])["items"][0]["id"] == model["id"]


def test_fit_with_trailing_slash(api: Api) -> None:
    """The official SDK fits at /context/entitymatching/ (CDF accepts it; no redirect)."""
    reply = api.http.post(f"/api/v1/projects/test{EM}/", json={"sources": SOURCES, "targets": TARGETS})
    assert reply.status_code == 200 and reply.json()["status"] == "Queued"
