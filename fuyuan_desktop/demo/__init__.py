"""Demo data: a deterministic Songyuan caseload (places, roster, parties, disputes, sessions, agreements, ledgers).

Written only through services (the bulk intake, and the agreement service's verified content); names, places and
texts come from ``resources/reference/demo_*.json``. ``generate_demo`` is the entry point.
"""

from fuyuan_desktop.demo.generate import (
    CANCELLED_MESSAGE,
    MAX_DISPUTES,
    DemoCancelledError,
    DemoSummary,
    demo_batches,
    generate_demo,
)
from fuyuan_desktop.demo.run import TABLE_ORDER

__all__ = [
    "CANCELLED_MESSAGE",
    "MAX_DISPUTES",
    "TABLE_ORDER",
    "DemoCancelledError",
    "DemoSummary",
    "demo_batches",
    "generate_demo",
]
