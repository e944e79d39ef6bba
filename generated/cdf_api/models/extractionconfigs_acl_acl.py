from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extractionconfigs_acl_action import ExtractionconfigsAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.extractionconfigs_acl_scope_all import ExtractionconfigsAclScopeAll
    from ..models.extractionconfigs_acl_scope_dataset_scope import ExtractionconfigsAclScopeDatasetScope
    from ..models.extractionconfigs_acl_scope_extractionpipelinescope import (
        ExtractionconfigsAclScopeExtractionpipelinescope,
    )


T = TypeVar("T", bound="ExtractionconfigsAclAcl")


@_attrs_define
class ExtractionconfigsAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[ExtractionconfigsAclAction]):
        scope (ExtractionconfigsAclScopeAll | ExtractionconfigsAclScopeDatasetScope |
            ExtractionconfigsAclScopeExtractionpipelinescope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": (
            "u",
            (
                ("m", "ExtractionconfigsAclScopeAll"),
                ("m", "ExtractionconfigsAclScopeExtractionpipelinescope"),
                ("m", "ExtractionconfigsAclScopeDatasetScope"),
            ),
        ),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[ExtractionconfigsAclAction]
    scope: (
        ExtractionconfigsAclScopeAll
        | ExtractionconfigsAclScopeDatasetScope
        | ExtractionconfigsAclScopeExtractionpipelinescope
    )
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
        from ..models.extractionconfigs_acl_scope_all import ExtractionconfigsAclScopeAll  # noqa: PLC0415
        from ..models.extractionconfigs_acl_scope_dataset_scope import ExtractionconfigsAclScopeDatasetScope  # noqa: PLC0415
        from ..models.extractionconfigs_acl_scope_extractionpipelinescope import (
            ExtractionconfigsAclScopeExtractionpipelinescope,  # noqa: PLC0415
        )

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = ExtractionconfigsAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(
            data: object,
        ) -> (
            ExtractionconfigsAclScopeAll
            | ExtractionconfigsAclScopeDatasetScope
            | ExtractionconfigsAclScopeExtractionpipelinescope
        ):
            return parse_best(
                data,
                (
                    ExtractionconfigsAclScopeAll,
                    ExtractionconfigsAclScopeExtractionpipelinescope,
                    ExtractionconfigsAclScopeDatasetScope,
                ),
            )

        scope = _parse_scope(d.pop("scope"))

        extractionconfigs_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        extractionconfigs_acl_acl.additional_properties = d
        return extractionconfigs_acl_acl
