"""The emulator's dependencies are an extra: name it when one is missing, rather than a bare ModuleNotFoundError."""

import importlib.util

for _dependency in ("numpy", "orjson", "starlette", "uvicorn", "graphql"):
    if importlib.util.find_spec(_dependency) is None:  # pragma: no cover - depends on the install
        raise ModuleNotFoundError(
            f"The CDF emulator needs {_dependency!r}, which is not installed. Install the emulator extra: "
            "pip install 'cognite-sdk-fast[emulator]'",
            name=_dependency,
        )
