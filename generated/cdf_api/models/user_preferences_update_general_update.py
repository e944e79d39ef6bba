from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.user_preferences_update_general_update_date_format import UserPreferencesUpdateGeneralUpdateDateFormat
    from ..models.user_preferences_update_general_update_language import UserPreferencesUpdateGeneralUpdateLanguage
    from ..models.user_preferences_update_general_update_time_format import UserPreferencesUpdateGeneralUpdateTimeFormat
    from ..models.user_preferences_update_general_update_timezone import UserPreferencesUpdateGeneralUpdateTimezone


T = TypeVar("T", bound="UserPreferencesUpdateGeneralUpdate")


@_attrs_define
class UserPreferencesUpdateGeneralUpdate(AdditionalProperties):
    """Fields omitted from `update` object will retain their previous values.

    Attributes:
        language (UserPreferencesUpdateGeneralUpdateLanguage | Unset):
        timezone (UserPreferencesUpdateGeneralUpdateTimezone | Unset):
        date_format (UserPreferencesUpdateGeneralUpdateDateFormat | Unset):
        time_format (UserPreferencesUpdateGeneralUpdateTimeFormat | Unset):
    """

    _FIT = {
        "language": ("m", "UserPreferencesUpdateGeneralUpdateLanguage"),
        "timezone": ("m", "UserPreferencesUpdateGeneralUpdateTimezone"),
        "dateFormat": ("m", "UserPreferencesUpdateGeneralUpdateDateFormat"),
        "timeFormat": ("m", "UserPreferencesUpdateGeneralUpdateTimeFormat"),
    }
    _REQUIRED = ()

    language: UserPreferencesUpdateGeneralUpdateLanguage | Unset = UNSET
    timezone: UserPreferencesUpdateGeneralUpdateTimezone | Unset = UNSET
    date_format: UserPreferencesUpdateGeneralUpdateDateFormat | Unset = UNSET
    time_format: UserPreferencesUpdateGeneralUpdateTimeFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.to_dict()

        timezone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timezone, Unset):
            timezone = self.timezone.to_dict()

        date_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_format, Unset):
            date_format = self.date_format.to_dict()

        time_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_format, Unset):
            time_format = self.time_format.to_dict()

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
        from ..models.user_preferences_update_general_update_date_format import (
            UserPreferencesUpdateGeneralUpdateDateFormat,  # noqa: PLC0415
        )
        from ..models.user_preferences_update_general_update_language import UserPreferencesUpdateGeneralUpdateLanguage  # noqa: PLC0415
        from ..models.user_preferences_update_general_update_time_format import (
            UserPreferencesUpdateGeneralUpdateTimeFormat,  # noqa: PLC0415
        )
        from ..models.user_preferences_update_general_update_timezone import UserPreferencesUpdateGeneralUpdateTimezone  # noqa: PLC0415

        d = dict(src_dict)
        _language = d.pop("language", UNSET)
        language: UserPreferencesUpdateGeneralUpdateLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = UserPreferencesUpdateGeneralUpdateLanguage.from_dict(_language)

        _timezone = d.pop("timezone", UNSET)
        timezone: UserPreferencesUpdateGeneralUpdateTimezone | Unset
        if isinstance(_timezone, Unset):
            timezone = UNSET
        else:
            timezone = UserPreferencesUpdateGeneralUpdateTimezone.from_dict(_timezone)

        _date_format = d.pop("dateFormat", UNSET)
        date_format: UserPreferencesUpdateGeneralUpdateDateFormat | Unset
        if isinstance(_date_format, Unset):
            date_format = UNSET
        else:
            date_format = UserPreferencesUpdateGeneralUpdateDateFormat.from_dict(_date_format)

        _time_format = d.pop("timeFormat", UNSET)
        time_format: UserPreferencesUpdateGeneralUpdateTimeFormat | Unset
        if isinstance(_time_format, Unset):
            time_format = UNSET
        else:
            time_format = UserPreferencesUpdateGeneralUpdateTimeFormat.from_dict(_time_format)

        user_preferences_update_general_update = cls(
            language=language,
            timezone=timezone,
            date_format=date_format,
            time_format=time_format,
        )

        user_preferences_update_general_update.additional_properties = d
        return user_preferences_update_general_update
