#!/usr/bin/env python3
"""Build time at the scale of every Tencent Cloud service.

Writes a throwaway workspace under `tests/scale/out/` (gitignored) with three crates:

- `scale-tc`: N catalogs totalling about 10,000 codes, declared with `tc_errors!`
  (each with `use common;` and some re-listed common codes);
- `scale-strum`: the same catalogs as enums with strum derives (`EnumString`,
  `IntoStaticStr`, `EnumMessage`, `EnumIter`) and the std derives `tc_errors!` gives;
- `scale-tc-5000`: one `tc_errors!` catalog of 5,000 codes.

Builds each once to get the dependencies built, then times rebuilding only the crate
itself (its `src/lib.rs` touched, incremental compilation off), in release and dev, and
prints the times and the tc/strum ratios.

    env -u CARGO_BUILD_JOBS python3 tests/scale/build_time.py [--codes 10000]
        [--catalogs 140] [--repeat 3] [--profiles release,dev] [--only tc,strum,tc5000]
"""

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
from codes import REPO, catalog, common_codes, strum_enum, tc_enum  # noqa: E402
