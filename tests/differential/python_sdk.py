#!/usr/bin/env python3
"""The differential against Tencent's Python SDK (issue 24).

`tc-errors parse --json` and `tencentcloud-sdk-python-common`'s own reading of a response
body must agree on the code, the message and the request id, for every body of
`tests/fixtures/bodies/` and for seeded mutations of them (keys given twice, dropped,
given other values; bytes cut, dropped or put in).

The SDK reads a body in `AbstractClient._check_error`: `json.loads` of the bytes (so, of
a key given twice, the last value), then, when `"Error" in data["Response"]`, raises
`TencentCloudSDKException(Error["Code"], Error["Message"], Response["RequestId"])`;
otherwise the call returns the body. This script runs that very method on each body, as
the SDK receives it (status 200, `Content-Type: application/json`), and compares.

Where tc-errors reads a body otherwise on purpose, its documented rule decides instead,
and the script checks that rule (each has a name, counted in the summary):

- `rfc8259`: a body Python's `json` reads beyond RFC 8259 (UTF-16 or invalid UTF-8,
  which it decodes leniently; `NaN`, `Infinity`) is malformed here;
- `code-not-text`: an `Error` whose `Code` is not a non-empty string is malformed here,
  where the SDK raises its exception with that value;
- `missing-field`: an `Error` without `Message`, or a `Response` without `RequestId`,
  stops the SDK with a `KeyError` that loses the code; here it is the API error, the
  missing field empty;
- `response-not-object`: a `Response` that is a string or an array is malformed here,
  where the SDK tests `"Error" in` it and returns it;
- `legacy-beside`: an API 2.0 error (`code` not 0) beside a `Response` without `Error` is
  that error here, never a success;
- `request-id-not-text`: a success whose `RequestId` is not a string or null is
  malformed here;
- `recursion`: nesting deeper than Python's recursion limit is not compared.

The other bodies are counted as `sdk` (the SDK's exception or success, read alike) and
`no-code` (the SDK stops with an error of Python's or `json`'s before it has a code:
tc-errors finds the body malformed).

A lone surrogate escape is U+FFFD here (Python keeps the surrogate), and a number in
`Message` or `RequestId` is its text as written (Python's value): they are compared so.

Usage: python3 tests/differential/python_sdk.py [--bin PATH] [--seed N] [--mutations N]
Without --bin, the script builds the CLI with cargo. It exits 1 when a body disagrees.
"""

import argparse
import concurrent.futures
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tencentcloud.common.abstract_client import AbstractClient
from tencentcloud.common.exception.tencent_cloud_sdk_exception import (
    TencentCloudSDKException,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "bodies"


class SdkResponse:
    """What the SDK's HTTP layer hands `_check_error`: a 200 JSON answer."""

    def __init__(self, body):
        self.status_code = 200
        self.headers = {"Content-Type": "application/json"}
        self.content = body


def sdk_reading(body):
    """The SDK's reading: ("error", code, message, request_id), ("success",), or
    ("failed", exception name, the key of a KeyError)."""
    client = AbstractClient.__new__(AbstractClient)
    response = SdkResponse(body)
    try:
        client._check_status(response)
        client._check_error(response)
    except TencentCloudSDKException as error:
        return ("error", error.code, error.message, error.requestId)
    except RecursionError:
        return ("failed", "RecursionError", None)
    except Exception as error:  # json's and Python's own errors go through the SDK
        key = error.args[0] if isinstance(error, KeyError) and error.args else None
        return ("failed", type(error).__name__, key)
    return ("success",)


def strictly_json(body):
    """Whether `body` is RFC 8259 JSON: UTF-8 (after an optional byte-order mark) that
    Python's `json` reads without `NaN` or `Infinity`."""
    if body.startswith(b"\xef\xbb\xbf"):
        body = body[3:]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return False

    def refuse(constant):
        raise ValueError(constant)

    try:
        json.loads(text, parse_constant=refuse)
    except (ValueError, RecursionError):
        return False
    return True


def legacy_error(data):
    """The API 2.0 error beside the `Response`, as tc-errors reads it: a `code` that is a
    non-zero integer or a string of one; (code, message) or None."""
    code = data.get("code")
    if isinstance(code, str) and re.fullmatch(r"-?[0-9]+", code):
        code = int(code)
    if isinstance(code, bool) or not isinstance(code, int) or code == 0:
        return None
    if not -(2**63) <= code < 2**63:
        return None
    desc, message = data.get("codeDesc"), data.get("message")
    text = desc if isinstance(desc, str) and desc else str(code)
    return (text, message if isinstance(message, str) else "")


def expected(body, sdk):
    """What tc-errors must give, by the SDK's reading and the rules above: (rule,
    outcome), where outcome is ("api_error", code, message, request_id) with the SDK's
    values, ("success", request_id), ("malformed",) or None (not compared)."""
    kind = sdk[0]
    if kind == "failed" and sdk[1] == "RecursionError":
        return ("recursion", None)
    if kind != "failed" and not strictly_json(body):
        return ("rfc8259", ("malformed",))
    if kind == "error":
        _, code, message, request_id = sdk
        if isinstance(code, str) and code:
            return ("sdk", ("api_error", code, message, request_id))
        return ("code-not-text", ("malformed",))
    if kind == "failed":
        if sdk[1] == "KeyError" and sdk[2] in ("Message", "RequestId"):
            response = json.loads(body)["Response"]
            error = response["Error"]
            code = error["Code"]
            if isinstance(code, str) and code:
                outcome = ("api_error", code, error.get("Message", ""), response.get("RequestId", ""))
                return ("missing-field", outcome)
            return ("code-not-text", ("malformed",))
        # The SDK read no code: neither does tc-errors.
        return ("no-code", ("malformed",))
    data = json.loads(body)
    response = data["Response"]
    if not isinstance(response, dict):
        return ("response-not-object", ("malformed",))
    legacy = legacy_error(data)
    request_id = response.get("RequestId")
    if legacy:
        return ("legacy-beside", ("api_error", legacy[0], legacy[1], request_id))
    if request_id is not None and not isinstance(request_id, str):
        return ("request-id-not-text", ("malformed",))
    return ("sdk", ("success", request_id))


SURROGATES = re.compile("[\ud800-\udfff]")


def same_text(value, text):
    """Whether tc-errors' `text` is what it keeps of the SDK's `value`: a string (a lone
    surrogate as U+FFFD), a number's text as written, else empty."""
    if isinstance(value, str):
        return SURROGATES.sub("\ufffd", value) == text
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return json.loads(text) == value
        except ValueError:
            return False
    return text == ""


def disagreement(want, ours):
    """None when tc-errors' report `ours` is the outcome `want`, else what differs."""
    outcome = ours.get("outcome")
    if want[0] == "malformed":
        return None if outcome == "malformed" else f"expected malformed, got {outcome}"
    if want[0] == "success":
        if outcome != "success":
            return f"expected a success, got {outcome}"
        if not same_text(want[1], ours.get("request_id") or ""):
            return f"request id {ours.get('request_id')!r}, expected {want[1]!r}"
        return None
    if outcome != "api_error":
        return f"expected the API error {want[1]!r}, got {outcome}"
    _, code, message, request_id = want
    if ours["code"] != SURROGATES.sub("\ufffd", code):
        return f"code {ours['code']!r}, expected {code!r}"
    if not same_text(message, ours["message"]):
        return f"message {ours['message']!r}, expected {message!r}"
    if not same_text(request_id, ours["request_id"]):
        return f"request id {ours['request_id']!r}, expected {request_id!r}"
    return None


# Mutations: a body read into a tree that keeps keys given twice and numbers as written.


class Obj(list):
    """An object: its (key, value) entries in order, a key perhaps more than once."""


class Raw(str):
    """A value written as it is (a number's text)."""


KEYS = ["Response", "Error", "Code", "Message", "RequestId", "code", "message", "codeDesc"]
TEXTS = [
    "InternalError",
    "RequestLimitExceeded",
    "AuthFailure",
    "InvalidDisk.Busy",
    "Brand.New.Code",
    "",
    "caf\u00e9 \u4e91",
    "\ud800",
    "a\"\\/\b\f\n\r\t",
    "0",
    "4100",
]
NUMBERS = ["0", "7", "-1", "4100", "1.5e3", "-0", "1E400", "18446744073709551616"]


def read_tree(body):
    return json.loads(body, object_pairs_hook=Obj, parse_float=Raw, parse_int=Raw)


def any_value(rng, depth=0):
    roll = rng.randrange(10 if depth < 2 else 7)
    if roll < 3:
        return rng.choice(TEXTS)
    if roll == 3:
        return Raw(rng.choice(NUMBERS))
    if roll == 4:
        return None
    if roll == 5:
        return rng.choice([True, False])
    if roll == 6:
        return []
    if roll == 7:
        return [any_value(rng, depth + 1) for _ in range(rng.randrange(3))]
    return Obj((rng.choice(KEYS), any_value(rng, depth + 1)) for _ in range(rng.randrange(4)))


def objects(value, found):
    """Every object in `value`, outermost first."""
    if isinstance(value, Obj):
        found.append(value)
        for _, item in value:
            objects(item, found)
    elif isinstance(value, list):
        for item in value:
            objects(item, found)
    return found


def mutate(tree, rng):
    """One change to an object of `tree`, mostly to the fields the SDK reads."""
    found = objects(tree, [])
    if not found:
        return tree
    target = rng.choice(found)
    roll = rng.randrange(6)
    if not target or roll == 0:
        target.insert(rng.randrange(len(target) + 1), (rng.choice(KEYS), any_value(rng)))
        return tree
    at = rng.randrange(len(target))
    key, value = target[at]
    if roll == 1:  # the key again, before: an earlier value the last one overrides
        target.insert(at, (key, any_value(rng)))
    elif roll == 2:  # the key again, after: a new last value
        target.insert(at + 1, (key, any_value(rng)))
    elif roll == 3:
        del target[at]
    elif roll == 4:
        target[at] = (key, any_value(rng))
    else:  # the same value again, elsewhere
        target.insert(rng.randrange(len(target) + 1), (key, value))
    return tree


def write(value, rng, out):
    if isinstance(value, Raw):
        out.append(value)
    elif isinstance(value, Obj):
        out.append("{")
        for at, (key, item) in enumerate(value):
            out.append("," if at else "")
            out.append(literal(key, rng))
            out.append(rng.choice([":", " : "]))
            write(item, rng, out)
        out.append("}")
    elif isinstance(value, list):
        out.append("[")
        for at, item in enumerate(value):
            out.append("," if at else "")
            write(item, rng, out)
        out.append("]")
    elif isinstance(value, str):
        out.append(literal(value, rng))
    else:
        out.append(json.dumps(value))


def literal(text, rng):
    """A JSON string literal of `text`, raw or escaped at random."""
    if SURROGATES.search(text) or rng.random() < 0.3:
        return json.dumps(text, ensure_ascii=True)
    return json.dumps(text, ensure_ascii=False)


def mangled(body, rng):
    """`body` cut, with a byte dropped, or with a byte put in."""
    at = rng.randrange(len(body) + 1)
    roll = rng.randrange(3)
    if roll == 0:
        return body[:at]
    if roll == 1:
        return body[:at] + body[at + 1 :]
    return body[:at] + bytes([rng.choice(b'{}[]:,"\\ 0a\xff\x00')]) + body[at:]


def mutations(name, body, rng, count):
    if not strictly_json(body):
        return []
    found = []
    for number in range(count):
        tree = read_tree(body.decode("utf-8-sig"))
        for _ in range(rng.randrange(1, 4)):
            tree = mutate(tree, rng)
        out = []
        write(tree, rng, out)
        mutated = "".join(out).encode("utf-8")
        if rng.random() < 0.2:
            mutated = mangled(mutated, rng)
        found.append((f"{name} mutation {number}", mutated))
    return found


def tc_errors_binary():
    """Builds the CLI with cargo and returns the path of its binary."""
    build = subprocess.run(
        ["cargo", "build", "--quiet", "-p", "tc-errors-cli", "--message-format=json"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    for line in build.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message.get("executable"):
            if message["target"]["name"] == "tc-errors":
                return message["executable"]
    sys.exit("python_sdk.py: cargo built no tc-errors binary")


def our_reading(binary, body):
    run = subprocess.run([binary, "parse", "--json"], input=body, capture_output=True, check=False)
    return json.loads(run.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", help="the tc-errors binary (default: build it)")
    parser.add_argument("--seed", type=int, default=24, help="the mutations' seed")
    parser.add_argument("--mutations", type=int, default=6, help="mutations per JSON body")
    args = parser.parse_args()
    binary = args.bin or tc_errors_binary()
    rng = random.Random(args.seed)

    bodies = []
    for path in sorted(CORPUS.iterdir()):
        if path.name == "expected.tsv":
            continue
        body = path.read_bytes()
        bodies.append((path.name, body))
        bodies.extend(mutations(path.name, body, rng, args.mutations))

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        ours = list(pool.map(lambda named: our_reading(binary, named[1]), bodies))

    rules, wrong = Counter(), []
    for (name, body), report in zip(bodies, ours):
        sdk = sdk_reading(body)
        rule, want = expected(body, sdk)
        rules[rule] += 1
        if want is None:
            continue
        problem = disagreement(want, report)
        if problem:
            fields = ("outcome", "reason", "code", "message", "request_id")
            shown = {field: report[field] for field in fields if field in report}
            wrong.append(f"{name}: {problem}\n  body: {body[:300]!r}\n  SDK: {sdk!r}\n  tc-errors: {shown}")

    corpus = sum(1 for name, _ in bodies if " mutation " not in name)
    by_rule = ", ".join(f"{rule} {count}" for rule, count in sorted(rules.items()))
    print(
        f"python_sdk.py: {len(bodies)} bodies ({corpus} of the corpus, {len(bodies) - corpus} "
        f"mutations, seed {args.seed}); read as the SDK reads them or by rule: {by_rule}"
    )
    for problem in wrong:
        print(problem, file=sys.stderr)
    if wrong:
        sys.exit(f"python_sdk.py: {len(wrong)} bodies read otherwise than the SDK reads them")


if __name__ == "__main__":
    main()
