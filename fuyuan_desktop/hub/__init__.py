"""The intermediate court's hub: enrollment, bundle ingest and merge, receipts, HTTP service (docs/architecture.md, "Layers" and "Sync bundles")."""
