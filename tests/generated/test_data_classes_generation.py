"""The data classes' typed fields are generated from the generated models (openapi/data_classes.py + data_class_table.py)."""

from __future__ import annotations

import subprocess
import sys

import attrs
import pytest

from openapi import data_classes
from openapi.data_class_table import DATA_CLASSES, DataClass
from openapi.data_classes import class_fields, python_type


def _entry(name: str) -> DataClass:
    return next(dc for dc in DATA_CLASSES if dc.name == name)


def test_the_committed_module_is_reproduced_byte_for_byte() -> None:
    assert not data_classes.drift(), "run `make generate-data-classes`"


def test_a_hand_edit_is_drift(tmp_path, monkeypatch) -> None:
    edited = tmp_path / "_generated.py"
    edited.write_bytes(data_classes.OUTPUT.read_bytes().replace(b"external_id: str | None", b"external_id: str", 1))
    monkeypatch.setattr(data_classes, "OUTPUT", edited)
    assert data_classes.drift()


def test_a_spec_bump_reaches_the_data_classes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A field added to a generated model appears, typed, on the data class after regeneration."""
    import cdf_api.models as m

    @attrs.define
    class ExternalEvent(m.ExternalEvent):  # type: ignore[name-defined,misc]
        severity: str | None = None

    monkeypatch.setattr(m, "ExternalEvent", ExternalEvent)
    fields = {f.name: f for f in class_fields(_entry("EventWrite"))}
    assert (fields["severity"].annotation, fields["severity"].init) == ("str | None", "str | None")
    assert "        severity: str | None = None," in data_classes.render()


def test_types_are_read_from_the_models() -> None:
    assert python_type("str | Unset") == ("str", False)
    assert python_type("None | str | Unset") == ("str", True)
    assert python_type("AssetMetadata | Unset") == ("dict[str, str]", False)  # a map-only model is a dict
    assert python_type("list[int] | Unset") == ("list[int]", False)
    assert python_type("SequenceValueTypeEnum") == ("Literal['DOUBLE', 'LONG', 'STRING']", False)
    assert python_type("CogniteInstanceId | Unset") == ("dict[str, Any]", False)  # no ergonomic class: a dict
    fields = {f.name: f for f in class_fields(_entry("Asset"))}
    assert fields["id"].annotation == "int"  # required on the read model
    assert fields["external_id"].annotation == "str | None"
    assert fields["labels"].annotation == "list[Label] | None"  # the table's override
    assert fields["labels"].init.startswith("list[Label | str")
    assert [f.name for f in class_fields(_entry("Asset"))][:5] == [
        "id",
        "created_time",
        "last_updated_time",
        "root_id",
        "name",
    ]


def test_a_field_the_table_misnames_fails_the_generation() -> None:
    with pytest.raises(SystemExit, match="colour"):
        class_fields(DataClass("Asset", read="Asset", order=("colour",)))


def test_data_classes_import_no_generated_models() -> None:
    probe = "import sys, cognite.client.data_classes; print(any(m.startswith('cdf_api.models') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"


def test_type_checkers_see_every_lazily_exported_name() -> None:
    """The package resolves names lazily (PEP 562); its TYPE_CHECKING imports must name the same classes."""
    import ast
    from pathlib import Path

    import cognite.client.data_classes as dc

    tree = ast.parse(Path(dc.__file__).read_text())
    block = next(n for n in tree.body if isinstance(n, ast.If) and getattr(n.test, "id", "") == "TYPE_CHECKING")
    seen = {
        (node.module.removeprefix("cognite.client.data_classes."), alias.name)
        for node in block.body
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
        if alias.asname == alias.name  # an explicit re-export
    }
    declared = {(module, name) for module, names in dc._MODULES.items() for name in names}
    assert declared <= seen
    assert {m for m, _ in seen - declared} <= set(dc._FOREIGN_MODULES)
