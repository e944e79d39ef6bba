from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.match_option_0 import MatchOption0
    from ..models.match_option_1 import MatchOption1
    from ..models.match_option_2 import MatchOption2
    from ..models.match_option_3 import MatchOption3
    from ..models.match_rule import MatchRule
    from ..models.model_parameters import ModelParameters
    from ..models.pipeline_replacements_item import PipelineReplacementsItem
    from ..models.pipeline_sources_option_0 import PipelineSourcesOption0
    from ..models.pipeline_sources_option_1 import PipelineSourcesOption1
    from ..models.pipeline_sources_option_2 import PipelineSourcesOption2
    from ..models.pipeline_targets_option_0 import PipelineTargetsOption0
    from ..models.pipeline_targets_option_1 import PipelineTargetsOption1
    from ..models.pipeline_targets_option_2 import PipelineTargetsOption2


T = TypeVar("T", bound="PipelineCreateItem")


@_attrs_define
class PipelineCreateItem(AdditionalProperties):
    """Pipeline to create

    Attributes:
        sources (PipelineSourcesOption0 | PipelineSourcesOption1 | PipelineSourcesOption2): Source of the pipeline
        targets (PipelineTargetsOption0 | PipelineTargetsOption1 | PipelineTargetsOption2): Targets for the pipeline
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        name (str | Unset): User-defined name of the pipeline. Example: myPipeline.
        description (str | Unset): User-defined description of the pipeline. Example: My pipeline.
        model_parameters (ModelParameters | Unset): The parameters to use in the entity matching model. Example:
            {'featureType': 'bigram'}.
        true_matches (list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3] | Unset): A list of confirmed
            source/target matches, which will be used to train the model. If omitted, an unsupervised
            model is trained.
        confirmed_matches (list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3] | Unset): List of objects of
            pairs of sourceId or sourceExternalId and targetId or targetExternalId, that corresponds to entities in source
            and target respectively, that indicates a confirmed match by the user. A source and target pair in this list
            will override results from a model or rules and will therefore always be returned as a match. The matches are
            also used as training data when the entity matcher model is created.
        rejected_matches (list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3] | Unset): List of objects of
            pairs of sourceId or sourceExternalId and targetId or targetExternalId, that corresponds to entities in source
            and target respectively, that indicates a match rejected by the user. A source and target pair in this list will
            override results from a model or rules and will never be returned as a match.
        use_existing_matches (bool | None | Unset): Use existing (id/assetId) links on the CDF resources as training
            data when the entity matching model is created.
        generate_rules (bool | None | Unset): Whether to generate match rules automatically
        replacements (list[PipelineReplacementsItem] | Unset): Replace strings in entity fields. You can use this field
            to add input naming variations to the entity matching
            model to improve the suggested matches, for example, 'pmp' for 'pump' and 'bhp' for 'bottom hole pressure'.
            To avoid false positives, we recommend using the longer string as `string` and the shorter as `replacement`.
        rules (list[MatchRule] | Unset): A collection of match rules
        rejected_rules (list[MatchRule] | Unset): A collection of match rules
        score_threshold (float | Unset): Only return model matches with score above this threshold. Example: 0.7.
        schedule_interval (int | Unset): How often to schedule the pipeline, in seconds. The interval can be between 1
            hour and 31 days. Example: 7200.
    """

    _FIT = {
        "sources": (
            "u",
            (("m", "PipelineSourcesOption0"), ("m", "PipelineSourcesOption1"), ("m", "PipelineSourcesOption2")),
        ),
        "targets": (
            "u",
            (("m", "PipelineTargetsOption0"), ("m", "PipelineTargetsOption1"), ("m", "PipelineTargetsOption2")),
        ),
        "externalId": "s",
        "name": "s",
        "description": "s",
        "modelParameters": ("m", "ModelParameters"),
        "trueMatches": (
            "l",
            ("u", (("m", "MatchOption0"), ("m", "MatchOption1"), ("m", "MatchOption2"), ("m", "MatchOption3"))),
        ),
        "confirmedMatches": (
            "l",
            ("u", (("m", "MatchOption0"), ("m", "MatchOption1"), ("m", "MatchOption2"), ("m", "MatchOption3"))),
        ),
        "rejectedMatches": (
            "l",
            ("u", (("m", "MatchOption0"), ("m", "MatchOption1"), ("m", "MatchOption2"), ("m", "MatchOption3"))),
        ),
        "useExistingMatches": ("u", ("b", None)),
        "generateRules": ("u", ("b", None)),
        "replacements": ("l", ("m", "PipelineReplacementsItem")),
        "rules": ("l", ("m", "MatchRule")),
        "rejectedRules": ("l", ("m", "MatchRule")),
        "scoreThreshold": "n",
        "scheduleInterval": "i",
    }
    _REQUIRED = ("sources", "targets")

    sources: PipelineSourcesOption0 | PipelineSourcesOption1 | PipelineSourcesOption2
    targets: PipelineTargetsOption0 | PipelineTargetsOption1 | PipelineTargetsOption2
    external_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    model_parameters: ModelParameters | Unset = UNSET
    true_matches: list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3] | Unset = UNSET
    confirmed_matches: list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3] | Unset = UNSET
    rejected_matches: list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3] | Unset = UNSET
    use_existing_matches: bool | None | Unset = UNSET
    generate_rules: bool | None | Unset = UNSET
    replacements: list[PipelineReplacementsItem] | Unset = UNSET
    rules: list[MatchRule] | Unset = UNSET
    rejected_rules: list[MatchRule] | Unset = UNSET
    score_threshold: float | Unset = UNSET
    schedule_interval: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources: dict[str, Any]
        sources = self.sources.to_dict()

        targets: dict[str, Any]
        targets = self.targets.to_dict()

        external_id = self.external_id

        name = self.name

        description = self.description

        model_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_parameters, Unset):
            model_parameters = self.model_parameters.to_dict()

        true_matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.true_matches, Unset):
            true_matches = []
            for componentsschemas_true_matches_item_data in self.true_matches:
                componentsschemas_true_matches_item: dict[str, Any]
                componentsschemas_true_matches_item = componentsschemas_true_matches_item_data.to_dict()

                true_matches.append(componentsschemas_true_matches_item)

        confirmed_matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.confirmed_matches, Unset):
            confirmed_matches = []
            for componentsschemas_confirmed_matches_item_data in self.confirmed_matches:
                componentsschemas_confirmed_matches_item: dict[str, Any]
                componentsschemas_confirmed_matches_item = componentsschemas_confirmed_matches_item_data.to_dict()

                confirmed_matches.append(componentsschemas_confirmed_matches_item)

        rejected_matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rejected_matches, Unset):
            rejected_matches = []
            for componentsschemas_rejected_matches_item_data in self.rejected_matches:
                componentsschemas_rejected_matches_item: dict[str, Any]
                componentsschemas_rejected_matches_item = componentsschemas_rejected_matches_item_data.to_dict()

                rejected_matches.append(componentsschemas_rejected_matches_item)

        use_existing_matches: bool | None | Unset
        if isinstance(self.use_existing_matches, Unset):
            use_existing_matches = UNSET
        else:
            use_existing_matches = self.use_existing_matches

        generate_rules: bool | None | Unset
        if isinstance(self.generate_rules, Unset):
            generate_rules = UNSET
        else:
            generate_rules = self.generate_rules

        replacements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.replacements, Unset):
            replacements = []
            for componentsschemas_pipeline_replacements_item_data in self.replacements:
                componentsschemas_pipeline_replacements_item = (
                    componentsschemas_pipeline_replacements_item_data.to_dict()
                )
                replacements.append(componentsschemas_pipeline_replacements_item)

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for componentsschemas_match_rules_item_data in self.rules:
                componentsschemas_match_rules_item = componentsschemas_match_rules_item_data.to_dict()
                rules.append(componentsschemas_match_rules_item)

        rejected_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rejected_rules, Unset):
            rejected_rules = []
            for componentsschemas_match_rules_item_data in self.rejected_rules:
                componentsschemas_match_rules_item = componentsschemas_match_rules_item_data.to_dict()
                rejected_rules.append(componentsschemas_match_rules_item)

        score_threshold = self.score_threshold

        schedule_interval = self.schedule_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sources": sources,
                "targets": targets,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if model_parameters is not UNSET:
            field_dict["modelParameters"] = model_parameters
        if true_matches is not UNSET:
            field_dict["trueMatches"] = true_matches
        if confirmed_matches is not UNSET:
            field_dict["confirmedMatches"] = confirmed_matches
        if rejected_matches is not UNSET:
            field_dict["rejectedMatches"] = rejected_matches
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
        from ..models.match_option_0 import MatchOption0  # noqa: PLC0415
        from ..models.match_option_1 import MatchOption1  # noqa: PLC0415
        from ..models.match_option_2 import MatchOption2  # noqa: PLC0415
        from ..models.match_option_3 import MatchOption3  # noqa: PLC0415
        from ..models.match_rule import MatchRule  # noqa: PLC0415
        from ..models.model_parameters import ModelParameters  # noqa: PLC0415
        from ..models.pipeline_replacements_item import PipelineReplacementsItem  # noqa: PLC0415
        from ..models.pipeline_sources_option_0 import PipelineSourcesOption0  # noqa: PLC0415
        from ..models.pipeline_sources_option_1 import PipelineSourcesOption1  # noqa: PLC0415
        from ..models.pipeline_sources_option_2 import PipelineSourcesOption2  # noqa: PLC0415
        from ..models.pipeline_targets_option_0 import PipelineTargetsOption0  # noqa: PLC0415
        from ..models.pipeline_targets_option_1 import PipelineTargetsOption1  # noqa: PLC0415
        from ..models.pipeline_targets_option_2 import PipelineTargetsOption2  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_sources(data: object) -> PipelineSourcesOption0 | PipelineSourcesOption1 | PipelineSourcesOption2:
            return parse_best(data, (PipelineSourcesOption0, PipelineSourcesOption1, PipelineSourcesOption2))

        sources = _parse_sources(d.pop("sources"))

        def _parse_targets(data: object) -> PipelineTargetsOption0 | PipelineTargetsOption1 | PipelineTargetsOption2:
            return parse_best(data, (PipelineTargetsOption0, PipelineTargetsOption1, PipelineTargetsOption2))

        targets = _parse_targets(d.pop("targets"))

        external_id = d.pop("externalId", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _model_parameters = d.pop("modelParameters", UNSET)
        model_parameters: ModelParameters | Unset
        if isinstance(_model_parameters, Unset):
            model_parameters = UNSET
        else:
            model_parameters = ModelParameters.from_dict(_model_parameters)

        _true_matches = d.pop("trueMatches", UNSET)
        true_matches: list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3] | Unset = UNSET
        if _true_matches is not UNSET:
            true_matches = []
            for componentsschemas_true_matches_item_data in _true_matches:

                def _parse_componentsschemas_true_matches_item(
                    data: object,
                ) -> MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3:
                    return parse_best(data, (MatchOption0, MatchOption1, MatchOption2, MatchOption3))

                componentsschemas_true_matches_item = _parse_componentsschemas_true_matches_item(
                    componentsschemas_true_matches_item_data
                )

                true_matches.append(componentsschemas_true_matches_item)

        _confirmed_matches = d.pop("confirmedMatches", UNSET)
        confirmed_matches: list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3] | Unset = UNSET
        if _confirmed_matches is not UNSET:
            confirmed_matches = []
            for componentsschemas_confirmed_matches_item_data in _confirmed_matches:

                def _parse_componentsschemas_confirmed_matches_item(
                    data: object,
                ) -> MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3:
                    return parse_best(data, (MatchOption0, MatchOption1, MatchOption2, MatchOption3))

                componentsschemas_confirmed_matches_item = _parse_componentsschemas_confirmed_matches_item(
                    componentsschemas_confirmed_matches_item_data
                )

                confirmed_matches.append(componentsschemas_confirmed_matches_item)

        _rejected_matches = d.pop("rejectedMatches", UNSET)
        rejected_matches: list[MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3] | Unset = UNSET
        if _rejected_matches is not UNSET:
            rejected_matches = []
            for componentsschemas_rejected_matches_item_data in _rejected_matches:

                def _parse_componentsschemas_rejected_matches_item(
                    data: object,
                ) -> MatchOption0 | MatchOption1 | MatchOption2 | MatchOption3:
                    return parse_best(data, (MatchOption0, MatchOption1, MatchOption2, MatchOption3))

                componentsschemas_rejected_matches_item = _parse_componentsschemas_rejected_matches_item(
                    componentsschemas_rejected_matches_item_data
                )

                rejected_matches.append(componentsschemas_rejected_matches_item)

        def _parse_use_existing_matches(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_existing_matches = _parse_use_existing_matches(d.pop("useExistingMatches", UNSET))

        def _parse_generate_rules(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        generate_rules = _parse_generate_rules(d.pop("generateRules", UNSET))

        _replacements = d.pop("replacements", UNSET)
        replacements: list[PipelineReplacementsItem] | Unset = UNSET
        if _replacements is not UNSET:
            replacements = []
            for componentsschemas_pipeline_replacements_item_data in _replacements:
                componentsschemas_pipeline_replacements_item = PipelineReplacementsItem.from_dict(
                    componentsschemas_pipeline_replacements_item_data
                )

                replacements.append(componentsschemas_pipeline_replacements_item)

        _rules = d.pop("rules", UNSET)
        rules: list[MatchRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for componentsschemas_match_rules_item_data in _rules:
                componentsschemas_match_rules_item = MatchRule.from_dict(componentsschemas_match_rules_item_data)

                rules.append(componentsschemas_match_rules_item)

        _rejected_rules = d.pop("rejectedRules", UNSET)
        rejected_rules: list[MatchRule] | Unset = UNSET
        if _rejected_rules is not UNSET:
            rejected_rules = []
            for componentsschemas_match_rules_item_data in _rejected_rules:
                componentsschemas_match_rules_item = MatchRule.from_dict(componentsschemas_match_rules_item_data)

                rejected_rules.append(componentsschemas_match_rules_item)

        score_threshold = d.pop("scoreThreshold", UNSET)

        schedule_interval = d.pop("scheduleInterval", UNSET)

        pipeline_create_item = cls(
            sources=sources,
            targets=targets,
            external_id=external_id,
            name=name,
            description=description,
            model_parameters=model_parameters,
            true_matches=true_matches,
            confirmed_matches=confirmed_matches,
            rejected_matches=rejected_matches,
            use_existing_matches=use_existing_matches,
            generate_rules=generate_rules,
            replacements=replacements,
            rules=rules,
            rejected_rules=rejected_rules,
            score_threshold=score_threshold,
            schedule_interval=schedule_interval,
        )

        pipeline_create_item.additional_properties = d
        return pipeline_create_item
