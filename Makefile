# One entry point for every job. `make install` builds .venv from nothing (python3 >= 3.10 on PATH).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
OFFICIAL_VENV := .venv-official
SPEC ?= 2026-05-07
STAMP := $(VENV)/.installed

.PHONY: install test test-fast lint format check-generated generate fetch-spec api-diff emulator \
        generate-data-classes generate-cdm-classes official-venv conformance bench bench-import demo docs ci clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip uv
	$(VENV)/bin/uv pip install --quiet --python $(PY) -e ".[all,spark,dask,dev]"
	touch $(STAMP)

## The README's test command: lint, types, and the whole suite against the emulator
## (the conformance part runs the official cognite-sdk from its own venv, so that venv is built first).
test: install official-venv fetch-spec
	$(MAKE) --no-print-directory lint
	$(PY) -m pytest -q -n 2 --dist loadfile

test-fast: install
	$(PY) -m pytest -q -x -n 2 --dist loadfile -m "not slow and not conformance"

lint: install
	$(VENV)/bin/ruff check cognite tests openapi benchmarks examples
	$(VENV)/bin/ruff format --check cognite tests openapi benchmarks examples
	$(VENV)/bin/mypy

format: install
	$(VENV)/bin/ruff check --fix cognite tests openapi benchmarks examples
	$(VENV)/bin/ruff format cognite tests openapi benchmarks examples

## Spec pipeline (issue 2)
fetch-spec: install
	$(PY) -m openapi.fetch --spec $(SPEC)

generate: install
	$(PY) -m openapi.generate
	$(PY) -m openapi.sync_facade

## only the typed fields of the data classes (cognite/client/data_classes/_generated.py), from generated/cdf_api
generate-data-classes: install
	$(PY) -m openapi.data_classes

## only the core data model's typed classes (cognite/client/data_classes/data_modeling/cdm/), from cognite/emulator/dms/cdm_v1.json
generate-cdm-classes: install
	$(PY) -m openapi.cdm_classes

check-generated: install
	$(PY) -m openapi.check_generated

api-diff: install
	$(PY) -m openapi.api_diff --from $(FROM) --to $(TO)

## Emulator (issue 3)
emulator: install
	$(PY) -m cognite.emulator --host 127.0.0.1 --port 8765

## The official cognite-sdk in its own venv: conformance suite and benchmarks run it side by side.
official-venv: $(OFFICIAL_VENV)/.installed

$(OFFICIAL_VENV)/.installed:
	test -x $(OFFICIAL_VENV)/bin/python || $(PYTHON) -m venv $(OFFICIAL_VENV)
	$(OFFICIAL_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(OFFICIAL_VENV)/bin/python -m pip install --quiet "cognite-sdk[pandas]==8.22.0" numpy
	# the typing probe checks user code against the official SDK too; pandas has no types of its own
	$(OFFICIAL_VENV)/bin/python -m pip install --quiet "pandas-stubs==3.1.0.261029"
	touch $@

conformance: install official-venv
	$(PY) -m pytest -q tests/conformance

bench: install official-venv
	$(PY) -m benchmarks.run $(BENCH_ARGS)
	$(PY) benchmarks/spark_dask.py $(SCALE_OUT_ARGS)

## Spark / Dask readers vs our SDK and the official SDK (SCALE_OUT_ARGS="--series 10 --points 200000" for a quick run)
bench-scale-out: install official-venv
	$(PY) benchmarks/spark_dask.py $(SCALE_OUT_ARGS)

## Import time of `from cognite.client import CogniteClient`, ours vs official, each in a clean throwaway venv
bench-import: install
	$(PY) -m benchmarks.import_time $(BENCH_ARGS)

demo: install
	$(PY) -m examples.run_demo

docs: install
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir build/site

ci: test check-generated docs

clean:
	rm -rf $(VENV) $(OFFICIAL_VENV) build .pytest_cache .mypy_cache .ruff_cache
