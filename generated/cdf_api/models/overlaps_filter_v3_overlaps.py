from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.referenced_property_value_v3 import ReferencedPropertyValueV3


T = TypeVar("T", bound="OverlapsFilterV3Overlaps")


@_attrs_define
class OverlapsFilterV3Overlaps(AdditionalProperties):
    """Matches items where the range made up of the two properties overlap with the provided range.
    Not available for search queries.

        Attributes:
            start_property (list[str]): A reference to either a DMS base property or a container property.
                For nodes the DMS base properties are `instanceType`, `version`,
                `space`, `externalId`, `type`, `createdTime`, `lastUpdatedTime`,
                and `deletedTime`. For edges the DMS base properties
                are all of the node base properties with the addition of
                `startNode` and `endNode`.

                References to DMS base properties are on the form
                `["node", "identifier"]` or `["edge", "identifier"]` where
                `identifier` is a DMS base property.

                Container properties can be referenced either through a view
                 or through the container where it is defined.
                - To reference a property through the container where it
                    is defined the format is
                    `["space", "externalId", "identifier"]` where `space`,
                    `externalId` is the space and
                    externalId of the container and `identifier` is one of the
                    property identifiers defined in the container.
                - To reference a property through one of the views mapping it the format
                  is `["space", "externalId/version", "identifier"]`
                  where `space`, `externalId`, `version` is the space, externalId,
                  and version of the view respectively, and `identifier` is one of the
                  property identifiers defined in the view.
            end_property (list[str]): A reference to either a DMS base property or a container property.
                For nodes the DMS base properties are `instanceType`, `version`,
                `space`, `externalId`, `type`, `createdTime`, `lastUpdatedTime`,
                and `deletedTime`. For edges the DMS base properties
                are all of the node base properties with the addition of
                `startNode` and `endNode`.

                References to DMS base properties are on the form
                `["node", "identifier"]` or `["edge", "identifier"]` where
                `identifier` is a DMS base property.

                Container properties can be referenced either through a view
                 or through the container where it is defined.
                - To reference a property through the container where it
                    is defined the format is
                    `["space", "externalId", "identifier"]` where `space`,
                    `externalId` is the space and
                    externalId of the container and `identifier` is one of the
                    property identifiers defined in the container.
                - To reference a property through one of the views mapping it the format
                  is `["space", "externalId/version", "identifier"]`
                  where `space`, `externalId`, `version` is the space, externalId,
                  and version of the view respectively, and `identifier` is one of the
                  property identifiers defined in the view.
            gte (float | int | ReferencedPropertyValueV3 | str | Unset):
            gt (float | int | ReferencedPropertyValueV3 | str | Unset):
            lte (float | int | ReferencedPropertyValueV3 | str | Unset):
            lt (float | int | ReferencedPropertyValueV3 | str | Unset):
    """

    _FIT = {
        "startProperty": ("l", "s"),
        "endProperty": ("l", "s"),
        "gte": ("u", ("s", "n", "i", ("m", "ReferencedPropertyValueV3"))),
        "gt": ("u", ("s", "n", "i", ("m", "ReferencedPropertyValueV3"))),
        "lte": ("u", ("s", "n", "i", ("m", "ReferencedPropertyValueV3"))),
        "lt": ("u", ("s", "n", "i", ("m", "ReferencedPropertyValueV3"))),
    }
    _REQUIRED = ("startProperty", "endProperty")

    start_property: list[str]
    end_property: list[str]
    gte: float | int | ReferencedPropertyValueV3 | str | Unset = UNSET
    gt: float | int | ReferencedPropertyValueV3 | str | Unset = UNSET
    lte: float | int | ReferencedPropertyValueV3 | str | Unset = UNSET
    lt: float | int | ReferencedPropertyValueV3 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.referenced_property_value_v3 import ReferencedPropertyValueV3  # noqa: PLC0415

        start_property = self.start_property

        end_property = self.end_property

        gte: dict[str, Any] | float | int | str | Unset
        if isinstance(self.gte, Unset):
            gte = UNSET
        elif isinstance(self.gte, ReferencedPropertyValueV3):
            gte = self.gte.to_dict()
        else:
            gte = self.gte

        gt: dict[str, Any] | float | int | str | Unset
        if isinstance(self.gt, Unset):
            gt = UNSET
        elif isinstance(self.gt, ReferencedPropertyValueV3):
            gt = self.gt.to_dict()
        else:
            gt = self.gt

        lte: dict[str, Any] | float | int | str | Unset
        if isinstance(self.lte, Unset):
            lte = UNSET
        elif isinstance(self.lte, ReferencedPropertyValueV3):
            lte = self.lte.to_dict()
        else:
            lte = self.lte

        lt: dict[str, Any] | float | int | str | Unset
        if isinstance(self.lt, Unset):
            lt = UNSET
        elif isinstance(self.lt, ReferencedPropertyValueV3):
            lt = self.lt.to_dict()
        else:
            lt = self.lt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startProperty": start_property,
                "endProperty": end_property,
            }
        )
        if gte is not UNSET:
            field_dict["gte"] = gte
        if gt is not UNSET:
            field_dict["gt"] = gt
        if lte is not UNSET:
            field_dict["lte"] = lte
        if lt is not UNSET:
            field_dict["lt"] = lt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.referenced_property_value_v3 import ReferencedPropertyValueV3  # noqa: PLC0415

        d = dict(src_dict)
        start_property = cast(list[str], d.pop("startProperty"))

        end_property = cast(list[str], d.pop("endProperty"))

        def _parse_gte(data: object) -> float | int | ReferencedPropertyValueV3 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_filter_value_range_type_1 = ReferencedPropertyValueV3.from_dict(data)

                return componentsschemas_filter_value_range_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | int | ReferencedPropertyValueV3 | str | Unset, data)

        gte = _parse_gte(d.pop("gte", UNSET))

        def _parse_gt(data: object) -> float | int | ReferencedPropertyValueV3 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_filter_value_range_type_1 = ReferencedPropertyValueV3.from_dict(data)

                return componentsschemas_filter_value_range_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | int | ReferencedPropertyValueV3 | str | Unset, data)

        gt = _parse_gt(d.pop("gt", UNSET))

        def _parse_lte(data: object) -> float | int | ReferencedPropertyValueV3 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_filter_value_range_type_1 = ReferencedPropertyValueV3.from_dict(data)

                return componentsschemas_filter_value_range_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | int | ReferencedPropertyValueV3 | str | Unset, data)

        lte = _parse_lte(d.pop("lte", UNSET))

        def _parse_lt(data: object) -> float | int | ReferencedPropertyValueV3 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_filter_value_range_type_1 = ReferencedPropertyValueV3.from_dict(data)

                return componentsschemas_filter_value_range_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | int | ReferencedPropertyValueV3 | str | Unset, data)

        lt = _parse_lt(d.pop("lt", UNSET))

        overlaps_filter_v3_overlaps = cls(
            start_property=start_property,
            end_property=end_property,
            gte=gte,
            gt=gt,
            lte=lte,
            lt=lt,
        )

        overlaps_filter_v3_overlaps.additional_properties = d
        return overlaps_filter_v3_overlaps
