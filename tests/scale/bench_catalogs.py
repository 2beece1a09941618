#!/usr/bin/env python3
"""Writes `tests/benches/lookup/catalogs.rs`: the 20- and 520-code catalogs of the lookup
bench, each as a `tc_errors!` enum, a strum enum and a `phf::Map`, with codes the
catalogs do not declare. The output is checked in; run this again only to change it.

    python3 tests/scale/bench_catalogs.py
"""

import subprocess
import sys

sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
from codes import REPO, catalog, misses, phf_map, str_list, strum_enum, tc_enum  # noqa: E402
