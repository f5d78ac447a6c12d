"""The Dagster asset graph: thin wrappers over `pipelines.domain`."""
