from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.integration_extractor import IntegrationExtractor


T = TypeVar("T", bound="CreateIntegration")


@_attrs_define
class CreateIntegration(AdditionalProperties):
    """Request to create an integration.

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.integrations.id.
        extractor (IntegrationExtractor): Identifier for an extractor. Note that if the extractor externalId starts with
            `cognite`, it must correspond to a cognite extractor.
        name (str | Unset): Descriptive integration name.
        description (str | Unset): Integration description.
    """

    _FIT = {"externalId": "s", "extractor": ("m", "IntegrationExtractor"), "name": "s", "description": "s"}
    _REQUIRED = ("externalId", "extractor")

    external_id: str
    extractor: IntegrationExtractor
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        extractor = self.extractor.to_dict()

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "extractor": extractor,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_extractor import IntegrationExtractor  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        extractor = IntegrationExtractor.from_dict(d.pop("extractor"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        create_integration = cls(
            external_id=external_id,
            extractor=extractor,
            name=name,
            description=description,
        )

        create_integration.additional_properties = d
        return create_integration
