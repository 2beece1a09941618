#!/usr/bin/env python3
"""Writes the response bodies that BENCHMARKS.md feeds to `tc-errors parse` to measure its
peak memory: each shape at each size (in MB of 10^6 bytes), into a directory.

    python3 tests/scale/parse_bodies.py /tmp/bodies 50 200

Shapes (file names SHAPE-SIZE.json):
  message         an API 3.0 error whose message is the whole body, plain ASCII
  escaped         the same, every character written as a \\u00e9 escape
  tail-escape     a plain message with one escape at its end (decoded, it is as long as
                  the body)
  payload-fields  a success whose payload is an array of many small objects
  error-fields    an error whose Response has many small fields before its Error
"""

import os
import sys

REQUEST_ID = "eac6b301-a322-493a-8e36-83b295459397"
ERROR_HEAD = b'{"Response":{"Error":{"Code":"InternalError","Message":"'
ERROR_TAIL = ('"},"RequestId":"%s"}}' % REQUEST_ID).encode()

SHAPES = {
    "message": (ERROR_HEAD, b"x", ERROR_TAIL),
    "escaped": (ERROR_HEAD, b"\\u00e9", ERROR_TAIL),
    "tail-escape": (ERROR_HEAD, b"x", b"\\n" + ERROR_TAIL),
    "payload-fields": (
        b'{"Response":{"DiskSet":[',
        b'{"DiskId":"disk-12345678","DiskSize":50},',
        ('{"DiskId":"d","DiskSize":1}],"RequestId":"%s"}}' % REQUEST_ID).encode(),
    ),
    "error-fields": (
        b'{"Response":{',
        b'"F":"v",',
        ('"Error":{"Code":"InternalError","Message":"m"},"RequestId":"%s"}}' % REQUEST_ID).encode(),
    ),
}


def write(path, head, unit, tail, size):
    """`head`, then `unit` repeated to make about `size` bytes in all, then `tail`."""
    count = max(0, size - len(head) - len(tail)) // len(unit)
    chunk = unit * max(1, (1 << 20) // len(unit))
    per_chunk = len(chunk) // len(unit)
    with open(path, "wb") as out:
        out.write(head)
        while count > 0:
            n = min(count, per_chunk)
            out.write(chunk[: n * len(unit)])
            count -= n
        out.write(tail)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    directory = sys.argv[1]
    os.makedirs(directory, exist_ok=True)
    for size in sys.argv[2:]:
        for name, (head, unit, tail) in SHAPES.items():
            path = os.path.join(directory, "%s-%s.json" % (name, size))
            write(path, head, unit, tail, int(size) * 1000 * 1000)
            print(path, os.path.getsize(path))


if __name__ == "__main__":
    main()
