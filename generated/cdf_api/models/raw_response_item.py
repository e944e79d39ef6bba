from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.raw_response_item_core import RawResponseItemCore
    from ..models.raw_response_item_core_value import RawResponseItemCoreValue
    from ..models.spatial_data import SpatialData


T = TypeVar("T", bound="RawResponseItem")


@_attrs_define
class RawResponseItem(AdditionalProperties):
    """
    Attributes:
        file_id (int): The internal ID for the File.
        page_num (int): Page number the answer is in.
        property_id (str): property_id of the View
        spatial_data (SpatialData):
        value (RawResponseItemCoreValue): The extracted value returned in the expected data type.
        other_answers (list[RawResponseItemCore]):
        selected_answer_index (int | Unset): This field is the index of the selected answer. If index is -1, it means
            that the main answer is selected. If index is 0 or greater, it means that the answer at that index in the
            other_answers list is selected.
    """

    _FIT = {
        "fileId": "i",
        "pageNum": "i",
        "propertyId": "s",
        "spatialData": ("m", "SpatialData"),
        "value": ("m", "RawResponseItemCoreValue"),
        "otherAnswers": ("l", ("m", "RawResponseItemCore")),
        "selectedAnswerIndex": "i",
    }
    _REQUIRED = ("fileId", "pageNum", "propertyId", "spatialData", "value", "otherAnswers")

    file_id: int
    page_num: int
    property_id: str
    spatial_data: SpatialData
    value: RawResponseItemCoreValue
    other_answers: list[RawResponseItemCore]
    selected_answer_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        page_num = self.page_num

        property_id = self.property_id

        spatial_data = self.spatial_data.to_dict()

        value = self.value.to_dict()

        other_answers = []
        for other_answers_item_data in self.other_answers:
            other_answers_item = other_answers_item_data.to_dict()
            other_answers.append(other_answers_item)

        selected_answer_index = self.selected_answer_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "pageNum": page_num,
                "propertyId": property_id,
                "spatialData": spatial_data,
                "value": value,
                "otherAnswers": other_answers,
            }
        )
        if selected_answer_index is not UNSET:
            field_dict["selectedAnswerIndex"] = selected_answer_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raw_response_item_core import RawResponseItemCore  # noqa: PLC0415
        from ..models.raw_response_item_core_value import RawResponseItemCoreValue  # noqa: PLC0415
        from ..models.spatial_data import SpatialData  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("fileId")

        page_num = d.pop("pageNum")

        property_id = d.pop("propertyId")

        spatial_data = SpatialData.from_dict(d.pop("spatialData"))

        value = RawResponseItemCoreValue.from_dict(d.pop("value"))

        other_answers = []
        _other_answers = d.pop("otherAnswers")
        for other_answers_item_data in _other_answers:
            other_answers_item = RawResponseItemCore.from_dict(other_answers_item_data)

            other_answers.append(other_answers_item)

        selected_answer_index = d.pop("selectedAnswerIndex", UNSET)

        raw_response_item = cls(
            file_id=file_id,
            page_num=page_num,
            property_id=property_id,
            spatial_data=spatial_data,
            value=value,
            other_answers=other_answers,
            selected_answer_index=selected_answer_index,
        )

        raw_response_item.additional_properties = d
        return raw_response_item
