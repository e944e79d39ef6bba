"""Low-level CDF client generated from Cognite's OpenAPI spec (see openapi/README.md). Do not edit by hand.

Endpoints: `cdf_api.api.<tag>.<operation>` (build_request / parse_response / sync / asyncio);
models: `cdf_api.models.<Class>` (imported lazily); index: `cdf_api.operations.OPERATIONS`.
"""
