"""Local storage: SQLModel tables, the engine, migrations, search, blobs and the audit chain."""
