"""One local[2] Spark session per test module (a session start costs ~5-30 s); skipped only when Java is missing."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.scale_out.served import SECRET, SECRET_ENV

JAVA = shutil.which("java") or (
    os.environ.get("JAVA_HOME") and shutil.which(os.path.join(os.environ["JAVA_HOME"], "bin", "java"))
)

pytestmark = pytest.mark.spark


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/spark/" in str(item.fspath):
            item.add_marker(pytest.mark.spark)
            if not JAVA:
                item.add_marker(pytest.mark.skip(reason="Spark needs Java (no `java` on PATH or in JAVA_HOME)"))


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    from cognite.client.scale_out.spark import register

    # Python workers are started by the JVM with this process' environment: the interpreter, our import path and
    # the secret's environment variable (a cluster sets it on its executors; the plan only names it).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ[SECRET_ENV] = SECRET
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("cognite-scale-out-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.python.filterPushdown.enabled", "true")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    register(session)
    yield session
    session.stop()
