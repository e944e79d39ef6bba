from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extractionpipelines_acl_action import ExtractionpipelinesAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.extractionpipelines_acl_scope_all import ExtractionpipelinesAclScopeAll
    from ..models.extractionpipelines_acl_scope_dataset_scope import ExtractionpipelinesAclScopeDatasetScope
    from ..models.extractionpipelines_acl_scope_idscope import ExtractionpipelinesAclScopeIdscope


T = TypeVar("T", bound="ExtractionpipelinesAclAcl")


@_attrs_define
class ExtractionpipelinesAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[ExtractionpipelinesAclAction]):
        scope (ExtractionpipelinesAclScopeAll | ExtractionpipelinesAclScopeDatasetScope |
            ExtractionpipelinesAclScopeIdscope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": (
            "u",
            (
                ("m", "ExtractionpipelinesAclScopeAll"),
                ("m", "ExtractionpipelinesAclScopeIdscope"),
                ("m", "ExtractionpipelinesAclScopeDatasetScope"),
            ),
        ),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[ExtractionpipelinesAclAction]
    scope: ExtractionpipelinesAclScopeAll | ExtractionpipelinesAclScopeDatasetScope | ExtractionpipelinesAclScopeIdscope
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.value
            actions.append(actions_item)

        scope: dict[str, Any]
        scope = self.scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extractionpipelines_acl_scope_all import ExtractionpipelinesAclScopeAll  # noqa: PLC0415
        from ..models.extractionpipelines_acl_scope_dataset_scope import ExtractionpipelinesAclScopeDatasetScope  # noqa: PLC0415
        from ..models.extractionpipelines_acl_scope_idscope import ExtractionpipelinesAclScopeIdscope  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = ExtractionpipelinesAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(
            data: object,
        ) -> (
            ExtractionpipelinesAclScopeAll
            | ExtractionpipelinesAclScopeDatasetScope
            | ExtractionpipelinesAclScopeIdscope
        ):
            return parse_best(
                data,
                (
                    ExtractionpipelinesAclScopeAll,
                    ExtractionpipelinesAclScopeIdscope,
                    ExtractionpipelinesAclScopeDatasetScope,
                ),
            )

        scope = _parse_scope(d.pop("scope"))

        extractionpipelines_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        extractionpipelines_acl_acl.additional_properties = d
        return extractionpipelines_acl_acl
