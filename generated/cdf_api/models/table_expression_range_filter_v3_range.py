from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.parameterized_property_value_v3 import ParameterizedPropertyValueV3
    from ..models.referenced_property_value_v3 import ReferencedPropertyValueV3


T = TypeVar("T", bound="TableExpressionRangeFilterV3Range")


@_attrs_define
class TableExpressionRangeFilterV3Range(AdditionalProperties):
    """Matches items that contain terms within the provided range.

    The range must include both an upper and a lower bound. It is not permitted to specify both inclusive
    and exclusive bounds together.  E.g. `gte` and `gt`.

      `gte`: Greater than or equal to.
      `gt`: Greater than.
      `lte`: Less than or equal to.
      `lt`: Less than.

        Attributes:
            property_ (list[str]): A reference to either a DMS base property or a container property.
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
            gte (float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset):
            gt (float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset):
            lte (float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset):
            lt (float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset):
    """

    _FIT = {
        "property": ("l", "s"),
        "gte": ("u", ("s", "n", "i", ("m", "ParameterizedPropertyValueV3"), ("m", "ReferencedPropertyValueV3"))),
        "gt": ("u", ("s", "n", "i", ("m", "ParameterizedPropertyValueV3"), ("m", "ReferencedPropertyValueV3"))),
        "lte": ("u", ("s", "n", "i", ("m", "ParameterizedPropertyValueV3"), ("m", "ReferencedPropertyValueV3"))),
        "lt": ("u", ("s", "n", "i", ("m", "ParameterizedPropertyValueV3"), ("m", "ReferencedPropertyValueV3"))),
    }
    _REQUIRED = ("property",)

    property_: list[str]
    gte: float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset = UNSET
    gt: float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset = UNSET
    lte: float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset = UNSET
    lt: float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.parameterized_property_value_v3 import ParameterizedPropertyValueV3  # noqa: PLC0415
        from ..models.referenced_property_value_v3 import ReferencedPropertyValueV3  # noqa: PLC0415

        property_ = self.property_

        gte: dict[str, Any] | float | int | str | Unset
        if isinstance(self.gte, Unset):
            gte = UNSET
        elif isinstance(self.gte, ParameterizedPropertyValueV3):
            gte = self.gte.to_dict()
        elif isinstance(self.gte, ReferencedPropertyValueV3):
            gte = self.gte.to_dict()
        else:
            gte = self.gte

        gt: dict[str, Any] | float | int | str | Unset
        if isinstance(self.gt, Unset):
            gt = UNSET
        elif isinstance(self.gt, ParameterizedPropertyValueV3):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, ReferencedPropertyValueV3):
            gt = self.gt.to_dict()
        else:
            gt = self.gt

        lte: dict[str, Any] | float | int | str | Unset
        if isinstance(self.lte, Unset):
            lte = UNSET
        elif isinstance(self.lte, ParameterizedPropertyValueV3):
            lte = self.lte.to_dict()
        elif isinstance(self.lte, ReferencedPropertyValueV3):
            lte = self.lte.to_dict()
        else:
            lte = self.lte

        lt: dict[str, Any] | float | int | str | Unset
        if isinstance(self.lt, Unset):
            lt = UNSET
        elif isinstance(self.lt, ParameterizedPropertyValueV3):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, ReferencedPropertyValueV3):
            lt = self.lt.to_dict()
        else:
            lt = self.lt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
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
        from ..models.parameterized_property_value_v3 import ParameterizedPropertyValueV3  # noqa: PLC0415
        from ..models.referenced_property_value_v3 import ReferencedPropertyValueV3  # noqa: PLC0415

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        def _parse_gte(
            data: object,
        ) -> float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset:
            if isinstance(data, Unset):
                return data
            _parsed = parse_best(data, (ParameterizedPropertyValueV3, ReferencedPropertyValueV3), strict=False)
            if _parsed is not None:
                return _parsed
            return cast(float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset, data)

        gte = _parse_gte(d.pop("gte", UNSET))

        def _parse_gt(
            data: object,
        ) -> float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset:
            if isinstance(data, Unset):
                return data
            _parsed = parse_best(data, (ParameterizedPropertyValueV3, ReferencedPropertyValueV3), strict=False)
            if _parsed is not None:
                return _parsed
            return cast(float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset, data)

        gt = _parse_gt(d.pop("gt", UNSET))

        def _parse_lte(
            data: object,
        ) -> float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset:
            if isinstance(data, Unset):
                return data
            _parsed = parse_best(data, (ParameterizedPropertyValueV3, ReferencedPropertyValueV3), strict=False)
            if _parsed is not None:
                return _parsed
            return cast(float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset, data)

        lte = _parse_lte(d.pop("lte", UNSET))

        def _parse_lt(
            data: object,
        ) -> float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset:
            if isinstance(data, Unset):
                return data
            _parsed = parse_best(data, (ParameterizedPropertyValueV3, ReferencedPropertyValueV3), strict=False)
            if _parsed is not None:
                return _parsed
            return cast(float | int | ParameterizedPropertyValueV3 | ReferencedPropertyValueV3 | str | Unset, data)

        lt = _parse_lt(d.pop("lt", UNSET))

        table_expression_range_filter_v3_range = cls(
            property_=property_,
            gte=gte,
            gt=gt,
            lte=lte,
            lt=lt,
        )

        table_expression_range_filter_v3_range.additional_properties = d
        return table_expression_range_filter_v3_range
