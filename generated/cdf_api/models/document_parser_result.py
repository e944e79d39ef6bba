from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.document_parser_result_result_schema import DocumentParserResultResultSchema
    from ..models.raw_responses import RawResponses
    from ..models.scores import Scores
    from ..models.view_config_plus import ViewConfigPlus


T = TypeVar("T", bound="DocumentParserResult")


@_attrs_define
class DocumentParserResult(AdditionalProperties):
    """
    Attributes:
        result_schema (DocumentParserResultResultSchema | Unset): A dictionary of extracted key-value pairs.
        view_config (ViewConfigPlus | Unset): The view the job is based on.
        scores (Scores | Unset): Currently supports two scoring metrics: 'completenessScore' and 'typeScore'.
        raw_responses (RawResponses | Unset): A dictionary where each key represents a property name (e.g.,
            'operatingPressure') and the value is a 'RawResponseItem' schema.
        data (RawResponses | Unset): A dictionary where each key represents a property name (e.g., 'operatingPressure')
            and the value is a 'RawResponseItem' schema.
    """

    _FIT = {
        "resultSchema": ("m", "DocumentParserResultResultSchema"),
        "viewConfig": ("m", "ViewConfigPlus"),
        "scores": ("m", "Scores"),
        "rawResponses": ("m", "RawResponses"),
        "data": ("m", "RawResponses"),
    }
    _REQUIRED = ()

    result_schema: DocumentParserResultResultSchema | Unset = UNSET
    view_config: ViewConfigPlus | Unset = UNSET
    scores: Scores | Unset = UNSET
    raw_responses: RawResponses | Unset = UNSET
    data: RawResponses | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result_schema, Unset):
            result_schema = self.result_schema.to_dict()

        view_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.view_config, Unset):
            view_config = self.view_config.to_dict()

        scores: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scores, Unset):
            scores = self.scores.to_dict()

        raw_responses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw_responses, Unset):
            raw_responses = self.raw_responses.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_schema is not UNSET:
            field_dict["resultSchema"] = result_schema
        if view_config is not UNSET:
            field_dict["viewConfig"] = view_config
        if scores is not UNSET:
            field_dict["scores"] = scores
        if raw_responses is not UNSET:
            field_dict["rawResponses"] = raw_responses
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_parser_result_result_schema import DocumentParserResultResultSchema  # noqa: PLC0415
        from ..models.raw_responses import RawResponses  # noqa: PLC0415
        from ..models.scores import Scores  # noqa: PLC0415
        from ..models.view_config_plus import ViewConfigPlus  # noqa: PLC0415

        d = dict(src_dict)
        _result_schema = d.pop("resultSchema", UNSET)
        result_schema: DocumentParserResultResultSchema | Unset
        if isinstance(_result_schema, Unset):
            result_schema = UNSET
        else:
            result_schema = DocumentParserResultResultSchema.from_dict(_result_schema)

        _view_config = d.pop("viewConfig", UNSET)
        view_config: ViewConfigPlus | Unset
        if isinstance(_view_config, Unset):
            view_config = UNSET
        else:
            view_config = ViewConfigPlus.from_dict(_view_config)

        _scores = d.pop("scores", UNSET)
        scores: Scores | Unset
        if isinstance(_scores, Unset):
            scores = UNSET
        else:
            scores = Scores.from_dict(_scores)

        _raw_responses = d.pop("rawResponses", UNSET)
        raw_responses: RawResponses | Unset
        if isinstance(_raw_responses, Unset):
            raw_responses = UNSET
        else:
            raw_responses = RawResponses.from_dict(_raw_responses)

        _data = d.pop("data", UNSET)
        data: RawResponses | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = RawResponses.from_dict(_data)

        document_parser_result = cls(
            result_schema=result_schema,
            view_config=view_config,
            scores=scores,
            raw_responses=raw_responses,
            data=data,
        )

        document_parser_result.additional_properties = d
        return document_parser_result
