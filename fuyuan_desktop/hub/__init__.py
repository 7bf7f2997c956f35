"""The intermediate court's hub: enrollment, bundle ingest and merge, receipts, HTTP service (DESIGN.md "The hub")."""
