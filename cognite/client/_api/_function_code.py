"""A function's code as the zip CDF runs: from a folder, or from a ``handle`` function object (its source).

Checked before anything is uploaded: ``function_path`` is a Python file of the folder defining a top-level ``handle``
whose arguments are among ``data``, ``client``, ``secrets``, ``function_call_info``; unless skipped, the module is
imported in a separate Python process (so an import error shows now, not at the first call). A handle's
``[requirements]`` ... ``[/requirements]`` docstring block becomes the zip's ``requirements.txt``.
"""

from __future__ import annotations

import ast
import inspect
import io
import os
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path

HANDLER_FILE_NAME = "handler.py"
ALLOWED_HANDLE_ARGS = frozenset({"data", "client", "secrets", "function_call_info"})


def _handle_node(source: str) -> ast.FunctionDef | ast.Assign | ast.AnnAssign | None:
    """The last top-level ``handle`` (a def or an assignment) of a module's source."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in reversed(tree.body):
        if isinstance(node, ast.FunctionDef) and node.name == "handle":
            return node
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["handle"]:
            return node
        if isinstance(node, ast.AnnAssign) and node.value is not None and getattr(node.target, "id", None) == "handle":
            return node
    return None


def check_handle(handle: Callable[..., object] | ast.FunctionDef | ast.Assign | ast.AnnAssign) -> None:
    """TypeError unless `handle` is named ``handle`` and takes only the arguments CDF passes."""
    if isinstance(handle, ast.FunctionDef):
        name, args = handle.name, {a.arg for a in handle.args.args}
    elif isinstance(handle, (ast.Assign, ast.AnnAssign)):
        name, args = "handle", set()  # a callable bound to the name: checked when called
    elif callable(handle):
        name, args = getattr(handle, "__name__", ""), set(inspect.signature(handle).parameters)
    else:
        raise TypeError(f"function_handle must be a function named 'handle', got {type(handle).__name__}")
    if name != "handle":
        raise TypeError(f"Function is named '{name}' but must be named 'handle'.")
    if not args <= ALLOWED_HANDLE_ARGS:
        raise TypeError(f"Arguments {sorted(args)} of handle must be a subset of {sorted(ALLOWED_HANDLE_ARGS)}.")


def check_folder(folder: str, function_path: str, skip_import_check: bool) -> None:
    """The checks of a folder-based function (see the module docstring)."""
    if not isinstance(function_path, str) or not function_path.endswith(".py"):
        raise TypeError(f"{function_path} must be a Python file.")
    file_path = Path(folder, function_path)
    if not file_path.is_file():
        raise FileNotFoundError(f"No file found at '{file_path}'.")
    node = _handle_node(file_path.read_text())
    if node is None:
        raise TypeError(f"{function_path} must contain a function named 'handle'.")
    check_handle(node)
    if not skip_import_check:
        module = ".".join(Path(function_path).with_suffix("").parts)
        code = f"import sys; sys.path.insert(0, {str(Path(folder).resolve())!r}); import {module}"
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
            raise ImportError(f"Importing {function_path} from {folder} failed: {last}")


def zip_folder(folder: str) -> bytes:
    """The folder's files as a zip, paths relative to the folder."""
    buffer = io.BytesIO()
    root = Path(folder)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, strict_timestamps=False) as zf:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for filename in sorted(filenames):
                path = Path(dirpath, filename)
                zf.write(path, arcname=path.relative_to(root).as_posix())
    return buffer.getvalue()


def docstring_requirements(handle: Callable[..., object]) -> list[str]:
    """The lines between ``[requirements]`` and ``[/requirements]`` of the handle's docstring (validated)."""
    doc = inspect.getdoc(handle) or ""
    start, end = doc.find("[requirements]"), doc.find("[/requirements]")
    if start < 0 or end < start:
        return []
    lines = [line.strip() for line in doc[start + len("[requirements]") : end].splitlines()]
    requirements = [line for line in lines if line and not line.startswith("#")]
    try:
        from packaging.requirements import InvalidRequirement, Requirement
    except ImportError:  # packaging is not installed: CDF validates them at deploy
        return requirements
    for line in requirements:
        try:
            Requirement(line)
        except InvalidRequirement as err:
            raise ValueError(f"Invalid requirement {line!r} in the docstring of handle: {err}") from None
    return requirements


def zip_handle(handle: Callable[..., object]) -> bytes:
    """A zip with the handle's source as ``handler.py`` (and its docstring requirements as requirements.txt)."""
    check_handle(handle)
    source = textwrap.dedent(inspect.getsource(handle))
    requirements = docstring_requirements(handle)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(HANDLER_FILE_NAME, source)
        if requirements:
            zf.writestr("requirements.txt", "".join(f"{r}\n" for r in requirements))
    return buffer.getvalue()
