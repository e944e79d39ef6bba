"""`python -m openapi.check_generated`: regenerate into a scratch dir and fail on any difference from
generated/cdf_api (or from the typed sync facade, cognite/client/_sync_api), any skipped operation, omitted response or
generator warning, or when the data classes' generated fields (cognite/client/data_classes/_generated.py) differ from a
fresh rendering, or the IAM ACL classes (cognite/client/data_classes/_capability_acls.py) or the core data model classes
(cognite/client/data_classes/data_modeling/cdm/, from cognite/emulator/dms/cdm_v1.json) do. Last line:
`generated N/M operations`.
"""

from __future__ import annotations

import filecmp
import sys
import tempfile
from pathlib import Path

from openapi import capabilities, cdm_classes, data_classes, validation_table
from openapi.generate import build
from openapi.paths import PACKAGE_DIR, PACKAGE_NAME
from openapi.pin import check_generator_version, load_pin
from openapi.sync_facade import differences as facade_differences

_IGNORED = {"__pycache__", ".ruff_cache"}


def tree_diff(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed), sorted.

    Example:
        >>> tree_diff(PACKAGE_DIR, PACKAGE_DIR)
        []
    """
    diffs: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        diffs.extend(f"only in committed: {prefix}{name}" for name in cmp.left_only if name not in _IGNORED)
        diffs.extend(f"only in regenerated: {prefix}{name}" for name in cmp.right_only if name not in _IGNORED)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        diffs.extend(f"changed: {prefix}{name}" for name in mismatch + errors)
        for name, sub in sorted(cmp.subdirs.items()):
            if name not in _IGNORED:
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(expected, actual, ignore=sorted(_IGNORED)), "")
    return sorted(diffs)


def main() -> int:
    check_generator_version(load_pin())
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / PACKAGE_NAME
        result = build(scratch)
        diffs = tree_diff(PACKAGE_DIR, scratch) if PACKAGE_DIR.exists() else [f"missing: {PACKAGE_DIR}"]
    diffs += facade_differences()
    if data_classes.drift():
        diffs.append(f"changed: {data_classes.OUTPUT.relative_to(data_classes.REPO_ROOT)}")
    if capabilities.main(["--check"]):
        diffs.append(f"changed: {capabilities.TARGET.relative_to(data_classes.REPO_ROOT)}")
    diffs += [f"changed: {path.relative_to(data_classes.REPO_ROOT)}" for path in cdm_classes.drift()]
    if validation_table.main(["--check"]):
        diffs.append(f"changed: {validation_table.OUT.relative_to(data_classes.REPO_ROOT)}")
    for line in result.skipped + result.omitted + result.warnings:
        print(f"  ! {line}")
    for line in diffs[:50]:
        print(f"  {line}")
    if len(diffs) > 50:
        print(f"  ... and {len(diffs) - 50} more")
    print(f"differences from the committed package: {len(diffs)}" + ("" if not diffs else " (run `make generate`)"))
    print(result.summary())
    return 0 if result.clean and not diffs else 1


if __name__ == "__main__":
    sys.exit(main())
