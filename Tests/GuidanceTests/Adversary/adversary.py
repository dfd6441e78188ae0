#!/usr/bin/env python3
"""The adversary of the published report: how far can each "<10" be narrowed?

Usage: adversary.py FOLDER [--minimum 5]

FOLDER holds one sub-folder per report of one cohort (the country's and each region's), each with the
files `ReportWriter` writes (report.json and the CSV tables). The adversary knows nothing but those files
and how the report's figures relate (Docs/Reports.md):

- every figure shown, in JSON and in CSV (a rate with four decimals pins its count to an interval);
- a vacancy's unfilled places (or their range) give its people placed; a vacancy not listed is full;
- an enterprise's filled = its places − the unfilled places of its listed vacancies;
- a report's placed = its places offered − the unfilled places it lists; the enterprises' filled add up to
  it (where their places add up to its places); the regions' placed add up to the country's;
- the regions' students add up to the country's; a region's report shows its row's students;
- rate = placed / places (enterprise, summary), placed / students (college);
- gap = demand − candidates (a range beside "<10"); a training need's unfilled places are the sum of
  those of its vacancies, where the missing-skill lists identify them;
- a college's placed ≤ its students; the colleges' students ≤ the country's, their placed ≤ its placed;
- the same figure in several tables and reports is one unknown.

For every count shown as "<10" (or hidden behind a range), it solves two linear programs over the
integer-relaxed counts (scipy's HiGHS) for the least and the most it can be, and prints a JSON verdict:
the counts it tried, and those exposed: narrowed to fewer than `--minimum` values, unless the floor
allows fewer. The floor is the same program with the exact values of every total (an enterprise's filled,
a report's placed and students, and the rates beside them) left out, as if withheld: what the vacancy
rows and the places show whatever is withheld (1 placed of a vacancy's 4 places can be no more than 4).
Those narrowed to their floor are listed as floor-limited. Exit code 0 whatever the verdict; 2 when the
figures contradict each other (then the relations above are wrong, not the report).
"""

import csv
import json
import math
import os
import sys
from collections import defaultdict

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import lil_matrix

BIG = 10**7       # a bound where the report gives none
FULL = 1e-9        # a rate from JSON is a double: exact to rounding
FOUR = 0.00005     # a rate from CSV has four decimals


TOTALS = {"enterprise", "placed", "students"}


class Unknowns:
    """The counts, each one unknown however many tables show it. In the floor, the exact value of a
    total (an enterprise's filled, a report's placed or students) is left out, as if withheld."""

    def __init__(self, floor=False):
        self.floor = floor
        self.index = {}
        self.low = []
        self.high = []
        self.suppressed = set()
        self.own = {}          # key -> (low, high) by its own row
        self.where = defaultdict(set)

    def get(self, key):
        if key not in self.index:
            self.index[key] = len(self.low)
            self.low.append(0)
            self.high.append(BIG)
        return self.index[key]

    def narrow(self, key, low=None, high=None):
        i = self.get(key)
        if low is not None:
            self.low[i] = max(self.low[i], low)
        if high is not None:
            self.high[i] = min(self.high[i], high)
        return i

    def observe(self, key, shown, cap=None, where=""):
        """A count as a table shows it: an int, "<10", or absent (withheld)."""
        i = self.get(key)
        self.where[key].add(where)
        if cap is not None:
            self.narrow(key, high=cap)
        if isinstance(shown, bool) or shown is None or shown == "":
            return i
        if isinstance(shown, (int, float)) or (isinstance(shown, str) and shown.lstrip("-").isdigit()):
            if not (self.floor and key[0] in TOTALS):
                self.narrow(key, int(shown), int(shown))
        elif shown == "<10":
            self.narrow(key, 1, 9)
            self.suppressed.add(key)
            own_high = 9 if cap is None else min(9, cap)
            self.own[key] = (1, own_high)
        else:
            raise ValueError(f"{where}: {key}: cannot read {shown!r}")
        return i


class Relations:
    def __init__(self):
        self.eq = []   # (dict index->coef, constant)
        self.ub = []   # sum coef*x <= constant

    def equal(self, terms, constant):
        self.eq.append((dict(terms), constant))

    def at_most(self, terms, constant):
        self.ub.append((dict(terms), constant))

    def between(self, terms, low, high):
        self.at_most(terms, high)
        self.at_most({k: -v for k, v in terms.items()}, -low)


def parse_range(text):
    """A gap or unfilled figure: an int, or "a…b"."""
    if isinstance(text, int):
        return text, text
    text = str(text).replace("\u2212", "-")
    if "…" in text:
        a, b = text.split("…")
        return int(a), int(b)
    return int(text), int(text)


def rate_interval(rate, precision):
    return rate - precision, rate + precision


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[1:]


class Adversary:
    def __init__(self, folder, floor=False):
        self.folder = folder
        self.floor = floor
        self.solved = 0
        self.x = Unknowns(floor)
        self.r = Relations()
        self.reports = []

    # -- reading -------------------------------------------------------------------------------------

    def load(self):
        for name in sorted(os.listdir(self.folder)):
            path = os.path.join(self.folder, name)
            if os.path.isfile(os.path.join(path, "report.json")):
                with open(os.path.join(path, "report.json"), encoding="utf-8") as handle:
                    report = json.load(handle)
                tables = {}
                for table in ["summary", "specialties", "regions", "enterprises", "unfilled", "training-needs", "colleges"]:
                    tables[table] = read_csv(os.path.join(path, table + ".csv"))
                self.reports.append((name, report, tables))
        if not self.reports:
            raise SystemExit(f"no report.json under {self.folder}")

    def scope_of(self, report):
        """None for the country, else the region id (its one row in byRegion)."""
        if report.get("scope") is None:
            return None
        rows = report["byRegion"]
        if len(rows) != 1:
            raise ValueError("a region's report has one region row")
        return rows[0]["regionID"]

    # -- the figures and their relations --------------------------------------------------------------

    def build(self):
        x, r = self.x, self.r
        region_placed = {}
        country = None
        for name, report, tables in self.reports:
            scope = self.scope_of(report)
            tag = scope or "country"
            summary = report["summary"]
            places = summary["places"]
            placed_key = ("placed", tag)
            placed = x.observe(placed_key, summary.get("placed"), cap=places, where=name)
            if scope is None:
                country = placed
            else:
                region_placed[scope] = placed
            if "fillRate" in summary and places > 0 and not self.floor:
                low, high = rate_interval(summary["fillRate"], FULL)
                r.between({placed: 1}, low * places, high * places)
            students_key = ("students", tag)
            x.observe(students_key, summary.get("students"), where=name)
            # the summary CSV: indicator, value (students, vacancies, places, seats, placed, fill rate, mean fit at rows 4…10)
            csv_summary = tables["summary"]
            x.observe(students_key, csv_summary[4][1], where=name + "/summary.csv")
            x.observe(placed_key, csv_summary[8][1], cap=places, where=name + "/summary.csv")
            if csv_summary[9][1] != "" and places > 0 and not self.floor:
                low, high = rate_interval(float(csv_summary[9][1]), FOUR)
                r.between({placed: 1}, low * places, high * places)

            # regions: students add up to the country's; a region's report repeats its row
            region_students = []
            for row, line in zip(report["byRegion"], tables["regions"]):
                key = ("students", row["regionID"])
                i = x.observe(key, row.get("students"), where=name)
                x.observe(key, line[6], where=name + "/regions.csv")
                region_students.append(i)
                cand = x.observe(("region-candidates", row["regionID"]), row["candidates"], where=name)
                x.observe(("region-candidates", row["regionID"]), line[3], where=name + "/regions.csv")
                low, high = parse_range(row["gap"])
                r.between({cand: 1}, row["demand"] - high, row["demand"] - low)
            if scope is None:
                total = x.get(students_key)
                r.equal({**{i: -1 for i in region_students}, total: 1}, 0)
            # (a region's summary and its row are one unknown, ("students", region))

            for row, line in zip(report["bySpecialty"], tables["specialties"]):
                key = ("specialty-candidates", tag, row["specialtyID"])
                cand = x.observe(key, row["candidates"], where=name)
                x.observe(key, line[7], where=name + "/specialties.csv")
                demand = row["jobPlaces"] + row["internshipPlaces"] + row["dualPlaces"]
                low, high = parse_range(row["gap"])
                r.between({cand: 1}, demand - high, demand - low)

            # enterprises and their listed vacancies
            enterprises = {}
            by_name = defaultdict(list)
            for row, line in zip(report["enterprises"], tables["enterprises"]):
                key = ("enterprise", row["enterpriseID"])
                i = x.observe(key, row.get("filled"), cap=row["places"], where=name)
                x.observe(key, line[4], cap=row["places"], where=name + "/enterprises.csv")
                for rate, precision in [(row.get("fillRate"), FULL), (float(line[5]) if line[5] else None, FOUR)]:
                    if rate is not None and row["places"] > 0 and not self.floor:
                        low, high = rate_interval(rate, precision)
                        r.between({i: 1}, low * row["places"], high * row["places"])
                enterprises[row["enterpriseID"]] = (i, row["places"])
                by_name[(row["name"], row["region"])].append(row["enterpriseID"])

            listed = defaultdict(list)   # enterprise id -> [(vacancy unknown, places)]
            in_report = []
            unfilled_of = {}
            for row, line in zip(report["unfilled"], tables["unfilled"]):
                key = ("vacancy", row["vacancyID"])
                p = row["places"]
                i = x.narrow(key, 0, p)
                for shown in [row["unfilled"], line[6]]:
                    low, high = parse_range(shown)
                    x.narrow(key, p - high, p - low)
                    if low != high:
                        x.suppressed.add(key)
                        x.own[key] = (1, min(9, p))
                x.where[key].add(name)
                in_report.append((i, p))
                unfilled_of[row["vacancyID"]] = (i, p, row["missingSkills"])
                owners = by_name.get((row["enterprise"], row["region"]), [])
                if len(owners) == 1:
                    listed[owners[0]].append((i, p))

            # a report's placed = places − its unfilled places
            terms = defaultdict(float)
            terms[placed] += 1
            for i, p in in_report:
                terms[i] -= 1
            r.equal(dict(terms), places - sum(p for _, p in in_report))

            if scope is None:
                # an enterprise's filled = its places − its listed vacancies' unfilled places (every vacancy
                # is in the country's report, so every unfilled one of the enterprise is listed)
                for ident, (i, p_e) in enterprises.items():
                    vacs = listed.get(ident, [])
                    terms = defaultdict(float)
                    terms[i] += 1
                    for j, p in vacs:
                        terms[j] -= 1
                    r.equal(dict(terms), p_e - sum(p for _, p in vacs))
            # the enterprises' filled add up to the placed where their places add up to the places offered
            if enterprises and sum(p for _, p in enterprises.values()) == places:
                terms = defaultdict(float)
                terms[placed] += 1
                for i, _ in enterprises.values():
                    terms[i] -= 1
                r.equal(dict(terms), 0)

            # training needs: the sum of their vacancies' unfilled places, where the lists identify them
            for row, line in zip(report["trainingNeeds"], tables["training-needs"]):
                key = ("lacking", tag, row["skillID"])
                x.observe(key, row["candidatesLacking"], where=name)
                x.observe(key, line[4], where=name + "/training-needs.csv")
                naming = [(i, p) for i, p, skills in unfilled_of.values() if row["name"] in skills]
                if len(naming) == row["vacancies"] and naming:
                    low, high = parse_range(row["places"])
                    # Σ (p − f) in [low, high]  ⇔  Σ f in [Σp − high, Σp − low]
                    total = sum(p for _, p in naming)
                    r.between({i: 1 for i, _ in naming}, total - high, total - low)

            # colleges
            for row, line in zip(report["colleges"], tables["colleges"]):
                s = x.observe(("college-students", row["collegeID"]), row["students"], where=name)
                x.observe(("college-students", row["collegeID"]), line[4], where=name + "/colleges.csv")
                pl = x.observe(("college-placed", row["collegeID"]), row["placed"], where=name)
                x.observe(("college-placed", row["collegeID"]), line[5], where=name + "/colleges.csv")
                r.at_most({pl: 1, s: -1}, 0)
                for rate, precision in [(row.get("placementRate"), FULL), (float(line[6]) if line[6] else None, FOUR)]:
                    if rate is not None:
                        # placed = rate × students, within rounding
                        r.at_most({pl: 1, s: -(rate + precision)}, 0)
                        r.at_most({pl: -1, s: rate - precision}, 0)
            if scope is None:
                students_total = x.get(students_key)
                college_students = [x.get(("college-students", row["collegeID"])) for row in report["colleges"]]
                college_placed = [x.get(("college-placed", row["collegeID"])) for row in report["colleges"]]
                r.at_most({**{i: 1 for i in college_students}, students_total: -1}, 0)
                r.at_most({**{i: 1 for i in college_placed}, placed: -1}, 0)

        if country is not None and region_placed:
            r.equal({country: 1, **{i: -1 for i in region_placed.values()}}, 0)

    # -- solving ------------------------------------------------------------------------------------

    def fold_single_terms(self):
        """A relation of one count is a bound on it."""
        low, high = self.x.low, self.x.high
        for rows, is_equation in [(self.r.eq, True), (self.r.ub, False)]:
            kept = []
            for terms, constant in rows:
                terms = {i: c for i, c in terms.items() if c != 0}
                if len(terms) != 1:
                    kept.append((terms, constant))
                    continue
                (i, c), = terms.items()
                value = constant / c
                if is_equation:
                    low[i], high[i] = max(low[i], math.ceil(value - 1e-6)), min(high[i], math.floor(value + 1e-6))
                elif c > 0:
                    high[i] = min(high[i], math.floor(value + 1e-6))
                else:
                    low[i] = max(low[i], math.ceil(value - 1e-6))
            rows[:] = kept

    def components(self):
        """Counts linked by relations of two or more, as groups (union-find)."""
        parent = list(range(len(self.x.low)))

        def find(i):
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for terms, _ in self.r.eq + self.r.ub:
            first = next(iter(terms))
            for i in terms:
                parent[find(i)] = find(first)
        return find

    def program(self, variables, rows_eq, rows_ub):
        """The matrices of one group: its counts, equations and bounds."""
        position = {v: k for k, v in enumerate(variables)}

        def stack(rows):
            if not rows:
                return None, None
            a = lil_matrix((len(rows), len(variables)))
            b = np.zeros(len(rows))
            for k, (terms, constant) in enumerate(rows):
                for i, c in terms.items():
                    a[k, position[i]] += c
                b[k] = constant
            return a.tocsr(), b

        a_eq, b_eq = stack(rows_eq)
        a_ub, b_ub = stack(rows_ub)
        bounds = [(self.x.low[v], self.x.high[v]) for v in variables]
        return position, a_eq, b_eq, a_ub, b_ub, bounds

    def intervals(self, keys):
        """The least and the most each count of `keys` can be: {key: (low, high)}, or a string on error."""
        self.fold_single_terms()
        n = len(self.x.low)
        for i in range(n):
            if self.x.low[i] > self.x.high[i]:
                key = [k for k, v in self.x.index.items() if v == i][0]
                return f"the figures contradict each other at {key}: {self.x.low[i]} … {self.x.high[i]}"
        find = self.components()
        groups = defaultdict(list)
        for i in range(n):
            groups[find(i)].append(i)
        eq_of, ub_of = defaultdict(list), defaultdict(list)
        for terms, constant in self.r.eq:
            eq_of[find(next(iter(terms)))].append((terms, constant))
        for terms, constant in self.r.ub:
            ub_of[find(next(iter(terms)))].append((terms, constant))
        programs, found = {}, {}
        for key in keys:
            i = self.x.index[key]
            root = find(i)
            if not eq_of[root] and not ub_of[root]:
                ends = [self.x.low[i], self.x.high[i]]
            else:
                if root not in programs:
                    programs[root] = self.program(groups[root], eq_of[root], ub_of[root])
                position, a_eq, b_eq, a_ub, b_ub, bounds = programs[root]
                ends = []
                for sign in (1, -1):
                    c = np.zeros(len(position))
                    c[position[i]] = sign
                    result = linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
                    self.solved += 1
                    if result.status != 0:
                        return f"linear program for {key}: {result.message}"
                    ends.append(sign * result.fun)
            found[key] = (math.ceil(ends[0] - 1e-6), math.floor(ends[1] + 1e-6))
        return found


def values(interval):
    return interval[1] - interval[0] + 1


def verdict(folder, minimum):
    """Every suppressed count's interval; those narrowed below `minimum` values are exposed unless the
    floor (the same figures with every total's exact value left out: what the vacancy rows and places
    show whatever is withheld) already allows fewer."""
    adversary = Adversary(folder)
    adversary.load()
    adversary.build()
    keys = sorted(adversary.x.suppressed, key=str)
    found = adversary.intervals(keys)
    if isinstance(found, str):
        return {"error": found}
    tried = []
    for key in keys:
        own = adversary.x.own.get(key, (1, 9))
        tried.append({"key": "/".join(map(str, key)), "interval": list(found[key]), "own": list(own),
                      "in": sorted(adversary.x.where[key])})
    narrow = [(key, e) for key, e in zip(keys, tried) if values(e["interval"]) < min(minimum, values(e["own"]))]
    floor = Adversary(folder, floor=True)
    floor.reports = adversary.reports
    floor.build()
    floors = floor.intervals([key for key, _ in narrow]) if narrow else {}
    if isinstance(floors, str):
        return {"error": "floor: " + floors}
    exposed, floor_limited = [], []
    for key, entry in narrow:
        entry["floor"] = list(floors[key])
        (exposed if values(entry["interval"]) < values(floors[key]) else floor_limited).append(entry)
    return {
        "reports": len(adversary.reports),
        "unknowns": len(adversary.x.low),
        "equations": len(adversary.r.eq),
        "bounds": len(adversary.r.ub),
        "programs": adversary.solved + floor.solved,
        "suppressed": len(tried),
        "ownRangeBelowMinimum": sum(1 for e in tried if values(e["own"]) < minimum),
        "narrowed": sum(1 for e in tried if values(e["interval"]) < values(e["own"])),
        "floorLimited": floor_limited,
        "exposed": exposed,
    }


def main():
    args = sys.argv[1:]
    minimum = 5
    if "--minimum" in args:
        k = args.index("--minimum")
        minimum = int(args[k + 1])
        del args[k:k + 2]
    if len(args) != 1:
        raise SystemExit(__doc__)
    result = verdict(args[0], minimum)
    print(json.dumps(result, ensure_ascii=False))
    sys.exit(2 if "error" in result else 0)


if __name__ == "__main__":
    main()
