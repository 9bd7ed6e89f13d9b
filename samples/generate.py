#!/usr/bin/env python3
"""Generate the divcalc sample rosters (synthetic data, no real persons).

Run from anywhere (the repository root is the usual place):

    python3 samples/generate.py

It rewrites, byte-identically on every run:

  samples/roster.csv        canonical roster: UTF-8 (no BOM), comma, LF
  samples/roster-messy.csv  the same people in the same order as a messy HR
                            export: Windows-1252, semicolon, CRLF, other header
                            names and mixed value spellings

and prints a summary computed from the generated rows (copied into
samples/README.md).  Python 3 standard library only.  The reference data is
read from the CSV files the application embeds
(src/main/resources/org/divcalc/reference/), located relative to this file.
"""

import csv
import io
import math
import os
import random
import sys
from decimal import Decimal
from fractions import Fraction

SEED = 20221231
SNAPSHOT = "31 December 2022"
N_STAFF = 5000

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.path.join(HERE, os.pardir, "src", "main", "resources", "org", "divcalc", "reference")
OUT_CANONICAL = os.path.join(HERE, "roster.csv")
OUT_MESSY = os.path.join(HERE, "roster-messy.csv")

CANONICAL_HEADER = ["staff_id", "sex", "grade", "nationality", "funding", "appointment",
                    "post_type", "org_unit", "duty_station"]
MESSY_HEADER = ["Index No", "Gender", "Grade Level", "Country of nationality", "Fund",
                "Contract type", "Post type", "Department", "Duty Station"]

# Desirable ranges (UN Secretariat method 1988-2023, domain.md), used to weight the
# nationalities of international staff and to summarise the result.
BASE_FIGURE = 3000
SCALE_PERIOD = (2022, 2024)
POPULATION_YEAR_MAX = 2022

# ---------------------------------------------------------------------------
# Grades: exact head counts (highest first) and women's share among staff whose sex
# is recorded as F or M.
# ---------------------------------------------------------------------------
GRADES = [
    # grade, category, head count, women's share
    ("USG", "Ungraded", 14, 0.45),
    ("ASG", "Ungraded", 22, 0.45),
    ("D-2", "Director", 60, 0.30),
    ("D-1", "Director", 170, 0.35),
    ("P-5", "Professional", 475, 0.40),
    ("P-4", "Professional", 690, 0.45),
    ("P-3", "Professional", 680, 0.50),
    ("P-2", "Professional", 225, 0.55),
    ("P-1", "Professional", 14, 0.58),
    ("NO-D", "National Professional Officer", 40, 0.42),
    ("NO-C", "National Professional Officer", 110, 0.46),
    ("NO-B", "National Professional Officer", 150, 0.50),
    ("NO-A", "National Professional Officer", 75, 0.54),
    ("FS-6", "Field Service", 40, 0.25),
    ("FS-5", "Field Service", 120, 0.28),
    ("FS-4", "Field Service", 110, 0.32),
    ("FS-3", "Field Service", 55, 0.36),
    ("G-7", "General Service", 145, 0.58),
    ("G-6", "General Service", 325, 0.60),
    ("G-5", "General Service", 495, 0.62),
    ("G-4", "General Service", 480, 0.62),
    ("G-3", "General Service", 330, 0.60),
    ("G-2", "General Service", 135, 0.55),
    ("G-1", "General Service", 40, 0.50),
]
CATEGORY_ORDER = ["Ungraded", "Director", "Professional", "National Professional Officer",
                  "Field Service", "General Service"]
PROFESSIONAL_AND_HIGHER = {"Ungraded", "Director", "Professional"}
P5_AND_ABOVE = {"USG", "ASG", "D-2", "D-1", "P-5"}
LANGUAGE_GRADES = {"P-5", "P-4", "P-3", "P-2"}

# ---------------------------------------------------------------------------
# Duty stations, the country that hosts them, and the org units found there.
# ---------------------------------------------------------------------------
HOST = {
    "New York": "USA", "Geneva": "CHE", "Vienna": "AUT", "Nairobi": "KEN",
    "Bangkok": "THA", "Beirut": "LBN", "Addis Ababa": "ETH", "Santiago": "CHL",
    "Brindisi": "ITA", "Juba": "SSD", "Bamako": "MLI", "Kinshasa": "COD",
}
FIELD = {"Juba", "Bamako", "Kinshasa"}
ORG_UNITS = {
    "New York": [("DESA", 3), ("DPO", 3), ("OCHA", 2), ("DGACM", 3), ("DOS", 3),
                 ("DMSPC", 4), ("OHCHR", 1)],
    "Geneva": [("OHCHR", 4), ("OCHA, Geneva", 2), ("DGACM", 2), ("UNCTAD", 3)],
    "Vienna": [("UNODC", 4), ("DGACM", 1)],
    "Nairobi": [("UNEP", 5), ("DGACM", 1), ("OCHA", 1)],
    "Bangkok": [("ESCAP", 5), ("OCHA", 1)],
    "Beirut": [("ESCWA", 1)],
    "Addis Ababa": [("ECA", 5), ("OCHA", 1)],
    "Santiago": [("ECLAC", 1)],
    "Brindisi": [("DOS; Field", 1)],
    "Juba": [("DPO", 3), ("DOS; Field", 2), ("OCHA", 1), ("OHCHR", 1)],
    "Bamako": [("DPO", 3), ("DOS; Field", 2), ("OCHA", 1)],
    "Kinshasa": [("DPO", 3), ("DOS; Field", 2), ("OCHA", 1), ("OHCHR", 1)],
}
LANGUAGE_STATIONS = [("New York", 5), ("Geneva", 3), ("Vienna", 1), ("Nairobi", 1)]
STATIONS_BY_GROUP = {
    "international": [("New York", 38), ("Geneva", 20), ("Vienna", 7), ("Nairobi", 9),
                      ("Bangkok", 6), ("Beirut", 3), ("Addis Ababa", 5), ("Santiago", 3),
                      ("Brindisi", 1), ("Juba", 3), ("Bamako", 3), ("Kinshasa", 2)],
    "General Service": [("New York", 30), ("Geneva", 22), ("Vienna", 8), ("Nairobi", 10),
                        ("Bangkok", 7), ("Beirut", 4), ("Addis Ababa", 6), ("Santiago", 4),
                        ("Brindisi", 3), ("Juba", 2), ("Bamako", 2), ("Kinshasa", 2)],
    "National Professional Officer": [("Nairobi", 18), ("Bangkok", 14), ("Beirut", 10),
                                      ("Addis Ababa", 16), ("Santiago", 10), ("Juba", 12),
                                      ("Bamako", 10), ("Kinshasa", 10)],
    "Field Service": [("New York", 8), ("Brindisi", 17), ("Juba", 30), ("Bamako", 25),
                      ("Kinshasa", 20)],
}

# Small Member States left without any national on the roster (so that the sample has
# unrepresented States); chosen among States at the minimum or near-minimum rate.
N_EXCLUDED_STATES = 13

# Sex: a handful recorded as X (about 0.3 %), about 1 % not recorded.
N_SEX_X = 15
N_SEX_BLANK = 50

# Staff whose nationality is not a Member State.
SPECIAL_NATIONALITIES = ["PSE"] * 3 + ["VAT"] * 1 + ["stateless"] * 2 + [""] * 3

# ---------------------------------------------------------------------------
# Messy spellings.  Every spelling below is one the reader must know: ISO codes and
# UN names from un_member_states.csv, or the alternative names listed here.
# ---------------------------------------------------------------------------
SEX_SPELLINGS = {
    "F": ["F", "Female", "female", "W", "Woman"],
    "M": ["M", "Male", "male", "Man"],
    "X": ["X", "Other"],
    "": ["", "Unknown", "N/A"],
}
ALT_NATIONALITY_NAMES = {
    "TUR": ["Türkiye", "Turkey"],
    "CIV": ["Côte d'Ivoire", "Ivory Coast"],
    "VNM": ["Viet Nam", "Vietnam"],
    "GBR": ["United Kingdom", "UK"],
    "USA": ["USA", "United States"],
    "RUS": ["Russia", "Russian Federation"],
    "IRN": ["Iran"],
    "BOL": ["Bolivia"],
    "KOR": ["South Korea", "Republic of Korea"],
    "SYR": ["Syria"],
    "LAO": ["Laos"],
    "TZA": ["Tanzania"],
    "VEN": ["Venezuela"],
    "CZE": ["Czech Republic"],
    "NLD": ["Netherlands"],
    "VAT": ["Holy See", "Vatican"],
    "PSE": ["State of Palestine", "Palestine"],
}
# Alpha-2 codes that read as something else ("NA" is also "not available").
AMBIGUOUS_ISO2 = {"NA"}
FUND_SPELLINGS = {"RB": ["RB", "rb", "Rb"], "XB": ["XB", "xb", "Xb"], "PK": ["PK", "pk", "Pk"]}
APPOINTMENT_SPELLINGS = {
    "fixed-term": ["Fixed-term", "fixed-term", "Fixed-Term", "FIXED-TERM"],
    "temporary": ["Temporary", "TEMPORARY", "temporary"],
    "continuing": ["Continuing", "continuing"],
    "permanent": ["Permanent", "permanent", "PERMANENT"],
}
POST_TYPE_SPELLINGS = {"language": ["Language", "language"], "": [""]}
PADDING = ["  {}", "{} ", " {} "]


def read_csv(name):
    with open(os.path.join(REF, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def round_half_up(x):
    return math.floor(x + Fraction(1, 2))


def load_states():
    """Member States (iso3 -> dict) with exact desirable ranges (B=3000, 2022-2024 scale)."""
    states = {}
    observers = {}
    for r in read_csv("un_member_states.csv"):
        if r["status"] == "member":
            states[r["iso3"]] = {"iso3": r["iso3"], "iso2": r["iso2"], "name": r["un_name"]}
        else:
            observers[r["iso3"]] = {"iso3": r["iso3"], "iso2": r["iso2"], "name": r["un_name"]}
    for r in read_csv("un_scale_of_assessments.csv"):
        if (int(r["period_start"]), int(r["period_end"])) == SCALE_PERIOD and r["iso3"] in states:
            states[r["iso3"]]["rate"] = Fraction(Decimal(r["rate_pct"])) / 100
    latest = {}
    for r in read_csv("population_world_bank.csv"):
        year = int(r["year"])
        if r["iso3"] in states and r["population"] and year <= POPULATION_YEAR_MAX:
            if r["iso3"] not in latest or latest[r["iso3"]][0] < year:
                latest[r["iso3"]] = (year, int(r["population"]))
    missing = [i for i, s in states.items() if "rate" not in s or i not in latest]
    if missing:
        sys.exit("reference data incomplete for: " + ", ".join(sorted(missing)))
    n = len(states)
    total_pop = sum(p for _, p in latest.values())
    b = BASE_FIGURE
    for iso3, s in states.items():
        mid = (Fraction(40, 100) * b / n
               + Fraction(5, 100) * b * Fraction(latest[iso3][1], total_pop)
               + Fraction(55, 100) * b * s["rate"])
        flex = max(Fraction(15, 100) * mid, Fraction(48, 10))
        s["midpoint"] = mid
        s["lower"] = round_half_up(mid - flex)
        s["upper"] = round_half_up(max(mid + flex, 14))
    return states, observers


def pick(rng, weighted):
    values = [v for v, _ in weighted]
    weights = [w for _, w in weighted]
    return rng.choices(values, weights=weights, k=1)[0]


def generate(states):
    rng = random.Random(SEED)
    iso3s = sorted(states)

    # Nationality weights for internationally recruited staff: desirable-range midpoint
    # times a lognormal factor, with a few small States left out altogether.
    factor = {i: rng.lognormvariate(0.0, 0.6) for i in iso3s}
    small = [i for i in iso3s if states[i]["rate"] <= Fraction(2, 100000)
             and i not in HOST.values()]
    excluded = set(rng.sample(small, N_EXCLUDED_STATES))
    intl_weights = [(i, float(states[i]["midpoint"]) * factor[i])
                    for i in iso3s if i not in excluded]

    # Staff ids: unique random numbers, rows in id order like an HR export.
    ids = sorted(rng.sample(range(10000, 1000000), N_STAFF))
    grades = []
    for grade, category, count, _ in GRADES:
        grades += [(grade, category)] * count
    assert len(grades) == N_STAFF, len(grades)
    rng.shuffle(grades)

    rows = []
    for staff_no, (grade, category) in zip(ids, grades):
        international = category in PROFESSIONAL_AND_HIGHER
        sex = "?"  # set below, by grade, to exact shares
        # post type and duty station
        post_type = ""
        if grade in LANGUAGE_GRADES and rng.random() < 0.05:
            post_type = "language"
        if post_type == "language":
            station = pick(rng, LANGUAGE_STATIONS)
            org_unit = "DGACM"
        else:
            group = "international" if international else category
            station = pick(rng, STATIONS_BY_GROUP[group])
            org_unit = pick(rng, ORG_UNITS[station])
        field = station in FIELD
        # funding
        if international:
            mix = ([("RB", 40), ("PK", 45), ("XB", 15)] if field
                   else [("RB", 97), ("XB", 3)])
        elif category == "Field Service":
            mix = [("PK", 75), ("XB", 15), ("RB", 10)]
        elif field:
            mix = [("PK", 70), ("XB", 20), ("RB", 10)]
        elif category == "National Professional Officer":
            mix = [("XB", 80), ("RB", 20)]
        else:
            mix = [("XB", 74), ("RB", 26)]
        funding = pick(rng, mix)
        # appointment
        if international:
            mix = [("fixed-term", 53), ("continuing", 33), ("permanent", 12), ("temporary", 2)]
        else:
            mix = [("fixed-term", 56), ("continuing", 22), ("permanent", 8), ("temporary", 14)]
        appointment = pick(rng, mix)
        # nationality: international staff by weight; local staff mostly from the host
        if category == "Field Service" or international:
            nationality = pick(rng, intl_weights)
        elif rng.random() < 0.85:
            nationality = HOST[station]
        else:
            nationality = pick(rng, intl_weights)
        rows.append({
            "staff_id": "S%08d" % staff_no, "sex": sex, "grade": grade,
            "nationality": nationality, "funding": funding, "appointment": appointment,
            "post_type": post_type, "org_unit": org_unit, "duty_station": station,
        })

    # Sex: exactly N_SEX_X staff recorded as X and N_SEX_BLANK with no sex recorded, at
    # random; in each grade, women are the grade's share of the staff whose sex is recorded
    # (X included, as in divcalc's denominator), rounded half up.
    order = list(range(len(rows)))
    rng.shuffle(order)
    for k in order[:N_SEX_X]:
        rows[k]["sex"] = "X"
    for k in order[N_SEX_X:N_SEX_X + N_SEX_BLANK]:
        rows[k]["sex"] = ""
    for grade, _, _, share in GRADES:
        in_grade = [k for k in order if rows[k]["grade"] == grade]
        recorded = sum(1 for k in in_grade if rows[k]["sex"] != "")
        n_women = round_half_up(Fraction(str(share)) * recorded)
        open_rows = [k for k in in_grade if rows[k]["sex"] == "?"]
        for j, k in enumerate(open_rows):
            rows[k]["sex"] = "F" if j < n_women else "M"

    # Observer States, stateless and unknown nationality: a few Professional staff.
    prof = [k for k, r in enumerate(rows) if r["grade"] in {"P-2", "P-3", "P-4"}]
    for k, value in zip(rng.sample(prof, len(SPECIAL_NATIONALITIES)), SPECIAL_NATIONALITIES):
        rows[k]["nationality"] = value
    return rows, excluded


def messy_rows(rows, states, observers):
    rng = random.Random(SEED + 1)
    everyone = dict(states)
    everyone.update(observers)

    def pad(value):
        if value and rng.random() < 0.03:
            return rng.choice(PADDING).format(value)
        return value

    def nationality(value):
        if value == "":
            return ""
        if value == "stateless":
            return "Stateless"
        s = everyone[value]
        options = [s["iso3"], s["name"]]
        if s["iso2"] not in AMBIGUOUS_ISO2:
            options.append(s["iso2"])
        alternatives = ALT_NATIONALITY_NAMES.get(value, [])
        if alternatives and rng.random() < 0.6:
            return rng.choice(alternatives)
        return rng.choice(options)

    def grade(value):
        if value in ("USG", "ASG"):
            return value
        prefix, level = value.split("-")
        if prefix == "P":
            options = ["P-%s", "P%s", "P %s", "p-%s", "P.%s"]
        elif prefix == "D":
            options = ["D-%s", "D%s"]
        elif prefix == "G":
            options = ["G-%s", "G%s", "GS-%s"]
        elif prefix == "NO":
            options = ["NO-%s", "NO%s", "No-%s"]
        else:
            options = ["FS-%s", "FS%s"]
        return rng.choice(options) % level

    out = []
    for r in rows:
        out.append([
            r["staff_id"],
            pad(rng.choice(SEX_SPELLINGS[r["sex"]])),
            pad(grade(r["grade"])),
            pad(nationality(r["nationality"])),
            pad(rng.choice(FUND_SPELLINGS[r["funding"]])),
            pad(rng.choice(APPOINTMENT_SPELLINGS[r["appointment"]])),
            rng.choice(POST_TYPE_SPELLINGS[r["post_type"]]),
            r["org_unit"],
            r["duty_station"],
        ])
    return out


def write_canonical(rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=",", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(CANONICAL_HEADER)
    for r in rows:
        w.writerow([r[c] for c in CANONICAL_HEADER])
    with open(OUT_CANONICAL, "wb") as f:
        f.write(buf.getvalue().encode("utf-8"))


def write_messy(rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(MESSY_HEADER)
    w.writerows(rows)
    with open(OUT_MESSY, "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))  # strict: fails on any character outside cp1252


def pct(part, whole):
    """Per cent with one decimal, rounded half up, exactly."""
    if whole == 0:
        return "n/a"
    tenths = round_half_up(Fraction(part * 1000, whole))
    return "%d.%d %%" % divmod(tenths, 10)


def is_geographical(r, category):
    return (category in PROFESSIONAL_AND_HIGHER and r["funding"] == "RB"
            and r["appointment"] != "temporary" and r["post_type"] != "language")


def summary(rows, states):
    cat_of = {g: c for g, c, _, _ in GRADES}
    lines = []
    add = lines.append
    add("divcalc sample roster, as at %s (seed %d)" % (SNAPSHOT, SEED))
    add("rows: %d (roster.csv and roster-messy.csv, same people, same order)" % len(rows))
    add("")
    add("staff by category:")
    for c in CATEGORY_ORDER:
        n = sum(1 for r in rows if cat_of[r["grade"]] == c)
        add("  %-31s %5d  %s" % (c, n, pct(n, len(rows))))
    add("staff by grade: " + ", ".join(
        "%s %d" % (g, sum(1 for r in rows if r["grade"] == g)) for g, _, _, _ in GRADES))
    add("")

    def women(subset):
        recorded = [r for r in subset if r["sex"] != ""]
        f = sum(1 for r in recorded if r["sex"] == "F")
        return "%s (%d women of %d staff with sex recorded; %d not recorded)" % (
            pct(f, len(recorded)), f, len(recorded), len(subset) - len(recorded))

    add("sex: F %d, M %d, X %d, not recorded %d" % tuple(
        sum(1 for r in rows if r["sex"] == s) for s in ("F", "M", "X", "")))
    add("women's share, all staff:           " + women(rows))
    add("women's share, P-5 and above:       " + women([r for r in rows if r["grade"] in P5_AND_ABOVE]))
    add("women's share, Professional+higher: " + women(
        [r for r in rows if cat_of[r["grade"]] in PROFESSIONAL_AND_HIGHER]))
    add("women's share by grade: " + ", ".join(
        "%s %s" % (g, pct(sum(1 for r in rows if r["grade"] == g and r["sex"] == "F"),
                          sum(1 for r in rows if r["grade"] == g and r["sex"] != "")))
        for g, _, _, _ in GRADES))
    add("")
    for field, values in (("funding", ["RB", "XB", "PK"]),
                          ("appointment", ["fixed-term", "continuing", "permanent", "temporary"]),
                          ("post_type", ["language", ""])):
        add("%s: " % field + ", ".join(
            "%s %d (%s)" % (v or "blank", n, pct(n, len(rows)))
            for v, n in ((v, sum(1 for r in rows if r[field] == v)) for v in values)))
    add("")
    nat = [r["nationality"] for r in rows]
    add("nationality not a Member State: PSE %d, VAT %d, stateless %d, blank (unknown) %d" % (
        nat.count("PSE"), nat.count("VAT"), nat.count("stateless"), nat.count("")))
    add("")
    geo = [r for r in rows if is_geographical(r, cat_of[r["grade"]])]
    add("subject to geographical distribution (UN Secretariat rule 1988-2023: Professional and")
    add("higher (P, D, ungraded), funding RB, appointment not temporary, post_type not language):")
    add("  %d staff" % len(geo))
    count = {}
    for r in geo:
        count[r["nationality"]] = count.get(r["nationality"], 0) + 1
    other = sum(n for k, n in count.items() if k not in states)
    add("  of whom %d with a nationality that is not a Member State" % other)
    status = {"unrepresented": 0, "under-represented": 0, "within range": 0, "over-represented": 0}
    for i, s in states.items():
        c = count.get(i, 0)
        if c == 0:
            status["unrepresented"] += 1
        elif c < s["lower"]:
            status["under-represented"] += 1
        elif c <= s["upper"]:
            status["within range"] += 1
        else:
            status["over-represented"] += 1
    add("Member States with no national among these staff: %d of %d" % (
        status["unrepresented"], len(states)))
    add("  (%d of them have no national anywhere on the roster)" % len(
        [i for i in states if i not in set(nat)]))
    add("status with base figure %d, 2022-2024 scale, World Bank population %d, N = %d," % (
        BASE_FIGURE, POPULATION_YEAR_MAX, len(states)))
    add("40/5/55 weights, 15 % flexibility (min 4.8), upper floor 14, limits rounded half up:")
    add("  " + ", ".join("%s %d" % kv for kv in status.items()))
    over = sorted(((count.get(i, 0) - s["upper"], i) for i, s in states.items()
                   if count.get(i, 0) > s["upper"]), reverse=True)[:5]
    add("  most over-represented: " + ", ".join(
        "%s %d (range %d-%d)" % (i, count[i], states[i]["lower"], states[i]["upper"])
        for _, i in over))
    return "\n".join(lines)


def main():
    states, observers = load_states()
    rows, _ = generate(states)
    write_canonical(rows)
    write_messy(messy_rows(rows, states, observers))
    print(summary(rows, states))


if __name__ == "__main__":
    main()
