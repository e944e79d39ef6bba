"""Compile the datapoint .proto files into `cdf_api/protobuf/` with package-relative imports."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openapi.paths import PROTO_DIR

# protoc emits `import data_points_pb2 as ...`, which only works with the output dir on sys.path.
_ABSOLUTE_IMPORT = re.compile(r"^import (\w+_pb2) as ", re.MULTILINE)

INIT_TEXT = '"""Compiled CDF datapoint protobuf messages (from cognitedata/protobuf-files, v1/timeseries)."""\n'


def compile_protos(out_dir: Path, proto_dir: Path = PROTO_DIR) -> list[Path]:
    """Compile every .proto in `proto_dir` into `out_dir` (replaced), returning the written modules."""
    protos = sorted(proto_dir.glob("*.proto"))
    if not protos:
        raise SystemExit(f"no .proto files in {proto_dir}")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "grpc_tools.protoc", f"-I{proto_dir}", f"--python_out={tmp}"]
        subprocess.run([*cmd, *(p.name for p in protos)], check=True)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        out_dir.mkdir(parents=True)
        written = []
        for src in sorted(Path(tmp).glob("*_pb2.py")):
            text = _ABSOLUTE_IMPORT.sub(r"from . import \1 as ", src.read_text())
            # The dependency import registers its descriptors: used for its side effect, so keep it from ruff.
            text = re.sub(r"^(from \. import \w+_pb2 as \w+)$", r"\1  # noqa: F401", text, flags=re.MULTILINE)
            dst = out_dir / src.name
            dst.write_text(text)
            written.append(dst)
    (out_dir / "__init__.py").write_text(INIT_TEXT)
    return written


if __name__ == "__main__":
    from openapi.paths import PACKAGE_DIR

    for path in compile_protos(PACKAGE_DIR / "protobuf"):
        print(path)
