#!/usr/bin/env python3
"""Fills translations into a Qt Linguist .ts file from the dictionaries beside this script.

Usage: fill_ts.py suyuan_zh_CN.ts  (entries already translated are kept; prints what is missing)
The en catalogue is the source language: fill_ts.py --en suyuan_en.ts marks it finished.
"""
import sys
import xml.etree.ElementTree as ET
import importlib.util
import pathlib

here = pathlib.Path(__file__).parent


def load(name):
    spec = importlib.util.spec_from_file_location(name, here / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ZH


def main():
    en = sys.argv[1] == "--en"
    path = sys.argv[-1]
    table = {}
    if not en:
        for p in sorted(here.glob("zh_*.py")):
            table.update(load(p.stem))
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().findall("context"):
        for msg in ctx.findall("message"):
            src = msg.find("source").text or ""
            tr = msg.find("translation")
            if en:
                tr.attrib.pop("type", None)
                if msg.get("numerus") != "yes":
                    tr.text = src
                continue
            if tr.get("type") != "unfinished" and (tr.text or "").strip():
                continue
            if src in table:
                tr.text = table[src]
                tr.attrib.pop("type", None)
            else:
                missing.append((ctx.find("name").text, src))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for c, s in missing:
        print(f"MISSING [{c}] {s!r}")
    print(f"{len(missing)} missing")


main()
