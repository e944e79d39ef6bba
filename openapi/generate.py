"""`python -m openapi.generate`: pinned spec -> normalised spec -> generated/cdf_api (byte-for-byte reproducible).

Steps: make sure the pinned snapshot is in openapi/specs (fetching offline if needed), normalise it into
openapi/.work/, run openapi-python-client with our templates into a scratch dir, add cdf_api/operations.py and the
compiled protobufs, run ruff (no cache), and replace generated/cdf_api with the result; then render the typed fields of
the ergonomic data classes from it (`python -m openapi.data_classes`, which also runs alone), the IAM ACL classes
and the core data model's typed classes (`python -m openapi.cdm_classes`, from the emulator's core model).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi import capabilities, cdm_classes, data_classes, fetch, validation_table
from openapi.normalise import Step, format_report, normalise
from openapi.normalise.walk import operations
from openapi.operation_facts import operation_facts_module
from openapi.paths import CONFIG_FILE, PACKAGE_DIR, PACKAGE_NAME, TEMPLATES_DIR, WORK_DIR
from openapi.pin import Pin, check_generator_version, load_pin
from openapi.protobuf import compile_protos
from openapi.render import ENV_FILTERS, env_globals, operations_module


@dataclass
class Result:
    total: int  # operations in the spec
    generated: int  # endpoint modules written
    skipped: list[str] = field(default_factory=list)  # operations the generator dropped
    omitted: list[str] = field(default_factory=list)  # responses the generator could not type
    warnings: list[str] = field(default_factory=list)  # every other generator message
    report: list[Step] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.skipped or self.omitted or self.warnings) and self.generated == self.total

    def summary(self) -> str:
        return (
            f"skipped operations: {len(self.skipped)}, omitted responses: {len(self.omitted)}, "
            f"generator warnings: {len(self.warnings)}\ngenerated {self.generated}/{self.total} operations"
        )


def normalised_spec(pin: Pin, spec_date: str | None = None) -> tuple[dict[str, Any], list[Step]]:
    """Load the snapshot (fetching it if absent), normalise it and keep the intermediate in openapi/.work/."""
    raw = json.loads(fetch.ensure(spec_date or pin.snapshot).read_text())
    spec, report = normalise(raw)
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    (WORK_DIR / f"cdf-v1-{spec_date or pin.snapshot}.normalised.json").write_text(json.dumps(spec, indent=1))
    return spec, report


def _run_generator(spec: dict[str, Any], out_dir: Path, pin: Pin) -> list[Any]:
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG_FILE), MetaType.NONE, "normalised spec", "utf-8", True, out_dir
    )
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, GeneratorError):
        raise SystemExit(f"generator rejected the spec: {data.header}: {data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES_DIR)
    project.env.filters.update(ENV_FILTERS)
    project.env.globals.update(env_globals(spec, pin))
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):  # "Generating <dir>"
        return list(project.build())


def _classify(errors: list[Any], result: Result) -> None:
    for error in errors:
        text = f"{error.header or ''} {error.detail or ''}".strip().replace("\n", " ")
        if "Endpoint will not be generated" in (error.header or ""):
            result.skipped.append(text)
        elif "response will be omitted" in (error.detail or ""):
            result.omitted.append(text)
        else:
            result.warnings.append(text)


def ruff(paths: list[Path]) -> None:
    """Fix (unused imports, import order) and format the generated code; no cache so nothing lands in the package."""
    exe = Path(sys.executable).with_name("ruff")
    ruff_cmd = [str(exe) if exe.exists() else "ruff"]
    common = ["--no-cache", "--isolated", "--line-length", "120"]
    targets = [str(p) for p in paths]
    subprocess.run([*ruff_cmd, "check", *common, "--fix-only", "--select", "F401,I", "--quiet", *targets], check=True)
    subprocess.run([*ruff_cmd, "format", *common, "--quiet", *targets], check=True)


def build(out_dir: Path, spec_date: str | None = None) -> Result:
    """Generate the complete package into `out_dir` (which must not exist) and return what happened."""
    pin = load_pin()
    spec, report = normalised_spec(pin, spec_date)
    errors = _run_generator(spec, out_dir, pin)
    result = Result(total=sum(1 for _ in operations(spec)), generated=0, report=report)
    _classify(errors, result)
    result.generated = sum(1 for p in (out_dir / "api").rglob("*.py") if p.name != "__init__.py")
    (out_dir / "operations.py").write_text(operations_module(spec))
    (out_dir / "operation_facts.py").write_text(operation_facts_module(spec))
    compile_protos(out_dir / "protobuf")
    ruff([out_dir])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", help="snapshot date (default: the pinned one)")
    parser.add_argument("--out", type=Path, default=PACKAGE_DIR, help="package directory to replace")
    args = parser.parse_args(argv)
    check_generator_version(load_pin())
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / PACKAGE_NAME
        result = build(scratch, args.spec)
        print(format_report(result.report))
        for line in result.skipped + result.omitted + result.warnings:
            print(f"  ! {line}")
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(scratch, args.out)
    if args.out == PACKAGE_DIR:
        data_classes.main([])
        capabilities.main([])  # the IAM ACL classes of the ergonomic layer come from the same spec
        cdm_classes.main([])  # the core data model's typed classes, from the core model the emulator holds
        validation_table.main([])  # the constraints checked before sending (cognite/client/_validation/)
    print(result.summary())
    return 0 if result.clean else 1


if __name__ == "__main__":
    sys.exit(main())
