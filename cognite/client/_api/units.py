"""Units API: CDF's unit catalog (list, retrieve, look-up by alias) and its unit systems."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, overload

from cognite.client._api._base import ResourceAPI
from cognite.client._api_client import APIClient
from cognite.client._api_registry import Accessor
from cognite.client.data_classes.units import Unit, UnitList, UnitSystem, UnitSystemList

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.utils.useful_types import SequenceNotStr


class _AliasIndex:
    """The catalog's aliases: per quantity (alias -> unit) and across quantities (alias -> the units using it)."""

    def __init__(self, units: UnitList) -> None:
        self.by_quantity: dict[str, dict[str, Unit]] = {}
        for unit in units:
            per_quantity = self.by_quantity.setdefault(unit.quantity, {})
            for alias in unit.alias_names or ():
                per_quantity[alias] = unit
        self.anywhere: dict[str, list[Unit]] = {}
        for per_quantity in self.by_quantity.values():
            for alias, unit in per_quantity.items():
                self.anywhere.setdefault(alias, []).append(unit)

    def lookup(self, alias: str, return_ambiguous: bool, return_closest_matches: bool) -> Unit | UnitList:
        found = self.anywhere.get(alias)
        if found is not None:
            if len(found) == 1:
                return found[0]
            if return_ambiguous:
                return UnitList(found)
            raise ValueError(f"Ambiguous alias {alias!r}, matches all of: {[u.external_id for u in found]}")
        close = difflib.get_close_matches(alias, self.anywhere, n=10)
        if return_closest_matches:
            return UnitList(_unique(unit for match in close for unit in self.anywhere[match]))
        hint = f", did you mean one of: {sorted(close)}?" if close else ""
        raise ValueError(f"Unknown alias {alias!r}{hint}")

    def lookup_in(self, alias: str, quantity: str, return_closest_matches: bool) -> Unit | UnitList:
        per_quantity = self.by_quantity.get(quantity, self.by_quantity.get(quantity.title()))
        if per_quantity is None:
            close = difflib.get_close_matches(quantity, self.by_quantity, n=3)
            hint = f" Did you mean one of: {close}?" if close else ""
            raise ValueError(f"Unknown quantity {quantity!r}.{hint} All known quantities: {sorted(self.by_quantity)}")
        if alias in per_quantity:
            return per_quantity[alias]
        close = difflib.get_close_matches(alias, per_quantity, n=3)
        if close and return_closest_matches:
            return UnitList(_unique(per_quantity[match] for match in close))
        hint = f" Did you mean one of: {close}?" if close else ""
        raise ValueError(f"Unknown alias {alias!r} for known quantity {quantity!r}.{hint}")


def _unique(units: Iterable[Unit]) -> list[Unit]:
    seen: dict[str, Unit] = {}
    for unit in units:
        seen.setdefault(unit.external_id, unit)
    return list(seen.values())


class UnitSystemAPI(APIClient):
    """``client.units.systems``"""

    _RESOURCE_PATH = "/units/systems"

    async def list(self, **options: Unpack[CallOptions]) -> UnitSystemList:
        """All unit systems (the unit each uses for every quantity).

        Example:
            >>> systems = client.units.systems.list()  # doctest: +SKIP
        """
        return await self._list(  # type: ignore[no-any-return]
            load=UnitSystem._load, list_cls=UnitSystemList, method="GET", path=self._RESOURCE_PATH, limit=None
        )


class UnitsAPI(ResourceAPI[Unit, UnitList]):
    """``client.units``"""

    _RESOURCE_PATH = "/units"
    _resource_cls = Unit
    _list_cls = UnitList

    systems: Accessor[UnitSystemAPI] = Accessor()

    @overload
    async def retrieve(
        self, external_id: str, ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> Unit | None: ...
    @overload
    async def retrieve(
        self, external_id: SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> UnitList: ...
    async def retrieve(
        self, external_id: str | SequenceNotStr[str], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> Unit | UnitList | None:
        """One unit by external id (None if unknown and ``ignore_unknown_ids``) or, for a list, a list of units.

        Example:
            >>> unit = client.units.retrieve("temperature:deg_c")  # doctest: +SKIP
            >>> units = client.units.retrieve(["temperature:deg_c", "pressure:bar"])  # doctest: +SKIP
        """
        if isinstance(external_id, str):
            found = await self._retrieve_ids(external_ids=[external_id], ignore_unknown_ids=ignore_unknown_ids)
            return found[0] if found else None
        return await self._retrieve_ids(external_ids=list(external_id), ignore_unknown_ids=ignore_unknown_ids)

    async def list(self, **options: Unpack[CallOptions]) -> UnitList:
        """Every unit of the catalog.

        Example:
            >>> units = client.units.list()  # doctest: +SKIP
        """
        return await self._list_filtered(None, limit=None, method="GET")

    @overload
    async def from_alias(
        self,
        alias: str,
        quantity: str | None = None,
        *,
        return_ambiguous: Literal[False] = False,
        return_closest_matches: Literal[False] = False,
        **options: Unpack[CallOptions],
    ) -> Unit: ...
    @overload
    async def from_alias(
        self,
        alias: str,
        quantity: str | None = None,
        *,
        return_ambiguous: bool = False,
        return_closest_matches: bool = False,
        **options: Unpack[CallOptions],
    ) -> Unit | UnitList: ...
    async def from_alias(
        self,
        alias: str,
        quantity: str | None = None,
        *,
        return_ambiguous: bool = False,
        return_closest_matches: bool = False,
        **options: Unpack[CallOptions],
    ) -> Unit | UnitList:
        """The unit an alias (case-sensitive) names, within ``quantity`` if given.

        An alias used by several quantities (``"F"``: farad and Fahrenheit) raises ``ValueError`` unless
        ``return_ambiguous`` (then all of them); an unknown alias raises ``ValueError`` naming the closest aliases,
        or with ``return_closest_matches`` returns their units (possibly none). The catalog is fetched once per client.

        Example:
            >>> unit = client.units.from_alias("F", "Temperature")  # doctest: +SKIP
            >>> matches = client.units.from_alias("kilo watt", return_closest_matches=True)  # doctest: +SKIP
        """
        if not isinstance(alias, str):
            raise TypeError(f"alias must be a str, got {type(alias).__name__}")
        if quantity is not None and not isinstance(quantity, str):
            raise TypeError(f"quantity must be a str or None, got {type(quantity).__name__}")
        index = self.__dict__.get("_alias_index")
        if index is None:
            index = self.__dict__["_alias_index"] = _AliasIndex(await self.list())
        if quantity is None:
            return index.lookup(alias, return_ambiguous, return_closest_matches)
        return index.lookup_in(alias, quantity, return_closest_matches)
