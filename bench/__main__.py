"""``python -m bench <scenario> [--size N] [--json]``: run one benchmark scenario."""

from __future__ import annotations

import argparse
import json
import sys

from bench.scenarios import SCENARIOS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("scenario", choices=[*sorted(SCENARIOS), "all"])
    parser.add_argument("--size", type=int, default=None, help="rows (scenario's default if unset)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per scenario")
    parser.add_argument("--no-save", action="store_true", help="do not append to bench/results/")
    args = parser.parse_args(argv)
    names = sorted(SCENARIOS) if args.scenario == "all" else [args.scenario]
    for name in names:
        result = SCENARIOS[name](args.size)
        if args.json:
            print(json.dumps(result.as_json(), ensure_ascii=False))
        else:
            result.print()
        if not args.no_save:
            result.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
