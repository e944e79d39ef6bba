"""Where the pipeline reads and writes: every path resolved relative to the repository."""

from __future__ import annotations

import os
from pathlib import Path

OPENAPI_DIR = Path(__file__).resolve().parent
REPO_ROOT = OPENAPI_DIR.parent


def _shared_openapi() -> Path:
    """The offline snapshots (+ SHA256SUMS + proto/): $CDF_SHARED_OPENAPI, else `shared/openapi` beside the repository
    or beside any of its parents (a clean clone may sit deeper than the working checkout), else /work/shared/openapi."""
    if os.environ.get("CDF_SHARED_OPENAPI"):
        return Path(os.environ["CDF_SHARED_OPENAPI"]).resolve()
    for parent in REPO_ROOT.parents:
        candidate = parent / "shared" / "openapi"
        if (candidate / "SHA256SUMS").exists():
            return candidate
    return Path("/work/shared/openapi")


SHARED_OPENAPI = _shared_openapi()
PROTO_DIR = SHARED_OPENAPI / "proto"
SPECS_DIR = OPENAPI_DIR / "specs"  # fetched snapshots (gitignored)
WORK_DIR = OPENAPI_DIR / ".work"  # normalised intermediates (gitignored)
TEMPLATES_DIR = REPO_ROOT / "templates"
GENERATED_DIR = REPO_ROOT / "generated"
PACKAGE_NAME = "cdf_api"
PACKAGE_DIR = GENERATED_DIR / PACKAGE_NAME
CONFIG_FILE = OPENAPI_DIR / "generator-config.yaml"
PIN_FILE = OPENAPI_DIR / "pin.json"
