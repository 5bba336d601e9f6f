#!/usr/bin/env python3
"""Reference verdicts for `qapi_core::validate::phone`, from Google's libphonenumber.

From the metadata of the pinned `phonenumbers` package (requirements.txt),
the official Python port of libphonenumber, this writes:

- crates/core/tests/data/phone_verdicts.json: written forms of Azerbaijani and
  foreign numbers, each with libphonenumber's verdict (`parse(text, "AZ")`
  then `is_valid_number`) and E.164 form; and the valid starts of Azerbaijani
  national numbers, which crates/core/tests/phone_verdicts.rs checks over every
  six-digit start.
- crates/core/src/validate/phone/calling_codes.rs: the country calling codes, the
  lengths of their national numbers and their trunk prefixes, which the core
  checks foreign numbers against.

Run from the repository root:

    python3 -m venv /tmp/pv && /tmp/pv/bin/pip install -r tests/phone/requirements.txt
    /tmp/pv/bin/python tests/phone/verdicts.py

The output is deterministic (fixed seed): a rerun with the same pin changes nothing.
"""

import json
import random
from pathlib import Path

import phonenumbers as pn
from phonenumbers import PhoneMetadata, PhoneNumberFormat, PhoneNumberType

ROOT = Path(__file__).resolve().parents[2]
VERDICTS = ROOT / "crates/core/tests/data/phone_verdicts.json"
CALLING_CODES = ROOT / "crates/core/src/validate/phone/calling_codes.rs"

rng = random.Random(994)

# --- libphonenumber's answer ---------------------------------------------------


def verdict(text):
    """libphonenumber's verdict on `text` typed into a form in Azerbaijan."""
    try:
        number = pn.parse(text, "AZ")
    except pn.NumberParseException:
        return False, None
    if not pn.is_valid_number(number):
        return False, None
    return True, pn.format_number(number, PhoneNumberFormat.E164)


entries = []
seen = set()


def add(text, kind):
    # A form with spaces libphonenumber does not read comes with its plain
    # spaced twin, which the test compares it with.
    plain = text.replace("\u202f", " ").replace("\u2009", " ")
    if plain != text:
        add(plain, kind)
    if text in seen:
        return
    seen.add(text)
    valid, e164 = verdict(text)
    entries.append({"input": text, "kind": kind, "valid": valid, "e164": e164})


# --- Azerbaijan's numbering plan, every six-digit start -------------------------


def az_valid(national):
    zeros = len(national) - len(national.lstrip("0"))
    number = pn.PhoneNumber(
        country_code=994,
        national_number=int(national),
        italian_leading_zero=zeros > 0 or None,
        number_of_leading_zeros=zeros if zeros > 1 else None,
    )
    return pn.is_valid_number(number)


# Every AZ pattern ends in at least three free digits, so a national number's
# validity is decided by its first six; checked here for three tails each.
valid6 = bytearray(10**6)
for start in range(10**6):
    s = f"{start:06d}"
    v = az_valid(s + "000")
    assert v == az_valid(s + "999") == az_valid(s + f"{rng.randrange(1000):03d}"), s
    valid6[start] = v
prefix_sums = [0]
for v in valid6:
    prefix_sums.append(prefix_sums[-1] + v)


def count_valid(prefix):
    width = 10 ** (6 - len(prefix))
    lo = int(prefix) * width if prefix else 0
    return prefix_sums[lo + width] - prefix_sums[lo], width


def maximal(prefix, want_valid, out):
    """The shortest starts under `prefix` whose every number is (in)valid."""
    n, width = count_valid(prefix)
    if n == (width if want_valid else 0):
        out.append(prefix)
    elif 0 < n < width:
        for d in "0123456789":
            maximal(prefix + d, want_valid, out)


valid_starts, invalid_starts = [], []
maximal("", True, valid_starts)
maximal("", False, invalid_starts)


def tail(start):
    return start + "".join(rng.choice("0123456789") for _ in range(9 - len(start)))


def grouped(n):
    return n[:2], n[2:5], n[5:7], n[7:9]


PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

# The ways people write an Azerbaijani number `n` (nine digits, no trunk 0).
AZ_FORMS = [
    lambda a, b, c, d, n: f"+994 {a} {b} {c} {d}",
    lambda a, b, c, d, n: f"0{a} {b} {c} {d}",
    lambda a, b, c, d, n: f"({'0' + a}) {b}-{c}-{d}",
    lambda a, b, c, d, n: f"00994 {a} {b}{c}{d}",
    lambda a, b, c, d, n: f"994{n}",
    lambda a, b, c, d, n: f"+994{n}",
    lambda a, b, c, d, n: f"{a} {b} {c} {d}",
    lambda a, b, c, d, n: f"0{a}-{b}-{c}-{d}",
    lambda a, b, c, d, n: f"0{a}.{b}.{c}.{d}",
    lambda a, b, c, d, n: f"+994 ({a}) {b}-{c}-{d}",
    lambda a, b, c, d, n: f"+994 0{a} {b} {c} {d}",
    lambda a, b, c, d, n: f"+994 (0{a}) {b} {c} {d}",
    lambda a, b, c, d, n: f"0{n}",
    lambda a, b, c, d, n: n,
    lambda a, b, c, d, n: f"+994\u00a0{a}\u00a0{b}\u00a0{c}\u00a0{d}",
    lambda a, b, c, d, n: f"0{a}\u00a0{b}\u00a0{c}\u00a0{d}",
    lambda a, b, c, d, n: f"+994-{a}-{b}-{c}-{d}",
    lambda a, b, c, d, n: f"(+994) {a} {b} {c} {d}",
    lambda a, b, c, d, n: f"+ 994 {a} {b} {c} {d}",
    lambda a, b, c, d, n: f"0{a}/{b} {c} {d}",
    lambda a, b, c, d, n: f"0{a}\u2013{b}\u2013{c}\u2013{d}",
    lambda a, b, c, d, n: f"0 {a} {b} {c} {d}",
    lambda a, b, c, d, n: f"+994(0){n}",
    lambda a, b, c, d, n: f"00 994 {a} {b} {c} {d}",
    lambda a, b, c, d, n: f"  0{a} {b} {c} {d} ",
    # Android's "copy number" wraps it in left-to-right embedding marks.
    lambda a, b, c, d, n: f"\u202a+994 {a} {b} {c} {d}\u202c",
    lambda a, b, c, d, n: f"0{n}".translate(PERSIAN),
    lambda a, b, c, d, n: f"+994{n}".translate(ARABIC_INDIC),
    lambda a, b, c, d, n: f"0{a} {b} {c} {d}".translate(FULLWIDTH),
    # Spaces libphonenumber's parser does not list (the test's "spaces" category).
    lambda a, b, c, d, n: f"+994\u202f{a}\u202f{b}\u202f{c}\u202f{d}",
    lambda a, b, c, d, n: f"0{a}\u2009{b}\u2009{c}\u2009{d}",
]

form = 0
for start in valid_starts:
    n = tail(start)
    add("+994" + n, "az-plan")
    # Four more written forms of each, turn by turn through the list.
    for _ in range(4):
        add(AZ_FORMS[form % len(AZ_FORMS)](*grouped(n), n), "az-written")
        form += 1
for start in invalid_starts:
    n = tail(start)
    add("+994" + n, "az-not-allocated")
    # With the trunk 0 before a 0, it would read as 00 and a country code.
    if not n.startswith("0"):
        add(f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", "az-not-allocated")
# Every form for one mobile and one Baku landline.
for n in ("501234567", "124987654"):
    for f in AZ_FORMS:
        add(f(*grouped(n), n), "az-written")

# Wrong lengths, around every valid start of two or three digits.
for start in valid_starts:
    if len(start) <= 3:
        n = tail(start)
        add(f"0{n[:-1]}", "az-length")
        add(f"+994 {n}{rng.randrange(10)}", "az-length")
        add(f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}{rng.randrange(10)}", "az-length")
        add(f"+994 {n[:-2]}", "az-length")

# Near misses people make.
for text in [
    "8 050 123 45 67",  # the Soviet trunk prefix
    "0994501234567",
    "0 994 50 123 45 67",
    "+994 50 123 45",
    "+994",
    "994",
    "050",
    "0",
    "00",
    "+",
    "00994",
    "050 123 45 67 / 055 123 45 67",
    "+994 50 1234567 +994 55 1234567",
    "050,123,45,67",
    "050_123_45_67",
    "050'1234567",
    "+994 50 123 45 67 !",
    "050 123 45 67 😀",
    "0501234567891234567890",
    "0050 123 45 67",
]:
    add(text, "az-junk")

# Letters: libphonenumber reads three or more as a keypad's digits and drops
# trailing text and extensions (the test's "letters" category).
for text in [
    "050 123 45 6A",
    "050 123 45 67a",
    "050 ABC 45 67",
    "050-FLOWERS",
    "O50 123 45 67",
    "05O 123 45 67",
    "050 l23 45 67",
    "+994 50 123 45 67 ext 12",
    "+994 50 123 45 67 x5",
    "tel:+994501234567",
    "tel: 050 123 45 67",
    "mob. 050 123 45 67",
    "+994 50 123 45 67 (Aysel)",
    "Bakı 012 498 76 54",
    "+1 800 FLOWERS",
    "+44 20 7946 095X",
    "abc",
    "nömrə yoxdur",
]:
    add(text, "letters")

# --- Foreign numbers -------------------------------------------------------------

TYPES = [
    PhoneNumberType.MOBILE,
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.SHARED_COST,
    PhoneNumberType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER,
    PhoneNumberType.PAGER,
    PhoneNumberType.UAN,
    PhoneNumberType.VOICEMAIL,
]

# Where the people who apply come from, and some others.
FEATURED = [
    "RU", "TR", "GE", "IR", "UA", "KZ", "UZ", "TM", "TJ", "KG", "BY", "MD",
    "CN", "IN", "PK", "BD", "GB", "DE", "FR", "IT", "US", "IL", "AE", "SA",
    "EG", "IQ", "AF", "JP", "KR", "NG", "BR",
]


def intl(number):
    return pn.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def e164(number):
    return pn.format_number(number, PhoneNumberFormat.E164)


def nsn(number):
    return pn.national_significant_number(number)


for region in sorted(pn.SUPPORTED_REGIONS - {"AZ"}):
    example = pn.example_number_for_type(region, PhoneNumberType.MOBILE) or pn.example_number(region)
    if example is not None:
        add(intl(example), "foreign")
for code in sorted(pn.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
    example = pn.example_number_for_non_geo_entity(code)
    if example is not None:
        add(intl(example), "foreign")
        add(e164(example), "foreign")

for region in FEATURED:
    md = PhoneMetadata.metadata_for_region(region)
    for t in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
        ex = pn.example_number_for_type(region, t)
        if ex is None:
            continue
        cc, n = ex.country_code, nsn(ex)
        add(intl(ex), "foreign")
        add(e164(ex), "foreign")
        add("00" + e164(ex)[1:], "foreign")
        add(intl(ex).replace(" ", "-"), "foreign")
        add(intl(ex).replace(" ", "\u00a0"), "foreign")
        # Written as at home, without the country code: not an AZ number.
        add(pn.format_number(ex, PhoneNumberFormat.NATIONAL), "foreign-national")
        if md.national_prefix:
            add(f"+{cc} ({md.national_prefix}){n}", "foreign-trunk")
            add(f"+{cc} {md.national_prefix}{n}", "foreign-trunk")
        add(f"+{cc} {n[:-1]}", "foreign-length")
        add(f"+{cc} {n}{rng.randrange(10)}", "foreign-length")
        add(f"+{cc} {n}{rng.randrange(10**6):06d}", "foreign-length")
        # The same length with a start the country does not use.
        for d in "0123456789":
            other = pn.PhoneNumber(country_code=cc, national_number=int(d + n[1:]) if d != "0" else int(n[1:]))
            if d != "0" and not pn.is_valid_number(other):
                add(f"+{cc} {d}{n[1:]}", "foreign-not-allocated")
                break

# Country codes no one has.
for text in [
    "+0 123 456 789",
    "+28 1234 5678",
    "+42 123 456 789",
    "+80 1234 5678",
    "+839 1234567",
    "+969 1234567",
    "+999 123 456 789",
    "+210 1234567",
    "00999 12345678",
    "+35 123 456 789",
]:
    add(text, "foreign-unknown-code")

# --- Calling codes for the core --------------------------------------------------


def lengths(md):
    out = set()
    for t in [md.general_desc, md.fixed_line, md.mobile, md.toll_free, md.premium_rate, md.shared_cost,
              md.personal_number, md.voip, md.pager, md.uan, md.voicemail]:
        if t is not None and t.national_number_pattern:
            out.update(x for x in t.possible_length if x > 0)
    return out


TRUNKS = {None: "None", "0": "Zero", "06": "ZeroSix", "1": "One", "8": "Eight"}
rows = []
for cc, regions in sorted(pn.COUNTRY_CODE_TO_REGION_CODE.items()):
    mds = [PhoneMetadata.metadata_for_region_or_calling_code(cc, r) for r in regions]
    # E.164 caps a whole number at 15 digits.
    allowed = sorted(x for md in mds for x in lengths(md) if len(str(cc)) + x <= 15)
    allowed = sorted(set(allowed))
    trunks = {md.national_prefix for md in mds}
    assert len(trunks) == 1, (cc, trunks)
    assert allowed and min(allowed) >= 2, (cc, allowed)
    mask = sum(1 << x for x in allowed)
    rows.append(f"    ({cc}, Trunk::{TRUNKS[trunks.pop()]}, 0x{mask:05x}),")

CALLING_CODES.write_text(
    f"""//! Generated by tests/phone/verdicts.py from libphonenumber's metadata
//! (phonenumbers {pn.__version__}); do not edit. Every country calling code the
//! ITU has assigned and libphonenumber knows, with the lengths its national
//! numbers can have (bit n set: n digits; at most 15 digits with the code, as
//! E.164 allows) and the trunk prefix dialled before them at home.

use super::Trunk;

pub(super) const CALLING_CODES: &[(u16, Trunk, u32)] = &[
"""
    + "\n".join(rows)
    + "\n];\n",
    encoding="utf-8",
)

VERDICTS.write_text(
    "{\n"
    + f'"phonenumbers": "{pn.__version__}",\n'
    + '"region": "AZ",\n'
    + f'"az_valid_starts": {json.dumps(valid_starts)},\n'
    + '"entries": [\n'
    + ",\n".join(json.dumps(e, ensure_ascii=False) for e in entries)
    + "\n]\n}\n",
    encoding="utf-8",
)
valid = sum(e["valid"] for e in entries)
print(f"{len(entries)} entries ({valid} valid), {len(valid_starts)} valid AZ starts, {len(rows)} calling codes")
