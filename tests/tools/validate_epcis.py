#!/usr/bin/python3
"""Validate an EPCIS 2.0 JSON / JSON-LD document against the official GS1 JSON schema.

Usage: validate_epcis.py SCHEMA DOCUMENT

Exit codes: 0 valid, 1 invalid (the first line printed is "PATH: message", where PATH is
a JSONPath such as $.epcisBody.eventList[2].quantityList[0].quantity), 2 usage, I/O or
schema problems.

This is the independent check of Suyuan's EPCIS export, so it shares no code with the C++
validator (core/trace/EpcisValidator.*). It uses Debian's python3-jsonschema with the
draft named by the schema's "$schema", and adds two things:

* Formats. JSON Schema treats "format" as an annotation unless a format checker is given,
  and Debian's python3-jsonschema has no checker for "uri" or "date-time" without the
  optional rfc3987 / rfc3339-validator packages. The EPCIS schema leans on both (every
  identifier is a "uri", every time a "date-time", and extension member names must be
  URIs), so both are checked here: "uri" with the RFC 3986 grammar (an absolute URI,
  ASCII only, valid percent-escapes) and "date-time" with RFC 3339 section 5.6.
* No network. References inside the schema ("#/definitions/...") and references to the
  schema's own "$id" are resolved locally. Any other (remote) "$ref" cannot be fetched
  here: it is replaced by an empty schema (it accepts anything) and a note naming it is
  printed on stderr, so a skipped reference is never silent. The official schema has none.
"""

import datetime
import ipaddress
import json
import re
import sys

import jsonschema
from jsonschema import validators
from jsonschema.exceptions import best_match

# ---- RFC 3986 URI ---------------------------------------------------------------------------

_UNRESERVED = r"[A-Za-z0-9\-._~]"
_PCT = r"%[0-9A-Fa-f]{2}"
_SUB_DELIMS = r"[!$&'()*+,;=]"
_PCHAR = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|[:@])"
_SCHEME = r"[A-Za-z][A-Za-z0-9+\-.]*"
_USERINFO = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|:)*"
_IP_LITERAL = r"\[(?P<ip>[^\[\]/?#@]*)\]"
_REG_NAME = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS})*"
_AUTHORITY = rf"(?:{_USERINFO}@)?(?:{_IP_LITERAL}|{_REG_NAME})(?::[0-9]*)?"
_SEGMENT = rf"{_PCHAR}*"
_SEGMENT_NZ = rf"{_PCHAR}+"
_HIER_PART = (
    rf"(?://{_AUTHORITY}(?:/{_SEGMENT})*"  # "//" authority path-abempty
    rf"|/(?:{_SEGMENT_NZ}(?:/{_SEGMENT})*)?"  # path-absolute
    rf"|{_SEGMENT_NZ}(?:/{_SEGMENT})*"  # path-rootless
    r"|)"  # path-empty
)
_QUERY = rf"(?:{_PCHAR}|[/?])*"
_URI = re.compile(rf"{_SCHEME}:{_HIER_PART}(?:\?{_QUERY})?(?:#{_QUERY})?")
_IPV_FUTURE = re.compile(rf"[vV][0-9A-Fa-f]+\.(?:{_UNRESERVED}|{_SUB_DELIMS}|:)+")


def is_uri(instance):
    if not isinstance(instance, str):
        return True  # formats only constrain their own type
    match = _URI.fullmatch(instance)
    if not match:
        return False
    ip = match.group("ip")
    if ip is not None:
        if _IPV_FUTURE.fullmatch(ip):
            return True
        try:
            ipaddress.IPv6Address(ip)
        except ValueError:
            return False
    return True


# ---- RFC 3339 date-time ---------------------------------------------------------------------

_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))"
)


def is_date_time(instance):
    if not isinstance(instance, str):
        return True
    match = _DATE_TIME.fullmatch(instance)
    if not match:
        return False
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    if hour > 23 or minute > 59 or second > 60:  # 60: a leap second
        return False
    if match.group(7) is not None and (int(match.group(7)) > 23 or int(match.group(8)) > 59):
        return False
    return True


# ---- references -----------------------------------------------------------------------------


def localise_refs(node, own_id, notes):
    """Rewrites refs to the schema's own $id as local ones; replaces other remote refs by {}."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            base, _, fragment = ref.partition("#")
            if own_id and base == own_id.partition("#")[0]:
                node["$ref"] = "#" + fragment
            else:
                notes.append(ref)
                node.clear()
                return node
        for value in node.values():
            localise_refs(value, own_id, notes)
    elif isinstance(node, list):
        for value in node:
            localise_refs(value, own_id, notes)
    return node


def no_network(uri):
    raise jsonschema.exceptions.RefResolutionError(f"remote reference {uri} cannot be fetched offline")


# ---- output ---------------------------------------------------------------------------------

_IDENTIFIER = re.compile(r"[A-Za-z_@$][A-Za-z0-9_@$]*")


def json_path(path):
    out = "$"
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENTIFIER.fullmatch(part):
            out += "." + part
        else:
            out += "[" + json.dumps(part) + "]"
    return out


def main(argv):
    if len(argv) != 3:
        print("usage: validate_epcis.py SCHEMA DOCUMENT", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        with open(argv[2], encoding="utf-8") as f:
            document = json.load(f)
    except (OSError, ValueError) as e:
        print(f"cannot read input: {e}", file=sys.stderr)
        return 2

    notes = []
    schema = localise_refs(schema, schema.get("$id", ""), notes)
    for ref in notes:
        print(f"note: remote $ref {ref} skipped (no network); it accepts anything", file=sys.stderr)

    validator_class = validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"the schema itself is invalid: {e.message}", file=sys.stderr)
        return 2
    format_checker = jsonschema.FormatChecker()
    format_checker.checks("uri")(is_uri)
    format_checker.checks("date-time")(is_date_time)
    resolver = jsonschema.RefResolver.from_schema(schema, handlers={"http": no_network, "https": no_network})
    validator = validator_class(schema, resolver=resolver, format_checker=format_checker)

    errors = list(validator.iter_errors(document))
    if not errors:
        print(f"valid ({validator_class.__name__}, formats uri and date-time checked)")
        return 0
    first = best_match(errors)
    # best_match names the most relevant error; descend into anyOf/oneOf branches to the
    # deepest path so the report points at the member that is wrong.
    while first.context:
        first = best_match(first.context)
    print(f"{json_path(first.absolute_path)}: {first.message}")
    print(f"({len(errors)} top-level error(s))")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
