from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extractionruns_acl_action import ExtractionrunsAclAction
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.extractionruns_acl_scope_all import ExtractionrunsAclScopeAll
    from ..models.extractionruns_acl_scope_dataset_scope import ExtractionrunsAclScopeDatasetScope
    from ..models.extractionruns_acl_scope_extractionpipelinescope import ExtractionrunsAclScopeExtractionpipelinescope


T = TypeVar("T", bound="ExtractionrunsAclAcl")


@_attrs_define
class ExtractionrunsAclAcl(AdditionalProperties):
    """
    Attributes:
        actions (list[ExtractionrunsAclAction]):
        scope (ExtractionrunsAclScopeAll | ExtractionrunsAclScopeDatasetScope |
            ExtractionrunsAclScopeExtractionpipelinescope):
    """

    _FIT = {
        "actions": ("l", "s"),
        "scope": (
            "u",
            (
                ("m", "ExtractionrunsAclScopeAll"),
                ("m", "ExtractionrunsAclScopeExtractionpipelinescope"),
                ("m", "ExtractionrunsAclScopeDatasetScope"),
            ),
        ),
    }
    _REQUIRED = ("actions", "scope")

    actions: list[ExtractionrunsAclAction]
    scope: (
        ExtractionrunsAclScopeAll | ExtractionrunsAclScopeDatasetScope | ExtractionrunsAclScopeExtractionpipelinescope
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
        from ..models.extractionruns_acl_scope_all import ExtractionrunsAclScopeAll  # noqa: PLC0415
        from ..models.extractionruns_acl_scope_dataset_scope import ExtractionrunsAclScopeDatasetScope  # noqa: PLC0415
        from ..models.extractionruns_acl_scope_extractionpipelinescope import (
            ExtractionrunsAclScopeExtractionpipelinescope,  # noqa: PLC0415
        )

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = ExtractionrunsAclAction(actions_item_data)

            actions.append(actions_item)

        def _parse_scope(
            data: object,
        ) -> (
            ExtractionrunsAclScopeAll
            | ExtractionrunsAclScopeDatasetScope
            | ExtractionrunsAclScopeExtractionpipelinescope
        ):
            return parse_best(
                data,
                (
                    ExtractionrunsAclScopeAll,
                    ExtractionrunsAclScopeExtractionpipelinescope,
                    ExtractionrunsAclScopeDatasetScope,
                ),
            )

        scope = _parse_scope(d.pop("scope"))

        extractionruns_acl_acl = cls(
            actions=actions,
            scope=scope,
        )

        extractionruns_acl_acl.additional_properties = d
        return extractionruns_acl_acl
