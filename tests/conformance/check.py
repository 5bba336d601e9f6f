#!/usr/bin/env python3
"""Qapı backend conformance check.

Checks that a running backend follows the contract `api/openapi.yaml`:

    target/conformance-venv/bin/python tests/conformance/check.py --base-url http://HOST:PORT

The check runs classes of checks in order (see `CLASSES` and `--list`). It
stops at the first class with a failure and prints that class's failures
(`--keep-going` runs every class). The exit status is 0 when every class
that ran passed, 1 when a class failed and 2 for a usage error.

It writes to the backend: a few applications, feedback entries, uploads and
bookings for synthetic persons (bookings are cancelled again). Run it against
a test instance, not against production data.

Lookups (per address, per person and in all), bookings, ratings and other
submissions are rate limited. Start the backend with limits high enough for a
few hundred requests a minute (the reference backend: see README, "Rate
limits"). With lower limits a documented 429 with `Retry-After` conforms, but
the check waits, marks what it could not finish as incomplete (a failure
unless `--allow-incomplete`), and the generated-request class tests less.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import string
import subprocess
import sys
import tempfile
import textwrap
import time
import traceback
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote, urlsplit

import requests
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_SPEC = REPO / "api" / "openapi.yaml"
SCHEMATHESIS_CONFIG = HERE / "schemathesis.toml"

# Demo people of the reference backend (README, crates/server/src/seed.rs).
APPLICANT = {"passport_number": "751234567", "date_of_birth": "1990-04-12", "citizenship": "RUS"}
BANNED = {"passport_number": "123456789", "date_of_birth": "1985-09-30", "citizenship": "GBR"}
REGISTERED = {"passport_number": "U12345678", "date_of_birth": "1978-01-15", "citizenship": "TUR"}

LOOKUPS = {
    "lookupApplicationStatus": "/lookups/application-status",
    "lookupRegistrationStatus": "/lookups/registration-status",
    "lookupTravelBan": "/lookups/travel-ban",
    "lookupFeePayments": "/lookups/fee-payments",
}
# Lookup answers are padded with spaces (contract, "Privacy"): these to exactly this many bytes…
SHORT_ANSWER = 256
# …and these, which list applications or payments, to a multiple of this.
LIST_LOOKUPS = ("lookupApplicationStatus", "lookupFeePayments")
LIST_BLOCK = 2048
# A document number as a lookup may show it: kind, hidden characters, last four.
MASKED_DOCUMENT_NUMBER = r"[A-ZÇƏĞİÖŞÜ]{3}•{3}[0-9]{4}"
# The demo applicant's issued documents in full, which no answer may show.
DEMO_DOCUMENT_NUMBERS = ("MOM1234567", "MYİ1234567")

BAKU = dt.timezone(dt.timedelta(hours=4))


def baku_today() -> dt.date:
    return dt.datetime.now(BAKU).date()


def excerpt(text: str, limit: int = 400) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} characters)"


def synthetic_person() -> dict[str, str]:
    """A person no backend knows: a fresh passport number each time."""
    digits = "".join(random.choice(string.digits) for _ in range(7))
    return {"passport_number": f"CK{digits}", "date_of_birth": "1992-06-01", "citizenship": "DEU"}


def new_key() -> str:
    return f"conformance-{uuid.uuid4().hex}"


def pointer_escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


# ---------------------------------------------------------------------------
# The contract


class Spec:
    """The OpenAPI document, with JSON Schema validation of its schemas."""

    URI = "urn:qapi:openapi"

    def __init__(self, path: Path):
        self.path = path
        with open(path, encoding="utf-8") as f:
            self.doc: dict[str, Any] = yaml.safe_load(f)
        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        self.registry = Registry().with_resource(self.URI, resource)
        self.operations: dict[str, tuple[str, str, dict[str, Any], str]] = {}
        for path_template, item in self.doc.get("paths", {}).items():
            for method, op in item.items():
                if method in ("get", "put", "post", "delete", "patch", "head", "options", "trace"):
                    pointer = f"/paths/{pointer_escape(path_template)}/{method}"
                    self.operations[op["operationId"]] = (method.upper(), path_template, op, pointer)
        self._validators: dict[str, Draft202012Validator] = {}

    @property
    def server_path(self) -> str:
        servers = self.doc.get("servers") or [{"url": "/"}]
        return urlsplit(servers[0]["url"]).path.rstrip("/")

    def deref(self, obj: Any, pointer: str) -> tuple[Any, str]:
        """Follows OpenAPI `$ref`s (responses, parameters, headers…) within the document."""
        seen = 0
        while isinstance(obj, dict) and "$ref" in obj and seen < 20:
            ref = obj["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"external $ref {ref} is not supported")
            pointer = ref[1:]
            obj = self.doc
            for part in pointer.lstrip("/").split("/"):
                obj = obj[part.replace("~1", "/").replace("~0", "~")]
            seen += 1
        return obj, pointer

    def validate(self, pointer: str, instance: Any) -> list[str]:
        """Errors of `instance` against the schema at `pointer` in the document."""
        validator = self._validators.get(pointer)
        if validator is None:
            validator = Draft202012Validator(
                {"$ref": f"{self.URI}#{pointer}"}, registry=self.registry, format_checker=FormatChecker()
            )
            self._validators[pointer] = validator
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
        out = []
        for e in errors[:5]:
            where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path) or "(root)"
            message = excerpt(e.message, 300)
            if e.context:  # oneOf/anyOf: say why each alternative failed
                reasons = list(dict.fromkeys(excerpt(c.message, 120) for c in e.context))[:4]
                message += " (" + "; ".join(reasons) + ")"
            out.append(f"{where}: {message}")
        return out

    def response(self, op_id: str, status: int) -> tuple[dict[str, Any], str] | None:
        _, _, op, pointer = self.operations[op_id]
        responses = op.get("responses", {})
        for key in (str(status), f"{str(status)[0]}XX"):
            if key in responses:
                return self.deref(responses[key], f"{pointer}/responses/{key}")
        if "default" in responses:
            return self.deref(responses["default"], f"{pointer}/responses/default")
        return None

    def documented_statuses(self, op_id: str) -> list[str]:
        return list(self.operations[op_id][2].get("responses", {}).keys())

    def request_schema(self, op_id: str) -> tuple[dict[str, Any], str] | None:
        _, _, op, pointer = self.operations[op_id]
        if "requestBody" not in op:
            return None
        body, body_pointer = self.deref(op["requestBody"], f"{pointer}/requestBody")
        content = body.get("content", {})
        for media_type, media in content.items():
            return self.deref(media["schema"], f"{body_pointer}/content/{pointer_escape(media_type)}/schema")
        return None

    def query_parameters(self, op_id: str) -> set[str]:
        _, _, op, pointer = self.operations[op_id]
        names = set()
        for i, p in enumerate(op.get("parameters", [])):
            p, _ = self.deref(p, f"{pointer}/parameters/{i}")
            if p.get("in") == "query":
                names.add(p["name"])
        return names

    def field_exists(self, op_id: str, field_path: str) -> bool:
        """Whether a 422 `field` names a member of the request body or a query parameter."""
        if field_path in self.query_parameters(op_id):
            return True
        found = self.request_schema(op_id)
        if found is None:
            return False
        schema, pointer = found
        for segment in field_path.split("."):
            m = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[[0-9]+\])*)", segment)
            if not m:
                return False
            # A map (`answers`): the rest of the path is one of its keys, dots included.
            if isinstance(self.deref(schema, pointer)[0].get("additionalProperties"), dict):
                return True
            schema, pointer = self._property(schema, pointer, m.group(1))
            if schema is None:
                return False
            for _ in re.findall(r"\[[0-9]+\]", m.group(2)):
                schema, pointer = self.deref(schema, pointer)
                if "items" not in schema:
                    return False
                schema, pointer = self.deref(schema["items"], f"{pointer}/items")
        return True

    def _property(self, schema: Any, pointer: str, name: str) -> tuple[Any, str]:
        schema, pointer = self.deref(schema, pointer)
        props = schema.get("properties", {})
        if name in props:
            return self.deref(props[name], f"{pointer}/properties/{name}")
        for i, sub in enumerate(schema.get("allOf", [])):
            found, p = self._property(sub, f"{pointer}/allOf/{i}", name)
            if found is not None:
                return found, p
        return None, pointer

    def error_codes(self) -> list[str]:
        return list(self.doc["components"]["schemas"]["ErrorCode"]["enum"])


# ---------------------------------------------------------------------------
# Talking to the backend


class Failed(Exception):
    """Stops the current check: the class has recorded why."""


class RateLimited(Exception):
    """A conforming 429 after the wait budget was spent: the class cannot go on, but nothing failed."""


@dataclass
class Reply:
    method: str
    url: str
    status: int
    headers: requests.structures.CaseInsensitiveDict
    text: str
    sent: str = ""
    size: int = 0  # bytes of the body as received (after any Content-Encoding is undone)

    @property
    def media_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";")[0].strip().lower()

    def json(self) -> Any:
        return json.loads(self.text)

    def describe(self) -> str:
        ct = self.headers.get("Content-Type", "(no Content-Type)")
        body = excerpt(self.text) if self.text else "(empty body)"
        sent = f"\n       sent: {excerpt(self.sent, 300)}" if self.sent else ""
        return f"{self.method} {self.url} → {self.status} {ct}{sent}\n       body: {body}"


class Backend:
    def __init__(self, api_base: str, spec: Spec, timeout: float, rate_limit_budget: float):
        self.api_base = api_base.rstrip("/")
        self.spec = spec
        self.timeout = timeout
        self.session = requests.Session()
        self.rate_limit_budget = rate_limit_budget
        self.rate_limited = 0
        self.sent_again = 0
        self.notes: list[str] = []

    def url(self, path: str) -> str:
        return self.api_base + path

    def send(self, method: str, path: str, *, json_body: Any = None, data: bytes | str | None = None,
             headers: dict[str, str] | None = None, files: Any = None, params: Any = None) -> Reply:
        headers = dict(headers or {})
        if json_body is not None:
            data = json.dumps(json_body, ensure_ascii=False).encode("utf-8")
            headers.setdefault("Content-Type", "application/json")
        for attempt in range(4):
            try:
                r = self.session.request(method, self.url(path), data=data, headers=headers, files=files,
                                         params=params, timeout=self.timeout, allow_redirects=False)
            except requests.ConnectionError as e:
                # A backend that refused the previous request without reading its body may close the kept-alive
                # connection without saying so (no `Connection: close`); the next request on it is then lost
                # unanswered. Send it once more on a new connection, as browsers do, and say so at the end.
                if "RemoteDisconnected" not in repr(e) and "ConnectionResetError" not in repr(e):
                    raise
                self.sent_again += 1
                r = self.session.request(method, self.url(path), data=data, headers=headers, files=files,
                                         params=params, timeout=self.timeout, allow_redirects=False)
            sent = ""
            if isinstance(data, (bytes, str)) and len(data) < 2000:
                sent = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
            reply = Reply(method, r.url, r.status_code, r.headers, r.text, sent, len(r.content))
            if r.status_code != 429 or attempt == 3:
                return reply
            # A documented answer: wait as told, within a budget, and retry.
            retry_after = r.headers.get("Retry-After", "")
            if not retry_after.isdigit():
                return reply  # Not conforming; the caller's checks will say so.
            wait = max(1, int(retry_after))
            if wait > self.rate_limit_budget:
                return reply
            self.rate_limited += 1
            self.rate_limit_budget -= wait
            time.sleep(wait)
        return reply


@dataclass
class ClassResult:
    name: str
    title: str
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    skipped: str = ""
    incomplete: str = ""


class Context:
    """What one class of checks sees: the backend, the contract and its own failures."""

    def __init__(self, backend: Backend, spec: Spec, args: argparse.Namespace, result: ClassResult):
        self.backend = backend
        self.spec = spec
        self.args = args
        self.result = result

    # -- recording --
    def fail(self, message: str, reply: Reply | None = None) -> None:
        if reply is not None:
            message = f"{message}\n       {reply.describe()}"
        self.result.failures.append(message)

    def require(self, condition: bool, message: str, reply: Reply | None = None) -> None:
        if not condition:
            self.fail(message, reply)
            raise Failed()

    def note(self, message: str) -> None:
        self.result.notes.append(message)

    # -- calls checked against the contract --
    def call(self, op_id: str, *, path_params: dict[str, str] | None = None, query: dict[str, str] | None = None,
             json_body: Any = None, data: bytes | str | None = None, headers: dict[str, str] | None = None,
             files: Any = None, expect: int | tuple[int, ...] | None = None) -> Reply:
        method, template, _, _ = self.spec.operations[op_id]
        path = template
        for k, v in (path_params or {}).items():
            path = path.replace("{" + k + "}", quote(v, safe=""))
        reply = self.backend.send(method, path, json_body=json_body, data=data, headers=headers, files=files,
                                  params=query)
        conforming = self.conform(op_id, reply)
        wanted = (expect,) if isinstance(expect, int) else expect
        if reply.status == 429 and conforming and 429 not in (wanted or ()):
            raise RateLimited(f"{method} {path} was still rate limited after waiting as told")
        if wanted is not None:
            if reply.status not in wanted:
                self.fail(f"{op_id}: expected status {' or '.join(map(str, wanted))}", reply)
                raise Failed()
        return reply

    def conform(self, op_id: str, reply: Reply) -> bool:
        """Checks a reply against the operation's documented response; records failures."""
        before = len(self.result.failures)
        found = self.spec.response(op_id, reply.status)
        if found is None:
            self.fail(f"{op_id}: status {reply.status} is not documented "
                      f"(documented: {', '.join(self.spec.documented_statuses(op_id))})", reply)
            return False
        response, pointer = found
        self._check_headers(op_id, response, pointer, reply)
        content = response.get("content")
        if not content:
            if reply.text:
                self.fail(f"{op_id}: status {reply.status} is documented without a body, but one was sent", reply)
        else:
            if reply.media_type not in content:
                self.fail(f"{op_id}: Content-Type {reply.media_type or '(none)'} is not documented for status "
                          f"{reply.status} (documented: {', '.join(content)})", reply)
            else:
                media = content[reply.media_type]
                if "json" in reply.media_type:
                    try:
                        body = reply.json()
                    except ValueError:
                        self.fail(f"{op_id}: the body is not JSON", reply)
                        return False
                    schema_pointer = f"{pointer}/content/{pointer_escape(reply.media_type)}/schema"
                    _, schema_pointer = self.spec.deref(media["schema"], schema_pointer)
                    errors = self.spec.validate(schema_pointer, body)
                    if errors:
                        self.fail(f"{op_id}: the {reply.status} body does not match its schema "
                                  f"({schema_pointer.rsplit('/', 1)[-1]}):\n         - " + "\n         - ".join(errors),
                                  reply)
        return len(self.result.failures) == before

    def _check_headers(self, op_id: str, response: dict[str, Any], pointer: str, reply: Reply) -> None:
        for name, header in response.get("headers", {}).items():
            header, header_pointer = self.spec.deref(header, f"{pointer}/headers/{pointer_escape(name)}")
            value = reply.headers.get(name)
            if value is None:
                if header.get("required"):
                    self.fail(f"{op_id}: the required header {name} is missing on {reply.status}", reply)
                continue
            if "schema" in header:
                _, schema_pointer = self.spec.deref(header["schema"], f"{header_pointer}/schema")
                errors = self.spec.validate(schema_pointer, value)
                if errors:
                    self.fail(f"{op_id}: header {name}: {value!r} does not match its schema ({'; '.join(errors)})",
                              reply)

    def problem(self, reply: Reply, status: int, what: str) -> None:
        """Checks an answer that no single operation documents (unknown path, wrong method)."""
        if reply.status != status:
            self.fail(f"{what}: expected {status}", reply)
            return
        if reply.media_type != "application/problem+json":
            self.fail(f"{what}: expected Content-Type application/problem+json", reply)
            return
        try:
            body = reply.json()
        except ValueError:
            self.fail(f"{what}: the problem body is not JSON", reply)
            return
        errors = self.spec.validate("/components/schemas/Problem", body)
        if errors:
            self.fail(f"{what}: the body is not a Problem:\n         - " + "\n         - ".join(errors), reply)
        elif body.get("status") != status:
            self.fail(f"{what}: the problem's status is {body.get('status')}, the response's {status}", reply)
        if "no-store" not in reply.headers.get("Cache-Control", ""):
            self.fail(f"{what}: Cache-Control: no-store is missing", reply)

    def validation_errors(self, op_id: str, reply: Reply, expected: list[tuple[str, str]], what: str) -> None:
        """A 422 must list the expected (field, code) pairs, each naming a real field."""
        if reply.status != 422:
            self.fail(f"{what}: expected 422 listing {expected}", reply)
            return
        try:
            errors = reply.json().get("errors", [])
        except (ValueError, AttributeError):
            return  # conform() has reported it
        codes = set(self.spec.error_codes())
        got = []
        for e in errors if isinstance(errors, list) else []:
            if not isinstance(e, dict):
                continue
            f, c = e.get("field"), e.get("code")
            got.append((f, c))
            if c not in codes:
                self.fail(f"{what}: code {c!r} is not one of the documented ErrorCode values", reply)
            if not isinstance(f, str) or not self.spec.field_exists(op_id, f):
                self.fail(f"{what}: field {f!r} names nothing in the {op_id} request", reply)
        for pair in expected:
            if pair not in got:
                self.fail(f"{what}: expected the error {{field: {pair[0]!r}, code: {pair[1]!r}}}; got {got}", reply)


# ---------------------------------------------------------------------------
# Shared steps


def open_slots(ctx: Context, n: int) -> tuple[str, str, list[str]] | None:
    """An office and date with `n` different times that can be booked, or None when the backend offers none."""
    offices = ctx.call("listOffices", expect=200).json().get("offices", [])
    if not offices:
        return None
    today = baku_today()
    for office in offices[:3]:
        for days in range(1, 29):
            day = (today + dt.timedelta(days=days)).isoformat()
            reply = ctx.call("listSlots", path_params={"office": office["id"]}, query={"date": day}, expect=200)
            free = [s["time"] for s in reply.json().get("slots", []) if s.get("available")]
            if len(free) >= n:
                return office["id"], day, random.sample(free, n)
    return None


def open_slot(ctx: Context) -> tuple[str, str, str] | None:
    """An (office, date, time) that can be booked, or None when the backend offers none."""
    found = open_slots(ctx, 1)
    return (found[0], found[1], found[2][0]) if found else None


def booking_body(office: str, day: str, at: str, person: dict[str, str] | None = None,
                 service: str = "registration", name: str = "Conformance Check") -> dict[str, str]:
    """A booking for a made-up person (one per booking unless given), so none meets `booking-exists` by accident."""
    return {"service": service, "office": office, "date": day, "time": at, "name": name,
            **(person or synthetic_person())}


def restoration_answers() -> dict[str, Any]:
    """Answers to the citizenship-restoration form, as the contract's example gives them (no documents)."""
    expiry = (baku_today() + dt.timedelta(days=3 * 365)).isoformat()
    return {
        "passport.expiry": expiry, "person.birth_place": "Gəncə, Azərbaycan", "restoration.lost_year": "2001",
        "restoration.reason": "Family in Baku", "address.district": "baku",
        "address.street": "Nizami küçəsi 10", "contact.phone": "+994 50 123 45 67",
    }


def application_body(person: dict[str, str], given_name: str = "Conformance", email: str | None = None,
                     attachments: list[str] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "service": "citizenship-restoration",
        "applicant": {"given_name": given_name, "family_name": "Check", **person},
        "answers": restoration_answers(),
    }
    if email is not None:
        body["applicant"]["email"] = email
    if attachments is not None:
        body["attachments"] = attachments
    return body


def lookup(ctx: Context, op_id: str, person: dict[str, str], expect: int | None = 200) -> Reply:
    return ctx.call(op_id, json_body=person, expect=expect)


def not_echoed(ctx: Context, reply: Reply, values: list[str], what: str) -> None:
    for v in values:
        if v and v in reply.text:
            ctx.fail(f"{what}: the answer repeats the submitted value {v!r}", reply)


# ---------------------------------------------------------------------------
# The classes of checks


def contract_examples(spec: Spec):
    """(where, schema pointer, example) for every example of a request, response or parameter."""
    def media_examples(media: dict, pointer: str, where: str):
        if "schema" not in media:
            return
        _, schema_pointer = spec.deref(media["schema"], f"{pointer}/schema")
        if "example" in media:
            yield where, schema_pointer, media["example"]
        for name, ex in media.get("examples", {}).items():
            ex, _ = spec.deref(ex, f"{pointer}/examples/{name}")
            if "value" in ex:
                yield f"{where} ({name})", schema_pointer, ex["value"]

    for op_id, (method, path, op, pointer) in spec.operations.items():
        for i, param in enumerate(op.get("parameters", [])):
            param, p_pointer = spec.deref(param, f"{pointer}/parameters/{i}")
            yield from media_examples(param, p_pointer, f"{op_id} parameter {param.get('name')}")
        if "requestBody" in op:
            body, b_pointer = spec.deref(op["requestBody"], f"{pointer}/requestBody")
            for media_type, media in body.get("content", {}).items():
                yield from media_examples(media, f"{b_pointer}/content/{pointer_escape(media_type)}",
                                          f"{op_id} request {media_type}")
        for status, response in op.get("responses", {}).items():
            response, r_pointer = spec.deref(response, f"{pointer}/responses/{status}")
            for media_type, media in response.get("content", {}).items():
                yield from media_examples(media, f"{r_pointer}/content/{pointer_escape(media_type)}",
                                          f"{op_id} {status} {media_type}")


def check_contract(ctx: Context) -> None:
    """The contract is valid OpenAPI 3.1 and agrees with the core's codes and catalog."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(ctx.spec.doc)
    except OpenAPIValidationError as e:
        ctx.fail(f"{ctx.spec.path} is not valid OpenAPI: {excerpt(str(e), 800)}")
    # Every example in the contract is an instance of its schema.
    for where, pointer, value in contract_examples(ctx.spec):
        errors = ctx.spec.validate(pointer, value)
        if errors:
            ctx.fail(f"the example at {where} does not match its schema: " + "; ".join(errors))
    # In this repository, the contract must list exactly the core's codes and services.
    validate_rs = REPO / "crates" / "core" / "src" / "validate.rs"
    if validate_rs.exists():
        # The `Code` enum is declared with `keyed_enum!( /// doc \n Code { Variant = "key", ... } )`.
        m = re.search(r"keyed_enum!\(\s*(?:///[^\n]*\n\s*)*Code\s*\{(.*?)\}", validate_rs.read_text(encoding="utf-8"), re.S)
        core = re.findall(r'=\s*"([a-z0-9-]+)"', m.group(1)) if m else []
        documented = ctx.spec.error_codes()
        if sorted(core) != sorted(documented):
            ctx.fail("ErrorCode in the contract differs from the codes of crates/core/src/validate.rs: "
                     f"only in the core {sorted(set(core) - set(documented))}, "
                     f"only in the contract {sorted(set(documented) - set(core))}")
    catalog = REPO / "crates" / "core" / "data" / "catalog.json"
    if catalog.exists():
        services = json.loads(catalog.read_text(encoding="utf-8"))["services"]
        schemas = ctx.spec.doc["components"]["schemas"]
        for name, ids in (("ServiceId", [s["id"] for s in services]),
                          ("ApplicationServiceId", [s["id"] for s in services if s["kind"] == "application"])):
            if sorted(schemas[name]["enum"]) != sorted(ids):
                ctx.fail(f"{name} in the contract differs from crates/core/data/catalog.json: "
                         f"only in the catalog {sorted(set(ids) - set(schemas[name]['enum']))}, "
                         f"only in the contract {sorted(set(schemas[name]['enum']) - set(ids))}")


def check_reachability(ctx: Context) -> None:
    """GET /health answers 200 {"status": "ok"}."""
    try:
        ctx.call("getHealth", expect=200)
    except requests.ConnectionError as e:
        ctx.fail(f"cannot reach {ctx.backend.url('/health')}: {e.__class__.__name__}. Is the backend running "
                 f"and is --base-url its origin (http://HOST:PORT)?")


def check_problems(ctx: Context) -> None:
    """Every error is RFC 9457 problem+json with the right status, also outside the operations."""
    b = ctx.backend
    for path in ("/no-such-thing", "/lookups/no-such-lookup", "/", "/queue/offices/baku/nothing"):
        ctx.problem(b.send("GET", path), 404, f"unknown path GET {ctx.backend.api_base}{path}")
    ctx.problem(b.send("POST", "/no-such-thing", json_body={}), 404, "unknown path POST /no-such-thing")
    ctx.problem(b.send("POST", "/", json_body={}), 404, f"unknown path POST {ctx.backend.api_base}/")

    reply = b.send("GET", "/applications")
    ctx.problem(reply, 405, "wrong method GET /applications")
    if reply.status == 405 and "POST" not in reply.headers.get("Allow", "").upper():
        ctx.fail("wrong method GET /applications: the 405 has no Allow header naming POST", reply)
    ctx.problem(b.send("DELETE", "/lookups/travel-ban"), 405, "wrong method DELETE /lookups/travel-ban")
    ctx.problem(b.send("POST", "/health", json_body={}), 405, "wrong method POST /health")

    reply = ctx.call("lookupTravelBan", data=b"{not json", headers={"Content-Type": "application/json"})
    if reply.status != 400:
        ctx.fail("malformed JSON: expected 400", reply)
    keyed = lambda **h: {"Idempotency-Key": new_key(), **h}  # noqa: E731
    reply = ctx.call("sendFeedback", data=b"[1, 2]", headers=keyed(**{"Content-Type": "application/json"}))
    if reply.status != 400:
        ctx.fail("a JSON array where an object is expected: expected 400", reply)
    reply = ctx.call("sendFeedback", json_body={"service": "registration", "rating": "five"}, headers=keyed())
    if reply.status != 400:
        ctx.fail("a string where an integer is expected: expected 400", reply)
    reply = ctx.call("sendFeedback", json_body={"service": "registration", "rating": 5, "mood": "fine"},
                     headers=keyed())
    if reply.status != 400:
        ctx.fail("an unknown member (additionalProperties: false): expected 400", reply)
    reply = ctx.call("sendFeedback", data="service=registration&rating=5",
                     headers=keyed(**{"Content-Type": "application/x-www-form-urlencoded"}))
    if reply.status != 415:
        ctx.fail("a form body where JSON is expected: expected 415", reply)
    reply = ctx.call("sendFeedback", json_body={"service": "registration", "rating": 5, "comment": "x" * 70_000},
                     headers=keyed())
    if reply.status != 413:
        ctx.fail("a JSON body over 64 KiB: expected 413", reply)
    reply = ctx.call("submitApplication", json_body=application_body(synthetic_person()))
    if reply.status != 400:
        ctx.fail("POST /applications without Idempotency-Key: expected 400", reply)
    reply = ctx.call("sendFeedback", json_body={"service": "registration", "rating": 5})
    if reply.status != 400:
        ctx.fail("POST /feedback without Idempotency-Key: expected 400", reply)
    for bad in ("short", "k" * 31, "has spaces in it", "x" * 129, "ünïcödé-key"):
        try:
            reply = ctx.call("submitApplication", json_body=application_body(synthetic_person()),
                             headers={"Idempotency-Key": bad})
        except (requests.exceptions.InvalidHeader, UnicodeEncodeError):
            continue  # the client refuses to send it; nothing to learn
        if reply.status != 400:
            ctx.fail(f"POST /applications with Idempotency-Key {bad!r}: expected 400", reply)
    # Every request that changes or asks something (not GET) is refused when the browser says another site sent it.
    for op_id, (method, _, _, _) in ctx.spec.operations.items():
        if method in ("GET", "HEAD", "OPTIONS") or op_id == "uploadAttachment":  # uploads: see that class
            continue
        reply = ctx.call(op_id, path_params={"reference": "QB-0000-0000"}, json_body={},
                         headers=keyed(**{"Sec-Fetch-Site": "cross-site"}))
        if reply.status != 403:
            ctx.fail(f"{method} {op_id} with Sec-Fetch-Site: cross-site comes from another site: expected 403", reply)
    reply = ctx.call("listSlots", path_params={"office": "no-such-office"},
                     query={"date": (baku_today() + dt.timedelta(days=7)).isoformat()})
    if reply.status != 404:
        ctx.fail("slots of an unknown office: expected 404", reply)
    reply = ctx.call("cancelBooking", path_params={"reference": "QB-0000-0000"}, json_body={"secret": "0" * 32})
    if reply.status != 404:
        ctx.fail("cancelling an unknown booking: expected 404", reply)


def check_privacy(ctx: Context) -> None:
    """Lookups disclose the minimum, never echo personal data, are never cached and never take it in URLs."""
    nobody = {"passport_number": "ZZ" + "".join(random.choice(string.digits) for _ in range(7)),
              "date_of_birth": "1970-01-01", "citizenship": "FRA"}
    unknown_answers = {
        "lookupApplicationStatus": {"applications": []},
        "lookupRegistrationStatus": {"status": "not-found"},
        "lookupTravelBan": {"status": "no-ban"},
        "lookupFeePayments": {"payments": []},
    }
    typed = {"passport_number": "75 1234567", "date_of_birth": "1990-04-12", "citizenship": "rus"}
    sizes: dict[str, dict[str, int]] = {op_id: {} for op_id in LOOKUPS}
    for op_id in LOOKUPS:
        for who, person in (("demo applicant", APPLICANT), ("demo banned person", BANNED),
                            ("demo registered person", REGISTERED), ("unknown person", nobody),
                            ("demo applicant as typed (spaces, lower case)", typed)):
            reply = lookup(ctx, op_id, person, expect=None)
            about = f"\n       (asked about the {who})"
            if reply.status != 200:
                ctx.fail(f"{op_id}: expected 200{about}", reply)
                continue
            sizes[op_id][who] = reply.size
            if op_id in LIST_LOOKUPS and reply.size % LIST_BLOCK:
                ctx.fail(f"{op_id}: an answer of {reply.size} bytes; answers listing applications or payments must "
                         f"be padded to a multiple of {LIST_BLOCK} bytes, so their length does not tell the result"
                         f"{about}", reply)
            if op_id == "lookupApplicationStatus":
                try:
                    numbers = [a.get("document_number") for a in reply.json().get("applications", [])
                               if isinstance(a, dict)]
                except (ValueError, AttributeError):
                    numbers = []
                for number in numbers:
                    if number is not None and (number in DEMO_DOCUMENT_NUMBERS or not isinstance(number, str)
                                               or not re.fullmatch(MASKED_DOCUMENT_NUMBER, number)):
                        ctx.fail(f"{op_id}: document_number {number!r} must be masked, its kind and last four "
                                 f"characters only (like MOM•••4567), never the full number{about}", reply)
            values = [person["passport_number"], person["passport_number"].replace(" ", "").upper(),
                      person["date_of_birth"]]
            not_echoed(ctx, reply, values, op_id)
            if "no-store" not in reply.headers.get("Cache-Control", ""):
                ctx.fail(f"{op_id}: Cache-Control: no-store is missing on a lookup answer{about}", reply)
            if person is nobody:
                try:
                    if reply.json() != unknown_answers[op_id]:
                        ctx.fail(f"{op_id}: an unknown person must get exactly {json.dumps(unknown_answers[op_id])}, "
                                 "the same shape as a known person with nothing to show", reply)
                except ValueError:
                    pass

    # A found and a not-found answer have the same length: over TLS the length shows.
    for op_id, known in (("lookupTravelBan", "demo banned person"),
                         ("lookupRegistrationStatus", "demo registered person")):
        got = sizes[op_id]
        if known in got and "unknown person" in got and got[known] != got["unknown person"]:
            ctx.fail(f"{op_id}: the answers for the {known} ({got[known]} bytes) and for an unknown person "
                     f"({got['unknown person']} bytes) differ in length; padded to {SHORT_ANSWER} bytes, the "
                     "length must not tell the result")
        for who, size in got.items():
            if size != SHORT_ANSWER:
                ctx.fail(f"{op_id}: the answer about the {who} is {size} bytes; it must be padded with spaces to "
                         f"exactly {SHORT_ANSWER} bytes")
                break

    # Refusals do not repeat what was sent.
    bad = {"passport_number": "AB-12", "date_of_birth": "1990-04-12", "citizenship": "RUS"}
    reply = lookup(ctx, "lookupTravelBan", bad, expect=None)
    if reply.status != 422:
        ctx.fail("a lookup with passport number 'AB-12': expected 422", reply)
    not_echoed(ctx, reply, ["AB-12", "AB12", "1990-04-12"], "the 422 of a lookup")
    if "no-store" not in reply.headers.get("Cache-Control", ""):
        ctx.fail("the 422 of a lookup: Cache-Control: no-store is missing", reply)
    reply = lookup(ctx, "lookupTravelBan", {**APPLICANT, "given_name": "Anna"}, expect=None)
    if reply.status != 400:
        ctx.fail("a lookup with an unknown member: expected 400", reply)
    not_echoed(ctx, reply, ["751234567", "1990-04-12", "Anna"], "the 400 of a lookup with an unknown member")
    reply = ctx.call("lookupTravelBan", data='{"passport_number": "751234567", "date_of_birth": 19900412}',
                     headers={"Content-Type": "application/json"})
    not_echoed(ctx, reply, ["751234567", "19900412"], "the 400 of a lookup with a number for a date")

    # No lookup is offered in a URL.
    for op_id, path in LOOKUPS.items():
        reply = ctx.backend.send("GET", path, params=APPLICANT)
        if reply.status not in (404, 405, 429):
            ctx.fail(f"GET {path}?passport_number=…: a lookup must not be answered from a URL; expected 405", reply)

    # A submission's answer does not repeat the applicant's data.
    person = synthetic_person()
    body = application_body(person, given_name="Privacy", email="privacy.check@example.org")
    reply = ctx.call("submitApplication", json_body=body, headers={"Idempotency-Key": new_key()}, expect=201)
    not_echoed(ctx, reply, [person["passport_number"], person["date_of_birth"], "Privacy", "privacy.check@example.org"],
               "the answer to POST /applications")
    bad_app = application_body(person, email="leak@@example.org")
    reply = ctx.call("submitApplication", json_body=bad_app, headers={"Idempotency-Key": new_key()}, expect=422)
    not_echoed(ctx, reply, ["leak@@example.org", person["passport_number"]], "the 422 of POST /applications")

    # A booking's answer does not repeat the visitor's name; probing references tells nothing.
    slot = open_slot(ctx)
    if slot is None:
        ctx.note("no open slot in the next 4 weeks: booking privacy not checked")
        return
    office, day, at = slot
    name = "Privacy Visitor"
    visitor = synthetic_person()
    reply = ctx.call("bookSlot", json_body=booking_body(office, day, at, visitor, name=name),
                     headers={"Idempotency-Key": new_key()}, expect=201)
    booking = reply.json()
    not_echoed(ctx, reply, [name, visitor["passport_number"], visitor["date_of_birth"]],
               "the answer to POST /queue/bookings")
    wrong = ctx.call("cancelBooking", path_params={"reference": booking["reference"]},
                     json_body={"secret": "0" * 32})
    unknown = ctx.call("cancelBooking", path_params={"reference": "QB-ZZZZ-ZZZZ"},
                       json_body={"secret": booking["secret"]})
    if wrong.status != 404 or unknown.status != 404 or wrong.text != unknown.text:
        ctx.fail("a wrong secret and an unknown reference must be answered alike (404, same body)\n"
                 f"       wrong secret: {wrong.describe()}\n       unknown reference: {unknown.describe()}")
    ctx.call("cancelBooking", path_params={"reference": booking["reference"]},
             json_body={"secret": booking["secret"]}, expect=204)


def check_demo_data(ctx: Context) -> None:
    """The demo people's lookups answer the documented shapes and values (README, "Demo data")."""
    hint = " (a backend without the reference demo data can leave this class out: --skip demo-data)"
    apps = lookup(ctx, "lookupApplicationStatus", APPLICANT).json().get("applications", [])
    by_ref = {a.get("reference"): a for a in apps}
    for ref, status in (("QP-DEMO-0001", "issued"), ("QP-DEMO-0002", "awaiting-payment"),
                        ("QP-DEMO-0003", "documents-requested")):
        if by_ref.get(ref, {}).get("status") != status:
            ctx.fail(f"the demo applicant's application {ref} should be {status!r}; got "
                     f"{by_ref.get(ref, {}).get('status')!r}" + hint)
    if by_ref.get("QP-DEMO-0001", {}).get("document_number") != "MOM•••4567":
        ctx.fail("QP-DEMO-0001 should carry document_number MOM•••4567 (MOM1234567, masked)" + hint)
    if by_ref.get("QP-DEMO-0002", {}).get("payment_number") != "PAY-2026-000451":
        ctx.fail("QP-DEMO-0002 should carry payment_number PAY-2026-000451" + hint)
    submitted = [a.get("submitted_at", "") for a in apps]
    if submitted != sorted(submitted, reverse=True):
        ctx.fail(f"applications must be listed newest first; submitted_at in order: {submitted}")
    for a in apps:
        history = [h.get("at", "") for h in a.get("history", [])]
        if history != sorted(history):
            ctx.fail(f"{a.get('reference')}: history must be oldest first; got {history}")
        elif history and a.get("history")[-1].get("status") != a.get("status"):
            ctx.fail(f"{a.get('reference')}: the last history entry must be the current status")

    # The demo registrations run from the backend's first start (a year and 90 days).
    for person in (APPLICANT, REGISTERED):
        reply = lookup(ctx, "lookupRegistrationStatus", person).json()
        until = reply.get("valid_until", "")
        if reply.get("status") != "registered" or not until or until < baku_today().isoformat():
            ctx.fail(f"lookupRegistrationStatus for {person['passport_number']}: expected registered until a date "
                     f"from today on; got {json.dumps(reply)}" + hint)
    expected = [
        ("lookupRegistrationStatus", BANNED, {"status": "not-found"}),
        ("lookupTravelBan", BANNED, {"status": "ban"}),
        ("lookupTravelBan", APPLICANT, {"status": "no-ban"}),
        ("lookupTravelBan", REGISTERED, {"status": "no-ban"}),
        ("lookupFeePayments", REGISTERED, {"payments": []}),
    ]
    for op_id, person, answer in expected:
        reply = lookup(ctx, op_id, person)
        if reply.json() != answer:
            ctx.fail(f"{op_id} for {person['passport_number']}: expected {json.dumps(answer)}" + hint, reply)
    payments = lookup(ctx, "lookupFeePayments", APPLICANT).json().get("payments", [])
    got = {(p.get("payment_number"), p.get("amount"), p.get("status")) for p in payments}
    for want in (("PAY-2026-000451", "160.00", "unpaid"), ("PAY-2026-000388", "30.00", "paid")):
        if want not in got:
            ctx.fail(f"the demo applicant's fee payments should include {want}; got {sorted(got)}" + hint)
    due = [p.get("due_date", "") for p in payments]
    if due != sorted(due, reverse=True):
        ctx.fail(f"payments must be listed latest due date first; got {due}")


def check_validation(ctx: Context) -> None:
    """422 answers list every refused field with a documented code that names a real field."""
    today = baku_today()
    cases = [
        ({"passport_number": "x!", "date_of_birth": "1990-02-30", "citizenship": ""},
         [("passport_number", "passport-number-format"), ("date_of_birth", "date-not-real"), ("citizenship", "required")]),
        ({"passport_number": "1" * 21, "date_of_birth": (today + dt.timedelta(days=2)).isoformat(), "citizenship": "ZZZ"},
         [("passport_number", "too-long"), ("date_of_birth", "date-in-future"), ("citizenship", "citizenship-unknown")]),
        ({"passport_number": "   ", "date_of_birth": "1899-12-31", "citizenship": "RUS"},
         [("passport_number", "required"), ("date_of_birth", "date-too-early")]),
        ({"passport_number": "751234567", "date_of_birth": "12.04.1990", "citizenship": "RUS"},
         [("date_of_birth", "date-format")]),
    ]
    for body, expected in cases:
        reply = ctx.call("lookupRegistrationStatus", json_body=body)
        ctx.validation_errors("lookupRegistrationStatus", reply, expected, f"lookup {json.dumps(body)}")

    person = synthetic_person()
    app = {
        "service": "travel-ban-check",
        "applicant": {"given_name": "", "family_name": "R2D2", "passport_number": "AB1",
                      "date_of_birth": "1990-13-01", "citizenship": "XYZ", "email": "not-an-email"},
    }
    reply = ctx.call("submitApplication", json_body=app, headers={"Idempotency-Key": new_key()})
    ctx.validation_errors("submitApplication", reply, [
        ("service", "service-not-application"), ("applicant.given_name", "required"),
        ("applicant.family_name", "name-characters"), ("applicant.passport_number", "passport-number-format"),
        ("applicant.date_of_birth", "date-not-real"), ("applicant.citizenship", "citizenship-unknown"),
        ("applicant.email", "email-format")], "an application with every field wrong")
    app = application_body(person, given_name="A" * 101)
    app["service"] = "no-such-service"
    reply = ctx.call("submitApplication", json_body=app, headers={"Idempotency-Key": new_key()})
    ctx.validation_errors("submitApplication", reply, [("service", "service-unknown"),
                                                      ("applicant.given_name", "too-long")],
                          "an application for an unknown service with a long name")
    # The service's form: answers it does not have, and each field's own rule.
    app = application_body(person)
    app["answers"].update({"no.such": "x", "restoration.lost_year": "1900", "contact.phone": "12"})
    del app["answers"]["address.district"]
    reply = ctx.call("submitApplication", json_body=app, headers={"Idempotency-Key": new_key()})
    ctx.validation_errors("submitApplication", reply, [
        ("answers.no.such", "answer-unknown"), ("answers.restoration.lost_year", "number-range"),
        ("answers.address.district", "required"), ("answers.contact.phone", "phone-format")], "an application with wrong answers")
    app = application_body(person, attachments=["att_does_not_exist_0000"])
    reply = ctx.call("submitApplication", json_body=app, headers={"Idempotency-Key": new_key()})
    ctx.validation_errors("submitApplication", reply, [("attachments[0]", "attachment-unknown")],
                          "an application listing an unknown attachment")
    # At most 20 distinct ids: more is refused on `attachments` as a whole, whether or not the ids exist.
    ids = [f"att_conformance_{uuid.uuid4().hex}" for _ in range(21)]
    reply = ctx.call("submitApplication", json_body=application_body(person, attachments=ids),
                     headers={"Idempotency-Key": new_key()})
    ctx.validation_errors("submitApplication", reply, [("attachments", "attachments-too-many")],
                          "an application listing 21 distinct attachment ids")
    reply = ctx.call("submitApplication", json_body=application_body(person, attachments=ids[:20]),
                     headers={"Idempotency-Key": new_key()}, expect=422)
    if '"attachments-too-many"' in reply.text:
        ctx.fail("an application listing 20 distinct attachment ids is within the limit: "
                 "expected no attachments-too-many", reply)

    # JSON has one number type: 4.0 is the integer 4 (JSON Schema agrees), not a malformed body.
    reply = ctx.call("sendFeedback", json_body={"service": "registration", "rating": 4.0},
                     headers={"Idempotency-Key": new_key()})
    if reply.status != 201:
        ctx.fail("feedback with rating 4.0 (the number 4, an integer to JSON Schema): expected 201", reply)
    for body, expected in (
        ({"service": "registration", "rating": 9}, [("rating", "rating-range")]),
        ({"service": "registration", "rating": 0, "comment": "x" * 1001}, [("rating", "rating-range"), ("comment", "too-long")]),
        ({"service": "no-such-service", "rating": 3}, [("service", "service-unknown")]),
        ({"service": "registration"}, [("rating", "required")]),
        ({"service": "registration", "rating": None}, [("rating", "required")]),
    ):
        reply = ctx.call("sendFeedback", json_body=body, headers={"Idempotency-Key": new_key()})
        ctx.validation_errors("sendFeedback", reply, expected, f"feedback {excerpt(json.dumps(body), 80)}")

    offices = ctx.call("listOffices", expect=200).json().get("offices", [])
    if not offices:
        ctx.note("no offices: queue validation not checked")
        return
    office = offices[0]["id"]
    past = (today - dt.timedelta(days=1)).isoformat()
    for query, code in (({}, "required"), ({"date": past}, "date-in-past"), ({"date": "2099-02-30"}, "date-not-real"),
                        ({"date": "tomorrow"}, "date-format")):
        reply = ctx.call("listSlots", path_params={"office": office}, query=query)
        ctx.validation_errors("listSlots", reply, [("date", code)], f"slots with {query or 'no date'}")
    booking = {"service": "no-such-service", "office": "no-such-office", "date": past, "time": "09:00",
               "name": "R2D2", "passport_number": "AB1", "date_of_birth": (today + dt.timedelta(days=2)).isoformat(),
               "citizenship": "XYZ"}
    reply = ctx.call("bookSlot", json_body=booking, headers={"Idempotency-Key": new_key()})
    ctx.validation_errors("bookSlot", reply, [
        ("service", "service-unknown"), ("office", "office-unknown"), ("date", "date-in-past"),
        ("name", "name-characters"), ("passport_number", "passport-number-format"),
        ("date_of_birth", "date-in-future"), ("citizenship", "citizenship-unknown")],
        "a booking with every field wrong")
    # A blank service may be `required` or `service-unknown` (the contract allows both): not asserted.
    booking = {"service": "", "office": " ", "date": "", "time": "", "name": "", "passport_number": "",
               "date_of_birth": "", "citizenship": ""}
    reply = ctx.call("bookSlot", json_body=booking, headers={"Idempotency-Key": new_key()})
    ctx.validation_errors("bookSlot", reply, [
        ("office", "required"), ("date", "required"), ("time", "required"), ("name", "required"),
        ("passport_number", "required"), ("date_of_birth", "required"), ("citizenship", "required")],
        "a booking with every field blank")
    slot = open_slot(ctx)
    if slot:
        booking = booking_body(slot[0], slot[1], "03:00", name="Night Owl")
        reply = ctx.call("bookSlot", json_body=booking, headers={"Idempotency-Key": new_key()})
        ctx.validation_errors("bookSlot", reply, [("time", "slot-unavailable")], "a booking at 03:00")


def check_idempotency(ctx: Context) -> None:
    """Applications, bookings and ratings are created exactly once per Idempotency-Key."""
    person = synthetic_person()
    key = new_key()
    body = application_body(person)
    first = ctx.call("submitApplication", json_body=body, headers={"Idempotency-Key": key}, expect=201)
    if first.headers.get("Idempotent-Replayed", "").lower() == "true":
        ctx.fail("the first request with a key must not be marked Idempotent-Replayed", first)
    again = ctx.call("submitApplication", json_body=body, headers={"Idempotency-Key": key}, expect=201)
    if again.json() != first.json():
        ctx.fail(f"a replay must answer the first answer again: first {first.text}", again)
    if again.headers.get("Idempotent-Replayed") != "true":
        ctx.fail("a replay must carry Idempotent-Replayed: true", again)
    other = application_body(person, given_name="Different")
    ctx.call("submitApplication", json_body=other, headers={"Idempotency-Key": key}, expect=409)
    apps = lookup(ctx, "lookupApplicationStatus", person).json().get("applications", [])
    refs = [a.get("reference") for a in apps]
    if refs != [first.json().get("reference")]:
        ctx.fail(f"after a submission, a replay and a conflict, the person must have exactly one application "
                 f"({first.json().get('reference')}); the status lookup lists {refs}")
    elif apps[0].get("status") != "submitted" or [h.get("status") for h in apps[0].get("history", [])] != ["submitted"]:
        ctx.fail(f"a new application must be 'submitted' with a history of one entry; got {json.dumps(apps[0])}")

    # A refusal is not remembered: the corrected body may use the same key.
    key = new_key()
    broken = application_body(synthetic_person(), given_name="")
    ctx.call("submitApplication", json_body=broken, headers={"Idempotency-Key": key}, expect=422)
    fixed = application_body(synthetic_person(), given_name="Corrected")
    ctx.call("submitApplication", json_body=fixed, headers={"Idempotency-Key": key}, expect=201)

    # Another key is another submission.
    third = ctx.call("submitApplication", json_body=body, headers={"Idempotency-Key": new_key()}, expect=201)
    if third.json().get("reference") == first.json().get("reference"):
        ctx.fail("a new Idempotency-Key must create a new application, not return the first", third)

    # A retried rating counts once.
    key = new_key()
    rating = {"service": "registration", "rating": 5, "comment": "Conformance check"}
    first = ctx.call("sendFeedback", json_body=rating, headers={"Idempotency-Key": key}, expect=201)
    if first.headers.get("Idempotent-Replayed", "").lower() == "true":
        ctx.fail("the first rating with a key must not be marked Idempotent-Replayed", first)
    again = ctx.call("sendFeedback", json_body=rating, headers={"Idempotency-Key": key}, expect=201)
    if again.json() != first.json() or again.headers.get("Idempotent-Replayed") != "true":
        ctx.fail(f"a replayed rating must answer the first answer again with Idempotent-Replayed: true; "
                 f"first {first.text}", again)
    ctx.call("sendFeedback", json_body={**rating, "rating": 1}, headers={"Idempotency-Key": key}, expect=409)

    slot = open_slot(ctx)
    if slot is None:
        ctx.note("no open slot in the next 4 weeks: booking idempotency not checked")
        return
    office, day, at = slot
    key = new_key()
    booking = booking_body(office, day, at)
    first = ctx.call("bookSlot", json_body=booking, headers={"Idempotency-Key": key}, expect=201)
    try:
        if first.headers.get("Idempotent-Replayed", "").lower() == "true":
            ctx.fail("the first booking with a key must not be marked Idempotent-Replayed", first)
        b = first.json()
        if (b.get("office"), b.get("date"), b.get("time")) != (office, day, at):
            ctx.fail(f"the booking must be for the office, date and time asked ({office}, {day}, {at})", first)
        again = ctx.call("bookSlot", json_body=booking, headers={"Idempotency-Key": key}, expect=201)
        if again.json() != b:
            ctx.fail(f"a replayed booking must answer the first answer again: first {first.text}", again)
        if again.headers.get("Idempotent-Replayed") != "true":
            ctx.fail("a replayed booking must carry Idempotent-Replayed: true", again)
        ctx.call("bookSlot", json_body={**booking, "name": "Someone Else"}, headers={"Idempotency-Key": key},
                 expect=409)
    finally:
        ctx.call("cancelBooking", path_params={"reference": first.json()["reference"]},
                 json_body={"secret": first.json()["secret"]}, expect=204)


def check_queue(ctx: Context) -> None:
    """Offices and slots answer as documented; a booking takes a slot and its secret cancels it; one active booking per person and service."""
    offices = ctx.call("listOffices", expect=200).json().get("offices", [])
    if not offices:
        ctx.note("the backend lists no offices: nothing more to check")
        return
    ids = [o["id"] for o in offices]
    if len(set(ids)) != len(ids):
        ctx.fail(f"office ids must be unique; got {ids}")
    today = baku_today()
    for days in range(0, 8):
        day = (today + dt.timedelta(days=days)).isoformat()
        reply = ctx.call("listSlots", path_params={"office": ids[0]}, query={"date": day}, expect=200)
        answer = reply.json()
        if (answer.get("office"), answer.get("date")) != (ids[0], day):
            ctx.fail(f"slots must name the office and date asked ({ids[0]}, {day})", reply)
        times = [s.get("time") for s in answer.get("slots", [])]
        if times != sorted(set(times)):
            ctx.fail("slots must be in time order, each time once", reply)

    # Three free times of one day: the booking, another attempt by the same person, and a booking after cancelling.
    found = open_slots(ctx, 3)
    if found is None:
        ctx.note("no day with three open slots in the next 4 weeks: booking not checked")
        return
    office, day, (at, other, later) = found
    person = synthetic_person()
    booking = ctx.call("bookSlot", json_body=booking_body(office, day, at, person),
                       headers={"Idempotency-Key": new_key()}, expect=201).json()
    reference, secret = booking["reference"], booking["secret"]
    made: list[dict] = []  # bookings a non-conforming backend let through, cancelled at the end

    def book(body: dict, expect: int | tuple[int, ...] | None = None) -> Reply:
        reply = ctx.call("bookSlot", json_body=body, headers={"Idempotency-Key": new_key()}, expect=expect)
        if reply.status == 201:
            made.append(reply.json())
        return reply

    try:
        # One active booking per person and service: the same passport number and citizenship, as typed
        # (spaces, lower case) and with another date of birth, is the same person.
        same = {**person, "passport_number": person["passport_number"][:2].lower() + " " + person["passport_number"][2:],
                "date_of_birth": "1980-01-01"}
        reply = book(booking_body(office, day, other, same))
        ctx.validation_errors("bookSlot", reply, [("service", "booking-exists")],
                              "a second booking for the same person and service (another time, another date of "
                              "birth) while the first is active")
        # Another service is another visit.
        book(booking_body(office, day, other, person, service="work-permit"), expect=201)

        ctx.call("cancelBooking", path_params={"reference": reference}, json_body={"secret": "f" * 32}, expect=404)
        ctx.call("cancelBooking", path_params={"reference": reference}, json_body={"secret": secret}, expect=204)
        ctx.call("cancelBooking", path_params={"reference": reference}, json_body={"secret": secret}, expect=204)
        slots = ctx.call("listSlots", path_params={"office": office}, query={"date": day}, expect=200).json()["slots"]
        if not any(s.get("time") == at and s.get("available") for s in slots):
            ctx.fail(f"after cancelling, {office} {day} {at} must be available again")
        reply = book(booking_body(office, day, later, person))
        if reply.status != 201:
            ctx.fail("once the booking is cancelled, the same person may book for the same service again: "
                     "expected 201", reply)
    finally:
        for b in made:
            ctx.backend.send("POST", f"/queue/bookings/{quote(b.get('reference', ''), safe='')}/cancel",
                             json_body={"secret": b.get("secret", "")})


# Tiny but real documents, recognised by their first bytes.
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b55"
                    "0000000a49444154789c63600000000200010e27e5180000000049454e44ae426082")


def check_uploads(ctx: Context) -> None:
    """Documents are uploaded exactly once per Idempotency-Key, from this site only, typed by content, limited to 5 MiB, and usable in an application."""
    keyed = lambda **h: {"Idempotency-Key": new_key(), **h}  # noqa: E731
    document = {"file": ("passport.pdf", PDF, "application/pdf")}
    reply = ctx.call("uploadAttachment", files=document)
    if reply.status != 400:
        ctx.fail("POST /attachments without Idempotency-Key: expected 400", reply)
    # The app's own page: the browser says same-origin and sends this origin.
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(ctx.backend.api_base))
    key = new_key()
    reply = ctx.call("uploadAttachment", files=document,
                     headers={"Idempotency-Key": key, "Sec-Fetch-Site": "same-origin", "Origin": origin}, expect=201)
    pdf = reply.json()
    if (pdf.get("media_type"), pdf.get("size")) != ("application/pdf", len(PDF)):
        ctx.fail(f"a {len(PDF)}-byte PDF must be answered media_type application/pdf, size {len(PDF)}", reply)
    if reply.headers.get("Idempotent-Replayed", "").lower() == "true":
        ctx.fail("the first upload with a key must not be marked Idempotent-Replayed", reply)
    again = ctx.call("uploadAttachment", files=document, headers={"Idempotency-Key": key}, expect=201)
    if again.json() != pdf or again.headers.get("Idempotent-Replayed") != "true":
        ctx.fail(f"a replayed upload (same key, same file) must answer the first answer again, the same id, with "
                 f"Idempotent-Replayed: true; first {excerpt(json.dumps(pdf), 200)}", again)
    reply = ctx.call("uploadAttachment", files={"file": ("passport.pdf", PNG, "image/png")},
                     headers={"Idempotency-Key": key})
    if reply.status != 409:
        ctx.fail("an upload reusing an Idempotency-Key with another file: expected 409", reply)
    # Another site's page may not make its visitors upload.
    for header, value in (("Sec-Fetch-Site", "cross-site"), ("Origin", "https://elsewhere.example")):
        reply = ctx.call("uploadAttachment", files=document, headers=keyed(**{header: value}))
        if reply.status != 403:
            ctx.fail(f"an upload with {header}: {value} comes from another site: expected 403", reply)

    reply = ctx.call("uploadAttachment", files={"file": ("scan.pdf", PNG, "application/pdf")}, headers=keyed(),
                     expect=201)
    png = reply.json()
    if png.get("media_type") != "image/png":
        ctx.fail("the type comes from the content: a PNG declared as PDF is image/png", reply)
    ctx.call("uploadAttachment", files={"file": ("notes.pdf", b"just text, not a document", "application/pdf")},
             headers=keyed(), expect=415)
    ctx.call("uploadAttachment", files={"other": ("passport.pdf", PDF, "application/pdf")}, headers=keyed(),
             expect=400)
    reply = ctx.call("uploadAttachment", files={"file": ("passport.pdf", PDF, "application/pdf"),
                                                "note": (None, "an extra part")}, headers=keyed())
    if reply.status != 400:
        ctx.fail("a part besides `file` must be refused with 400 (the contract allows `file` only)", reply)
    big = PDF + b"0" * (5 * 1024 * 1024 + 1 - len(PDF))
    ctx.call("uploadAttachment", files={"file": ("big.pdf", big, "application/pdf")}, headers=keyed(), expect=413)
    ctx.call("uploadAttachment", data=PDF, headers=keyed(**{"Content-Type": "application/pdf"}), expect=(400, 415))
    # An id listed again counts once: 21 mentions of two uploads are within the limit of 20.
    app = application_body(synthetic_person(), attachments=[pdf["id"]] * 20 + [png["id"]])
    reply = ctx.call("submitApplication", json_body=app, headers={"Idempotency-Key": new_key()})
    if reply.status != 201:
        ctx.fail("an application listing two uploads, one of them 20 times, must be accepted (201): "
                 "an id listed again counts once", reply)


def check_schema(ctx: Context) -> None:
    """Generated requests (schemathesis): statuses, content types, headers and bodies as documented."""
    args = ctx.args
    with tempfile.TemporaryDirectory(prefix="qapi-conformance-") as tmp:
        report = Path(tmp) / "schemathesis.json"
        cmd = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(SCHEMATHESIS_CONFIG), "--no-color",
               "run", str(ctx.spec.path), "--url", ctx.backend.api_base,
               "--phases", "examples,coverage,fuzzing",
               "--max-examples", str(args.max_examples), "--seed", str(args.seed), "--workers", str(args.workers),
               "--request-timeout", str(args.timeout), "--report", "json", "--report-json-path", str(report)]
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        try:
            run = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace",
                                 timeout=args.schema_timeout, env=env, cwd=tmp)
        except subprocess.TimeoutExpired:
            ctx.fail(f"schemathesis did not finish within {args.schema_timeout} s")
            return
        summary: dict[str, Any] = {}
        if report.exists():
            summary = json.loads(report.read_text(encoding="utf-8"))
    ctx.note(f"schemathesis seed {args.seed}, at most {args.max_examples} examples per operation and phase: "
             f"{summary.get('test_cases', {}).get('generated', '?')} requests generated")
    if summary.get("warnings", {}).get("rate_limited"):
        ctx.note("some operations were rate limited (429): raise the backend's lookup limit to test them fully")
    if run.returncode == 0:
        return
    failures = summary.get("failures", [])
    for f in failures:
        ctx.fail(f"{f.get('code')} {f.get('title')} ({f.get('count')}×) in: {', '.join(f.get('operations', []))}")
    for e in summary.get("errors", []):
        ctx.fail(f"schemathesis error: {excerpt(json.dumps(e), 600)}")
    if not failures and not summary.get("errors"):
        ctx.fail(f"schemathesis exited with {run.returncode}:\n{excerpt(run.stderr or run.stdout, 2000)}")
    out = run.stdout
    start = out.find("= FAILURES =")
    end = out.find("= SUMMARY =")
    details = out[out.rfind("\n", 0, start) + 1:out.rfind("\n", 0, end)] if start >= 0 else out[-4000:]
    lines = [ln.rstrip() for ln in details.splitlines() if ln.strip()]
    shown = "\n".join(ln if len(ln) < 600 else ln[:600] + "…" for ln in lines[:160])
    more = f"\n… {len(lines) - 160} more lines: rerun with --only schema --seed {args.seed}" if len(lines) > 160 else ""
    ctx.fail("schemathesis details (replay with the same --seed):\n" + textwrap.indent(shown + more, "       "))


def check_hosts(ctx: Context) -> None:
    """Host sites (the widget's): CORS answers and writes for the origins given with --host-origin, for no other."""
    stranger = "https://elsewhere.example"
    acao = "Access-Control-Allow-Origin"

    def preflight(origin: str) -> Reply:
        return ctx.backend.send("OPTIONS", "/feedback", headers={
            "Origin": origin, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type,idempotency-key"})

    for reply in (preflight(stranger), ctx.call("getHealth", headers={"Origin": stranger}, expect=200)):
        if reply.headers.get(acao) in (stranger, "*"):
            ctx.fail(f"a site that is no host ({stranger}) must get no CORS answer", reply)
    for host in ctx.args.host_origin:
        reply = preflight(host)
        if not 200 <= reply.status < 300 or reply.headers.get(acao) != host:
            ctx.fail(f"the preflight of a submission from the host site {host} must be granted to it alone", reply)
        if not {"content-type", "idempotency-key"} <= {
                h.strip().lower() for h in reply.headers.get("Access-Control-Allow-Headers", "").split(",")}:
            ctx.fail("a host's preflight must allow the Content-Type and Idempotency-Key request headers", reply)
        if "POST" not in reply.headers.get("Access-Control-Allow-Methods", "").upper():
            ctx.fail("a host's preflight must allow POST", reply)
        if reply.headers.get("Access-Control-Allow-Credentials", "").lower() == "true":
            ctx.fail("the API takes no credentials: a host's preflight must not allow them", reply)
        reply = ctx.call("getHealth", headers={"Origin": host}, expect=200)
        if reply.headers.get(acao) != host or "origin" not in reply.headers.get("Vary", "").lower():
            ctx.fail(f"an answer to the host site {host} must allow that origin and vary by Origin", reply)
        # A submission from the host's page is not refused as another site's (the body's own check answers).
        reply = ctx.call("sendFeedback", json_body={}, headers={
            "Origin": host, "Sec-Fetch-Site": "cross-site", "Idempotency-Key": new_key()})
        if reply.status == 403:
            ctx.fail(f"a submission from the host site {host}'s page must not be refused as another site's", reply)
    if not ctx.args.host_origin:
        ctx.note("no --host-origin given: only the refusal of other sites was checked")


@dataclass
class CheckClass:
    name: str
    run: Callable[[Context], None]

    @property
    def title(self) -> str:
        return (self.run.__doc__ or "").strip()


CLASSES = [
    CheckClass("contract", check_contract),
    CheckClass("reachability", check_reachability),
    CheckClass("problems", check_problems),
    CheckClass("privacy", check_privacy),
    CheckClass("demo-data", check_demo_data),
    CheckClass("validation", check_validation),
    CheckClass("idempotency", check_idempotency),
    CheckClass("queue", check_queue),
    CheckClass("uploads", check_uploads),
    CheckClass("hosts", check_hosts),
    CheckClass("schema", check_schema),
]


# ---------------------------------------------------------------------------


def api_base_url(base_url: str, spec: Spec) -> str:
    base = base_url.rstrip("/")
    server_path = spec.server_path
    if server_path and not urlsplit(base).path.rstrip("/").endswith(server_path):
        base += server_path
    return base


def parse_args(argv: list[str]) -> argparse.Namespace:
    names = [c.name for c in CLASSES]
    p = argparse.ArgumentParser(
        description="Check a running Qapı backend against the API contract (api/openapi.yaml).",
        epilog="Classes, in order: " + ", ".join(names) + ". Exit status: 0 conforming, 1 not, 2 usage error.")
    p.add_argument("--base-url", required=False, help="the backend's origin, e.g. http://127.0.0.1:8080 "
                   "(the contract's server path /api/v1 is appended unless already there)")
    p.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the contract (default: api/openapi.yaml)")
    p.add_argument("--host-origin", action="append", default=[], metavar="ORIGIN",
                   help="a host site the backend is configured to serve (the widget's; repeatable): its pages "
                        "must get CORS answers and may submit")
    p.add_argument("--keep-going", action="store_true", help="run every class even after one fails")
    p.add_argument("--allow-incomplete", action="store_true",
                   help="exit 0 when rate limiting cut classes short (by default that is a failure: "
                        "a backend answering 429 to everything must not pass)")
    p.add_argument("--only", default="", help="comma-separated classes to run")
    p.add_argument("--skip", default="", help="comma-separated classes to leave out (e.g. demo-data)")
    p.add_argument("--list", action="store_true", help="list the classes and exit")
    p.add_argument("--max-examples", type=int, default=25, help="schemathesis examples per operation (default 25)")
    p.add_argument("--seed", type=int, default=None, help="schemathesis seed (default: random, printed)")
    # One worker: Hypothesis 6.170 can fail with "AST constructor recursion depth mismatch" in threads.
    p.add_argument("--workers", type=int, default=1, help="schemathesis workers (default 1)")
    p.add_argument("--timeout", type=float, default=15.0, help="seconds per request (default 15)")
    p.add_argument("--schema-timeout", type=float, default=600.0, help="seconds for the schema class (default 600)")
    p.add_argument("--rate-limit-wait", type=float, default=120.0,
                   help="total seconds the scenario checks may wait on 429 Retry-After (default 120)")
    args = p.parse_args(argv)
    for option in ("only", "skip"):
        chosen = [n for n in getattr(args, option).split(",") if n]
        unknown = [n for n in chosen if n not in names]
        if unknown:
            p.error(f"--{option}: unknown class {', '.join(unknown)} (classes: {', '.join(names)})")
        setattr(args, option, chosen)
    if not args.list and not args.base_url:
        p.error("--base-url is required")
    if args.seed is None:
        args.seed = random.randrange(1, 2**31)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.list:
        for c in CLASSES:
            print(f"{c.name:13} {c.title}")
        return 0
    try:
        spec = Spec(args.spec.resolve())
    except (OSError, yaml.YAMLError, KeyError) as e:
        print(f"conformance: cannot read the contract {args.spec}: {e}", file=sys.stderr)
        return 2
    api_base = api_base_url(args.base_url, spec)
    backend = Backend(api_base, spec, args.timeout, args.rate_limit_wait)
    selected = [c for c in CLASSES if (not args.only or c.name in args.only) and c.name not in args.skip]
    print(f"Qapı backend conformance: {api_base}\ncontract: {args.spec}\n")
    results: list[ClassResult] = []
    stopped_at: ClassResult | None = None
    for c in selected:
        result = ClassResult(c.name, c.title)
        if stopped_at is not None:
            result.skipped = f"not run: {stopped_at.name} failed first (--keep-going runs every class)"
            results.append(result)
            continue
        ctx = Context(backend, spec, args, result)
        started = time.monotonic()
        try:
            c.run(ctx)
        except Failed:
            pass
        except RateLimited as e:
            result.incomplete = f"incomplete, rate limited: {e} (a 429 with Retry-After conforms)"
        except requests.RequestException as e:
            result.failures.append(f"the request failed: {e.__class__.__name__}: {excerpt(str(e), 300)}")
        except Exception as e:  # an answer so far off that a step could not go on
            where = traceback.extract_tb(e.__traceback__)[-1]
            result.failures.append(f"the check could not go on after an unexpected answer: "
                                   f"{e.__class__.__name__}: {excerpt(str(e), 300)} (check.py line {where.lineno})")
        result.seconds = time.monotonic() - started
        results.append(result)
        mark = "FAIL" if result.failures else "part" if result.incomplete else "ok  "
        count = f" — {len(result.failures)} failure(s)" if result.failures else ""
        count += f" — {result.incomplete}" if result.incomplete else ""
        print(f"  {mark} {c.name:13} {c.title} ({result.seconds:.1f} s){count}", flush=True)
        for n in result.notes:
            print(f"       note: {n}")
        if result.failures and not args.keep_going:
            stopped_at = result

    failed = [r for r in results if r.failures]
    if backend.sent_again:
        print(f"\nnote: {backend.sent_again} request(s) sent again: the backend closed a kept-alive connection "
              "without answering the next request (after refusing one without reading its body, it closes the "
              "connection without `Connection: close`)")
    if backend.rate_limited:
        print(f"\nnote: waited on 429 Retry-After {backend.rate_limited} time(s); start the backend with a higher "
              "limits (reference: tests/conformance/README.md, \"Rate limits\")")
    for r in failed:
        print(f"\n=== {r.name}: {r.title}")
        # The same fault seen on several requests is shown once, with a count.
        grouped: dict[str, list[str]] = {}
        for f in r.failures:
            grouped.setdefault(f.split("\n", 1)[0], []).append(f)
        for i, same in enumerate(grouped.values(), 1):
            more = f"\n       (and {len(same) - 1} more request(s) with this fault)" if len(same) > 1 else ""
            print(f"  {i}. {same[0]}{more}")
    skipped = [r for r in results if r.skipped]
    incomplete = [r for r in results if r.incomplete and not r.failures]
    if skipped:
        print(f"\nnot run (after the first failing class, {stopped_at.name if stopped_at else '?'}): "
              + ", ".join(r.name for r in skipped) + ". Use --keep-going to run them.")
    passed = len(results) - len(failed) - len(skipped) - len(incomplete)
    if failed:
        verdict = "DOES NOT CONFORM (first failing class: " + failed[0].name + ")"
    elif incomplete and args.allow_incomplete:
        verdict = ("CONFORMS AS FAR AS CHECKED: rate limiting cut short " + ", ".join(r.name for r in incomplete)
                   + "; start the backend with a higher lookup limit to check everything")
    elif incomplete:
        verdict = ("NOT CHECKED: rate limiting cut short " + ", ".join(r.name for r in incomplete)
                   + "; start the backend with a higher lookup limit, or accept a partial check with --allow-incomplete")
    else:
        verdict = "CONFORMS"
    print(f"\n{verdict}")
    print(f"conformance: {passed} passed, {len(failed)} failed, {len(skipped) + len(incomplete)} skipped")
    return 1 if failed or (incomplete and not args.allow_incomplete) else 0


if __name__ == "__main__":
    sys.exit(main())
