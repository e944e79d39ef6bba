from enum import Enum


class AnnotationType(str, Enum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    DIAGRAMS_ASSETLINK = "diagrams.AssetLink"
    DIAGRAMS_FILELINK = "diagrams.FileLink"
    DIAGRAMS_INSTANCELINK = "diagrams.InstanceLink"
    DIAGRAMS_JUNCTION = "diagrams.Junction"
    DIAGRAMS_LINE = "diagrams.Line"
    DIAGRAMS_UNHANDLEDSYMBOLOBJECT = "diagrams.UnhandledSymbolObject"
    DIAGRAMS_UNHANDLEDTEXTOBJECT = "diagrams.UnhandledTextObject"
    DOCUMENTS_EXTRACTEDTEXT = "documents.ExtractedText"
    FORMS_DETECTION = "forms.Detection"
    IMAGES_ASSETLINK = "images.AssetLink"
    IMAGES_CLASSIFICATION = "images.Classification"
    IMAGES_INSTANCELINK = "images.InstanceLink"
    IMAGES_KEYPOINTCOLLECTION = "images.KeypointCollection"
    IMAGES_OBJECTDETECTION = "images.ObjectDetection"
    IMAGES_TEXTREGION = "images.TextRegion"
    ISOPLAN_ISOPLANANNOTATION = "isoplan.IsoPlanAnnotation"
    POINTCLOUD_BOUNDINGVOLUME = "pointcloud.BoundingVolume"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AnnotationType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
