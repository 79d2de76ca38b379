"""Sync by exchanging files (design §4): bundles, field-level merge, sync folder, encryption."""
