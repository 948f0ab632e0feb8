"""Duplicates across a run: signatures (deduper) and run-wide decisions over groups (groups)."""
