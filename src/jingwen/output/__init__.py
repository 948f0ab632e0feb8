"""Outputs: sinks and formats (JSON lines, .gz/.zst, Parquet, a .json per document), reading them
back, validation."""
