"""Feeds mutated copies of one bundle to the hub, in its own process (a crash in native code shows as an exit code).

``python fuzz_runner.py HUB_ROOT BUNDLE COUNT SEED`` prints ``{"codes": {...}, "accepted": N}`` as JSON.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path


def mutate(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(5)
    buf = bytearray(data)
    if kind == 0:  # flip a few bits anywhere
        for _ in range(rng.randint(1, 4)):
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    elif kind == 1:  # truncate
        del buf[rng.randrange(len(buf)):]
    elif kind == 2:  # insert junk
        at = rng.randrange(len(buf))
        buf[at:at] = rng.randbytes(rng.randint(1, 64))
    elif kind == 3:  # overwrite a block (header or body)
        at = rng.randrange(len(buf))
        buf[at:at + 32] = rng.randbytes(32)
    else:  # something else entirely
        buf = bytearray(rng.randbytes(rng.randint(0, 2048)))
    return bytes(buf)


def main(hub_root: str, bundle: str, count: int, seed: int) -> None:
    from fuyuan_desktop.hub.ingest import import_bundle
    from fuyuan_desktop.hub.registry import open_hub
    from fuyuan_desktop.sync.container import BundleFault

    hub = open_hub(Path(hub_root))
    original = Path(bundle).read_bytes()
    target = Path(hub_root) / "fuzz.fyb"
    rng = random.Random(seed)
    codes: dict[str, int] = {}
    accepted = 0
    for _ in range(count):
        target.write_bytes(mutate(original, rng))
        try:
            import_bundle(hub, target)
        except BundleFault as exc:
            codes[exc.code] = codes.get(exc.code, 0) + 1
        else:
            accepted += 1
    target.unlink()
    print(json.dumps({"codes": codes, "accepted": accepted}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
