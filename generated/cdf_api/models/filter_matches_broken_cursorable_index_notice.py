from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.container_sub_object_identifier import ContainerSubObjectIdentifier
    from ..models.property_sort_v3 import PropertySortV3


T = TypeVar("T", bound="FilterMatchesBrokenCursorableIndexNotice")


@_attrs_define
class FilterMatchesBrokenCursorableIndexNotice(AdditionalProperties):
    """
    Attributes:
        code (Literal['filterMatchesBrokenCursorableIndex']):
        category (Literal['sorting']):
        level (Literal['warning']):
        hint (str):
        grade (Literal['D']):
        result_expression (str): Identifier for the result set expression that the notice applies to.
        sort (list[PropertySortV3] | Unset):
        index (ContainerSubObjectIdentifier | Unset):
    """

    _FIT = {
        "code": ("c", "filterMatchesBrokenCursorableIndex"),
        "category": ("c", "sorting"),
        "level": ("c", "warning"),
        "hint": "s",
        "grade": ("c", "D"),
        "resultExpression": "s",
        "sort": ("l", ("m", "PropertySortV3")),
        "index": ("m", "ContainerSubObjectIdentifier"),
    }
    _REQUIRED = ("code", "category", "level", "hint", "grade", "resultExpression")

    code: Literal["filterMatchesBrokenCursorableIndex"]
    category: Literal["sorting"]
    level: Literal["warning"]
    hint: str
    grade: Literal["D"]
    result_expression: str
    sort: list[PropertySortV3] | Unset = UNSET
    index: ContainerSubObjectIdentifier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        category = self.category

        level = self.level

        hint = self.hint

        grade = self.grade

        result_expression = self.result_expression

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        index: dict[str, Any] | Unset = UNSET
        if not isinstance(self.index, Unset):
            index = self.index.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "category": category,
                "level": level,
                "hint": hint,
                "grade": grade,
                "resultExpression": result_expression,
            }
        )
        if sort is not UNSET:
            field_dict["sort"] = sort
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_sub_object_identifier import ContainerSubObjectIdentifier  # noqa: PLC0415
        from ..models.property_sort_v3 import PropertySortV3  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["filterMatchesBrokenCursorableIndex"], d.pop("code"))
        if code != "filterMatchesBrokenCursorableIndex":
            raise ValueError(f"code must match const 'filterMatchesBrokenCursorableIndex', got '{code}'")

        category = cast(Literal["sorting"], d.pop("category"))
        if category != "sorting":
            raise ValueError(f"category must match const 'sorting', got '{category}'")

        level = cast(Literal["warning"], d.pop("level"))
        if level != "warning":
            raise ValueError(f"level must match const 'warning', got '{level}'")

        hint = d.pop("hint")

        grade = cast(Literal["D"], d.pop("grade"))
        if grade != "D":
            raise ValueError(f"grade must match const 'D', got '{grade}'")

        result_expression = d.pop("resultExpression")

        _sort = d.pop("sort", UNSET)
        sort: list[PropertySortV3] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = PropertySortV3.from_dict(sort_item_data)

                sort.append(sort_item)

        _index = d.pop("index", UNSET)
        index: ContainerSubObjectIdentifier | Unset
        if isinstance(_index, Unset):
            index = UNSET
        else:
            index = ContainerSubObjectIdentifier.from_dict(_index)

        filter_matches_broken_cursorable_index_notice = cls(
            code=code,
            category=category,
            level=level,
            hint=hint,
            grade=grade,
            result_expression=result_expression,
            sort=sort,
            index=index,
        )

        filter_matches_broken_cursorable_index_notice.additional_properties = d
        return filter_matches_broken_cursorable_index_notice
