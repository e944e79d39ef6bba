"""Data classes: fields and patch shapes derived from the generated models; dump/load, pandas, list helpers."""

from __future__ import annotations

import attrs
import pytest

from cognite.client.data_classes import (
    Asset,
    AssetFilter,
    AssetList,
    AssetUpdate,
    AssetWrite,
    Event,
    EventUpdate,
    FileMetadataUpdate,
    Label,
    LabelDefinition,
    LabelFilter,
    RelationshipUpdate,
    SequenceRows,
    TimeSeries,
    TimeSeriesUpdate,
    _spec,
)


def generated_names(model: str) -> set[str]:
    import cdf_api.models as m

    return {f.name.rstrip("_") for f in attrs.fields(getattr(m, model)) if f.name != "additional_properties"}


@pytest.mark.parametrize(
    ("cls", "models"),
    [
        (Asset, ["Asset", "DataExternalAssetItem"]),
        (AssetWrite, ["DataExternalAssetItem"]),
        (Event, ["Event", "ExternalEvent"]),
        (TimeSeries, ["GetTimeSeriesMetadataDTO", "PostTimeSeriesMetadataDTO"]),
    ],
)
def test_fields_are_the_generated_models_fields(cls: type, models: list[str]) -> None:
    assert set(cls._field_names()) == set().union(*(generated_names(m) for m in models))


def test_patch_kinds_come_from_the_patch_schema() -> None:
    kinds = _spec.patch_kinds("AssetPatch")
    assert kinds["name"] == "single_required"  # name can be set, never removed
    assert kinds["description"] == "single"
    assert kinds["metadata"] == "object"
    assert kinds["labels"] == "labels"
    assert _spec.patch_kinds("EventPatch")["asset_ids"] == "list"
    assert set(kinds) == {f.name for f in _spec.fields(_spec.nested_model("AssetPatch", "update"))}


def test_update_builder_dumps_every_operation() -> None:
    upd = (
        AssetUpdate(external_id="a")
        .name.set("x")
        .description.set(None)
        .metadata.add({"k": "v"})
        .metadata.remove(["old"])
        .labels.add(["PUMP", Label("L2")])
        .labels.remove("VALVE")
        .external_id.set("b")
    )
    assert upd.dump() == {
        "externalId": "a",
        "update": {
            "name": {"set": "x"},
            "description": {"setNull": True},
            "metadata": {"add": {"k": "v"}, "remove": ["old"]},
            "labels": {"add": [{"externalId": "PUMP"}, {"externalId": "L2"}], "remove": [{"externalId": "VALVE"}]},
            "externalId": {"set": "b"},
        },
    }
    assert EventUpdate(id=1).asset_ids.set([1, 2]).dump() == {"id": 1, "update": {"assetIds": {"set": [1, 2]}}}
    assert AssetUpdate(id=1).metadata.set(None).dump()["update"] == {"metadata": {"set": {}}}
    assert TimeSeriesUpdate(instance_id={"space": "s", "externalId": "x"}).unit.set("m").dump() == {
        "instanceId": {"space": "s", "externalId": "x"},
        "update": {"unit": {"set": "m"}},
    }


def test_update_builder_validates() -> None:
    with pytest.raises(ValueError, match="cannot be set to None"):
        AssetUpdate(id=1).name.set(None)
    with pytest.raises(AttributeError, match="has no attribute 'colour'"):
        AssetUpdate(id=1).colour  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ValueError, match="exactly one"):
        AssetUpdate(id=1, external_id="a")
    with pytest.raises(TypeError, match="unexpected keyword argument 'id'"):
        RelationshipUpdate(id=1)  # type: ignore[call-arg]
    assert FileMetadataUpdate(id=1).labels.set(None).dump()["update"] == {"labels": {"set": []}}


def test_replace_mode_clears_what_the_object_leaves_unset() -> None:
    """Same body the peer SDK sends for create_hierarchy(upsert_mode="replace") (see the wire reference)."""
    body = AssetUpdate.from_resource(Asset(external_id="root", name="root"), mode="replace").dump()
    assert body == {
        "externalId": "root",
        "update": {
            "name": {"set": "root"},
            "description": {"setNull": True},
            "dataSetId": {"setNull": True},
            "metadata": {"set": {}},
            "source": {"setNull": True},
            "labels": {"set": []},
            "geoLocation": {"setNull": True},
        },
    }
    patch = AssetUpdate.from_resource(Asset(id=3, metadata={"a": "1"}, labels=["L"]), mode="patch").dump()
    assert patch == {"id": 3, "update": {"metadata": {"add": {"a": "1"}}, "labels": {"add": [{"externalId": "L"}]}}}


def test_dump_load_round_trip_keeps_unknown_fields() -> None:
    wire = {
        "id": 1,
        "externalId": "a",
        "name": "pump",
        "rootId": 1,
        "createdTime": 0,
        "lastUpdatedTime": 0,
        "labels": [{"externalId": "L"}],
        "metadata": {"camelKey": "v"},
        "someFutureField": {"x": 1},
    }
    asset = Asset.load(wire)
    assert asset.external_id == "a" and asset.labels == [Label("L")]
    assert asset.metadata == {"camelKey": "v"}  # metadata keys are data, never re-cased
    assert asset.dump() == wire
    assert asset.dump(camel_case=False)["external_id"] == "a"
    assert Asset.load(asset.dump(camel_case=False)) == asset
    assert asset.as_write().dump() == {
        "externalId": "a",
        "name": "pump",
        "labels": [{"externalId": "L"}],
        "metadata": {"camelKey": "v"},
    }
    assert isinstance(asset.as_write(), AssetWrite)


def test_constructor_rejects_unknown_arguments() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'nmae'"):
        Asset(nmae="typo")  # type: ignore[call-arg]
    assert LabelDefinition(external_id="L", name="L").as_write().dump() == {"externalId": "L", "name": "L"}


def test_filters_and_label_filter() -> None:
    assert AssetFilter.load({"parent_ids": [1], "labels": {"containsAny": [{"externalId": "A"}]}}).dump() == {
        "parentIds": [1],
        "labels": {"containsAny": [{"externalId": "A"}]},
    }
    assert LabelFilter(contains_all=["A", Label("B")]).dump() == {
        "containsAll": [{"externalId": "A"}, {"externalId": "B"}]
    }
    with pytest.raises(ValueError, match="only one"):
        LabelFilter(contains_any=["A"], contains_all=["B"])


def test_list_helpers_and_pandas() -> None:
    assets = AssetList([Asset(id=1, external_id="a", name="x", metadata={"k": "v"}), Asset(id=2, external_id="b")])
    assert assets.get(id=2).external_id == "b"
    assert assets.get(external_id="a").id == 1
    assert assets.get(id=99) is None
    assert assets.as_ids() == [1, 2] and assets.as_external_ids() == ["a", "b"]
    assert isinstance(assets[:1], AssetList) and len(assets[:1]) == 1
    df = assets.to_pandas(expand_metadata=True)
    assert list(df["metadata.k"])[0] == "v"
    assert "<table" in assets._repr_html_()
    single = assets[0].to_pandas(expand_metadata=True)
    assert single.loc["metadata.k", "value"] == "v"
    with pytest.raises(ValueError, match="no id"):
        AssetList([Asset(name="no id")]).as_ids()
    with pytest.raises(TypeError, match="holds Asset"):
        AssetList([Event()])


def test_sequence_rows() -> None:
    rows = SequenceRows(rows=[{"rowNumber": 1, "values": ["a", 1.0]}, (5, ["b", 2.0])], columns=["s", "x"], id=7)
    assert rows[5] == ["b", 2.0]
    assert dict(rows.items()) == {1: ["a", 1.0], 5: ["b", 2.0]}
    assert rows.get_column("x") == [1.0, 2.0]
    df = rows.to_pandas()
    assert list(df.index) == [1, 5] and list(df.columns) == ["s", "x"]
    with pytest.raises(KeyError):
        rows[2]  # noqa: B018


def test_copy_and_pickle_keep_data_not_client() -> None:
    import copy
    import pickle

    client = object()
    asset = Asset.load({"id": 1, "name": "a", "metadata": {"k": "v"}}, cognite_client=client)
    clone = copy.deepcopy(asset)
    assert clone == asset and clone._cognite_client is client
    clone.metadata["k"] = "changed"
    assert asset.metadata == {"k": "v"}
    restored = pickle.loads(pickle.dumps(asset))
    assert restored == asset and restored._cognite_client is None


def test_every_data_class_resolves_its_generated_models() -> None:
    """A rename in the generated layer (normalisation rules, spec bump) fails here, not in users' hands."""
    import cognite.client.data_classes as dc
    from cognite.client.data_classes._base import CogniteObject
    from cognite.client.data_classes._update import CogniteUpdate

    checked = 0
    for name in dc.__all__:
        cls = getattr(dc, name)
        if isinstance(cls, type) and issubclass(cls, CogniteObject) and cls._FIELDS:
            assert cls._field_names(), name
            checked += 1
        if isinstance(cls, type) and issubclass(cls, CogniteUpdate) and cls is not CogniteUpdate:
            assert cls._kinds(), name
            checked += 1
    assert checked >= 50


def test_list_lookup_follows_mutation() -> None:
    assets = AssetList([Asset(id=1, external_id="a")])
    assert assets.get(id=2) is None
    assets.append(Asset(id=2, external_id="b"))
    assert assets.get(id=2).external_id == "b"
    assets[0] = Asset(id=3, external_id="a")
    assert assets.get(external_id="a").id == 3
