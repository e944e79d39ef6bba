from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.customize_fuzziness import CustomizeFuzziness
    from ..models.diagram_detect_beta_config_substitutions import DiagramDetectBetaConfigSubstitutions
    from ..models.direction_weights import DirectionWeights


T = TypeVar("T", bound="DiagramDetectBetaConfig")


@_attrs_define
class DiagramDetectBetaConfig(AdditionalProperties):
    """Configuration for diagram detect that is only available in beta.

    Attributes:
        annotation_extract (bool | Unset): Read SHX text embedded in the diagram file. If present, this text will
            override overlapping OCR text. Cannot be used at the same time as read_embedded_text.
        case_sensitive (bool | Unset): Case sensitive text matching.
        connection_flags (list[str] | Unset): Connection flags for token graph. Two flags are supported thus far:
            `no_text_inbetween` and `natural_reading_order`.
        customize_fuzziness (CustomizeFuzziness | Unset): Additional requirements for the fuzzy matching algorithm. The
            fuzzy match is allowed if any of these are true for each match candidate. The overall minFuzzyScore still
            applies, but a stricter fuzzyScore can be set here, which would not be enforced if either the minChars or
            maxBoxes conditions are met, making it possible to exclude detections using replacements if they are either
            short, or combined from many boxes.
        direction_delta (float | Unset): Maximum angle between the direction of two text boxes for them to be connected.
            Directions are currently multiples of 90 degrees.
        direction_weights (DirectionWeights | Unset): Direction weights that control how far subsequent ocr text boxes
            can be from another in a particular direction and still be combined into the same detection. Lower value means
            larger distance is allowed. The direction is relative to the text orientation.
        min_fuzzy_score (float | Unset): For each detection, this controls to which degree characters can be replaced
            from the OCR text with similar characters, e.g. I and 1. A value of 1 will disable character replacements
            entirely. See also 'substitutions' for the characters that may be replaced.
        read_embedded_text (bool | Unset): Read text embedded in the PDF file. If present, this text will override
            overlapping OCR text.
        remove_leading_zeros (bool | Unset): Disregard leading zeroes when matching tags (e.g. "A0001" will match "A1").
        substitutions (DiagramDetectBetaConfigSubstitutions | Unset): Override the default mapping of characters to an
            array of allowed substitute characters. The default mapping contains characters commonly confused by OCR.
            Provide your custom mapping in the format like so: `{"0": ["O", "Q"], "1": ["l", "I"]}`. This means: `0` (zero)
            is allowed to be replaced by uppercase letter `O` or `Q`, and `1` (one) is allowed to be replaced by lowercase
            letter `l` or uppercase letter `I`. No other replacements are allowed.

            The substitutions are performed on the raw OCR text. For example, if we want to match a tag "T10" and OCR
            recognized the text as "TI0", mapping `{"I": ["1"]}` would allow the match. This substitution would happen given
            the default mapping. On the contrary, if the OCR accuracy is high, you may want to disable such substitutions to
            reduce false positive matches by overriding the mapping with `{"I": ["I"]}`.

            Currently the default substitution mapping is as follows (it may be updated without notice):
            ```
            {
                "0": ["C", "D", "O"],
                "1": ["T", "I"],
                "3": ["B"],
                "6": ["G"],
                "8": ["B"],
                "Ä": ["A"],
                "Ã": ["A"],
                "Å": ["A"],
                "B": ["8", "3"],
                "C": ["0"],
                "D": ["1)", "O", "0"],
                "G": ["6"],
                "I": ["T", "1", "l"],
                "Í": ["I", "T", "l", "1"],
                "K": ["|X"],
                "O": ["C", "D", "0"],
                "Q": ["0", "O"],
                "T": ["1", "I"],
                "Ø": ["0"],
                "l": ["I"],
                "p": ["P", "0"],
                "v": ["V"],
                "ø": ["0", "Ø"],
                "?": ["2"],
                "×": ["x", "X"]
            }
            ```
    """

    _FIT = {
        "annotationExtract": "b",
        "caseSensitive": "b",
        "connectionFlags": ("l", "s"),
        "customizeFuzziness": ("m", "CustomizeFuzziness"),
        "directionDelta": "n",
        "directionWeights": ("m", "DirectionWeights"),
        "minFuzzyScore": "n",
        "readEmbeddedText": "b",
        "removeLeadingZeros": "b",
        "substitutions": ("m", "DiagramDetectBetaConfigSubstitutions"),
    }
    _REQUIRED = ()

    annotation_extract: bool | Unset = UNSET
    case_sensitive: bool | Unset = UNSET
    connection_flags: list[str] | Unset = UNSET
    customize_fuzziness: CustomizeFuzziness | Unset = UNSET
    direction_delta: float | Unset = UNSET
    direction_weights: DirectionWeights | Unset = UNSET
    min_fuzzy_score: float | Unset = UNSET
    read_embedded_text: bool | Unset = UNSET
    remove_leading_zeros: bool | Unset = UNSET
    substitutions: DiagramDetectBetaConfigSubstitutions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation_extract = self.annotation_extract

        case_sensitive = self.case_sensitive

        connection_flags: list[str] | Unset = UNSET
        if not isinstance(self.connection_flags, Unset):
            connection_flags = self.connection_flags

        customize_fuzziness: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customize_fuzziness, Unset):
            customize_fuzziness = self.customize_fuzziness.to_dict()

        direction_delta = self.direction_delta

        direction_weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.direction_weights, Unset):
            direction_weights = self.direction_weights.to_dict()

        min_fuzzy_score = self.min_fuzzy_score

        read_embedded_text = self.read_embedded_text

        remove_leading_zeros = self.remove_leading_zeros

        substitutions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.substitutions, Unset):
            substitutions = self.substitutions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotation_extract is not UNSET:
            field_dict["annotationExtract"] = annotation_extract
        if case_sensitive is not UNSET:
            field_dict["caseSensitive"] = case_sensitive
        if connection_flags is not UNSET:
            field_dict["connectionFlags"] = connection_flags
        if customize_fuzziness is not UNSET:
            field_dict["customizeFuzziness"] = customize_fuzziness
        if direction_delta is not UNSET:
            field_dict["directionDelta"] = direction_delta
        if direction_weights is not UNSET:
            field_dict["directionWeights"] = direction_weights
        if min_fuzzy_score is not UNSET:
            field_dict["minFuzzyScore"] = min_fuzzy_score
        if read_embedded_text is not UNSET:
            field_dict["readEmbeddedText"] = read_embedded_text
        if remove_leading_zeros is not UNSET:
            field_dict["removeLeadingZeros"] = remove_leading_zeros
        if substitutions is not UNSET:
            field_dict["substitutions"] = substitutions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customize_fuzziness import CustomizeFuzziness  # noqa: PLC0415
        from ..models.diagram_detect_beta_config_substitutions import DiagramDetectBetaConfigSubstitutions  # noqa: PLC0415
        from ..models.direction_weights import DirectionWeights  # noqa: PLC0415

        d = dict(src_dict)
        annotation_extract = d.pop("annotationExtract", UNSET)

        case_sensitive = d.pop("caseSensitive", UNSET)

        connection_flags = cast(list[str], d.pop("connectionFlags", UNSET))

        _customize_fuzziness = d.pop("customizeFuzziness", UNSET)
        customize_fuzziness: CustomizeFuzziness | Unset
        if isinstance(_customize_fuzziness, Unset):
            customize_fuzziness = UNSET
        else:
            customize_fuzziness = CustomizeFuzziness.from_dict(_customize_fuzziness)

        direction_delta = d.pop("directionDelta", UNSET)

        _direction_weights = d.pop("directionWeights", UNSET)
        direction_weights: DirectionWeights | Unset
        if isinstance(_direction_weights, Unset):
            direction_weights = UNSET
        else:
            direction_weights = DirectionWeights.from_dict(_direction_weights)

        min_fuzzy_score = d.pop("minFuzzyScore", UNSET)

        read_embedded_text = d.pop("readEmbeddedText", UNSET)

        remove_leading_zeros = d.pop("removeLeadingZeros", UNSET)

        _substitutions = d.pop("substitutions", UNSET)
        substitutions: DiagramDetectBetaConfigSubstitutions | Unset
        if isinstance(_substitutions, Unset):
            substitutions = UNSET
        else:
            substitutions = DiagramDetectBetaConfigSubstitutions.from_dict(_substitutions)

        diagram_detect_beta_config = cls(
            annotation_extract=annotation_extract,
            case_sensitive=case_sensitive,
            connection_flags=connection_flags,
            customize_fuzziness=customize_fuzziness,
            direction_delta=direction_delta,
            direction_weights=direction_weights,
            min_fuzzy_score=min_fuzzy_score,
            read_embedded_text=read_embedded_text,
            remove_leading_zeros=remove_leading_zeros,
            substitutions=substitutions,
        )

        diagram_detect_beta_config.additional_properties = d
        return diagram_detect_beta_config
