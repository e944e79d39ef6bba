from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.path_style_fill_rule import PathStyleFillRule
from ..models.path_style_stroke_linecap import PathStyleStrokeLinecap
from ..models.path_style_stroke_linejoin import PathStyleStrokeLinejoin
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PathStyle")


@_attrs_define
class PathStyle(AdditionalProperties):
    """Representation of an SVG path style attribute

    Attributes:
        fill (str | Unset):
        fill_opacity (str | Unset):
        fill_rule (PathStyleFillRule | Unset):
        stroke (str | Unset):
        stroke_dasharray (str | Unset):
        stroke_dashoffset (str | Unset):
        stroke_linecap (PathStyleStrokeLinecap | Unset):
        stroke_linejoin (PathStyleStrokeLinejoin | Unset):
        stroke_miterlimit (str | Unset):
        stroke_opacity (str | Unset):
        stroke_width (str | Unset):
    """

    _FIT = {
        "fill": "s",
        "fillOpacity": "s",
        "fillRule": "s",
        "stroke": "s",
        "strokeDasharray": "s",
        "strokeDashoffset": "s",
        "strokeLinecap": "s",
        "strokeLinejoin": "s",
        "strokeMiterlimit": "s",
        "strokeOpacity": "s",
        "strokeWidth": "s",
    }
    _REQUIRED = ()

    fill: str | Unset = UNSET
    fill_opacity: str | Unset = UNSET
    fill_rule: PathStyleFillRule | Unset = UNSET
    stroke: str | Unset = UNSET
    stroke_dasharray: str | Unset = UNSET
    stroke_dashoffset: str | Unset = UNSET
    stroke_linecap: PathStyleStrokeLinecap | Unset = UNSET
    stroke_linejoin: PathStyleStrokeLinejoin | Unset = UNSET
    stroke_miterlimit: str | Unset = UNSET
    stroke_opacity: str | Unset = UNSET
    stroke_width: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fill = self.fill

        fill_opacity = self.fill_opacity

        fill_rule: str | Unset = UNSET
        if not isinstance(self.fill_rule, Unset):
            fill_rule = self.fill_rule.value

        stroke = self.stroke

        stroke_dasharray = self.stroke_dasharray

        stroke_dashoffset = self.stroke_dashoffset

        stroke_linecap: str | Unset = UNSET
        if not isinstance(self.stroke_linecap, Unset):
            stroke_linecap = self.stroke_linecap.value

        stroke_linejoin: str | Unset = UNSET
        if not isinstance(self.stroke_linejoin, Unset):
            stroke_linejoin = self.stroke_linejoin.value

        stroke_miterlimit = self.stroke_miterlimit

        stroke_opacity = self.stroke_opacity

        stroke_width = self.stroke_width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fill is not UNSET:
            field_dict["fill"] = fill
        if fill_opacity is not UNSET:
            field_dict["fillOpacity"] = fill_opacity
        if fill_rule is not UNSET:
            field_dict["fillRule"] = fill_rule
        if stroke is not UNSET:
            field_dict["stroke"] = stroke
        if stroke_dasharray is not UNSET:
            field_dict["strokeDasharray"] = stroke_dasharray
        if stroke_dashoffset is not UNSET:
            field_dict["strokeDashoffset"] = stroke_dashoffset
        if stroke_linecap is not UNSET:
            field_dict["strokeLinecap"] = stroke_linecap
        if stroke_linejoin is not UNSET:
            field_dict["strokeLinejoin"] = stroke_linejoin
        if stroke_miterlimit is not UNSET:
            field_dict["strokeMiterlimit"] = stroke_miterlimit
        if stroke_opacity is not UNSET:
            field_dict["strokeOpacity"] = stroke_opacity
        if stroke_width is not UNSET:
            field_dict["strokeWidth"] = stroke_width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fill = d.pop("fill", UNSET)

        fill_opacity = d.pop("fillOpacity", UNSET)

        _fill_rule = d.pop("fillRule", UNSET)
        fill_rule: PathStyleFillRule | Unset
        if isinstance(_fill_rule, Unset):
            fill_rule = UNSET
        else:
            fill_rule = PathStyleFillRule(_fill_rule)

        stroke = d.pop("stroke", UNSET)

        stroke_dasharray = d.pop("strokeDasharray", UNSET)

        stroke_dashoffset = d.pop("strokeDashoffset", UNSET)

        _stroke_linecap = d.pop("strokeLinecap", UNSET)
        stroke_linecap: PathStyleStrokeLinecap | Unset
        if isinstance(_stroke_linecap, Unset):
            stroke_linecap = UNSET
        else:
            stroke_linecap = PathStyleStrokeLinecap(_stroke_linecap)

        _stroke_linejoin = d.pop("strokeLinejoin", UNSET)
        stroke_linejoin: PathStyleStrokeLinejoin | Unset
        if isinstance(_stroke_linejoin, Unset):
            stroke_linejoin = UNSET
        else:
            stroke_linejoin = PathStyleStrokeLinejoin(_stroke_linejoin)

        stroke_miterlimit = d.pop("strokeMiterlimit", UNSET)

        stroke_opacity = d.pop("strokeOpacity", UNSET)

        stroke_width = d.pop("strokeWidth", UNSET)

        path_style = cls(
            fill=fill,
            fill_opacity=fill_opacity,
            fill_rule=fill_rule,
            stroke=stroke,
            stroke_dasharray=stroke_dasharray,
            stroke_dashoffset=stroke_dashoffset,
            stroke_linecap=stroke_linecap,
            stroke_linejoin=stroke_linejoin,
            stroke_miterlimit=stroke_miterlimit,
            stroke_opacity=stroke_opacity,
            stroke_width=stroke_width,
        )

        path_style.additional_properties = d
        return path_style
