"""How fast the command line starts: ``onrecord --version``, ``onrecord --help`` and
``import onrecord``, each in a fresh process (the figure a user waits for), and whether any of
them loaded spaCy.

    .venv/bin/python benchmarks/cli_startup.py [--runs 20]

Prints the median and the fastest wall time of each over ``--runs`` runs. The target for
``--version`` is under 0.3 s (issue 11); the machine's load average is printed with it, as
start-up times on a busy machine are slower.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
PROBE = "import sys, onrecord, onrecord.errors, onrecord.cli; print('spacy' in sys.modules)"


def _time(cmd: list[str], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    exe = str(BIN / "onrecord")
    cases = {
        "onrecord --version": [exe, "--version"],
        "onrecord --help": [exe, "--help"],
        "python -c 'import onrecord'": [sys.executable, "-c", "import onrecord"],
        "python -c 'pass' (interpreter alone)": [sys.executable, "-c", "pass"],
    }
    print(
        f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}"
    )
    for label, cmd in cases.items():
        median, best = _time(cmd, args.runs)
        print(f"{label:40s} median {median * 1000:6.0f} ms   fastest {best * 1000:6.0f} ms")
    loaded = subprocess.run(
        [sys.executable, "-c", PROBE], check=True, capture_output=True, text=True
    )
    print(
        f"spaCy loaded by import onrecord / onrecord.errors / onrecord.cli: {loaded.stdout.strip()}"
    )


if __name__ == "__main__":
    main()
