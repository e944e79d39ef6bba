"""3D: models, revisions, nodes and asset mappings."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    BoundingBox3DFields,
    RevisionCameraPropertiesFields,
    ThreeDAssetMappingFields,
    ThreeDAssetMappingWriteFields,
    ThreeDModelFields,
    ThreeDModelRevisionFields,
    ThreeDModelRevisionUpdateFields,
    ThreeDModelRevisionWriteFields,
    ThreeDModelUpdateFields,
    ThreeDModelWriteFields,
    ThreeDNodeFields,
)

__all__ = [
    "BoundingBox3D",
    "RevisionCameraProperties",
    "ThreeDAssetMapping",
    "ThreeDAssetMappingList",
    "ThreeDAssetMappingWriteList",
    "ThreeDModel",
    "ThreeDModelList",
    "ThreeDModelRevision",
    "ThreeDModelRevisionList",
    "ThreeDModelRevisionUpdate",
    "ThreeDModelRevisionWriteList",
    "ThreeDModelUpdate",
    "ThreeDModelWriteList",
    "ThreeDNode",
    "ThreeDNodeList",
]


class BoundingBox3D(BoundingBox3DFields):
    """BoundingBox3D (fields generated from the spec)."""


class RevisionCameraProperties(RevisionCameraPropertiesFields):
    """RevisionCameraProperties (fields generated from the spec)."""


class ThreeDModelWrite(ThreeDModelWriteFields):
    """The writable part of a 3D model."""


class ThreeDModel(ThreeDModelFields):
    """A 3D model.

    Example:
        >>> from cognite.client.data_classes import ThreeDModel
        >>> ThreeDModel(name="My Model").dump()
        {'name': 'My Model'}
    """


class ThreeDModelWriteList(CogniteResourceList[ThreeDModelWrite]):
    _RESOURCE = ThreeDModelWrite


class ThreeDModelList(WriteableCogniteResourceList[ThreeDModel, ThreeDModelWriteList]):
    _RESOURCE = ThreeDModel


class ThreeDModelUpdate(ThreeDModelUpdateFields):
    """Changes to one 3D model (from the spec's ``UpdateModel3D``)."""


class ThreeDModelRevisionWrite(ThreeDModelRevisionWriteFields):
    """The writable part of a 3D revision."""


class ThreeDModelRevision(ThreeDModelRevisionFields):
    """A revision of a 3D model."""


class ThreeDModelRevisionWriteList(CogniteResourceList[ThreeDModelRevisionWrite]):
    _RESOURCE = ThreeDModelRevisionWrite


class ThreeDModelRevisionList(WriteableCogniteResourceList[ThreeDModelRevision, ThreeDModelRevisionWriteList]):
    _RESOURCE = ThreeDModelRevision


class ThreeDModelRevisionUpdate(ThreeDModelRevisionUpdateFields):
    """Changes to one revision (from the spec's ``UpdateRevision3D``)."""


class ThreeDNode(ThreeDNodeFields):
    """A node of a 3D revision."""


class ThreeDNodeList(CogniteResourceList[ThreeDNode]):
    _RESOURCE = ThreeDNode


class ThreeDAssetMappingWrite(ThreeDAssetMappingWriteFields):
    """A node-to-asset mapping to create."""


class ThreeDAssetMapping(ThreeDAssetMappingFields):
    """A mapping between a 3D node and an asset.

    Example:
        >>> from cognite.client.data_classes import ThreeDAssetMapping
        >>> ThreeDAssetMapping(node_id=1, asset_id=2).dump()
        {'nodeId': 1, 'assetId': 2}
    """


class ThreeDAssetMappingWriteList(CogniteResourceList[ThreeDAssetMappingWrite]):
    _RESOURCE = ThreeDAssetMappingWrite


class ThreeDAssetMappingList(WriteableCogniteResourceList[ThreeDAssetMapping, ThreeDAssetMappingWriteList]):
    _RESOURCE = ThreeDAssetMapping
