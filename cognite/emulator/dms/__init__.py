"""The emulator's data modeling service (DMS): schema (spaces, containers, views, data models) and instances."""
