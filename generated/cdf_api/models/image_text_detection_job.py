from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.image_text_detection_job_configuration import ImageTextDetectionJobConfiguration
    from ..models.image_text_detection_job_source import ImageTextDetectionJobSource


T = TypeVar("T", bound="ImageTextDetectionJob")


@_attrs_define
class ImageTextDetectionJob(AdditionalProperties):
    """
    Attributes:
        space (str):
        external_id (str):
        name (str):
        type_ (Literal['ImageTextDetection']): The image text detection job type is used to run OCR (Optical Character
            Recognition) on
            360-degree images stored in a 360-image collection.
        source (ImageTextDetectionJobSource):
        configuration (ImageTextDetectionJobConfiguration): Job configuration for the ImageTextDetection job type.
            Currently, no additional configuration is supported for this job type.
    """

    _FIT = {
        "space": "s",
        "externalId": "s",
        "name": "s",
        "type": ("c", "ImageTextDetection"),
        "source": ("m", "ImageTextDetectionJobSource"),
        "configuration": ("m", "ImageTextDetectionJobConfiguration"),
    }
    _REQUIRED = ("space", "externalId", "name", "type", "source", "configuration")

    space: str
    external_id: str
    name: str
    type_: Literal["ImageTextDetection"]
    source: ImageTextDetectionJobSource
    configuration: ImageTextDetectionJobConfiguration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        name = self.name

        type_ = self.type_

        source = self.source.to_dict()

        configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "name": name,
                "type": type_,
                "source": source,
                "configuration": configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_text_detection_job_configuration import ImageTextDetectionJobConfiguration  # noqa: PLC0415
        from ..models.image_text_detection_job_source import ImageTextDetectionJobSource  # noqa: PLC0415

        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        name = d.pop("name")

        type_ = cast(Literal["ImageTextDetection"], d.pop("type"))
        if type_ != "ImageTextDetection":
            raise ValueError(f"type must match const 'ImageTextDetection', got '{type_}'")

        source = ImageTextDetectionJobSource.from_dict(d.pop("source"))

        configuration = ImageTextDetectionJobConfiguration.from_dict(d.pop("configuration"))

        image_text_detection_job = cls(
            space=space,
            external_id=external_id,
            name=name,
            type_=type_,
            source=source,
            configuration=configuration,
        )

        image_text_detection_job.additional_properties = d
        return image_text_detection_job
