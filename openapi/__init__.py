"""Spec pipeline: pin, fetch, normalise, generate, diff."""
