from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moving_function_aggregate_ila_moving_function_function import (
    MovingFunctionAggregateIlaMovingFunctionFunction,
)
from ..types import AdditionalProperties

T = TypeVar("T", bound="MovingFunctionAggregateIlaMovingFunction")


@_attrs_define
class MovingFunctionAggregateIlaMovingFunction(AdditionalProperties):
    """Given an ordered series of data, the Moving Function aggregation will slide a window across the data and allow the
    user to specify a function
    that is executed on each window of data.
    A number of common functions are predefined such as min/max, moving averages, etc. Customer defined functions are
    not allowed now.
    The aggregate must be embedded inside of a numberHistogram or timeHistogram aggregate. It can be embedded like any
    other metric aggregate.

    The idea of this pipeline aggregate is borrowed from Elasticsearch.
    The information about the concept can be read
    [here](https://www.elastic.co/guide/en/elasticsearch/reference/8.18/search-aggregations-pipeline-movfn-
    aggregation.html).

    <u>Example:</u>

    Imagine there is an `error_log` container which represents errors in a service and has the following model:
    ```
    {
      "timestamp": Instant,
      "severity": Long,
      "message": String,
      ...
    }
    ```

    Let's assume you have a daily error log count aggregate
    ```
    {
      "my_daily_error_logs": {
        "timeHistogram": {
          "calendarInterval": "1d",
          "property": [ "logs", "error_log", "timestamp" ]
        }
      }
    }
    ```

    which returns the following result:
    ```
    {
      "my_daily_error_logs": {
        "timeHistogramBuckets": [
          {
            "intervalStart": "2025-05-25T00:00:00Z",
            "count": 10
          },
          {
            "intervalStart": "2025-05-26T00:00:00Z",
            "count": 5
          },
          {
            "intervalStart": "2025-05-27T00:00:00Z",
            "count": 12
          },
          {
            "intervalStart": "2025-05-28T00:00:00Z",
            "count": 1
          },
          {
            "intervalStart": "2025-05-29T00:00:00Z",
            "count": 20
          },
          ...
        ]
      }
    }
    ```

    If you would like to get the average number of error logs during the last 3 days,
    you may add a ```movingFunction``` pipeline aggregate to your request:
    ```
    {
      "my_daily_error_logs": {
        "timeHistogram": {
          "calendarInterval": "1d",
          "property": [ "logs", "error_log", "timestamp" ],
          "aggregates": {
            "my_moving_last_3days_average_errors_count": {
              "movingFunction": {
                "bucketsPath": "_count",
                "window": 3,
                "function": "MovingFunctions.unweightedAvg"
              }
            }
          }
        }
      }
    }
    ```

    which would return the following result:
    ```
    {
      "my_daily_error_logs": {
        "timeHistogramBuckets": [
          {
            "intervalStart": "2025-05-25T00:00:00Z",
            "count": 10,
            "aggregates": {
              "my_moving_last_3days_average_errors_count": {
                // Note: in case of `MovingFunctions.unweightedAvg`,
                //  the first bucket always contains 0 as `fnValue`
                //  because to calculate the average at least 2 buckets are necessary.
                "fnValue": 0
              }
            }
          },
          {
            "intervalStart": "2025-05-26T00:00:00Z",
            "count": 5,
            "aggregates": {
              "my_moving_last_3days_average_errors_count": {
                // Note: the window is 3 but to calculate the average value for the second bucket
                //  only 2 buckets are used.
                "fnValue": 7.5
              }
            }
          },
          {
            "intervalStart": "2025-05-27T00:00:00Z",
            "count": 12,
            "aggregates": {
              "my_moving_last_3days_average_errors_count": {
                "fnValue": 9
              }
            }
          },
          {
            "intervalStart": "2025-05-28T00:00:00Z",
            "count": 1,
            "aggregates": {
              "my_moving_last_3days_average_errors_count": {
                "fnValue": 6
              }
            }
          },
          {
            "intervalStart": "2025-05-29T00:00:00Z",
            "count": 20,
            "aggregates": {
              "my_moving_last_3days_average_errors_count": {
                "fnValue": 11
              }
            }
          },
          ...
        ]
      }
    }
    ```

    If you also would like get the average daily maximum severity value of error logs during the entire period (covered
    by buckets),
    you may add one more ```movingFunction``` pipeline aggregate and one ```max``` metric sub-aggregate to your request:
    ```
    {
      "my_daily_error_logs": {
        "timeHistogram": {
          "calendarInterval": "1d",
          "property": [ "logs", "error_log", "timestamp" ],
          "aggregates": {
            "my_max_daily_severity": {
              "max": { "property": [ "logs", "error_log", "severity" ] }
            },
            "my_moving_average_max_daily_errors_severity": {
              "movingFunction": {
                "bucketsPath": "my_max_daily_severity",
                "window": 100000, // all buckets must be inside the single window
                "function": "MovingFunctions.unweightedAvg"
              }
            },
            "my_moving_last_3days_average_errors_count": {
              "movingFunction": {
                "bucketsPath": "_count",
                "window": 3,
                "function": "MovingFunctions.unweightedAvg"
              }
            }
          }
        }
      }
    }
    ```

    which would return the following result:
    ```
    {
      "my_daily_error_logs": {
        "timeHistogramBuckets": [
          {
            "intervalStart": "2025-05-25T00:00:00Z",
            "count": 10,
            "aggregates": {
              "my_max_daily_severity": {
                "max": 13
              },
              "my_moving_average_max_daily_errors_severity": {
                // for the chosen moving function the first bucket always contains 0
                "fnValue": 0
              },
              "my_moving_last_3days_average_errors_count": {
                // for the chosen moving function the first bucket is always contains 0
                "fnValue": 0
              }
            }
          },
          {
            "intervalStart": "2025-05-26T00:00:00Z",
            "count": 5,
            "aggregates": {
              "my_max_daily_severity": {
                "max": 7
              },
              "my_moving_average_max_daily_errors_severity": {
                "fnValue": 10
              },
              "my_moving_last_3days_average_errors_count": {
                "fnValue": 7.5
              }
            }
          },
          {
            "intervalStart": "2025-05-27T00:00:00Z",
            "count": 12,
            "aggregates": {
              "my_max_daily_severity": {
                "max": 100
              },
              "my_moving_average_max_daily_errors_severity": {
                "fnValue": 40
              },
              "my_moving_last_3days_average_errors_count": {
                "fnValue": 9
              }
            }
          },
          {
            "intervalStart": "2025-05-28T00:00:00Z",
            "count": 1,
            "aggregates": {
              "my_max_daily_severity": {
                "max": 1
              },
              "my_moving_average_max_daily_errors_severity": {
                "fnValue": 30.25
              },
              "my_moving_last_3days_average_errors_count": {
                "fnValue": 6
              }
            }
          },
          {
            "intervalStart": "2025-05-29T00:00:00Z",
            "count": 20,
            "aggregates": {
              "my_max_daily_severity": {
                "max": 1
              },
              "my_moving_average_max_daily_errors_severity": {
                "fnValue": 24.4
              },
              "my_moving_last_3days_average_errors_count": {
                "fnValue": 11
              }
            }
          },
          ...
        ]
      }
    }
    ```

    *Note*: The last bucket contains the average value across all previous buckets
    because the sliding window is bigger than the number of buckets returned.
    This trick can be used with all supported moving functions when it's necessary
    to use a pipeline aggregate which is not supported by Records API now.
    For instance, ```sumBucket``` aggregate has not been supported yet by Records
    but the ```movingFunction::MovingFunctions.sum``` with big enough ```window``` can be used instead.

        Attributes:
            buckets_path (str): Path to the metric of interest from other aggregation.

                <u>`buckets_path` syntax:</u>

                ```
                AGG_SEPARATOR       =  `>` ;
                AGG_NAME            =  <the name of the aggregation> ;
                MULTIBUCKET_KEY     =  `[<KEY_NAME>]`
                KEY_NAME            =  <the name of the bucket key in the multi-bucket aggregate result> ;
                PATH                =  <AGG_NAME><MULTIBUCKET_KEY>?(<AGG_SEPARATOR><AGG_NAME>)* ;
                ```

                **Note:** Use reserved word ```_count``` to access count of records in the bucket.
                Example: ```"bucketsPath": "_count"``` for moving function parent,
                or ```"bucketsPath": "my_sub_aggr_grouped_by_name>_count"``` for sibling sub aggregates.
                 Example: multi_bucket_aggr["top_bucket"]>sub_aggr>sub_sub_aggr.
            window (int): The size of window to "slide" across the histogram.
                 Example: 42.
            function (MovingFunctionAggregateIlaMovingFunctionFunction): The function that should be executed on each window
                of data.
                 Example: MovingFunctions.sum.
    """

    _FIT = {"bucketsPath": "s", "window": "i", "function": "s"}
    _REQUIRED = ("bucketsPath", "window", "function")

    buckets_path: str
    window: int
    function: MovingFunctionAggregateIlaMovingFunctionFunction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buckets_path = self.buckets_path

        window = self.window

        function = self.function.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucketsPath": buckets_path,
                "window": window,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buckets_path = d.pop("bucketsPath")

        window = d.pop("window")

        function = MovingFunctionAggregateIlaMovingFunctionFunction(d.pop("function"))

        moving_function_aggregate_ila_moving_function = cls(
            buckets_path=buckets_path,
            window=window,
            function=function,
        )

        moving_function_aggregate_ila_moving_function.additional_properties = d
        return moving_function_aggregate_ila_moving_function
