from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.nullable_single_patch_long_remove import NullableSinglePatchLongRemove
    from ..models.nullable_single_patch_long_set import NullableSinglePatchLongSet
    from ..models.nullable_single_patch_string_remove import NullableSinglePatchStringRemove
    from ..models.nullable_single_patch_string_set import NullableSinglePatchStringSet
    from ..models.subscriptions_update_request_add_or_remove_time_series import (
        SubscriptionsUpdateRequestAddOrRemoveTimeSeries,
    )
    from ..models.subscriptions_update_request_add_or_remove_time_series_2 import (
        SubscriptionsUpdateRequestAddOrRemoveTimeSeries2,
    )
    from ..models.subscriptions_update_request_items_item_update_filter import (
        SubscriptionsUpdateRequestItemsItemUpdateFilter,
    )
    from ..models.subscriptions_update_request_replace_the_entire_list_of_time_series import (
        SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries,
    )
    from ..models.subscriptions_update_request_replace_the_entire_list_of_time_series_2 import (
        SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries2,
    )


T = TypeVar("T", bound="SubscriptionsUpdateRequestItemsItemUpdate")


@_attrs_define
class SubscriptionsUpdateRequestItemsItemUpdate(AdditionalProperties):
    """
    Attributes:
        time_series_ids (SubscriptionsUpdateRequestAddOrRemoveTimeSeries |
            SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries | Unset): Update subscription definition (not
            applicable for filter subscriptions).
        instance_ids (SubscriptionsUpdateRequestAddOrRemoveTimeSeries2 |
            SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries2 | Unset): Update subscription definition (not
            applicable for filter subscriptions).
        name (NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset): The change that will be applied
            to the key.
        description (NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset): The change that will be
            applied to the key.
        data_set_id (NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset): The change that will be
            applied to the key.
        filter_ (SubscriptionsUpdateRequestItemsItemUpdateFilter | Unset): New filter definition of the subscription.
            This can only be used to
            update a filter subscription. It is not possible to delete a filter,
            you will have to delete the subscription.
            This update is eventually consistent, there may be a period of time where
            you get a mix of data, both from the old and the new filter.
    """

    _FIT = {
        "timeSeriesIds": (
            "u",
            (
                ("m", "SubscriptionsUpdateRequestAddOrRemoveTimeSeries"),
                ("m", "SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries"),
            ),
        ),
        "instanceIds": (
            "u",
            (
                ("m", "SubscriptionsUpdateRequestAddOrRemoveTimeSeries2"),
                ("m", "SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries2"),
            ),
        ),
        "name": ("u", (("m", "NullableSinglePatchStringSet"), ("m", "NullableSinglePatchStringRemove"))),
        "description": ("u", (("m", "NullableSinglePatchStringSet"), ("m", "NullableSinglePatchStringRemove"))),
        "dataSetId": ("u", (("m", "NullableSinglePatchLongSet"), ("m", "NullableSinglePatchLongRemove"))),
        "filter": ("m", "SubscriptionsUpdateRequestItemsItemUpdateFilter"),
    }
    _REQUIRED = ()

    time_series_ids: (
        SubscriptionsUpdateRequestAddOrRemoveTimeSeries
        | SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries
        | Unset
    ) = UNSET
    instance_ids: (
        SubscriptionsUpdateRequestAddOrRemoveTimeSeries2
        | SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries2
        | Unset
    ) = UNSET
    name: NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset = UNSET
    description: NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset = UNSET
    data_set_id: NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset = UNSET
    filter_: SubscriptionsUpdateRequestItemsItemUpdateFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_series_ids: dict[str, Any] | Unset
        if isinstance(self.time_series_ids, Unset):
            time_series_ids = UNSET
        else:
            time_series_ids = self.time_series_ids.to_dict()

        instance_ids: dict[str, Any] | Unset
        if isinstance(self.instance_ids, Unset):
            instance_ids = UNSET
        else:
            instance_ids = self.instance_ids.to_dict()

        name: dict[str, Any] | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name.to_dict()

        description: dict[str, Any] | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description.to_dict()

        data_set_id: dict[str, Any] | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id.to_dict()

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_series_ids is not UNSET:
            field_dict["timeSeriesIds"] = time_series_ids
        if instance_ids is not UNSET:
            field_dict["instanceIds"] = instance_ids
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nullable_single_patch_long_remove import NullableSinglePatchLongRemove  # noqa: PLC0415
        from ..models.nullable_single_patch_long_set import NullableSinglePatchLongSet  # noqa: PLC0415
        from ..models.nullable_single_patch_string_remove import NullableSinglePatchStringRemove  # noqa: PLC0415
        from ..models.nullable_single_patch_string_set import NullableSinglePatchStringSet  # noqa: PLC0415
        from ..models.subscriptions_update_request_add_or_remove_time_series import (
            SubscriptionsUpdateRequestAddOrRemoveTimeSeries,  # noqa: PLC0415
        )
        from ..models.subscriptions_update_request_add_or_remove_time_series_2 import (
            SubscriptionsUpdateRequestAddOrRemoveTimeSeries2,  # noqa: PLC0415
        )
        from ..models.subscriptions_update_request_items_item_update_filter import (
            SubscriptionsUpdateRequestItemsItemUpdateFilter,  # noqa: PLC0415
        )
        from ..models.subscriptions_update_request_replace_the_entire_list_of_time_series import (
            SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries,  # noqa: PLC0415
        )
        from ..models.subscriptions_update_request_replace_the_entire_list_of_time_series_2 import (
            SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries2,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_time_series_ids(
            data: object,
        ) -> (
            SubscriptionsUpdateRequestAddOrRemoveTimeSeries
            | SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    SubscriptionsUpdateRequestAddOrRemoveTimeSeries,
                    SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries,
                ),
            )

        time_series_ids = _parse_time_series_ids(d.pop("timeSeriesIds", UNSET))

        def _parse_instance_ids(
            data: object,
        ) -> (
            SubscriptionsUpdateRequestAddOrRemoveTimeSeries2
            | SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries2
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    SubscriptionsUpdateRequestAddOrRemoveTimeSeries2,
                    SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries2,
                ),
            )

        instance_ids = _parse_instance_ids(d.pop("instanceIds", UNSET))

        def _parse_name(data: object) -> NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchStringSet, NullableSinglePatchStringRemove))

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchStringSet, NullableSinglePatchStringRemove))

        description = _parse_description(d.pop("description", UNSET))

        def _parse_data_set_id(data: object) -> NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchLongSet, NullableSinglePatchLongRemove))

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

        _filter_ = d.pop("filter", UNSET)
        filter_: SubscriptionsUpdateRequestItemsItemUpdateFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = SubscriptionsUpdateRequestItemsItemUpdateFilter.from_dict(_filter_)

        subscriptions_update_request_items_item_update = cls(
            time_series_ids=time_series_ids,
            instance_ids=instance_ids,
            name=name,
            description=description,
            data_set_id=data_set_id,
            filter_=filter_,
        )

        subscriptions_update_request_items_item_update.additional_properties = d
        return subscriptions_update_request_items_item_update
