"""Offline validation of an asset hierarchy before ``assets.create_hierarchy`` (CDF is never queried)."""

from __future__ import annotations

import io
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cognite.client.exceptions import CogniteAssetHierarchyError

if TYPE_CHECKING:
    from cognite.client.data_classes.assets import Asset, AssetList, AssetWrite

_ISSUES = ("invalid", "orphans", "unsure_parents", "duplicates", "cycles")


class AssetHierarchy:
    """Validate assets meant for ``create_hierarchy``: invalid, duplicates, unsure_parents, orphans and cycles.

    Args:
        assets: The assets (``Asset`` or ``AssetWrite``).
        ignore_orphans: Treat assets whose ``parent_external_id`` is not among ``assets`` as valid (their parent
            is expected to exist in CDF already).

    Example:
        >>> from cognite.client.data_classes import Asset, AssetHierarchy
        >>> h = AssetHierarchy([Asset(external_id="r", name="r"), Asset(external_id="c", name="c", parent_external_id="r")])
        >>> h.is_valid()
        True
    """

    def __init__(self, assets: Sequence[Asset | AssetWrite] | AssetList, ignore_orphans: bool = False) -> None:
        self._assets: list[Any] = list(assets)
        self._ignore_orphans = ignore_orphans
        self._roots: list[Any] | None = None
        self._invalid: list[Any] | None = None
        self._orphans: list[Any] | None = None
        self._unsure_parents: list[Any] | None = None
        self._duplicates: dict[str, list[Any]] | None = None
        self._cycles: list[list[str]] | None = None

    def __len__(self) -> int:
        return len(self._assets)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._assets)

    # -- public issue views (validate on first access) ---------------------------------------------------------
    @property
    def roots(self) -> list[Any]:
        """Assets without parent (orphans inserted as roots are included when ``ignore_orphans``)."""
        self._ensure_validated()
        return list(self._roots or [])

    @property
    def invalid(self) -> list[Any]:
        """Assets without external_id, or with a missing/empty name."""
        self._ensure_validated()
        return list(self._invalid or [])

    @property
    def orphans(self) -> list[Any]:
        """Assets whose ``parent_external_id`` is not among the given assets."""
        self._ensure_validated()
        return list(self._orphans or [])

    @property
    def unsure_parents(self) -> list[Any]:
        """Assets with both ``parent_id`` and ``parent_external_id`` set."""
        self._ensure_validated()
        return list(self._unsure_parents or [])

    @property
    def duplicates(self) -> dict[str, list[Any]]:
        """External id -> all assets that use it (only ids used more than once)."""
        self._ensure_validated()
        return dict(self._duplicates or {})

    @property
    def cycles(self) -> list[list[str]]:
        """External ids forming parent cycles (only searched when there are no other issues)."""
        self._ensure_validated()
        return [list(c) for c in self._cycles or []]

    def _ensure_validated(self) -> None:
        if self._invalid is None:
            self.validate(on_error="ignore")

    # -- validation --------------------------------------------------------------------------------------------
    def is_valid(self, on_error: Literal["ignore", "warn", "raise"] = "ignore") -> bool:
        """True when the hierarchy has no issues.

        Example:
            >>> from cognite.client.data_classes import Asset, AssetHierarchy
            >>> AssetHierarchy([Asset(external_id="a", name="a", parent_external_id="a")]).is_valid()
            False
        """
        self.validate(on_error=on_error)
        return not self._issue_counts()

    def validate(self, verbose: bool = False, on_error: Literal["ignore", "warn", "raise"] = "raise") -> AssetHierarchy:
        """Find every issue; raise ``CogniteAssetHierarchyError`` (or warn / ignore) if there are any.

        Example:
            >>> from cognite.client.data_classes import Asset, AssetHierarchy
            >>> len(AssetHierarchy([Asset(external_id="a", name="a")]).validate().roots)
            1
        """
        if on_error not in ("ignore", "warn", "raise"):
            raise ValueError(f"on_error must be 'ignore', 'warn' or 'raise', not {on_error!r}")
        self._find_basic_issues()
        basic_ok = not (
            self._invalid or self._unsure_parents or self._duplicates or (self._orphans and not self._ignore_orphans)
        )
        self._cycles = self._find_cycles() if basic_ok else []
        counts = self._issue_counts()
        if verbose:
            self._report(sys.stdout)
        if counts:
            msg = "Unable to run create_hierarchy: issue(s): " + ", ".join(f"{n} {k}" for k, n in counts.items())
            if on_error == "raise":
                raise CogniteAssetHierarchyError(msg, self)
            if on_error == "warn":
                import warnings

                warnings.warn(msg, stacklevel=2)
        return self

    def validate_and_report(self, output_file: Path | str | None = None) -> AssetHierarchy:
        """Validate and write a readable report (to ``output_file`` or the terminal).

        Example:
            >>> from cognite.client.data_classes import Asset, AssetHierarchy
            >>> _ = AssetHierarchy([Asset(name="no xid")]).validate_and_report()  # doctest: +ELLIPSIS
            Asset hierarchy report...
        """
        self.validate(on_error="ignore")
        if output_file is None:
            self._report(sys.stdout)
        else:
            buf = io.StringIO()
            self._report(buf)
            Path(output_file).write_text(buf.getvalue(), encoding="utf-8")
        return self

    def _issue_counts(self) -> dict[str, int]:
        counts = {
            "invalid": len(self._invalid or []),
            "orphans": 0 if self._ignore_orphans else len(self._orphans or []),
            "unsure_parents": len(self._unsure_parents or []),
            "duplicates": len(self._duplicates or {}),
            "cycles": len(self._cycles or []),
        }
        return {k: v for k, v in counts.items() if v}

    def _find_basic_issues(self) -> None:
        invalid, unsure, orphans, roots = [], [], [], []
        xid_count = Counter(a.external_id for a in self._assets if a.external_id is not None)
        duplicates: dict[str, list[Any]] = defaultdict(list)
        for a in self._assets:
            xid = a.external_id
            if xid is None or not isinstance(a.name, str) or not a.name:
                invalid.append(a)
                continue
            if xid_count[xid] > 1:
                duplicates[xid].append(a)
            if a.parent_id is not None and a.parent_external_id is not None:
                unsure.append(a)
            elif a.parent_external_id is not None:
                if a.parent_external_id not in xid_count:
                    orphans.append(a)
                    if self._ignore_orphans:
                        roots.append(a)
            else:
                roots.append(a)  # no parent, or linked by parent_id (assumed to exist)
        self._invalid, self._unsure_parents, self._orphans, self._roots = invalid, unsure, orphans, roots
        self._duplicates = dict(duplicates)

    def _find_cycles(self) -> list[list[str]]:
        parent = {a.external_id: a.parent_external_id for a in self._assets}
        state: dict[str, int] = {}  # 1: on the current walk, 2: known acyclic or already reported
        cycles = []
        for start in parent:
            if start in state:
                continue
            path: list[str] = []
            node: str | None = start
            while node is not None and node in parent and node not in state:
                state[node] = 1
                path.append(node)
                node = parent[node]
            if node is not None and state.get(node) == 1:
                cycles.append(path[path.index(node) :])
            for n in path:
                state[n] = 2
        return cycles

    # -- helpers used by create_hierarchy ----------------------------------------------------------------------
    def groupby_parent_xid(self) -> dict[str | None, list[Any]]:
        """Parent external id -> children; key None holds the roots (incl. parent-by-id assets and orphans)."""
        self._ensure_validated()
        known = {a.external_id for a in self._assets}
        groups: dict[str | None, list[Any]] = defaultdict(list)
        for a in self._assets:
            pxid = a.parent_external_id
            groups[pxid if pxid in known else None].append(a)
        return dict(groups)

    def count_subtree(self, mapping: dict[str | None, list[Any]]) -> dict[str, int]:
        """External id -> size of its subtree (itself included), computed iteratively (deep trees are fine)."""
        order: list[str] = []
        stack = [a.external_id for a in mapping.get(None, [])]
        while stack:
            xid = stack.pop()
            order.append(xid)
            stack.extend(c.external_id for c in mapping.get(xid, []))
        sizes: dict[str, int] = {}
        for xid in reversed(order):
            sizes[xid] = 1 + sum(sizes[c.external_id] for c in mapping.get(xid, []))
        return sizes

    # -- report ------------------------------------------------------------------------------------------------
    def _report(self, out: Any) -> None:
        lines = [f"Asset hierarchy report: {len(self._assets)} asset(s)"]
        counts = self._issue_counts()
        if not counts:
            lines.append("  No issues found.")
        for issue in _ISSUES:
            if issue == "orphans" and self._ignore_orphans:
                continue
            items: Iterable[Any] = (
                (self._duplicates or {}).items() if issue == "duplicates" else getattr(self, f"_{issue}") or []
            )
            items = list(items)
            if not items:
                continue
            lines.append(f"  {issue} ({len(items)}):")
            for item in items[:50]:
                lines.append(f"    - {_describe(issue, item)}")
            if len(items) > 50:
                lines.append(f"    ... and {len(items) - 50} more")
        if self._invalid is not None and not counts.get("cycles") and counts:
            lines.append("  (cycles are only searched once the other issues are fixed)")
        out.write("\n".join(lines) + "\n")


def _describe(issue: str, item: Any) -> str:
    if issue == "duplicates":
        xid, assets = item
        return f"external_id={xid!r} used {len(assets)} times"
    if issue == "cycles":
        return " -> ".join(map(repr, [*item, item[0]]))
    fields = {k: getattr(item, k, None) for k in ("external_id", "name", "parent_id", "parent_external_id")}
    return ", ".join(f"{k}={v!r}" for k, v in fields.items() if v is not None) or "(empty asset)"
