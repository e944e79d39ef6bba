"""Cognite Data Fusion Python SDK (fast, generated + handwritten)."""

__version__ = "0.1.0"
