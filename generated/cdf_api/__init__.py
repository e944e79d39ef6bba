"""Low-level CDF client generated from the OpenAPI spec (see openapi/README.md). Do not edit by hand."""
