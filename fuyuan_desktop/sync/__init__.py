"""Sync: bundle format, signing and encryption, export, receipts and the network client (docs/architecture.md, "Sync bundles")."""
