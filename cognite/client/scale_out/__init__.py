"""Partition planning shared by the Spark data source and the Dask reader (optional extras, imported lazily)."""
