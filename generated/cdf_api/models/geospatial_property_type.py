from enum import Enum


class GeospatialPropertyType(str, Enum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    BOOLEAN = "BOOLEAN"
    DOUBLE = "DOUBLE"
    GEOMETRY = "GEOMETRY"
    GEOMETRYCOLLECTION = "GEOMETRYCOLLECTION"
    GEOMETRYCOLLECTIONM = "GEOMETRYCOLLECTIONM"
    GEOMETRYCOLLECTIONZM = "GEOMETRYCOLLECTIONZM"
    GEOMETRYM = "GEOMETRYM"
    GEOMETRYZ = "GEOMETRYZ"
    GEOMETRYZM = "GEOMETRYZM"
    JSON = "JSON"
    LINESTRING = "LINESTRING"
    LINESTRINGM = "LINESTRINGM"
    LINESTRINGZ = "LINESTRINGZ"
    LINESTRINGZM = "LINESTRINGZM"
    LONG = "LONG"
    LONGARRAY = "LONGARRAY"
    MULTILINESTRING = "MULTILINESTRING"
    MULTILINESTRINGM = "MULTILINESTRINGM"
    MULTILINESTRINGZ = "MULTILINESTRINGZ"
    MULTILINESTRINGZM = "MULTILINESTRINGZM"
    MULTIPOINT = "MULTIPOINT"
    MULTIPOINTM = "MULTIPOINTM"
    MULTIPOINTZ = "MULTIPOINTZ"
    MULTIPOINTZM = "MULTIPOINTZM"
    MULTIPOLYGON = "MULTIPOLYGON"
    MULTIPOLYGONM = "MULTIPOLYGONM"
    MULTIPOLYGONZ = "MULTIPOLYGONZ"
    MULTIPOLYGONZM = "MULTIPOLYGONZM"
    POINT = "POINT"
    POINTM = "POINTM"
    POINTZ = "POINTZ"
    POINTZM = "POINTZM"
    POLYGON = "POLYGON"
    POLYGONM = "POLYGONM"
    POLYGONZ = "POLYGONZ"
    POLYGONZM = "POLYGONZM"
    RASTER = "RASTER"
    STRING = "STRING"
    TIMESTAMP = "TIMESTAMP"
    TIMESTAMPTZ = "TIMESTAMPTZ"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GeospatialPropertyType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
