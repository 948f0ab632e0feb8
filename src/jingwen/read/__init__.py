"""Reading inputs (the edges): bytes from files, by format."""
