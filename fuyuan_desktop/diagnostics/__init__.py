"""What the shipped app tells IT about itself: the self-check, the log folder and crash reports (no Qt here)."""
