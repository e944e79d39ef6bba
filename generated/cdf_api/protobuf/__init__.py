"""Compiled CDF datapoint protobuf messages (from cognitedata/protobuf-files, v1/timeseries)."""
