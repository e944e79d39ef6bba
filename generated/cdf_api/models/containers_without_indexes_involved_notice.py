from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference


T = TypeVar("T", bound="ContainersWithoutIndexesInvolvedNotice")


@_attrs_define
class ContainersWithoutIndexesInvolvedNotice(AdditionalProperties):
    """
    Attributes:
        code (Literal['containersWithoutIndexesInvolved']):
        category (Literal['indexing']):
        level (Literal['warning']):
        hint (str):
        grade (Literal['C']):
        result_expression (str): Identifier for the result set expression that the notice applies to.
        containers (list[ContainerReference]): List of containers that the notice applies to.
    """

    _FIT = {
        "code": ("c", "containersWithoutIndexesInvolved"),
        "category": ("c", "indexing"),
        "level": ("c", "warning"),
        "hint": "s",
        "grade": ("c", "C"),
        "resultExpression": "s",
        "containers": ("l", ("m", "ContainerReference")),
    }
    _REQUIRED = ("code", "category", "level", "hint", "grade", "resultExpression", "containers")

    code: Literal["containersWithoutIndexesInvolved"]
    category: Literal["indexing"]
    level: Literal["warning"]
    hint: str
    grade: Literal["C"]
    result_expression: str
    containers: list[ContainerReference]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        category = self.category

        level = self.level

        hint = self.hint

        grade = self.grade

        result_expression = self.result_expression

        containers = []
        for containers_item_data in self.containers:
            containers_item = containers_item_data.to_dict()
            containers.append(containers_item)

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
                "containers": containers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_reference import ContainerReference  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal["containersWithoutIndexesInvolved"], d.pop("code"))
        if code != "containersWithoutIndexesInvolved":
            raise ValueError(f"code must match const 'containersWithoutIndexesInvolved', got '{code}'")

        category = cast(Literal["indexing"], d.pop("category"))
        if category != "indexing":
            raise ValueError(f"category must match const 'indexing', got '{category}'")

        level = cast(Literal["warning"], d.pop("level"))
        if level != "warning":
            raise ValueError(f"level must match const 'warning', got '{level}'")

        hint = d.pop("hint")

        grade = cast(Literal["C"], d.pop("grade"))
        if grade != "C":
            raise ValueError(f"grade must match const 'C', got '{grade}'")

        result_expression = d.pop("resultExpression")

        containers = []
        _containers = d.pop("containers")
        for containers_item_data in _containers:
            containers_item = ContainerReference.from_dict(containers_item_data)

            containers.append(containers_item)

        containers_without_indexes_involved_notice = cls(
            code=code,
            category=category,
            level=level,
            hint=hint,
            grade=grade,
            result_expression=result_expression,
            containers=containers,
        )

        containers_without_indexes_involved_notice.additional_properties = d
        return containers_without_indexes_involved_notice
