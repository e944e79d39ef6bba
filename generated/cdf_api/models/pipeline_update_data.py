from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.patch_confirmed_matches import PatchConfirmedMatches
    from ..models.patch_match_rules import PatchMatchRules
    from ..models.patch_model_parameters import PatchModelParameters
    from ..models.patch_pipeline_description import PatchPipelineDescription
    from ..models.patch_pipeline_name import PatchPipelineName
    from ..models.patch_pipeline_replacements import PatchPipelineReplacements
    from ..models.patch_pipeline_score_threshold import PatchPipelineScoreThreshold
    from ..models.patch_pipeline_sources import PatchPipelineSources
    from ..models.patch_pipeline_targets import PatchPipelineTargets
    from ..models.patch_rejected_matches import PatchRejectedMatches
    from ..models.patch_true_matches import PatchTrueMatches
    from ..models.remove_field import RemoveField
    from ..models.set_integer_field import SetIntegerField
    from ..models.single_patch_boolean import SinglePatchBoolean


T = TypeVar("T", bound="PipelineUpdateData")


@_attrs_define
class PipelineUpdateData(AdditionalProperties):
    """
    Attributes:
        name (PatchPipelineName | Unset): Set a new value for name.
        description (PatchPipelineDescription | Unset): Set a new value for description.
        model_parameters (PatchModelParameters | Unset): Set a new value for modelParameters.
        sources (PatchPipelineSources | Unset): Set a new value for sources.
        targets (PatchPipelineTargets | Unset): Set a new value for targets.
        true_matches (PatchTrueMatches | Unset): Set a new value for true matches.
        rejected_matches (PatchRejectedMatches | Unset): Set a new value for rejected matches.
        confirmed_matches (PatchConfirmedMatches | Unset): Set a new value for confirmed matches.
        use_existing_matches (SinglePatchBoolean | Unset):
        generate_rules (SinglePatchBoolean | Unset):
        replacements (PatchPipelineReplacements | Unset): Set a new value for replacements.
        rules (PatchMatchRules | Unset):
        rejected_rules (PatchMatchRules | Unset):
        score_threshold (PatchPipelineScoreThreshold | Unset): Set a new value for score threshold.
        schedule_interval (RemoveField | SetIntegerField | Unset): Set a new value for the integer, or remove the value
    """

    _FIT = {
        "name": ("m", "PatchPipelineName"),
        "description": ("m", "PatchPipelineDescription"),
        "modelParameters": ("m", "PatchModelParameters"),
        "sources": ("m", "PatchPipelineSources"),
        "targets": ("m", "PatchPipelineTargets"),
        "trueMatches": ("m", "PatchTrueMatches"),
        "rejectedMatches": ("m", "PatchRejectedMatches"),
        "confirmedMatches": ("m", "PatchConfirmedMatches"),
        "useExistingMatches": ("m", "SinglePatchBoolean"),
        "generateRules": ("m", "SinglePatchBoolean"),
        "replacements": ("m", "PatchPipelineReplacements"),
        "rules": ("m", "PatchMatchRules"),
        "rejectedRules": ("m", "PatchMatchRules"),
        "scoreThreshold": ("m", "PatchPipelineScoreThreshold"),
        "scheduleInterval": ("u", (("m", "SetIntegerField"), ("m", "RemoveField"))),
    }
    _REQUIRED = ()

    name: PatchPipelineName | Unset = UNSET
    description: PatchPipelineDescription | Unset = UNSET
    model_parameters: PatchModelParameters | Unset = UNSET
    sources: PatchPipelineSources | Unset = UNSET
    targets: PatchPipelineTargets | Unset = UNSET
    true_matches: PatchTrueMatches | Unset = UNSET
    rejected_matches: PatchRejectedMatches | Unset = UNSET
    confirmed_matches: PatchConfirmedMatches | Unset = UNSET
    use_existing_matches: SinglePatchBoolean | Unset = UNSET
    generate_rules: SinglePatchBoolean | Unset = UNSET
    replacements: PatchPipelineReplacements | Unset = UNSET
    rules: PatchMatchRules | Unset = UNSET
    rejected_rules: PatchMatchRules | Unset = UNSET
    score_threshold: PatchPipelineScoreThreshold | Unset = UNSET
    schedule_interval: RemoveField | SetIntegerField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        model_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_parameters, Unset):
            model_parameters = self.model_parameters.to_dict()

        sources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources.to_dict()

        targets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets.to_dict()

        true_matches: dict[str, Any] | Unset = UNSET
        if not isinstance(self.true_matches, Unset):
            true_matches = self.true_matches.to_dict()

        rejected_matches: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rejected_matches, Unset):
            rejected_matches = self.rejected_matches.to_dict()

        confirmed_matches: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confirmed_matches, Unset):
            confirmed_matches = self.confirmed_matches.to_dict()

        use_existing_matches: dict[str, Any] | Unset = UNSET
        if not isinstance(self.use_existing_matches, Unset):
            use_existing_matches = self.use_existing_matches.to_dict()

        generate_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generate_rules, Unset):
            generate_rules = self.generate_rules.to_dict()

        replacements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replacements, Unset):
            replacements = self.replacements.to_dict()

        rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules.to_dict()

        rejected_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rejected_rules, Unset):
            rejected_rules = self.rejected_rules.to_dict()

        score_threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.score_threshold, Unset):
            score_threshold = self.score_threshold.to_dict()

        schedule_interval: dict[str, Any] | Unset
        if isinstance(self.schedule_interval, Unset):
            schedule_interval = UNSET
        else:
            schedule_interval = self.schedule_interval.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if model_parameters is not UNSET:
            field_dict["modelParameters"] = model_parameters
        if sources is not UNSET:
            field_dict["sources"] = sources
        if targets is not UNSET:
            field_dict["targets"] = targets
        if true_matches is not UNSET:
            field_dict["trueMatches"] = true_matches
        if rejected_matches is not UNSET:
            field_dict["rejectedMatches"] = rejected_matches
        if confirmed_matches is not UNSET:
            field_dict["confirmedMatches"] = confirmed_matches
        if use_existing_matches is not UNSET:
            field_dict["useExistingMatches"] = use_existing_matches
        if generate_rules is not UNSET:
            field_dict["generateRules"] = generate_rules
        if replacements is not UNSET:
            field_dict["replacements"] = replacements
        if rules is not UNSET:
            field_dict["rules"] = rules
        if rejected_rules is not UNSET:
            field_dict["rejectedRules"] = rejected_rules
        if score_threshold is not UNSET:
            field_dict["scoreThreshold"] = score_threshold
        if schedule_interval is not UNSET:
            field_dict["scheduleInterval"] = schedule_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patch_confirmed_matches import PatchConfirmedMatches  # noqa: PLC0415
        from ..models.patch_match_rules import PatchMatchRules  # noqa: PLC0415
        from ..models.patch_model_parameters import PatchModelParameters  # noqa: PLC0415
        from ..models.patch_pipeline_description import PatchPipelineDescription  # noqa: PLC0415
        from ..models.patch_pipeline_name import PatchPipelineName  # noqa: PLC0415
        from ..models.patch_pipeline_replacements import PatchPipelineReplacements  # noqa: PLC0415
        from ..models.patch_pipeline_score_threshold import PatchPipelineScoreThreshold  # noqa: PLC0415
        from ..models.patch_pipeline_sources import PatchPipelineSources  # noqa: PLC0415
        from ..models.patch_pipeline_targets import PatchPipelineTargets  # noqa: PLC0415
        from ..models.patch_rejected_matches import PatchRejectedMatches  # noqa: PLC0415
        from ..models.patch_true_matches import PatchTrueMatches  # noqa: PLC0415
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_integer_field import SetIntegerField  # noqa: PLC0415
        from ..models.single_patch_boolean import SinglePatchBoolean  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: PatchPipelineName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = PatchPipelineName.from_dict(_name)

        _description = d.pop("description", UNSET)
        description: PatchPipelineDescription | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = PatchPipelineDescription.from_dict(_description)

        _model_parameters = d.pop("modelParameters", UNSET)
        model_parameters: PatchModelParameters | Unset
        if isinstance(_model_parameters, Unset):
            model_parameters = UNSET
        else:
            model_parameters = PatchModelParameters.from_dict(_model_parameters)

        _sources = d.pop("sources", UNSET)
        sources: PatchPipelineSources | Unset
        if isinstance(_sources, Unset):
            sources = UNSET
        else:
            sources = PatchPipelineSources.from_dict(_sources)

        _targets = d.pop("targets", UNSET)
        targets: PatchPipelineTargets | Unset
        if isinstance(_targets, Unset):
            targets = UNSET
        else:
            targets = PatchPipelineTargets.from_dict(_targets)

        _true_matches = d.pop("trueMatches", UNSET)
        true_matches: PatchTrueMatches | Unset
        if isinstance(_true_matches, Unset):
            true_matches = UNSET
        else:
            true_matches = PatchTrueMatches.from_dict(_true_matches)

        _rejected_matches = d.pop("rejectedMatches", UNSET)
        rejected_matches: PatchRejectedMatches | Unset
        if isinstance(_rejected_matches, Unset):
            rejected_matches = UNSET
        else:
            rejected_matches = PatchRejectedMatches.from_dict(_rejected_matches)

        _confirmed_matches = d.pop("confirmedMatches", UNSET)
        confirmed_matches: PatchConfirmedMatches | Unset
        if isinstance(_confirmed_matches, Unset):
            confirmed_matches = UNSET
        else:
            confirmed_matches = PatchConfirmedMatches.from_dict(_confirmed_matches)

        _use_existing_matches = d.pop("useExistingMatches", UNSET)
        use_existing_matches: SinglePatchBoolean | Unset
        if isinstance(_use_existing_matches, Unset):
            use_existing_matches = UNSET
        else:
            use_existing_matches = SinglePatchBoolean.from_dict(_use_existing_matches)

        _generate_rules = d.pop("generateRules", UNSET)
        generate_rules: SinglePatchBoolean | Unset
        if isinstance(_generate_rules, Unset):
            generate_rules = UNSET
        else:
            generate_rules = SinglePatchBoolean.from_dict(_generate_rules)

        _replacements = d.pop("replacements", UNSET)
        replacements: PatchPipelineReplacements | Unset
        if isinstance(_replacements, Unset):
            replacements = UNSET
        else:
            replacements = PatchPipelineReplacements.from_dict(_replacements)

        _rules = d.pop("rules", UNSET)
        rules: PatchMatchRules | Unset
        if isinstance(_rules, Unset):
            rules = UNSET
        else:
            rules = PatchMatchRules.from_dict(_rules)

        _rejected_rules = d.pop("rejectedRules", UNSET)
        rejected_rules: PatchMatchRules | Unset
        if isinstance(_rejected_rules, Unset):
            rejected_rules = UNSET
        else:
            rejected_rules = PatchMatchRules.from_dict(_rejected_rules)

        _score_threshold = d.pop("scoreThreshold", UNSET)
        score_threshold: PatchPipelineScoreThreshold | Unset
        if isinstance(_score_threshold, Unset):
            score_threshold = UNSET
        else:
            score_threshold = PatchPipelineScoreThreshold.from_dict(_score_threshold)

        def _parse_schedule_interval(data: object) -> RemoveField | SetIntegerField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetIntegerField, RemoveField))

        schedule_interval = _parse_schedule_interval(d.pop("scheduleInterval", UNSET))

        pipeline_update_data = cls(
            name=name,
            description=description,
            model_parameters=model_parameters,
            sources=sources,
            targets=targets,
            true_matches=true_matches,
            rejected_matches=rejected_matches,
            confirmed_matches=confirmed_matches,
            use_existing_matches=use_existing_matches,
            generate_rules=generate_rules,
            replacements=replacements,
            rules=rules,
            rejected_rules=rejected_rules,
            score_threshold=score_threshold,
            schedule_interval=schedule_interval,
        )

        pipeline_update_data.additional_properties = d
        return pipeline_update_data
