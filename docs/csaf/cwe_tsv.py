#!/usr/bin/env python3
"""Writes ejb/src/main/resources/csaf/cwe.tsv, the CWE list that CSAF 2.0 test 6.1.11 checks
against: one weakness a line, "CWE-<id>" TAB "<name>", sorted by number, from MITRE's CWE catalogue.

Data only; no code of anyone else's is used at run time. Input, either:
  * MITRE's official catalogue file cwec_v<version>.xml (unzipped download of the CWE list), or
  * a weakness list in the JavaScript form `{ id: 'CWE-79', name: "..." }` that CSAF validators
    publish as a mechanical extraction of that same XML file (the "id" and "name" fields only).

Usage: python3 docs/csaf/cwe_tsv.py INPUT > ejb/src/main/resources/csaf/cwe.tsv
"""
import ast
import re
import sys
import xml.etree.ElementTree as ET


def from_xml(path):
    for _, element in ET.iterparse(path):
        if element.tag.endswith("}Weakness") or element.tag == "Weakness":
            yield "CWE-" + element.get("ID"), element.get("Name")


# a JavaScript string literal in single or double quotes (the subset Python reads the same way)
LITERAL = r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
ENTRY = re.compile(r"id:\s*" + LITERAL + r",\s*name:\s*" + LITERAL)


def from_js(path):
    text = open(path, encoding="utf-8").read()
    for match in ENTRY.finditer(text):
        yield ast.literal_eval(match.group(1)), ast.literal_eval(match.group(2))


def main(path):
    entries = from_xml(path) if path.endswith(".xml") else from_js(path)
    weaknesses = {}
    for cwe_id, name in entries:
        if not re.fullmatch(r"CWE-[1-9][0-9]*", cwe_id) or "\t" in name or "\n" in name:
            raise SystemExit("unexpected entry: %r %r" % (cwe_id, name))
        weaknesses[cwe_id] = name.strip()
    if len(weaknesses) < 900:
        raise SystemExit("only %d weaknesses: not a full catalogue" % len(weaknesses))
    out = sys.stdout
    for cwe_id in sorted(weaknesses, key=lambda i: int(i[4:])):
        out.write(cwe_id + "\t" + weaknesses[cwe_id] + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
