"""Cognite Data Fusion Python SDK (fast, generated + handwritten)."""

__version__ = "0.1.0"
#: Default `cdf-version` header (CDF's calendar API version); override per client, per call or scoped.
__api_subversion__ = "20230101"
