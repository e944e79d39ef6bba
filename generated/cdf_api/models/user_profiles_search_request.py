from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.user_profiles_search_request_search import UserProfilesSearchRequestSearch


T = TypeVar("T", bound="UserProfilesSearchRequest")


@_attrs_define
class UserProfilesSearchRequest(AdditionalProperties):
    """
    Attributes:
        search (UserProfilesSearchRequestSearch | Unset):
        limit (int | Unset): <- Limits the maximum number of results to be returned by single request. The default is
            25.
    """

    _FIT = {"search": ("m", "UserProfilesSearchRequestSearch"), "limit": "i"}
    _REQUIRED = ()

    search: UserProfilesSearchRequestSearch | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search is not UNSET:
            field_dict["search"] = search
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_profiles_search_request_search import UserProfilesSearchRequestSearch  # noqa: PLC0415

        d = dict(src_dict)
        _search = d.pop("search", UNSET)
        search: UserProfilesSearchRequestSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = UserProfilesSearchRequestSearch.from_dict(_search)

        limit = d.pop("limit", UNSET)

        user_profiles_search_request = cls(
            search=search,
            limit=limit,
        )

        user_profiles_search_request.additional_properties = d
        return user_profiles_search_request
