from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="JobMetrics")


@_attrs_define
class JobMetrics(AdditionalProperties):
    """
    Attributes:
        job_external_id (str): External ID of the job this metrics batch belongs to.
        timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds.
            Metrics are from the UTC hour this timestamp is ingest. For example, if this timestamp is at 01:43:15, the
            metrics batch contains metrics from 01:00:00 to 01:43:15.
        source_messages (int): Messages received from the source.
        cdf_input_values (int): Destination resources successfully transformed and passed to CDF.
        cdf_requests (int): Requests made to CDF containing data produced by this job.
        transform_failures (int): Source messages that failed to transform.
        cdf_write_failures (int): Times the destination received data from transformations, but failed to produce a
            valid request to CDF.
        cdf_skipped_values (int): Values the destination received from the source, then decided to skip due to data type
            mismatch, invalid content, or other.
        cdf_failed_values (int): Values the destination was unable to upload to CDF.
        cdf_uploaded_values (int): Values the destination successfully uploaded to CDF.
    """

    _FIT = {
        "jobExternalId": "s",
        "timestamp": "i",
        "sourceMessages": "i",
        "cdfInputValues": "i",
        "cdfRequests": "i",
        "transformFailures": "i",
        "cdfWriteFailures": "i",
        "cdfSkippedValues": "i",
        "cdfFailedValues": "i",
        "cdfUploadedValues": "i",
    }
    _REQUIRED = (
        "jobExternalId",
        "timestamp",
        "sourceMessages",
        "cdfInputValues",
        "cdfRequests",
        "transformFailures",
        "cdfWriteFailures",
        "cdfSkippedValues",
        "cdfFailedValues",
        "cdfUploadedValues",
    )

    job_external_id: str
    timestamp: int
    source_messages: int
    cdf_input_values: int
    cdf_requests: int
    transform_failures: int
    cdf_write_failures: int
    cdf_skipped_values: int
    cdf_failed_values: int
    cdf_uploaded_values: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_external_id = self.job_external_id

        timestamp = self.timestamp

        source_messages = self.source_messages

        cdf_input_values = self.cdf_input_values

        cdf_requests = self.cdf_requests

        transform_failures = self.transform_failures

        cdf_write_failures = self.cdf_write_failures

        cdf_skipped_values = self.cdf_skipped_values

        cdf_failed_values = self.cdf_failed_values

        cdf_uploaded_values = self.cdf_uploaded_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobExternalId": job_external_id,
                "timestamp": timestamp,
                "sourceMessages": source_messages,
                "cdfInputValues": cdf_input_values,
                "cdfRequests": cdf_requests,
                "transformFailures": transform_failures,
                "cdfWriteFailures": cdf_write_failures,
                "cdfSkippedValues": cdf_skipped_values,
                "cdfFailedValues": cdf_failed_values,
                "cdfUploadedValues": cdf_uploaded_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_external_id = d.pop("jobExternalId")

        timestamp = d.pop("timestamp")

        source_messages = d.pop("sourceMessages")

        cdf_input_values = d.pop("cdfInputValues")

        cdf_requests = d.pop("cdfRequests")

        transform_failures = d.pop("transformFailures")

        cdf_write_failures = d.pop("cdfWriteFailures")

        cdf_skipped_values = d.pop("cdfSkippedValues")

        cdf_failed_values = d.pop("cdfFailedValues")

        cdf_uploaded_values = d.pop("cdfUploadedValues")

        job_metrics = cls(
            job_external_id=job_external_id,
            timestamp=timestamp,
            source_messages=source_messages,
            cdf_input_values=cdf_input_values,
            cdf_requests=cdf_requests,
            transform_failures=transform_failures,
            cdf_write_failures=cdf_write_failures,
            cdf_skipped_values=cdf_skipped_values,
            cdf_failed_values=cdf_failed_values,
            cdf_uploaded_values=cdf_uploaded_values,
        )

        job_metrics.additional_properties = d
        return job_metrics
