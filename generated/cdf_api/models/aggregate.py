from enum import Enum


class Aggregate(str, Enum):
    """Open enum: a value the spec does not list (a newer server) becomes a pseudo-member instead of an error."""

    AVERAGE = "average"
    CONTINUOUSVARIANCE = "continuousVariance"
    COUNT = "count"
    COUNTBAD = "countBad"
    COUNTGOOD = "countGood"
    COUNTUNCERTAIN = "countUncertain"
    DISCRETEVARIANCE = "discreteVariance"
    DURATIONBAD = "durationBad"
    DURATIONGOOD = "durationGood"
    DURATIONUNCERTAIN = "durationUncertain"
    INTERPOLATION = "interpolation"
    MAX = "max"
    MAXDATAPOINT = "maxDatapoint"
    MIN = "min"
    MINDATAPOINT = "minDatapoint"
    STEPINTERPOLATION = "stepInterpolation"
    SUM = "sum"
    TOTALVARIATION = "totalVariation"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Aggregate | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
