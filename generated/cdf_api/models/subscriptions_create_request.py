from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.subscriptions_create_request_items_item import SubscriptionsCreateRequestItemsItem


T = TypeVar("T", bound="SubscriptionsCreateRequest")


@_attrs_define
class SubscriptionsCreateRequest(AdditionalProperties):
    """
    Attributes:
        items (list[SubscriptionsCreateRequestItemsItem]): <details>
            <summary>
            Subscription definitions. A subscription may be configured explicitly with a list
            of time series, or it may be a configured dynamically through a filter. The
            subscription cannot change type later.

            An explicit list must be manually updated by the user, while a filter will be updated
            automatically whenever a time series is added/deleted/updated (eventually consistent).

            The filter subscriptions uses the same syntax as advanced filters in the _Filter time series_
            endpoint, with two exceptions: The field is named &#x60;filter&#x60; instead of &#x60;advancedFilter&#x60;,
            and we do not support the &#x60;search&#x60; LeafFilter.
            </summary>

            ### Advanced filtering

            The `filter`
            field lets you create complex filtering expressions that combine simple operations,
            such as `equals`, `prefix`, and `exists`, by using the Boolean operators `and`, `or`, and `not`.
            Filtering applies to basic fields as well as metadata. See the `advancedFilter` syntax in the request example.



            #### Supported leaf filters

            | Leaf filter    | Supported fields       | Description and example
            |
            |----------------|------------------------|---------------------------------------------------------------------
            ---------------------------------------------------------------------------------------------------------------|
            | `containsAll`  | Array type fields      | Only includes results which contain all of the specified values. <br
            /> `{"containsAll": {"property": ["property"], "values": [1, 2, 3]}}`                                         |
            | `containsAny`  | Array type fields      | Only includes results which contain at least one of the specified
            values. <br /> `{"containsAny": {"property": ["property"], "values": [1, 2, 3]}}`
            |
            | `equals`       | Non-array type fields  | Only includes results that are equal to the specified value. <br />
            `{"equals": {"property": ["property"], "value": "example"}}`                                                   |
            | `exists`       | All fields             | Only includes results where the specified property exists (has a
            value). <br /> `{"exists": {"property": ["property"]}}`
            |
            | `in`           | Non-array type fields  | Only includes results that are equal to one of the specified values.
            <br /> `{"in": {"property": ["property"], "values": [1, 2, 3]}}`                                              |
            | `prefix`       | String type fields     | Only includes results which start with the specified text. <br />
            `{"prefix": {"property": ["property"], "value": "example"}}`
            |
            | `range`        | Non-array type fields  | Only includes results that fall within the specified range. <br />
            `{"range": {"property": ["property"], "gt": 1, "lte": 5}}` <br /> Supported operators: `gt`, `lt`, `gte`, `lte`
            |

            #### Supported properties

            | Property                          | Type               |
            |-----------------------------------|--------------------|
            | `["description"]`                 | string             |
            | `["externalId"]`                  | string             |
            | `["metadata", "<someCustomKey>"]` | string             |
            | `["name"]`                        | string             |
            | `["unit"]`                         | string              |
            | `["unitExternalId"]`               | string              |
            | `["unitQuantity"]`                 | string              |
            | `["instanceId", "space"]`          | string              |
            | `["instanceId", "externalId"]`     | string              |
            | `["assetId"]`                      | number              |
            | `["assetRootId"]`                  | number              |
            | `["createdTime"]`                  | number              |
            | `["dataSetId"]`                    | number              |
            | `["id"]`                           | number              |
            | `["lastUpdatedTime"]`              | number              |
            | `["isStep"]`                       | Boolean             |
            | `["isString"]`                     | Boolean             |
            | `["type"]`                         | string              |

            #### Limits

            - Filter query max depth: 10.
            - Filter query max number of clauses: 100.
            - `and` and `or` clauses must have at least one element (and at most 99, since each element counts
              towards the total clause limit, and so does the `and`/`or` clause itself).
            - The `property` array of each leaf filter has the following limitations:
              - Number of elements in the array is 1 or 2.
              - Elements must not be null or blank.
              - Each element max length is 256 characters.
              - The `property` array must match one of the existing properties (static top-level property or dynamic
            metadata property).
            - `containsAll`, `containsAny`, and `in` filter `values` array size must be in the range [1, 100].
            - `containsAll`, `containsAny`, and `in` filter `values` array must contain elements of number or string type
            (matching the type of the given property).
            - `range` filter must have at lest one of `gt`, `gte`, `lt`, `lte` attributes.
              But `gt` is mutually exclusive to `gte`, while `lt` is mutually exclusive to `lte`.
            - `gt`, `gte`, `lt`, `lte` in the `range` filter must be of number or string type (matching the type of the
            given property).
            - The maximum length of the `value` of a leaf filter that is applied to a string property is 256.

            </details>
    """

    _FIT = {"items": ("l", ("m", "SubscriptionsCreateRequestItemsItem"))}
    _REQUIRED = ("items",)

    items: list[SubscriptionsCreateRequestItemsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriptions_create_request_items_item import SubscriptionsCreateRequestItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SubscriptionsCreateRequestItemsItem.from_dict(items_item_data)

            items.append(items_item)

        subscriptions_create_request = cls(
            items=items,
        )

        subscriptions_create_request.additional_properties = d
        return subscriptions_create_request
