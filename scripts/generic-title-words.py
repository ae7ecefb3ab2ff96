#!/usr/bin/env python3
"""Writes the words that real product titles use as ordinary words, for the brand-dictionary import.

A word (two or more ASCII letters, lower case) is generic when it appears in at least five titles
of the Walmart-Amazon and Abt-Buy product tables, is not a value of their brand column, starts
fewer than a fifth of the titles it appears in (brands lead titles), and either is not a brand of the
independent simple-icons list or appears in at least 30 titles: a brand that titles use that often
without leading with it is an ordinary word there ("black", "mini", "express", "shell", "orange"),
while a brand named in fewer ("toyota", "google", "nissan" in "floor mats for ...") stays. The import leaves out one-word brand names and aliases on the
list ("Style", "Cap", "Yellow"); registered brands are never filtered.

    python3 scripts/generic-title-words.py ../shared/data > steward-core/src/main/resources/com/steward/core/screening/generic-title-words.txt
"""
import collections
import csv
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
titles = collections.Counter()
first = collections.Counter()
brands = set()
for name in ["walmart_amazon/tableA.csv", "walmart_amazon/tableB.csv", "abt_buy/tableA.csv", "abt_buy/tableB.csv"]:
    with open(f"{root}/products/{name}", encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            title = (row.get("title") or row.get("name") or "").lower()
            titles.update(set(re.findall(r"[a-z]{2,}", title)))
            lead = re.match(r"\s*([a-z]{2,})", title)
            if lead:
                first[lead.group(1)] += 1
            brand = (row.get("brand") or "").lower().strip()
            if brand:
                brands.add(brand)
with open(f"{root}/brands_simple_icons/brands.csv", encoding="utf-8") as f:
    icons = {row["title"].lower() for row in csv.DictReader(f)}
generic = sorted(w for w, n in titles.items()
                 if n >= 5 and w not in brands and first[w] < 0.2 * n and (w not in icons or n >= 30))
print("# Ordinary words of product titles; see scripts/generic-title-words.py (data: ../shared/data/products, brands_simple_icons).")
for w in generic:
    print(w)
