"""conflict_lib."""
