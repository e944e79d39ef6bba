from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.asset_tag_detection_parameters import AssetTagDetectionParameters
    from ..models.dial_gauge_detection_parameters import DialGaugeDetectionParameters
    from ..models.digital_gauge_detection_parameters import DigitalGaugeDetectionParameters
    from ..models.industrial_object_detection_parameters import IndustrialObjectDetectionParameters
    from ..models.level_gauge_detection_parameters import LevelGaugeDetectionParameters
    from ..models.people_detection_parameters import PeopleDetectionParameters
    from ..models.personal_protective_equipment_detection_parameters import (
        PersonalProtectiveEquipmentDetectionParameters,
    )
    from ..models.text_detection_parameters import TextDetectionParameters
    from ..models.valve_detection_parameters import ValveDetectionParameters


T = TypeVar("T", bound="FeatureParameters")


@_attrs_define
class FeatureParameters(AdditionalProperties):
    """Feature-specific parameters. New feature extractor parameters may appear.

    Example:
        {'textDetectionParameters': {'threshold': 0.8}, 'assetTagDetectionParameters': {'threshold': 0.8,
            'partialMatch': True, 'assetSubtreeIds': [1, 2]}, 'peopleDetectionParameters': {'threshold': 0.8}}

    Attributes:
        text_detection_parameters (TextDetectionParameters | Unset): Parameters for text detection
        asset_tag_detection_parameters (AssetTagDetectionParameters | Unset): Parameters for asset tag detection.
        people_detection_parameters (PeopleDetectionParameters | Unset): Parameters for people detection.
        industrial_object_detection_parameters (IndustrialObjectDetectionParameters | Unset): Parameters for industrial
            object detection. In beta. Available only when the `cdf-version: beta` header is provided.
        personal_protective_equipment_detection_parameters (PersonalProtectiveEquipmentDetectionParameters | Unset):
            Parameters for industrial personal protective equipment detection. In beta. Available only when the `cdf-
            version: beta` header is provided.
        dial_gauge_detection_parameters (DialGaugeDetectionParameters | Unset): Parameters for dial gauge detection and
            reading. In beta. Available only when the `cdf-version: beta` header is provided.
        level_gauge_detection_parameters (LevelGaugeDetectionParameters | Unset): Parameters for level gauge detection
            and reading. In beta. Available only when the `cdf-version: beta` header is provided.
        digital_gauge_detection_parameters (DigitalGaugeDetectionParameters | Unset): Parameters for digital gauge
            detection and reading. In beta. Available only when the `cdf-version: beta` header is provided.
        valve_detection_parameters (ValveDetectionParameters | Unset): Parameters for detecting and reading the state of
            a valve. In beta. Available only when the `cdf-version: beta` header is provided.
    """

    _FIT = {
        "textDetectionParameters": ("m", "TextDetectionParameters"),
        "assetTagDetectionParameters": ("m", "AssetTagDetectionParameters"),
        "peopleDetectionParameters": ("m", "PeopleDetectionParameters"),
        "industrialObjectDetectionParameters": ("m", "IndustrialObjectDetectionParameters"),
        "personalProtectiveEquipmentDetectionParameters": ("m", "PersonalProtectiveEquipmentDetectionParameters"),
        "dialGaugeDetectionParameters": ("m", "DialGaugeDetectionParameters"),
        "levelGaugeDetectionParameters": ("m", "LevelGaugeDetectionParameters"),
        "digitalGaugeDetectionParameters": ("m", "DigitalGaugeDetectionParameters"),
        "valveDetectionParameters": ("m", "ValveDetectionParameters"),
    }
    _REQUIRED = ()

    text_detection_parameters: TextDetectionParameters | Unset = UNSET
    asset_tag_detection_parameters: AssetTagDetectionParameters | Unset = UNSET
    people_detection_parameters: PeopleDetectionParameters | Unset = UNSET
    industrial_object_detection_parameters: IndustrialObjectDetectionParameters | Unset = UNSET
    personal_protective_equipment_detection_parameters: PersonalProtectiveEquipmentDetectionParameters | Unset = UNSET
    dial_gauge_detection_parameters: DialGaugeDetectionParameters | Unset = UNSET
    level_gauge_detection_parameters: LevelGaugeDetectionParameters | Unset = UNSET
    digital_gauge_detection_parameters: DigitalGaugeDetectionParameters | Unset = UNSET
    valve_detection_parameters: ValveDetectionParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_detection_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_detection_parameters, Unset):
            text_detection_parameters = self.text_detection_parameters.to_dict()

        asset_tag_detection_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_tag_detection_parameters, Unset):
            asset_tag_detection_parameters = self.asset_tag_detection_parameters.to_dict()

        people_detection_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.people_detection_parameters, Unset):
            people_detection_parameters = self.people_detection_parameters.to_dict()

        industrial_object_detection_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.industrial_object_detection_parameters, Unset):
            industrial_object_detection_parameters = self.industrial_object_detection_parameters.to_dict()

        personal_protective_equipment_detection_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.personal_protective_equipment_detection_parameters, Unset):
            personal_protective_equipment_detection_parameters = (
                self.personal_protective_equipment_detection_parameters.to_dict()
            )

        dial_gauge_detection_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dial_gauge_detection_parameters, Unset):
            dial_gauge_detection_parameters = self.dial_gauge_detection_parameters.to_dict()

        level_gauge_detection_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.level_gauge_detection_parameters, Unset):
            level_gauge_detection_parameters = self.level_gauge_detection_parameters.to_dict()

        digital_gauge_detection_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.digital_gauge_detection_parameters, Unset):
            digital_gauge_detection_parameters = self.digital_gauge_detection_parameters.to_dict()

        valve_detection_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.valve_detection_parameters, Unset):
            valve_detection_parameters = self.valve_detection_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_detection_parameters is not UNSET:
            field_dict["textDetectionParameters"] = text_detection_parameters
        if asset_tag_detection_parameters is not UNSET:
            field_dict["assetTagDetectionParameters"] = asset_tag_detection_parameters
        if people_detection_parameters is not UNSET:
            field_dict["peopleDetectionParameters"] = people_detection_parameters
        if industrial_object_detection_parameters is not UNSET:
            field_dict["industrialObjectDetectionParameters"] = industrial_object_detection_parameters
        if personal_protective_equipment_detection_parameters is not UNSET:
            field_dict["personalProtectiveEquipmentDetectionParameters"] = (
                personal_protective_equipment_detection_parameters
            )
        if dial_gauge_detection_parameters is not UNSET:
            field_dict["dialGaugeDetectionParameters"] = dial_gauge_detection_parameters
        if level_gauge_detection_parameters is not UNSET:
            field_dict["levelGaugeDetectionParameters"] = level_gauge_detection_parameters
        if digital_gauge_detection_parameters is not UNSET:
            field_dict["digitalGaugeDetectionParameters"] = digital_gauge_detection_parameters
        if valve_detection_parameters is not UNSET:
            field_dict["valveDetectionParameters"] = valve_detection_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_tag_detection_parameters import AssetTagDetectionParameters  # noqa: PLC0415
        from ..models.dial_gauge_detection_parameters import DialGaugeDetectionParameters  # noqa: PLC0415
        from ..models.digital_gauge_detection_parameters import DigitalGaugeDetectionParameters  # noqa: PLC0415
        from ..models.industrial_object_detection_parameters import IndustrialObjectDetectionParameters  # noqa: PLC0415
        from ..models.level_gauge_detection_parameters import LevelGaugeDetectionParameters  # noqa: PLC0415
        from ..models.people_detection_parameters import PeopleDetectionParameters  # noqa: PLC0415
        from ..models.personal_protective_equipment_detection_parameters import (
            PersonalProtectiveEquipmentDetectionParameters,  # noqa: PLC0415
        )
        from ..models.text_detection_parameters import TextDetectionParameters  # noqa: PLC0415
        from ..models.valve_detection_parameters import ValveDetectionParameters  # noqa: PLC0415

        d = dict(src_dict)
        _text_detection_parameters = d.pop("textDetectionParameters", UNSET)
        text_detection_parameters: TextDetectionParameters | Unset
        if isinstance(_text_detection_parameters, Unset):
            text_detection_parameters = UNSET
        else:
            text_detection_parameters = TextDetectionParameters.from_dict(_text_detection_parameters)

        _asset_tag_detection_parameters = d.pop("assetTagDetectionParameters", UNSET)
        asset_tag_detection_parameters: AssetTagDetectionParameters | Unset
        if isinstance(_asset_tag_detection_parameters, Unset):
            asset_tag_detection_parameters = UNSET
        else:
            asset_tag_detection_parameters = AssetTagDetectionParameters.from_dict(_asset_tag_detection_parameters)

        _people_detection_parameters = d.pop("peopleDetectionParameters", UNSET)
        people_detection_parameters: PeopleDetectionParameters | Unset
        if isinstance(_people_detection_parameters, Unset):
            people_detection_parameters = UNSET
        else:
            people_detection_parameters = PeopleDetectionParameters.from_dict(_people_detection_parameters)

        _industrial_object_detection_parameters = d.pop("industrialObjectDetectionParameters", UNSET)
        industrial_object_detection_parameters: IndustrialObjectDetectionParameters | Unset
        if isinstance(_industrial_object_detection_parameters, Unset):
            industrial_object_detection_parameters = UNSET
        else:
            industrial_object_detection_parameters = IndustrialObjectDetectionParameters.from_dict(
                _industrial_object_detection_parameters
            )

        _personal_protective_equipment_detection_parameters = d.pop(
            "personalProtectiveEquipmentDetectionParameters", UNSET
        )
        personal_protective_equipment_detection_parameters: PersonalProtectiveEquipmentDetectionParameters | Unset
        if isinstance(_personal_protective_equipment_detection_parameters, Unset):
            personal_protective_equipment_detection_parameters = UNSET
        else:
            personal_protective_equipment_detection_parameters = (
                PersonalProtectiveEquipmentDetectionParameters.from_dict(
                    _personal_protective_equipment_detection_parameters
                )
            )

        _dial_gauge_detection_parameters = d.pop("dialGaugeDetectionParameters", UNSET)
        dial_gauge_detection_parameters: DialGaugeDetectionParameters | Unset
        if isinstance(_dial_gauge_detection_parameters, Unset):
            dial_gauge_detection_parameters = UNSET
        else:
            dial_gauge_detection_parameters = DialGaugeDetectionParameters.from_dict(_dial_gauge_detection_parameters)

        _level_gauge_detection_parameters = d.pop("levelGaugeDetectionParameters", UNSET)
        level_gauge_detection_parameters: LevelGaugeDetectionParameters | Unset
        if isinstance(_level_gauge_detection_parameters, Unset):
            level_gauge_detection_parameters = UNSET
        else:
            level_gauge_detection_parameters = LevelGaugeDetectionParameters.from_dict(
                _level_gauge_detection_parameters
            )

        _digital_gauge_detection_parameters = d.pop("digitalGaugeDetectionParameters", UNSET)
        digital_gauge_detection_parameters: DigitalGaugeDetectionParameters | Unset
        if isinstance(_digital_gauge_detection_parameters, Unset):
            digital_gauge_detection_parameters = UNSET
        else:
            digital_gauge_detection_parameters = DigitalGaugeDetectionParameters.from_dict(
                _digital_gauge_detection_parameters
            )

        _valve_detection_parameters = d.pop("valveDetectionParameters", UNSET)
        valve_detection_parameters: ValveDetectionParameters | Unset
        if isinstance(_valve_detection_parameters, Unset):
            valve_detection_parameters = UNSET
        else:
            valve_detection_parameters = ValveDetectionParameters.from_dict(_valve_detection_parameters)

        feature_parameters = cls(
            text_detection_parameters=text_detection_parameters,
            asset_tag_detection_parameters=asset_tag_detection_parameters,
            people_detection_parameters=people_detection_parameters,
            industrial_object_detection_parameters=industrial_object_detection_parameters,
            personal_protective_equipment_detection_parameters=personal_protective_equipment_detection_parameters,
            dial_gauge_detection_parameters=dial_gauge_detection_parameters,
            level_gauge_detection_parameters=level_gauge_detection_parameters,
            digital_gauge_detection_parameters=digital_gauge_detection_parameters,
            valve_detection_parameters=valve_detection_parameters,
        )

        feature_parameters.additional_properties = d
        return feature_parameters
