from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_error_option_0 import GeospatialErrorOption0
    from ..models.geospatial_error_option_02 import GeospatialErrorOption02
    from ..models.geospatial_error_option_03 import GeospatialErrorOption03
    from ..models.geospatial_error_option_04 import GeospatialErrorOption04


T = TypeVar("T", bound="GeospatialError")


@_attrs_define
class GeospatialError(AdditionalProperties):
    """Cognite API error.

    Attributes:
        code (int): HTTP status code. Example: 401.
        message (str): Error message. Example: Could not authenticate..
        missing (list[bool | float | GeospatialErrorOption0 | str] | Unset): List of lookup objects that do not match
            any results.
        duplicated (list[bool | float | GeospatialErrorOption02 | str] | Unset): List of objects that are not unique.
        invalid (list[bool | float | GeospatialErrorOption03 | str] | Unset): List of objects that are not valid.
        dependencies (list[bool | float | GeospatialErrorOption04 | str] | Unset): List of dependencies.
    """

    _FIT = {
        "code": "i",
        "message": "s",
        "missing": ("l", ("u", (("m", "GeospatialErrorOption0"), "s", "b", "n"))),
        "duplicated": ("l", ("u", (("m", "GeospatialErrorOption02"), "s", "b", "n"))),
        "invalid": ("l", ("u", (("m", "GeospatialErrorOption03"), "s", "b", "n"))),
        "dependencies": ("l", ("u", (("m", "GeospatialErrorOption04"), "s", "b", "n"))),
    }
    _REQUIRED = ("code", "message")

    code: int
    message: str
    missing: list[bool | float | GeospatialErrorOption0 | str] | Unset = UNSET
    duplicated: list[bool | float | GeospatialErrorOption02 | str] | Unset = UNSET
    invalid: list[bool | float | GeospatialErrorOption03 | str] | Unset = UNSET
    dependencies: list[bool | float | GeospatialErrorOption04 | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geospatial_error_option_0 import GeospatialErrorOption0  # noqa: PLC0415
        from ..models.geospatial_error_option_02 import GeospatialErrorOption02  # noqa: PLC0415
        from ..models.geospatial_error_option_03 import GeospatialErrorOption03  # noqa: PLC0415
        from ..models.geospatial_error_option_04 import GeospatialErrorOption04  # noqa: PLC0415

        code = self.code

        message = self.message

        missing: list[bool | dict[str, Any] | float | str] | Unset = UNSET
        if not isinstance(self.missing, Unset):
            missing = []
            for missing_item_data in self.missing:
                missing_item: bool | dict[str, Any] | float | str
                if isinstance(missing_item_data, GeospatialErrorOption0):
                    missing_item = missing_item_data.to_dict()
                else:
                    missing_item = missing_item_data
                missing.append(missing_item)

        duplicated: list[bool | dict[str, Any] | float | str] | Unset = UNSET
        if not isinstance(self.duplicated, Unset):
            duplicated = []
            for duplicated_item_data in self.duplicated:
                duplicated_item: bool | dict[str, Any] | float | str
                if isinstance(duplicated_item_data, GeospatialErrorOption02):
                    duplicated_item = duplicated_item_data.to_dict()
                else:
                    duplicated_item = duplicated_item_data
                duplicated.append(duplicated_item)

        invalid: list[bool | dict[str, Any] | float | str] | Unset = UNSET
        if not isinstance(self.invalid, Unset):
            invalid = []
            for invalid_item_data in self.invalid:
                invalid_item: bool | dict[str, Any] | float | str
                if isinstance(invalid_item_data, GeospatialErrorOption03):
                    invalid_item = invalid_item_data.to_dict()
                else:
                    invalid_item = invalid_item_data
                invalid.append(invalid_item)

        dependencies: list[bool | dict[str, Any] | float | str] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = []
            for dependencies_item_data in self.dependencies:
                dependencies_item: bool | dict[str, Any] | float | str
                if isinstance(dependencies_item_data, GeospatialErrorOption04):
                    dependencies_item = dependencies_item_data.to_dict()
                else:
                    dependencies_item = dependencies_item_data
                dependencies.append(dependencies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if missing is not UNSET:
            field_dict["missing"] = missing
        if duplicated is not UNSET:
            field_dict["duplicated"] = duplicated
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_error_option_0 import GeospatialErrorOption0  # noqa: PLC0415
        from ..models.geospatial_error_option_02 import GeospatialErrorOption02  # noqa: PLC0415
        from ..models.geospatial_error_option_03 import GeospatialErrorOption03  # noqa: PLC0415
        from ..models.geospatial_error_option_04 import GeospatialErrorOption04  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _missing = d.pop("missing", UNSET)
        missing: list[bool | float | GeospatialErrorOption0 | str] | Unset = UNSET
        if _missing is not UNSET:
            missing = []
            for missing_item_data in _missing:

                def _parse_missing_item(data: object) -> bool | float | GeospatialErrorOption0 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        missing_item_type_0 = GeospatialErrorOption0.from_dict(data)

                        return missing_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(bool | float | GeospatialErrorOption0 | str, data)

                missing_item = _parse_missing_item(missing_item_data)

                missing.append(missing_item)

        _duplicated = d.pop("duplicated", UNSET)
        duplicated: list[bool | float | GeospatialErrorOption02 | str] | Unset = UNSET
        if _duplicated is not UNSET:
            duplicated = []
            for duplicated_item_data in _duplicated:

                def _parse_duplicated_item(data: object) -> bool | float | GeospatialErrorOption02 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        duplicated_item_type_0 = GeospatialErrorOption02.from_dict(data)

                        return duplicated_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(bool | float | GeospatialErrorOption02 | str, data)

                duplicated_item = _parse_duplicated_item(duplicated_item_data)

                duplicated.append(duplicated_item)

        _invalid = d.pop("invalid", UNSET)
        invalid: list[bool | float | GeospatialErrorOption03 | str] | Unset = UNSET
        if _invalid is not UNSET:
            invalid = []
            for invalid_item_data in _invalid:

                def _parse_invalid_item(data: object) -> bool | float | GeospatialErrorOption03 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        invalid_item_type_0 = GeospatialErrorOption03.from_dict(data)

                        return invalid_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(bool | float | GeospatialErrorOption03 | str, data)

                invalid_item = _parse_invalid_item(invalid_item_data)

                invalid.append(invalid_item)

        _dependencies = d.pop("dependencies", UNSET)
        dependencies: list[bool | float | GeospatialErrorOption04 | str] | Unset = UNSET
        if _dependencies is not UNSET:
            dependencies = []
            for dependencies_item_data in _dependencies:

                def _parse_dependencies_item(data: object) -> bool | float | GeospatialErrorOption04 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        dependencies_item_type_0 = GeospatialErrorOption04.from_dict(data)

                        return dependencies_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(bool | float | GeospatialErrorOption04 | str, data)

                dependencies_item = _parse_dependencies_item(dependencies_item_data)

                dependencies.append(dependencies_item)

        geospatial_error = cls(
            code=code,
            message=message,
            missing=missing,
            duplicated=duplicated,
            invalid=invalid,
            dependencies=dependencies,
        )

        geospatial_error.additional_properties = d
        return geospatial_error
