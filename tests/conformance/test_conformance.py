"""Tests of the conformance check itself (pytest, in the conformance venv):

    target/conformance-venv/bin/python -m pytest tests/conformance

The check must reject `broken_backend.py`, naming each planted violation, and
must not pass a backend that answers everything with 429. (`cargo xtask test`
runs the check itself on the reference backend.)
"""

from __future__ import annotations

import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CHECK = HERE / "check.py"
SPEC = REPO / "api" / "openapi.yaml"


@pytest.fixture(scope="module")
def broken_backend():
    proc = subprocess.Popen([sys.executable, str(HERE / "broken_backend.py"), "--port", "0"],
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().strip()
        assert line.startswith("listening on "), line
        yield line.removeprefix("listening on ")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def run_check(base_url: str, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHECK), "--base-url", base_url, *args],
                          capture_output=True, text=True, timeout=timeout)


def test_the_contract_is_valid_openapi():
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename

    spec, _ = read_from_filename(str(SPEC))
    validate(spec)
    assert spec["openapi"] == "3.1.0"


def test_the_broken_backend_is_rejected_at_the_first_failing_class(broken_backend):
    run = run_check(broken_backend)
    assert run.returncode == 1, run.stdout + run.stderr
    out = run.stdout
    assert "FAIL problems" in out
    assert "expected Content-Type application/problem+json" in out
    assert "→ 404 text/plain" in out
    assert "DOES NOT CONFORM (first failing class: problems)" in out
    assert "not run (after the first failing class, problems)" in out
    assert "conformance: 2 passed, 1 failed, 8 skipped" in out


def test_every_planted_violation_is_named(broken_backend):
    run = run_check(broken_backend, "--keep-going", "--skip", "schema")
    out = run.stdout
    assert run.returncode == 1, out + run.stderr
    failed = {line.split()[1] for line in out.splitlines() if line.startswith("  FAIL ")}
    # Exactly the planted classes: the rest of the broken backend follows the contract.
    assert failed == {"problems", "privacy", "demo-data", "validation", "idempotency", "queue", "uploads", "hosts"}, out
    assert "the answer repeats the submitted value 'AB-12'" in out
    assert "Cache-Control: no-store is missing on a lookup answer" in out
    assert "lookupTravelBan: the answers for the demo banned person (17 bytes) and for an unknown person" in out
    assert "document_number 'MOM1234567' must be masked" in out
    assert "'status' is a required property" in out
    assert "a replay must carry Idempotent-Replayed: true" in out
    assert "date-too-early" in out
    assert "must be available again" in out
    assert "a part besides `file` must be refused with 400" in out


def test_generated_requests_find_the_schema_violations(broken_backend):
    run = run_check(broken_backend, "--only", "schema", "--max-examples", "5", "--seed", "1")
    out = run.stdout
    assert run.returncode == 1, out + run.stderr
    assert "FAIL schema" in out
    assert "Response header does not conform to the schema" in out  # Cache-Control on fee-payments
    assert "Response violates schema" in out  # registration-status without status


def test_usage_errors_exit_2():
    run = subprocess.run([sys.executable, str(CHECK), "--base-url", "http://127.0.0.1:9", "--only", "nonsense"],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "unknown class nonsense" in run.stderr


def test_an_unreachable_backend_fails_readably():
    run = run_check("http://127.0.0.1:9", "--only", "reachability")
    assert run.returncode == 1
    assert "cannot reach http://127.0.0.1:9/api/v1/health" in run.stdout



@pytest.fixture(scope="module")
def always_rate_limited():
    """A backend that is healthy but answers every other request 429."""

    class Handler(BaseHTTPRequestHandler):
        def answer(self):
            healthy = self.path.rstrip("/").endswith("/health")
            body = b'{"status":"ok"}' if healthy else b'{"type":"about:blank","title":"Too many requests","status":429}'
            self.send_response(200 if healthy else 429)
            self.send_header("Content-Type", "application/json" if healthy else "application/problem+json")
            self.send_header("Cache-Control", "no-store")
            if not healthy:
                self.send_header("Retry-After", "1")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = answer

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_backend_that_only_rate_limits_does_not_pass(always_rate_limited):
    args = ("--only", "reachability,privacy", "--rate-limit-wait", "2")
    strict = run_check(always_rate_limited, *args)
    assert strict.returncode == 1, strict.stdout + strict.stderr
    assert "NOT CHECKED: rate limiting cut short privacy" in strict.stdout
    lenient = run_check(always_rate_limited, *args, "--allow-incomplete")
    assert lenient.returncode == 0, lenient.stdout + lenient.stderr
    assert "CONFORMS AS FAR AS CHECKED" in lenient.stdout
