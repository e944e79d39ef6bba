"""Resource APIs (one module per CDF resource; see cognite/client/_api_registry.py)."""
