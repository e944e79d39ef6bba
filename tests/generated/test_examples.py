"""Every example in the spec parses with the generated model's from_dict and round-trips through to_dict.

Examples that belong to a union or a primitive alias have no model class: those are counted, not skipped silently
(see test_examples_without_a_model_are_unions_or_scalars). The spec's own bad examples are listed with a reason.
"""

from __future__ import annotations

import enum
from typing import Any

import cdf_api.models as models
import pytest
from openapi_python_client.strings import ClassName

from tests.generated.spec_examples import Example, nested_examples, normalised_spec, spec_examples

SCALARS = ("string", "integer", "number", "boolean", "array")

# The spec's own bad examples: each fails for the reason given, verified by test_allowlist_entries_still_fail.
BAD_EXAMPLES: dict[str, tuple[type[Exception], str]] = {
    "schema:EnumProperty#0": (KeyError, "the data-modeling enum property example omits its required `type: enum`"),
    "schema:DocumentPassagesSearchItem#0": (KeyError, "omits the required `sourceFile` (it shows an older shape)"),
    "schema:UnitSystemReference#0": (ValueError, "is the prose 'Default, SI, Imperial', not a {unitSystemName} object"),
    "getFunctionCallResponse response 200 Function response example": (
        KeyError,
        "shows only the `response` payload; `FunctionCallResponse` requires `functionId` and `callId`",
    ),
    "schema:PrimitiveProperty.unit#0": (ValueError, "is the prose 'externalId: temperature:deg_c, sourceUnit: ...'"),
}

EXAMPLES = spec_examples()
NESTED = nested_examples(models)


def _target(example: Example) -> Any:
    return getattr(models, example.class_name, None)


MODEL_EXAMPLES = [e for e in EXAMPLES + NESTED if hasattr(_target(e), "from_dict")]
ENUM_EXAMPLES = [e for e in EXAMPLES if isinstance(_target(e), type) and issubclass(_target(e), enum.Enum)]


def _round_trip(example: Example) -> Any:
    return _target(example).from_dict(example.value).to_dict()


def test_the_spec_has_examples_for_models() -> None:
    assert len(MODEL_EXAMPLES) >= 250  # 204 top-level + 47 nested in the 2026-05-07 snapshot
    assert len(NESTED) >= 45


@pytest.mark.parametrize("example", [e for e in MODEL_EXAMPLES if e.label not in BAD_EXAMPLES], ids=lambda e: e.label)
def test_example_round_trips(example: Example) -> None:
    assert _round_trip(example) == example.value


@pytest.mark.parametrize("label", sorted(BAD_EXAMPLES))
def test_allowlist_entries_still_fail(label: str) -> None:
    (example,) = [e for e in MODEL_EXAMPLES if e.label == label]
    with pytest.raises(BAD_EXAMPLES[label][0]):
        _round_trip(example)


@pytest.mark.parametrize("example", ENUM_EXAMPLES, ids=lambda e: e.label)
def test_enum_examples_are_members(example: Example) -> None:
    member = _target(example)(example.value)
    assert member.value == example.value


def test_examples_without_a_model_are_unions_or_scalars() -> None:
    schemas = normalised_spec()["components"]["schemas"]
    by_class = {str(ClassName(name, "")): schema for name, schema in schemas.items()}

    def modelless(schema: dict[str, Any]) -> bool:
        if any(k in schema for k in ("oneOf", "anyOf")) or schema.get("type") in SCALARS:
            return True
        members = schema.get("allOf") or []
        return len(members) == 1 and modelless(schemas[members[0]["$ref"].rsplit("/", 1)[-1]])

    without = [e for e in EXAMPLES if _target(e) is None]
    assert without, "expected examples of unions / scalar aliases in the spec"
    for example in without:
        assert modelless(by_class[example.class_name]), example.label
