#!/usr/bin/env python3
"""A straightforward Python script doing the job of `perfbook build` for one period, to compare
perfbook's cost with (bench/peer.sh).

It reads the catalogue, the history workbook, every period's returns and the period's risk
registers with openpyxl; works out each indicator's value per period (percentage, rate per N of
the population, ratio, or the figure typed) and a red/amber/green status against its target; draws
the charts with matplotlib (PNG at 300 dpi and SVG); and writes one workbook with openpyxl: Summary,
a scorecard per priority, Data, and a Charts sheet with every PNG embedded.

It does none of perfbook's checks or findings, no committee report and no risk register workbook.

    peer.py --workbooks DIR [--period "2021/22 Q3"] --out DIR --charts DIR [--chart-list FILE]

--chart-list names the charts to draw, one "name width height" a line (bench/peer.sh makes it from
perfbook's charts folder, so both draw the same charts at the same pixel sizes). Without it, a
trend chart per indicator, a breakdown chart where there are districts and a spine chart per
priority are drawn.
"""
import argparse
import math
import os
import re
import statistics
import sys
import time
import warnings
from collections import defaultdict

# numpy's OpenBLAS otherwise keeps a spinning thread per core that burns as much system time as the
# whole job's user time while doing nothing useful here
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
warnings.filterwarnings("ignore", "Workbook contains no default style")

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.drawing.image import Image  # noqa: E402
from openpyxl.styles import Font, PatternFill  # noqa: E402

DPI = 300
RAG_COLOURS = {"Green": "2E7D32", "Amber": "F9A825", "Red": "C62828", "No target": "9E9E9E", "No data": "E0E0E0"}
OWN = "Lancashire"


# ---- reading -------------------------------------------------------------------------------------

def sheet_rows(path):
    """Every sheet's rows as tuples of values, read in full."""
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheets = {ws.title: [tuple(row) for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    wb.close()
    return sheets


def records(rows, first="ID"):
    """Rows under the header row whose first cell is `first`, as dicts."""
    for i, row in enumerate(rows):
        if row and row[0] == first:
            header = [str(h) if h is not None else "" for h in row]
            return [dict(zip(header, r)) for r in rows[i + 1:] if r and r[0] not in (None, "")]
    return []


def number(v):
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v).replace(",", "").replace("£", "").strip())
    except ValueError:
        return None


def target_range(v):
    """'90', '600-680', '-1 to 1', '9.83 (pending review)' -> (low, high), or None."""
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return (float(v), float(v))
    m = re.match(r"\s*(-?[\d.,]+)\s*(?:-|to)\s*(-?[\d.,]+)", str(v))
    if m:
        return (number(m[1]), number(m[2]))
    m = re.match(r"\s*(-?[\d.,]+)", str(v))
    return (number(m[1]), number(m[1])) if m else None


def period_key(label):
    m = re.match(r"(\d{4})/\d{2}(?: Q(\d))?", label)
    return (int(m[1]), int(m[2]) if m[2] else 5) if m else (0, 0)


def folder_to_period(name):
    m = re.match(r"(\d{4})-(\d{2})-Q(\d)$", name)
    return f"{m[1]}/{m[2]} Q{m[3]}" if m else None


def year_of(label):
    return label[:7]


class Data:
    def __init__(self, workbooks, period):
        cat = sheet_rows(os.path.join(workbooks, "catalogue.xlsx"))
        self.indicators = {r["ID"]: r for r in records(cat["Indicators"])}
        self.targets = {(r["ID"], r["Year"]): r for r in records(cat.get("Targets", []))}
        self.populations = {(r["Population"], r["Year"], r["Area"]): number(r["Value"])
                            for r in records(cat.get("Populations", []), "Population")}
        self.benchmarks = defaultdict(dict)  # (id, period) -> comparator -> value
        for r in records(cat.get("Benchmarks", [])):
            if number(r["Value"]) is not None:
                self.benchmarks[(r["ID"], r["Period"])][r["Comparator"]] = number(r["Value"])
        self.neighbours = [r[0] for r in cat.get("Neighbours", [])[1:] if r and r[0]]
        # (id, period, breakdown) -> figures; the headline row has breakdown ""
        self.obs = {}
        self.by_indicator = defaultdict(list)  # id -> keys of self.obs
        for r in records(sheet_rows(os.path.join(workbooks, "history.xlsx"))["History"]):
            self.add(r["ID"], str(r["Period"]), r["Breakdown"] or "", r["Numerator"], r["Denominator"],
                     r["Value"], None, r["Note"], "history.xlsx")
        returns = os.path.join(workbooks, "returns")
        folders = sorted(f for f in os.listdir(returns) if folder_to_period(f))
        self.period = period or folder_to_period(folders[-1])
        self.returns = 0
        for folder in folders:
            for name in sorted(os.listdir(os.path.join(returns, folder))):
                if name.endswith((".xlsx", ".xlsm")) and not name.startswith("~$"):
                    self.read_return(os.path.join(returns, folder, name), folder_to_period(folder))
        self.risks = []
        risks = os.path.join(workbooks, "risks", self.period.replace("/", "-").replace(" ", "-"))
        if os.path.isdir(risks):
            for name in sorted(os.listdir(risks)):
                if name.endswith(".xlsx"):
                    self.risks += records(sheet_rows(os.path.join(risks, name))["Register"])

    def read_return(self, path, period):
        self.returns += 1
        sheets = sheet_rows(path)  # every sheet, every cell
        for r in records(sheets.get("Return", [])):
            if r["ID"] in self.indicators:
                self.add(r["ID"], period, r.get("Breakdown") or "", r.get("Numerator"), r.get("Denominator"),
                         r.get("Value"), r.get("Commentary"), r.get("Data note"), os.path.basename(path))

    def add(self, ind_id, period, breakdown, num, den, value, commentary, note, source):
        ind = self.indicators.get(ind_id)
        if ind is None:
            return
        num, den, value = number(num), number(den), number(value)
        if ind["Measure"] == "Rate" and num is not None and not den:
            den = self.population(ind["Population"], year_of(period), breakdown or None)
        key = (ind_id, period, breakdown)
        if key not in self.obs:
            self.by_indicator[ind_id].append(key)
        self.obs[key] = {"num": num, "den": den, "value": self.value(ind, num, den, value),
                         "commentary": commentary, "note": note, "source": source}

    @staticmethod
    def value(ind, num, den, value):
        measure, per = ind["Measure"], number(ind.get("Per")) or 100.0
        if measure in ("Percentage", "Rate") and num is not None and den:
            return num / den * per
        if measure == "Ratio" and num is not None and den:
            return num / den
        return value if value is not None else num

    def population(self, name, year, area):
        years = sorted(y for (n, y, a) in self.populations if n == name and a == area and y <= year)
        return self.populations[(name, years[-1], area)] if years else None

    def series(self, ind_id, breakdown=""):
        """[(period, value)] in period order, values that could be worked out only."""
        pts = [(p, self.obs[(i, p, b)]["value"]) for (i, p, b) in self.by_indicator[ind_id]
               if b == breakdown and self.obs[(i, p, b)]["value"] is not None]
        return sorted(pts, key=lambda pv: period_key(pv[0]))

    def breakdowns(self, ind_id, period):
        return sorted((b, self.obs[(i, p, b)]) for (i, p, b) in self.by_indicator[ind_id] if p == period and b)

    def target(self, ind_id, period):
        ind, t = self.indicators[ind_id], self.targets.get((ind_id, year_of(period)))
        rng = target_range(t["Target"] if t else ind.get("Target"))
        tol = number(t["Tolerance"] if t else ind.get("Tolerance"))
        if rng and tol is None:
            tol = 0.05 * abs(rng[0])
        return rng, tol

    def status(self, ind_id, period, value):
        polarity = self.indicators[ind_id].get("Good is")
        rng, tol = self.target(ind_id, period)
        if value is None:
            return "No data"
        if rng is None or polarity not in ("High", "Low", "Range"):
            return "No target"
        lo, hi = rng
        if polarity == "High":
            gap = lo - value
        elif polarity == "Low":
            gap = value - hi
        else:
            gap = max(lo - value, value - hi)
        return "Green" if gap <= 0 else "Amber" if gap <= tol else "Red"

    def headline(self, ind_id):
        """The latest value up to the period and the one before it (the headline row, else the last
        breakdown row, as for a monthly indicator)."""
        pts = self.series(ind_id) or self.series(ind_id, (self.breakdowns(ind_id, self.period) or [("",)])[-1][0])
        pts = [v for p, v in pts if period_key(p) <= period_key(self.period)]
        return (pts[-1] if pts else None), (pts[-2] if len(pts) > 1 else None)


# ---- charts --------------------------------------------------------------------------------------

def figure(width, height):
    fig = plt.figure(figsize=(width / DPI, height / DPI), dpi=DPI, layout="constrained")
    return fig, fig.add_subplot()


def titles(fig, ax, title, subtitle, source):
    fig.suptitle(title[:70], x=0.01, ha="left", fontsize=9, fontweight="bold")
    ax.set_title(subtitle, loc="left", fontsize=7, color="dimgrey")
    fig.text(0.01, 0.005, "Source: " + source, fontsize=5.5, style="italic", color="grey")
    ax.grid(axis="y", color="lightgrey", linewidth=0.4)
    ax.tick_params(labelsize=6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def target_line(ax, data, ind_id, vertical=False):
    rng, _ = data.target(ind_id, data.period)
    if rng:
        (ax.axvline if vertical else ax.axhline)(rng[0], color="#D55E00", linestyle="--", linewidth=1,
                                                 label=f"Target {rng[0]:g}")


def interval(ind, o):
    """95% normal-approximation interval of a percentage or a rate, when both figures are known."""
    num, den = o["num"], o["den"]
    if num is None or not den or o["value"] is None:
        return 0.0
    if ind["Measure"] == "Percentage":
        p = min(max(num / den, 0.0), 1.0)
        return 196.0 * math.sqrt(p * (1 - p) / den)
    if ind["Measure"] == "Rate":
        return 1.96 * math.sqrt(max(num, 0.0)) / den * (number(ind.get("Per")) or 1.0)
    return 0.0


def trend(fig, ax, data, ind_id):
    ind, pts = data.indicators[ind_id], data.series(ind_id)[-12:]
    labels = [p for p, _ in pts]
    errs = [interval(ind, data.obs[(ind_id, p, "")]) for p in labels]
    ax.errorbar(labels, [v for _, v in pts], yerr=errs, marker="o", markersize=3, linewidth=1.5, capsize=2,
                color="#0072B2", ecolor="#333333", label=OWN)
    for comparator, style in (("England", "s:k"), ("North West", "D--")):
        cmp = [(p, data.benchmarks[(ind_id, p)][comparator]) for p in labels
               if comparator in data.benchmarks.get((ind_id, p), {})]
        if cmp:
            ax.plot(*zip(*cmp), style, markersize=3, linewidth=1, label=comparator)
    target_line(ax, data, ind_id)
    ax.set_ylabel(ind["Measure"], fontsize=7)
    ax.tick_params(axis="x", rotation=90)
    ax.legend(fontsize=6, ncol=4)
    return f"Trend, {labels[0] if labels else ''} to {data.period}"


def comparison(fig, ax, data, ind_id):
    own, _ = data.headline(ind_id)
    cmp = data.benchmarks.get((ind_id, data.period), {})
    rows = [(OWN, own, "#0072B2")] + [(c, cmp[c], "#444444") for c in ("England", "North West") if c in cmp]
    near = [(n, cmp[n]) for n in data.neighbours if n in cmp]
    if near:
        rows.append(("Statistical neighbours (mean)", statistics.mean(v for _, v in near), "#777777"))
        rows += [(n, v, "#BBBBBB") for n, v in sorted(near, key=lambda nv: -nv[1])]
    rows = [(n, v, c) for n, v, c in rows if v is not None]
    ax.barh([f"{n} {v:.1f}" for n, v, _ in rows], [v for _, v, _ in rows], color=[c for _, _, c in rows])
    ax.invert_yaxis()
    ax.xaxis.tick_top()
    target_line(ax, data, ind_id, vertical=True)
    ax.grid(axis="x", color="lightgrey", linewidth=0.4)
    return f"Compared with England, the region and statistical neighbours, {data.period}"


def rank(fig, ax, data, ind_id):
    high = data.indicators[ind_id].get("Good is") != "Low"
    periods = sorted({p for (i, p) in data.benchmarks if i == ind_id}, key=period_key)[-3:]
    ranks = defaultdict(list)
    for p in periods:
        vals = dict(data.benchmarks[(ind_id, p)])
        own = [v for q, v in data.series(ind_id) if q == p]
        if own:
            vals[OWN] = own[0]
        group = {a: v for a, v in vals.items() if a in data.neighbours or a == OWN}
        for n, a in enumerate(sorted(group, key=lambda a: -group[a] if high else group[a]), start=1):
            ranks[a].append((p, n))
    for a, pts in ranks.items():
        me = a == OWN
        ax.plot(*zip(*pts), marker="o", markersize=5 if me else 3, linewidth=2.5 if me else 1,
                color="#0072B2" if me else "#AAAAAA", label=OWN if me else None, zorder=3 if me else 2)
        ax.annotate(a, pts[-1], xytext=(6, 0), textcoords="offset points", fontsize=5.5, va="center",
                    fontweight="bold" if me else "normal")
    ax.invert_yaxis()
    ax.set_ylabel("Rank (1 = best)", fontsize=7)
    ax.legend(fontsize=6)
    return f"Rank among {OWN} and its statistical neighbours, {periods[0] if periods else ''} to {data.period}"


def year_on_year(fig, ax, data, ind_id):
    by_year = defaultdict(list)
    for p, v in data.series(ind_id):
        if " Q" in p:
            by_year[year_of(p)].append((f"Q{p[-1]}", v))
    for year in sorted(by_year)[-3:]:
        ax.plot(*zip(*by_year[year]), marker="o", markersize=3, linewidth=1.5, label=year)
    target_line(ax, data, ind_id)
    ax.legend(fontsize=6)
    return "Each quarter against the same quarter of earlier years"


def spc(fig, ax, data, ind_id):
    pts = data.series(ind_id)
    if data.indicators[ind_id].get("Frequency") == "Monthly":  # a row a month: in history, or broken down in returns
        keys = sorted(data.by_indicator[ind_id], key=lambda k: period_key(k[1]))  # months stay in order
        pts = [(b or p, data.obs[(i, p, b)]["value"]) for (i, p, b) in keys if data.obs[(i, p, b)]["value"] is not None]
    values = [v for _, v in pts]
    mean = statistics.mean(values) if values else 0.0
    mr = statistics.mean(abs(a - b) for a, b in zip(values, values[1:])) if len(values) > 1 else 0.0
    ax.plot(range(len(values)), values, marker="o", markersize=3, color="#0072B2", label=OWN)
    outside = [(i, v) for i, v in enumerate(values) if abs(v - mean) > 2.66 * mr]
    if outside:
        ax.plot(*zip(*outside), "o", color="#D55E00", markersize=5, label="Outside the limits")
    ax.axhline(mean, color="black", linewidth=1, label=f"Mean {mean:.1f}")
    for limit in (mean - 2.66 * mr, mean + 2.66 * mr):
        ax.axhline(limit, color="grey", linestyle=":", linewidth=1)
    ax.set_xticks(range(len(pts)), [p for p, _ in pts], rotation=90)
    ax.legend(fontsize=6)
    return "XmR chart: natural process limits at the mean plus and minus 2.66 moving ranges"


def breakdown(fig, ax, data, ind_id):
    rows = [(b, o["value"]) for b, o in data.breakdowns(ind_id, data.period) if o["value"] is not None]
    ax.bar([b for b, _ in rows], [v for _, v in rows], color="#0072B2", label="District")
    own, _ = data.headline(ind_id)
    if own is not None:
        ax.axhline(own, color="black", linewidth=1, label=f"{OWN} {own:.1f}")
    target_line(ax, data, ind_id)
    ax.tick_params(axis="x", rotation=45)
    ax.legend(fontsize=6)
    return f"By district, {data.period}"


def spine(fig, ax, data, priority):
    ids = [i for i, ind in data.indicators.items() if ind.get("Priority") == priority
           and "England" in data.benchmarks.get((i, data.period), {})]
    for row, ind_id in enumerate(ids):
        cmp = data.benchmarks[(ind_id, data.period)]
        vals = sorted(cmp.values())
        england, own = cmp["England"], data.headline(ind_id)[0]
        scale = max(abs(v - england) for v in vals + ([own] if own is not None else [])) or 1.0
        q1, _, q3 = statistics.quantiles(vals, n=4) if len(vals) > 1 else (vals[0],) * 3
        ax.barh(row, (vals[-1] - vals[0]) / scale, left=(vals[0] - england) / scale, color="#DDDDDD")
        ax.barh(row, (q3 - q1) / scale, left=(q1 - england) / scale, color="#999999")
        if own is not None:
            ax.plot((own - england) / scale, row, marker="o", color="#0072B2")
        ax.text(-3.2, row, f"{ind_id} {data.indicators[ind_id]['Indicator'][:45]}", fontsize=5, va="center")
        ax.text(-1.2, row, f"{own:.1f}" if own is not None else "-", fontsize=5, va="center", ha="right")
    ax.axvline(0, color="black", linewidth=1, label="England")
    ax.set_xlim(-3.3, 1.1)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.invert_yaxis()
    ax.legend(fontsize=6)
    return f"{OWN} among English authorities, {data.period}: worst to best, middle half, England centred"


def summary_status(fig, ax, data, _):
    priorities = sorted({ind.get("Priority") or "" for ind in data.indicators.values()})
    left = [0] * len(priorities)
    for s, colour in RAG_COLOURS.items():
        counts = [sum(1 for i, ind in data.indicators.items() if (ind.get("Priority") or "") == p
                      and data.status(i, data.period, data.headline(i)[0]) == s) for p in priorities]
        ax.barh(priorities, counts, left=left, color="#" + colour, label=s)
        left = [a + b for a, b in zip(left, counts)]
    ax.legend(fontsize=6, ncol=5)
    return f"Indicators by status and priority, {data.period}"


def risk_heat_map(fig, ax, data, _):
    grid = [[0] * 5 for _ in range(5)]
    for r in data.risks:
        like, imp = number(r.get("Current likelihood")), number(r.get("Current impact"))
        if like and imp and 1 <= like <= 5 and 1 <= imp <= 5:
            grid[int(like) - 1][int(imp) - 1] += 1
    ax.imshow([[li * im for im in range(1, 6)] for li in range(1, 6)], cmap="RdYlGn_r", origin="lower")
    for li in range(5):
        for im in range(5):
            ax.text(im, li, str(grid[li][im] or ""), ha="center", va="center", fontsize=7)
    ax.set_xticks(range(5), range(1, 6))
    ax.set_yticks(range(5), range(1, 6))
    ax.set_xlabel("Impact", fontsize=7)
    ax.set_ylabel("Likelihood", fontsize=7)
    return f"Corporate risks by current likelihood and impact, {data.period}"


KINDS = {"trend": trend, "benchmark": comparison, "rank": rank, "year-on-year": year_on_year, "spc": spc,
         "breakdown": breakdown}


def draw(data, name, width, height, folder):
    fig, ax = figure(width, height)
    m = re.match(r"(.+?)-(trend|benchmark|rank|year-on-year|spc|breakdown)$", name)
    if m and m[1] in data.indicators:
        ind_id = m[1]
        subtitle = KINDS[m[2]](fig, ax, data, ind_id)
        title, source = data.indicators[ind_id]["Indicator"], f"{data.indicators[ind_id].get('Service')} return, {data.period}"
    elif name.startswith("spine-"):
        priority = next((p for p in {i.get("Priority") for i in data.indicators.values()}
                         if p and re.sub(r"\W+", "-", p) == name[6:]), name[6:])
        title, subtitle, source = priority, spine(fig, ax, data, priority), "OHID Fingertips; returns"
    elif name == "risk-heat-map":
        title, subtitle, source = "Corporate risk heat map", risk_heat_map(fig, ax, data, None), "risk registers"
    else:
        title, subtitle, source = "Performance summary", summary_status(fig, ax, data, None), "returns"
    titles(fig, ax, str(title), subtitle, source)
    png = os.path.join(folder, name + ".png")
    fig.savefig(png, dpi=DPI)
    fig.savefig(os.path.join(folder, name + ".svg"))
    plt.close(fig)
    return png


def default_charts(data):
    charts = [(f"{i}-trend", 1950, 1080) for i in data.indicators if data.series(i)]
    charts += [(f"{i}-breakdown", 1950, 1080) for i in data.indicators if data.breakdowns(i, data.period)]
    priorities = {ind.get("Priority") for ind in data.indicators.values() if ind.get("Priority")}
    return charts + [("spine-" + re.sub(r"\W+", "-", p), 3000, 885) for p in sorted(priorities)]


# ---- the book ------------------------------------------------------------------------------------

def write_book(data, pngs, path):
    wb = openpyxl.Workbook()
    bold = Font(bold=True)
    summary = wb.active
    summary.title = "Summary"
    summary.append([f"Performance book, {data.period}"])
    summary.append([])
    summary.append(["Priority"] + list(RAG_COLOURS) + ["Indicators"])
    by_priority = defaultdict(list)
    for i, ind in data.indicators.items():
        by_priority[ind.get("Priority") or "No priority"].append(i)
    for priority, ids in by_priority.items():
        statuses = [data.status(i, data.period, data.headline(i)[0]) for i in ids]
        summary.append([priority] + [statuses.count(s) for s in RAG_COLOURS] + [len(ids)])
        sheet = wb.create_sheet(re.sub(r"[\[\]:*?/\\]", "", priority)[:31])
        sheet.append(["ID", "Indicator", "Measure", "Good is", "Target", "Previous", data.period, "Change",
                      "Status", "Commentary"])
        for ind_id, status in zip(ids, statuses):
            ind, (now, before) = data.indicators[ind_id], data.headline(ind_id)
            obs = data.obs.get((ind_id, data.period, ""), {})
            rng, _ = data.target(ind_id, data.period)
            sheet.append([ind_id, ind["Indicator"], ind["Measure"], ind.get("Good is"),
                          None if rng is None else rng[0], before, now,
                          None if now is None or before is None else now - before, status, obs.get("commentary")])
            sheet.cell(sheet.max_row, 9).fill = PatternFill("solid", fgColor=RAG_COLOURS[status])
            for col, dec in ((6, ind.get("Decimals")), (7, ind.get("Decimals")), (8, ind.get("Decimals"))):
                sheet.cell(sheet.max_row, col).number_format = "#,##0" + ("." + "0" * int(dec) if dec else "")
        for cell in sheet[1]:
            cell.font = bold
        sheet.column_dimensions["B"].width = 60
        sheet.column_dimensions["J"].width = 80
    for cell in summary[3]:
        cell.font = bold

    sheet = wb.create_sheet("Data")
    sheet.append(["ID", "Indicator", "Priority", "Period", "Breakdown", "Numerator", "Denominator", "Value",
                  "Target", "Status", "Commentary", "Data note", "Source"])
    for (ind_id, period, brk), o in sorted(data.obs.items(), key=lambda kv: (kv[0][0], period_key(kv[0][1]), kv[0][2])):
        ind, (rng, _) = data.indicators[ind_id], data.target(ind_id, period)
        sheet.append([ind_id, ind["Indicator"], ind.get("Priority"), period, brk, o["num"], o["den"], o["value"],
                      None if rng is None else rng[0], data.status(ind_id, period, o["value"]),
                      o["commentary"], o["note"], o["source"]])

    sheet = wb.create_sheet("Charts")
    for n, png in enumerate(pngs):
        row = 1 + 22 * n
        sheet.cell(row, 1, os.path.basename(png)).font = bold
        picture = Image(png)
        picture.width, picture.height = 640, round(640 * picture.height / picture.width)
        sheet.add_image(picture, f"B{row + 1}")
    wb.save(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workbooks", default="workbooks")
    ap.add_argument("--period")
    ap.add_argument("--out", default="out")
    ap.add_argument("--charts", default="charts")
    ap.add_argument("--chart-list")
    ap.add_argument("--timings", action="store_true", help="print each phase's CPU time on standard error")
    args = ap.parse_args()
    started = time.process_time()

    data = Data(args.workbooks, args.period)
    read = time.process_time()
    folder = data.period.replace("/", "-").replace(" ", "-")
    charts_dir, out_dir = os.path.join(args.charts, folder), os.path.join(args.out, folder)
    os.makedirs(charts_dir, exist_ok=True)
    os.makedirs(out_dir, exist_ok=True)
    if args.chart_list:
        with open(args.chart_list) as f:
            charts = [(n, int(w), int(h)) for n, w, h in (line.split() for line in f if line.strip())]
    else:
        charts = default_charts(data)
    pngs = [draw(data, name, w, h, charts_dir) for name, w, h in charts]
    drawn = time.process_time()
    book = os.path.join(out_dir, f"performance-book-{folder}.xlsx")
    write_book(data, pngs, book)
    if args.timings:
        print(f"  start-up {started:.2f} s, read {read - started:.2f} s, charts {drawn - read:.2f} s, "
              f"book {time.process_time() - drawn:.2f} s (CPU)", file=sys.stderr)
    print(f"Read {data.returns} returns for {len(data.indicators)} indicators; drew {len(pngs)} charts; wrote {book}")


if __name__ == "__main__":
    main()
