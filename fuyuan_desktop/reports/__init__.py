"""Reports: statistics queries, Excel ledgers and the white paper (no Qt)."""
