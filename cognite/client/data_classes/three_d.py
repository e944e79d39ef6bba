"""3D: models, revisions, nodes and asset mappings."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteObject, CogniteResource, CogniteResourceList, load_one
from cognite.client.data_classes._update import CogniteUpdate

__all__ = [
    "BoundingBox3D",
    "RevisionCameraProperties",
    "ThreeDAssetMapping",
    "ThreeDAssetMappingList",
    "ThreeDModel",
    "ThreeDModelList",
    "ThreeDModelRevision",
    "ThreeDModelRevisionList",
    "ThreeDModelRevisionUpdate",
    "ThreeDModelUpdate",
    "ThreeDNode",
    "ThreeDNodeList",
]


class BoundingBox3D(CogniteObject):
    _read_model = "BoundingBox3D"


class RevisionCameraProperties(CogniteObject):
    _read_model = "RevisionCameraProperties"


class ThreeDModelWrite(CogniteResource):
    """The writable part of a 3D model."""

    _write_model = "CreateModel3D"


class ThreeDModel(CogniteResource):
    """A 3D model.

    Example:
        >>> from cognite.client.data_classes import ThreeDModel
        >>> ThreeDModel(name="My Model").dump()
        {'name': 'My Model'}
    """

    _read_model = "Model3D"
    _write_model = "CreateModel3D"
    _write_class = ThreeDModelWrite


class ThreeDModelList(CogniteResourceList[ThreeDModel]):
    _RESOURCE = ThreeDModel


class ThreeDModelUpdate(CogniteUpdate):
    """Changes to one 3D model (from the spec's ``UpdateModel3D``)."""

    _patch_model = "UpdateModel3D"
    _identifiers = ("id",)


class ThreeDModelRevisionWrite(CogniteResource):
    """The writable part of a 3D revision."""

    _write_model = "CreateRevision3D"


class ThreeDModelRevision(CogniteResource):
    """A revision of a 3D model."""

    _read_model = "Revision3D"
    _write_model = "CreateRevision3D"
    _write_class = ThreeDModelRevisionWrite
    _nested = {"camera": load_one(RevisionCameraProperties)}


class ThreeDModelRevisionList(CogniteResourceList[ThreeDModelRevision]):
    _RESOURCE = ThreeDModelRevision


class ThreeDModelRevisionUpdate(CogniteUpdate):
    """Changes to one revision (from the spec's ``UpdateRevision3D``)."""

    _patch_model = "UpdateRevision3D"
    _identifiers = ("id",)


class ThreeDNode(CogniteResource):
    """A node of a 3D revision."""

    _read_model = "Node3D"
    _nested = {"bounding_box": load_one(BoundingBox3D)}


class ThreeDNodeList(CogniteResourceList[ThreeDNode]):
    _RESOURCE = ThreeDNode


class ThreeDAssetMappingWrite(CogniteResource):
    """A node-to-asset mapping to create."""

    _write_model = "CreateAssetMapping3D"


class ThreeDAssetMapping(CogniteResource):
    """A mapping between a 3D node and an asset.

    Example:
        >>> from cognite.client.data_classes import ThreeDAssetMapping
        >>> ThreeDAssetMapping(node_id=1, asset_id=2).dump()
        {'nodeId': 1, 'assetId': 2}
    """

    _read_model = "AssetMapping3D"
    _write_model = "CreateAssetMapping3D"
    _write_class = ThreeDAssetMappingWrite


class ThreeDAssetMappingList(CogniteResourceList[ThreeDAssetMapping]):
    _RESOURCE = ThreeDAssetMapping
