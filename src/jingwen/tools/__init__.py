"""Tools around the pipeline: scoring against gold files (eval) and showing one document (show)."""
