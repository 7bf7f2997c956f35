"""Sync: bundle format, signing and encryption, export, receipts and the network client (DESIGN.md "Sync bundles")."""
