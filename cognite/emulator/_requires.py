"""The emulator's dependencies are an extra: name it when one is missing, rather than a bare ModuleNotFoundError."""

import importlib.util

DEPENDENCIES = ("numpy", "orjson", "starlette", "uvicorn", "graphql")
INSTALL_HINT = 'pip install "cognite-sdk-fast[emulator]"'


def missing_dependency() -> str | None:
    """The first emulator dependency that is not installed (None: all are)."""
    for dependency in DEPENDENCIES:
        if importlib.util.find_spec(dependency) is None:
            return dependency
    return None


def message(dependency: str) -> str:
    return f"The CDF emulator needs {dependency!r}, which is not installed. Install the emulator extra: {INSTALL_HINT}"


_missing = missing_dependency()
if _missing is not None:  # pragma: no cover - depends on the install
    raise ModuleNotFoundError(message(_missing), name=_missing)
