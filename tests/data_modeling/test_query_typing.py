"""Static types of instances.query / .sync / .subscribe: mypy on tests/typing_snippets/dm_query_surface.py must
report exactly the lines marked `# error:` (every `assert_type` there holds)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SNIPPET = Path(__file__).parent.parent / "typing_snippets" / "dm_query_surface.py"


@pytest.mark.slow
def test_query_surface_types() -> None:
    from mypy import api

    out, err, _ = api.run(["--no-incremental", "--hide-error-context", "--no-error-summary", str(SNIPPET)])
    assert not err, err
    reported = {int(m.group(1)) for m in re.finditer(rf"{re.escape(SNIPPET.name)}:(\d+): error", out)}
    expected = {i for i, line in enumerate(SNIPPET.read_text().splitlines(), 1) if "# error:" in line}
    assert expected, "the snippet marks the calls that must not type-check"
    assert reported == expected, out
