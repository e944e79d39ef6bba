"""Records what mypy and pyright reveal for each probe expression against the official SDK (`.venv-official`).

    .venv/bin/python tests/typing/record_official.py

Writes `official_types.json`, the expectation of `test_probe.py`. pandas ships no type information, so the
same pandas-stubs as our dev extras is put into the official venv first (for mypy; a user checking pandas code
has it too). Fails if the official SDK does not flag every deliberate mistake or reports any other error.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

from _checkers import CHECKERS, OFFICIAL_PY, OFFICIAL_TYPES, PROBES, RUNNERS, by_key, markers


def main() -> None:
    stubs = f"pandas-stubs=={version('pandas-stubs')}"
    subprocess.run(
        [sys.executable, "-m", "uv", "pip", "install", "-q", "--python", str(OFFICIAL_PY), stubs], check=True
    )
    official_version = subprocess.run(
        [str(OFFICIAL_PY), "-c", "import importlib.metadata as m; print(m.version('cognite-sdk'))"],
        cwd="/tmp",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    record: dict[str, object] = {"cognite-sdk": official_version}
    with tempfile.TemporaryDirectory() as tmp:
        for checker in CHECKERS:
            reports = RUNNERS[checker](str(OFFICIAL_PY), Path(tmp) / checker)
            for name, rep in reports.items():
                mistakes = markers(PROBES[name]).mistakes
                missed = [key for line, key in mistakes.items() if line not in rep.errors]
                others = {line: msgs for line, msgs in rep.errors.items() if line not in mistakes}
                if missed or others:
                    raise SystemExit(f"{checker} on official, {name}: unflagged {missed}, other errors {others}")
            record[checker] = by_key(reports)
    OFFICIAL_TYPES.write_text(json.dumps(record, indent=2) + "\n")
    print(f"wrote {OFFICIAL_TYPES}")


if __name__ == "__main__":
    main()
