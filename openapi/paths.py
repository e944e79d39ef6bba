"""Where the pipeline reads and writes: every path resolved relative to the repository."""

from __future__ import annotations

from pathlib import Path

OPENAPI_DIR = Path(__file__).resolve().parent
REPO_ROOT = OPENAPI_DIR.parent
SHARED_OPENAPI = (REPO_ROOT / ".." / "shared" / "openapi").resolve()  # offline snapshots + SHA256SUMS + proto/
PROTO_DIR = SHARED_OPENAPI / "proto"
SPECS_DIR = OPENAPI_DIR / "specs"  # fetched snapshots (gitignored)
WORK_DIR = OPENAPI_DIR / ".work"  # normalised intermediates (gitignored)
TEMPLATES_DIR = REPO_ROOT / "templates"
GENERATED_DIR = REPO_ROOT / "generated"
PACKAGE_NAME = "cdf_api"
PACKAGE_DIR = GENERATED_DIR / PACKAGE_NAME
CONFIG_FILE = OPENAPI_DIR / "generator-config.yaml"
PIN_FILE = OPENAPI_DIR / "pin.json"
