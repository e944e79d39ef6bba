from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_preferences_date_format_field import UserPreferencesDateFormatField
from ..models.user_preferences_language_field import UserPreferencesLanguageField
from ..models.user_preferences_time_format_field import UserPreferencesTimeFormatField
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="UserPreferencesReadGeneral")


@_attrs_define
class UserPreferencesReadGeneral(AdditionalProperties):
    """
    Attributes:
        language (UserPreferencesLanguageField | Unset):
        timezone (str | Unset):  Example: GMT+02:00.
        date_format (UserPreferencesDateFormatField | Unset):
        time_format (UserPreferencesTimeFormatField | Unset):
    """

    _FIT = {"language": "s", "timezone": "s", "dateFormat": "s", "timeFormat": "s"}
    _REQUIRED = ()

    language: UserPreferencesLanguageField | Unset = UNSET
    timezone: str | Unset = UNSET
    date_format: UserPreferencesDateFormatField | Unset = UNSET
    time_format: UserPreferencesTimeFormatField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        timezone = self.timezone

        date_format: str | Unset = UNSET
        if not isinstance(self.date_format, Unset):
            date_format = self.date_format.value

        time_format: str | Unset = UNSET
        if not isinstance(self.time_format, Unset):
            time_format = self.time_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if date_format is not UNSET:
            field_dict["dateFormat"] = date_format
        if time_format is not UNSET:
            field_dict["timeFormat"] = time_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _language = d.pop("language", UNSET)
        language: UserPreferencesLanguageField | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = UserPreferencesLanguageField(_language)

        timezone = d.pop("timezone", UNSET)

        _date_format = d.pop("dateFormat", UNSET)
        date_format: UserPreferencesDateFormatField | Unset
        if isinstance(_date_format, Unset):
            date_format = UNSET
        else:
            date_format = UserPreferencesDateFormatField(_date_format)

        _time_format = d.pop("timeFormat", UNSET)
        time_format: UserPreferencesTimeFormatField | Unset
        if isinstance(_time_format, Unset):
            time_format = UNSET
        else:
            time_format = UserPreferencesTimeFormatField(_time_format)

        user_preferences_read_general = cls(
            language=language,
            timezone=timezone,
            date_format=date_format,
            time_format=time_format,
        )

        user_preferences_read_general.additional_properties = d
        return user_preferences_read_general
