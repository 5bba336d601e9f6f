#!/usr/bin/env python3
"""A deliberately broken Qapı backend, for testing the conformance check.

It answers every operation of `api/openapi.yaml` and follows the contract,
except in these chosen ways, each of which `check.py` must catch:

1. problems:    an unknown path is answered 404 as `text/plain`, not problem+json.
2. privacy:     a 422 for a lookup repeats the submitted passport number in `detail`,
                `POST /lookups/fee-payments` answers without `Cache-Control: no-store`,
                lookup answers are not padded (their length tells the result), and an
                issued document's number is shown in full (`MOM1234567`), not masked.
3. demo-data:   `POST /lookups/registration-status` for a registered person leaves out
                the required `status` (`{"valid_until": …}` only).
4. idempotency: `POST /applications` requires an `Idempotency-Key` but ignores it: a
                retry creates another application, and another body never gets 409.
5. validation:  a date of birth before 1900 is refused as `date-format`, not `date-too-early`.
6. queue:       a cancelled booking keeps its time taken: the slot never frees again.
7. uploads:     parts besides `file` are ignored, not refused with 400.
8. hosts:       every answer allows any origin (`Access-Control-Allow-Origin: *`).

    python tests/conformance/broken_backend.py [--host 127.0.0.1] [--port 0]

It prints `listening on http://HOST:PORT` once it accepts connections. The
standard library only; state lives in memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.parser
import email.policy
import hashlib
import json
import re
import secrets
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

API = "/api/v1"
BAKU = dt.timezone(dt.timedelta(hours=4))
MAX_JSON = 64 * 1024
MAX_FILE = 5 * 1024 * 1024

SERVICES = {
    "registration": "application", "stay-extension": "application", "temporary-residence": "application",
    "permanent-residence": "application", "work-permit": "application", "work-permit-extension": "application",
    "citizenship-admission": "application", "citizenship-restoration": "application",
    "citizenship-renunciation": "application", "foreign-citizenship-notice": "application",
    "migration-service-job": "application", "application-tracking": "lookup", "registration-status": "lookup",
    "travel-ban-check": "lookup", "fee-payment": "lookup", "registration-deadline": "tool",
    "stay-calculator": "tool", "online-queue": "tool",
}
# A few ISO 3166-1 alpha-3 codes are enough for a test double.
COUNTRIES = {"AZE", "DEU", "FRA", "GBR", "GEO", "RUS", "TUR", "UKR", "USA", "XXA", "XXB", "XXC"}
OFFICES = [
    {"id": "baku", "name": {"az": "Bakı", "en": "Baku", "ru": "Баку"},
     "address": {"az": "Bakı şəhəri", "en": "Baku", "ru": "город Баку"}},
    {"id": "ganja", "name": {"az": "Gəncə", "en": "Ganja", "ru": "Гянджа"},
     "address": {"az": "Gəncə şəhəri", "en": "Ganja", "ru": "город Гянджа"}},
]
PEOPLE = {
    ("751234567", "1990-04-12", "RUS"): {
        "applications": [
            {"reference": "QP-DEMO-0003", "service": "registration", "status": "documents-requested",
             "submitted_at": "2026-11-18T16:02:00Z", "updated_at": "2026-11-19T09:30:00Z",
             "history": [{"status": "submitted", "at": "2026-11-18T16:02:00Z"},
                         {"status": "documents-requested", "at": "2026-11-19T09:30:00Z"}]},
            {"reference": "QP-DEMO-0002", "service": "temporary-residence", "status": "awaiting-payment",
             "submitted_at": "2026-10-20T07:30:00Z", "updated_at": "2026-11-10T13:15:00Z",
             "history": [{"status": "submitted", "at": "2026-10-20T07:30:00Z"},
                         {"status": "in-review", "at": "2026-10-21T10:00:00Z"},
                         {"status": "awaiting-payment", "at": "2026-11-10T13:15:00Z"}],
             "payment_number": "PAY-2026-000451"},
            {"reference": "QP-DEMO-0001", "service": "stay-extension", "status": "issued",
             "submitted_at": "2026-09-01T08:12:00Z", "updated_at": "2026-09-02T09:06:00Z",
             "history": [{"status": "submitted", "at": "2026-09-01T08:12:00Z"},
                         {"status": "in-review", "at": "2026-09-01T11:40:00Z"},
                         {"status": "approved", "at": "2026-09-02T09:05:00Z"},
                         {"status": "issued", "at": "2026-09-02T09:06:00Z"}],
             # BROKEN (privacy): the full number, where the contract shows MOM•••4567.
             "document_number": "MOM1234567"},
        ],
        "registered_until": "2027-01-10",
        "payments": [
            {"payment_number": "PAY-2026-000451", "service": "temporary-residence", "amount": "160.00",
             "status": "unpaid", "due_date": "2026-12-10"},
            {"payment_number": "PAY-2026-000388", "service": "stay-extension", "amount": "30.00",
             "status": "paid", "due_date": "2026-09-30"},
        ],
    },
    ("123456789", "1985-09-30", "GBR"): {"ban": True},
    ("U12345678", "1978-01-15", "TUR"): {"registered_until": "2026-12-31"},
}
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

LOCK = threading.Lock()
APPLICATIONS: dict[tuple[str, str, str], list[dict]] = {}
ATTACHMENTS: set[str] = set()
MAX_ATTACHMENTS = 20
BOOKINGS: dict[str, dict] = {}  # reference -> booking with secret hash
KEYS: dict[tuple[str, str], tuple[str, dict]] = {}  # (scope, idempotency key) -> (canonical body, answer)


class Problem(Exception):
    def __init__(self, status: int, title: str, detail: str | None = None, errors: list | None = None,
                 headers: dict | None = None):
        self.status, self.title, self.detail, self.errors, self.headers = status, title, detail, errors, headers or {}


def today() -> dt.date:
    return dt.datetime.now(BAKU).date()


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def reference(prefix: str) -> str:
    chars = "".join(secrets.choice(CROCKFORD) for _ in range(8))
    return f"{prefix}-{chars[:4]}-{chars[4:]}"


# -- field rules (crates/core/src/validate.rs, in short) --

def v_passport(raw: str) -> tuple[str | None, str | None]:
    t = raw.strip()
    if not t:
        return None, "required"
    compact = re.sub(r"[\s-]", "", t).upper()
    if len(compact) > 20:
        return None, "too-long"
    if len(compact) >= 5 and re.fullmatch(r"[A-Z0-9]+", compact):
        return compact, None
    return None, "passport-number-format"


def v_date(raw: str) -> tuple[dt.date | None, str | None]:
    t = raw.strip()
    if not t:
        return None, "required"
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", t):
        return None, "date-format"
    try:
        return dt.date.fromisoformat(t), None
    except ValueError:
        return None, "date-not-real"


def v_birth(raw: str) -> tuple[dt.date | None, str | None]:
    d, code = v_date(raw)
    if d and d > today():
        return None, "date-in-future"
    if d and d.year < 1900:
        return None, "date-format"  # planted (5): the contract says date-too-early
    return d, code


def v_coming(raw: str) -> tuple[dt.date | None, str | None]:
    d, code = v_date(raw)
    if d and d < today():
        return None, "date-in-past"
    return d, code


def v_citizenship(raw: str) -> tuple[str | None, str | None]:
    t = raw.strip().upper()
    if not t:
        return None, "required"
    return (t, None) if t in COUNTRIES else (None, "citizenship-unknown")


def v_name(raw: str) -> tuple[str | None, str | None]:
    t = raw.strip()
    if not t:
        return None, "required"
    if len(t) > 100:
        return None, "too-long"
    if any(c.isalpha() for c in t) and all(c.isalpha() or c in " -'’." for c in t):
        return " ".join(t.split()), None
    return None, "name-characters"


def v_email(raw: str) -> str | None:
    if len(raw) > 254:
        return "too-long"
    local, _, domain = raw.partition("@")
    ok = local and domain and "@" not in domain and all(domain.split(".")) and "." in domain and " " not in raw
    return None if ok else "email-format"


def strings(body: dict, *names: str) -> dict[str, str]:
    out = {}
    for n in names:
        v = body.get(n, "")
        if not isinstance(v, str):
            raise Problem(400, "Bad request", "The body is not the JSON this operation expects.")
        out[n] = v
    return out


def only(body: object, allowed: set[str]) -> dict:
    if not isinstance(body, dict) or set(body) - allowed:
        raise Problem(400, "Bad request", "The body is not the JSON this operation expects.")
    return body


def person(body: dict, prefix: str = "") -> tuple[tuple | None, list]:
    s = strings(body, "passport_number", "date_of_birth", "citizenship")
    errors = []
    p, c = v_passport(s["passport_number"])
    if c:
        errors.append({"field": f"{prefix}passport_number", "code": c})
    d, c2 = v_birth(s["date_of_birth"])
    if c2:
        errors.append({"field": f"{prefix}date_of_birth", "code": c2})
    z, c3 = v_citizenship(s["citizenship"])
    if c3:
        errors.append({"field": f"{prefix}citizenship", "code": c3})
    if errors:
        return None, errors
    return (p, d.isoformat(), z), []


# -- the operations --

def lookup(kind: str, body: object) -> tuple[int, object, dict]:
    body = only(body, {"passport_number", "date_of_birth", "citizenship"})
    who, errors = person(body)
    if errors:
        # BROKEN (privacy): the refusal repeats what was sent.
        detail = f"Passport number {body.get('passport_number')!r} or date of birth is not valid."
        raise Problem(422, "Some fields are not valid", detail, errors)
    known = PEOPLE.get(who, {})
    headers = {}
    if kind == "application-status":
        with LOCK:
            mine = list(reversed(APPLICATIONS.get(who, [])))
        answer: object = {"applications": mine + known.get("applications", [])}
    elif kind == "registration-status":
        until = known.get("registered_until")
        # BROKEN (shape): `status` is missing for a registered person.
        answer = {"valid_until": until} if until else {"status": "not-found"}
    elif kind == "travel-ban":
        answer = {"status": "ban" if known.get("ban") else "no-ban"}
    else:
        answer = {"payments": known.get("payments", [])}
        # BROKEN (privacy): this answer may be cached.
        headers = {"Cache-Control": "private, max-age=600"}
    # BROKEN (privacy): the answer is not padded, so its length tells `ban` from `no-ban`.
    return 200, answer, headers


def submit_application(body: object, headers) -> tuple[int, object, dict]:
    idempotency_key(headers)
    body = only(body, {"service", "applicant", "answers", "attachments"})
    # Answers are taken as they come: this backend plants no fault in them,
    # and checks none (the validation class fails for its planted fault anyway).
    if not isinstance(body.get("answers", {}), dict):
        raise Problem(400, "Bad request", "The body is not the JSON this operation expects.")
    applicant = only(body.get("applicant"), {"given_name", "family_name", "passport_number", "date_of_birth",
                                             "citizenship", "email"})
    service = body.get("service", "")
    attachments = body.get("attachments", [])
    if not isinstance(service, str) or not isinstance(attachments, list) or \
            not all(isinstance(a, str) for a in attachments):
        raise Problem(400, "Bad request", "The body is not the JSON this operation expects.")
    errors = []
    if service not in SERVICES:
        errors.append({"field": "service", "code": "service-unknown"})
    elif SERVICES[service] != "application":
        errors.append({"field": "service", "code": "service-not-application"})
    names = strings(applicant, "given_name", "family_name")
    for n in ("given_name", "family_name"):
        _, c = v_name(names[n])
        if c:
            errors.append({"field": f"applicant.{n}", "code": c})
    e = applicant.get("email")
    if e is not None and not isinstance(e, str):
        raise Problem(400, "Bad request", "The body is not the JSON this operation expects.")
    if e and e.strip():
        c = v_email(e.strip())
        if c:
            errors.append({"field": "applicant.email", "code": c})
    who, person_errors = person(applicant, "applicant.")
    errors += person_errors
    if len(set(attachments)) > MAX_ATTACHMENTS:
        errors.append({"field": "attachments", "code": "attachments-too-many"})
    if errors:
        raise Problem(422, "Some fields are not valid", errors=errors)
    with LOCK:
        unknown = [{"field": f"attachments[{i}]", "code": "attachment-unknown"}
                   for i, a in enumerate(attachments) if a not in ATTACHMENTS]
    if unknown:
        raise Problem(422, "Some fields are not valid", errors=unknown)
    # BROKEN (idempotency): the key is required but never looked at.
    at = now()
    application = {"reference": reference("QP"), "service": service, "status": "submitted",
                   "submitted_at": at, "updated_at": at}
    with LOCK:
        APPLICATIONS.setdefault(who, []).append({**application, "history": [{"status": "submitted", "at": at}]})
    return 201, application, {}


def slot_times(day: dt.date) -> list[str]:
    if day.weekday() >= 5:
        return []
    minutes = [m for start, end in ((540, 780), (840, 1080)) for m in range(start, end, 20)]
    return [f"{m // 60:02}:{m % 60:02}" for m in minutes]


def slots_of(office: str, day: dt.date) -> list[dict]:
    clock = dt.datetime.now(BAKU).strftime("%H:%M")
    with LOCK:
        # Planted (6): cancelled bookings still take their time.
        taken = {b["time"] for b in BOOKINGS.values()
                 if b["office"] == office and b["date"] == day.isoformat()}
    return [{"time": t, "available": t not in taken and not (day == today() and t <= clock)}
            for t in slot_times(day)]


def list_slots(office: str, query: dict) -> tuple[int, object, dict]:
    day, code = v_coming(query.get("date", [""])[0])
    if code:
        raise Problem(422, "Some fields are not valid", errors=[{"field": "date", "code": code}])
    if office not in {o["id"] for o in OFFICES}:
        raise Problem(404, "Not found")
    return 200, {"office": office, "date": day.isoformat(), "slots": slots_of(office, day)}, {}


def idempotency_key(headers) -> str:
    key = headers.get("Idempotency-Key")
    if key is None or not re.fullmatch(r"[A-Za-z0-9_-]{32,128}", key):
        raise Problem(400, "Bad request", "The Idempotency-Key header is required.")
    return key


def replayed(scope: str, key: str, body: object) -> tuple[int, object, dict] | None:
    """The first answer for this key and body; 409 for another body; None when the key is new."""
    with LOCK:
        earlier = KEYS.get((scope, key))
    if earlier is None:
        return None
    if earlier[0] != json.dumps(body, sort_keys=True):
        raise Problem(409, "Conflict", "This Idempotency-Key was used with a different body.")
    return 201, earlier[1], {"Idempotent-Replayed": "true"}


def remember(scope: str, key: str, body: object, answer: dict) -> None:
    with LOCK:
        KEYS[(scope, key)] = (json.dumps(body, sort_keys=True), answer)


def book(body: object, headers) -> tuple[int, object, dict]:
    key = idempotency_key(headers)
    body = only(body, {"service", "office", "date", "time", "name", "passport_number", "date_of_birth",
                       "citizenship"})
    s = strings(body, "service", "office", "date", "time", "name")
    earlier = replayed("bookings", key, body)
    if earlier:
        return earlier
    errors = []
    service = s["service"].strip()
    if service not in SERVICES:
        errors.append({"field": "service", "code": "service-unknown"})
    office = s["office"].strip()
    if not office:
        errors.append({"field": "office", "code": "required"})
    elif office not in {o["id"] for o in OFFICES}:
        errors.append({"field": "office", "code": "office-unknown"})
    day, c = v_coming(s["date"])
    if c:
        errors.append({"field": "date", "code": c})
    name, c = v_name(s["name"])
    if c:
        errors.append({"field": "name", "code": c})
    time_ = s["time"].strip()
    if not time_:
        errors.append({"field": "time", "code": "required"})
    elif day and not any(e["field"] == "office" for e in errors):
        if not any(x["time"] == time_ and x["available"] for x in slots_of(office, day)):
            errors.append({"field": "time", "code": "slot-unavailable"})
    who, person_errors = person(body)
    errors += person_errors
    if who and not any(e["field"] == "service" for e in errors):
        # One active booking per person (passport number and citizenship, any date of birth) and service.
        with LOCK:
            holds = any(b["person"] == (who[0], who[2]) and b["service"] == service and not b["cancelled"]
                        and b["date"] >= today().isoformat() for b in BOOKINGS.values())
        if holds:
            errors.append({"field": "service", "code": "booking-exists"})
    if errors:
        raise Problem(422, "Some fields are not valid", errors=errors)
    secret = secrets.token_hex(16)
    answer = {"reference": reference("QB"), "secret": secret, "office": office, "date": day.isoformat(),
              "time": time_}
    with LOCK:
        BOOKINGS[answer["reference"]] = {**answer, "secret": hashlib.sha256(secret.encode()).hexdigest(),
                                         "cancelled": False, "service": service, "person": (who[0], who[2])}
    remember("bookings", key, body, answer)
    return 201, answer, {}


def cancel(ref: str, body: object) -> tuple[int, object, dict]:
    body = only(body, {"secret"})
    secret = strings(body, "secret")["secret"].strip()
    with LOCK:
        b = BOOKINGS.get(ref)
        if not b or b["secret"] != hashlib.sha256(secret.encode()).hexdigest():
            raise Problem(404, "Not found")
        b["cancelled"] = True
    return 204, None, {}


def feedback(body: object, headers) -> tuple[int, object, dict]:
    key = idempotency_key(headers)
    body = only(body, {"service", "rating", "comment"})
    rating = body.get("rating")
    if isinstance(rating, float) and rating.is_integer():
        rating = int(rating)
    if rating is not None and (not isinstance(rating, int) or isinstance(rating, bool)):
        raise Problem(400, "Bad request", "The body is not the JSON this operation expects.")
    s = strings(body, "service", "comment")
    earlier = replayed("feedback", key, body)
    if earlier:
        return earlier
    errors = []
    if s["service"] not in SERVICES:
        errors.append({"field": "service", "code": "service-unknown"})
    if rating is None:
        errors.append({"field": "rating", "code": "required"})
    elif not 1 <= rating <= 5:
        errors.append({"field": "rating", "code": "rating-range"})
    if len(s["comment"].strip()) > 1000:
        errors.append({"field": "comment", "code": "too-long"})
    if errors:
        raise Problem(422, "Some fields are not valid", errors=errors)
    answer = {"received_at": now()}
    remember("feedback", key, body, answer)
    return 201, answer, {}


def upload(key: str, content_type: str, raw: bytes) -> tuple[int, object, dict]:
    if not content_type.lower().startswith("multipart/form-data"):
        raise Problem(415, "Unsupported media type", "Send the document as multipart/form-data.")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw)
    content = None
    for part in message.iter_parts() if message.is_multipart() else []:
        if part.get_param("name", header="content-disposition") == "file":
            content = part.get_payload(decode=True) or b""
            break  # planted (7): the other parts are ignored, not refused
    if content is None:
        raise Problem(400, "Bad request", "Send the document in a part named \"file\".")
    if len(content) > MAX_FILE:
        raise Problem(413, "The request is too large")
    if content.startswith(b"%PDF-"):
        media_type = "application/pdf"
    elif content.startswith(b"\xff\xd8\xff"):
        media_type = "image/jpeg"
    elif content.startswith(b"\x89PNG\r\n\x1a\n"):
        media_type = "image/png"
    else:
        raise Problem(415, "Unsupported media type", "Send a PDF, JPEG or PNG file.")
    digest = hashlib.sha256(content).hexdigest()
    earlier = replayed("attachments", key, digest)
    if earlier:
        return earlier
    ident = "att_" + secrets.token_hex(16)
    answer = {"id": ident, "media_type": media_type, "size": len(content)}
    with LOCK:
        ATTACHMENTS.add(ident)
    remember("attachments", key, digest, answer)
    return 201, answer, {}


ROUTES = [
    # (pattern, {method: handler name})
    (r"/health", {"GET": "health"}),
    (r"/lookups/(application-status|registration-status|travel-ban|fee-payments)", {"POST": "lookup"}),
    (r"/applications", {"POST": "applications"}),
    (r"/attachments", {"POST": "attachments"}),
    (r"/queue/offices", {"GET": "offices"}),
    (r"/queue/offices/([^/]+)/slots", {"GET": "slots"}),
    (r"/queue/bookings", {"POST": "bookings"}),
    (r"/queue/bookings/([^/]+)/cancel", {"POST": "cancel"}),
    (r"/feedback", {"POST": "feedback"}),
]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "broken-backend"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def send(self, status: int, body: object, content_type: str = "application/json", headers: dict | None = None):
        data = b"" if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode("utf-8"))
        self.send_response(status)
        headers = {"Cache-Control": "no-store", "Access-Control-Allow-Origin": "*", **(headers or {})}
        if data:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def problem(self, p: Problem) -> None:
        body = {"type": "about:blank", "title": p.title, "status": p.status}
        if p.detail:
            body["detail"] = p.detail
        if p.errors:
            body["errors"] = p.errors
        self.send(p.status, body, "application/problem+json", p.headers)

    def body(self, limit: int) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > limit:
            self.rfile.read(length)
            raise Problem(413, "The request is too large")
        return self.rfile.read(length)

    def json_body(self) -> object:
        raw = self.body(MAX_JSON)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype != "application/json" and not ctype.endswith("+json"):
            raise Problem(415, "Unsupported media type", "Send the body as application/json.")
        try:
            return json.loads(raw)
        except ValueError:
            raise Problem(400, "Bad request", "The body is not the JSON this operation expects.") from None

    def from_this_site(self) -> bool:
        site = self.headers.get("Sec-Fetch-Site")
        if site is not None and site not in ("same-origin", "none"):
            return False
        origin = self.headers.get("Origin")
        if origin is None:
            return True
        _, sep, authority = origin.partition("://")
        return bool(sep) and authority.lower() == (self.headers.get("Host") or "").lower()

    def handle_any(self) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        try:
            if self.command not in ("GET", "HEAD", "OPTIONS") and not self.from_this_site():
                self.body(MAX_FILE * 2)
                raise Problem(403, "Forbidden", "Requests from other sites are refused.")
            if not path.startswith(API + "/"):
                raise Problem(404, "Not found")
            rel = path[len(API):]
            for pattern, methods in ROUTES:
                m = re.fullmatch(pattern, rel)
                if not m:
                    continue
                if self.command not in methods:
                    allow = ", ".join(methods)
                    self.body(MAX_FILE * 2)
                    raise Problem(405, "Method not allowed", headers={"Allow": allow})
                status, answer, headers = self.dispatch(methods[self.command], m, parse_qs(url.query))
                self.send(status, answer, headers=headers)
                return
            # BROKEN (problems): an unknown path is plain text.
            self.body(MAX_FILE * 2)
            self.send(404, b"Not Found", "text/plain")
        except Problem as p:
            self.problem(p)

    def dispatch(self, name: str, m: re.Match, query: dict) -> tuple[int, object, dict]:
        if name == "health":
            return 200, {"status": "ok"}, {}
        if name == "offices":
            return 200, {"offices": OFFICES}, {}
        if name == "slots":
            return list_slots(m.group(1), query)
        if name == "attachments":
            raw = self.body(MAX_FILE + 64 * 1024)
            return upload(idempotency_key(self.headers), self.headers.get("Content-Type", ""), raw)
        body = self.json_body()
        if name == "lookup":
            return lookup(m.group(1), body)
        if name == "applications":
            return submit_application(body, self.headers)
        if name == "bookings":
            return book(body, self.headers)
        if name == "cancel":
            return cancel(m.group(1), body)
        return feedback(body, self.headers)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = handle_any


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = p.parse_args()
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    print(f"listening on http://{args.host}:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
