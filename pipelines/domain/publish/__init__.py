"""Stage 5, publish: write a complete warehouse generation (DuckDB + Parquet) and swap it in atomically."""
