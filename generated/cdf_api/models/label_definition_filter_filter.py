from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.data_set_external_id import DataSetExternalId
    from ..models.data_set_internal_id import DataSetInternalId


T = TypeVar("T", bound="LabelDefinitionFilterFilter")


@_attrs_define
class LabelDefinitionFilterFilter(AdditionalProperties):
    """Filter on labels definitions with strict matching.

    Attributes:
        name (str | Unset): Returns the label definitions matching that name.
        external_id_prefix (str | Unset): filter external ids starting with the prefix specified
        data_set_ids (list[DataSetExternalId | DataSetInternalId] | Unset):
    """

    _FIT = {
        "name": "s",
        "externalIdPrefix": "s",
        "dataSetIds": ("l", ("u", (("m", "DataSetInternalId"), ("m", "DataSetExternalId")))),
    }
    _REQUIRED = ()

    name: str | Unset = UNSET
    external_id_prefix: str | Unset = UNSET
    data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        external_id_prefix = self.external_id_prefix

        data_set_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_set_ids, Unset):
            data_set_ids = []
            for data_set_ids_item_data in self.data_set_ids:
                data_set_ids_item: dict[str, Any]
                data_set_ids_item = data_set_ids_item_data.to_dict()

                data_set_ids.append(data_set_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if external_id_prefix is not UNSET:
            field_dict["externalIdPrefix"] = external_id_prefix
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_set_external_id import DataSetExternalId  # noqa: PLC0415
        from ..models.data_set_internal_id import DataSetInternalId  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        external_id_prefix = d.pop("externalIdPrefix", UNSET)

        _data_set_ids = d.pop("dataSetIds", UNSET)
        data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET
        if _data_set_ids is not UNSET:
            data_set_ids = []
            for data_set_ids_item_data in _data_set_ids:

                def _parse_data_set_ids_item(data: object) -> DataSetExternalId | DataSetInternalId:
                    return parse_best(data, (DataSetInternalId, DataSetExternalId))

                data_set_ids_item = _parse_data_set_ids_item(data_set_ids_item_data)

                data_set_ids.append(data_set_ids_item)

        label_definition_filter_filter = cls(
            name=name,
            external_id_prefix=external_id_prefix,
            data_set_ids=data_set_ids,
        )

        label_definition_filter_filter.additional_properties = d
        return label_definition_filter_filter
