#!/usr/bin/env python3
# Vendored copy of the evaluation scorer shipped beside the project, so tests need nothing outside the repo.
"""Score a warehouse (see ../warehouse-contract.md) against a file of expected facts.

    python tests/scoring/score.py --warehouse warehouse --gold tests/fixtures/seed_facts.yaml

Needs duckdb and PyYAML (both in the project's environment). Prints one line per measure and,
last, a summary line; --json prints the details as JSON instead. Exit status 0 unless the
warehouse cannot be read.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import duckdb
import yaml

REGION_ALIASES = {
    "karagandy": "karaganda", "qaraghandy": "karaganda", "karaganda": "karaganda",
    "jambyl": "zhambyl", "zhambyl": "zhambyl", "dzhambul": "zhambyl", "zhambul": "zhambyl",
    "aqmola": "akmola", "akmola": "akmola",
    "aqtobe": "aktobe", "aktobe": "aktobe", "aktyubinsk": "aktobe",
    "east kazakhstan": "east kazakhstan", "eastern kazakhstan": "east kazakhstan",
    "south kazakhstan": "turkistan", "turkestan": "turkistan", "turkistan": "turkistan",
    "north kazakhstan": "north kazakhstan", "west kazakhstan": "west kazakhstan",
    "mangystau": "mangystau", "mangistau": "mangystau", "atyrau": "atyrau",
    "kostanay": "kostanay", "qostanay": "kostanay", "kustanai": "kostanay",
    "kyzylorda": "kyzylorda", "qyzylorda": "kyzylorda", "pavlodar": "pavlodar",
    "abai": "abai", "abay": "abai", "jetisu": "jetisu", "zhetisu": "jetisu", "ulytau": "ulytau",
    "almaty region": "almaty region", "almaty": "almaty", "astana": "astana", "shymkent": "shymkent",
}


def norm(text) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    text = text.replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def norm_region(text) -> str | None:
    if text is None:
        return None
    t = norm(text)
    t = re.sub(r"\b(region|oblast|oblysy|province|city|the)\b", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    if not t:
        return None
    t = REGION_ALIASES.get(t, t)
    return t.replace(" ", "")


def close(a, b, rel=0.01) -> bool:
    if a is None or b is None:
        return False
    a, b = float(a), float(b)
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-9)


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Warehouse:
    def __init__(self, path: Path):
        db = path / "energy.duckdb" if path.is_dir() else path
        if not db.exists():
            raise SystemExit(f"score: no warehouse at {db}")
        self.con = duckdb.connect(str(db), read_only=True)
        self.tables = {r[0] for r in self.con.execute(
            "select table_name from information_schema.tables").fetchall()}

    def rows(self, table: str) -> list[dict]:
        if table not in self.tables:
            return []
        cur = self.con.execute(f'select * from "{table}"')
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]


def org_index(orgs: list[dict]) -> dict[str, set]:
    """normalised surface form -> org_ids carrying it."""
    index: dict[str, set] = {}
    for o in orgs:
        names = [o.get("name")] + list(o.get("aliases") or [])
        for n in names:
            if n:
                index.setdefault(norm(n), set()).add(o["org_id"])
    return index


def score(wh: Warehouse, gold: dict) -> dict:
    out: dict = {"missing_tables": sorted(
        {"articles", "organisations", "projects", "project_mentions", "project_participants",
         "capacities", "investments", "investment_projects"} - wh.tables)}

    # ---- articles: published dates
    arts = wh.rows("articles")
    by_file = {a.get("source_file"): a for a in arts}
    file_of_article = {a.get("article_id"): a.get("source_file") for a in arts}
    date_ok, date_rows = 0, []
    for g in gold.get("articles", []):
        a = by_file.get(g["file"])
        got = a.get("published_date") if a else None
        got_s = str(got)[:10] if got is not None else None
        want = str(g["published_date"]) if g.get("published_date") else None
        ok = a is not None and (got_s == want or (got_s is None and g.get("may_be_null")))
        date_ok += ok
        date_rows.append({"file": g["file"], "want": want, "got": got_s, "ok": bool(ok)})
    out["dates"] = {"ok": date_ok, "of": len(gold.get("articles", [])), "rows": date_rows}

    # ---- organisations
    orgs = wh.rows("organisations")
    oidx = org_index(orgs)
    same_ok, same_rows = 0, []
    for group in gold.get("organisations", {}).get("same", []):
        ids = [oidx.get(norm(n), set()) for n in group]
        found = [s for s in ids if s]
        union = set().union(*found) if found else set()
        ok = len(found) == len(group) and len(union) == 1
        same_ok += ok
        same_rows.append({"names": group, "org_ids": sorted(union), "all_found": len(found) == len(group), "ok": ok})
    diff_ok, diff_rows = 0, []
    for a, b in gold.get("organisations", {}).get("different", []):
        ia, ib = oidx.get(norm(a), set()), oidx.get(norm(b), set())
        ok = not (ia & ib)
        diff_ok += ok
        diff_rows.append({"pair": [a, b], "ok": ok})
    out["organisations"] = {"same_ok": same_ok, "same_of": len(same_rows), "different_ok": diff_ok,
                            "different_of": len(diff_rows), "same": same_rows, "different": diff_rows,
                            "count": len(orgs)}

    def org_ids_for(name: str) -> set:
        return oidx.get(norm(name), set())

    # ---- projects
    projects = wh.rows("projects")
    caps = wh.rows("capacities")
    parts = wh.rows("project_participants")
    mentions = wh.rows("project_mentions")
    caps_by_p: dict = {}
    for c in caps:
        caps_by_p.setdefault(c.get("project_id"), []).append(c)
    orgs_by_p: dict = {}
    for p in parts:
        orgs_by_p.setdefault(p.get("project_id"), set()).add(p.get("org_id"))
    files_by_p: dict = {}
    for m in mentions:
        f = file_of_article.get(m.get("article_id"))
        if f:
            files_by_p.setdefault(m.get("project_id"), set()).add(f[:3])

    def affinity(g: dict, p: dict) -> float | None:
        g_types = g["type"] if isinstance(g["type"], list) else [g["type"]]
        if (p.get("project_type") or "") not in g_types:
            return None
        g_country = (g.get("country") or "KZ").upper()
        if p.get("country") and str(p["country"]).upper() != g_country:
            return None
        g_region, p_region = norm_region(g.get("region")), norm_region(p.get("region"))
        if g_region and p_region != g_region:
            # Shymkent sits in what was South Kazakhstan: accept either
            if not (g_region == "shymkent" and p_region == "turkistan"):
                return None
        want_files = {f"{int(a):03d}" for a in g.get("articles", [])}
        have_files = files_by_p.get(p["project_id"])
        if have_files is not None and want_files and not (have_files & want_files):
            return None
        s = 1.0
        if g_region and p_region == g_region:
            s += 2
        if not g_region and not p_region:
            s += 1
        loc = norm(g.get("locality") or "")
        if loc and (loc in norm(p.get("locality") or "") or loc in norm(p.get("name") or "")):
            s += 2
        for gc in g.get("capacities", []):
            if any(c.get("metric") == gc["metric"] and close(c.get("value_std"), gc["value_std"])
                   for c in caps_by_p.get(p["project_id"], [])):
                s += 3
        for name in g.get("participants", []):
            if org_ids_for(name) & orgs_by_p.get(p["project_id"], set()):
                s += 1
        return s

    gold_projects = gold.get("projects", [])
    pairs = []
    for gi, g in enumerate(gold_projects):
        for pi, p in enumerate(projects):
            s = affinity(g, p)
            if s is not None:
                pairs.append((not g.get("essential", True), -s, gi, pi))
    pairs.sort()
    g_taken, p_taken, match = set(), set(), {}
    for _, _, gi, pi in pairs:
        if gi in g_taken or pi in p_taken:
            continue
        g_taken.add(gi); p_taken.add(pi); match[gi] = pi

    ess = [gi for gi, g in enumerate(gold_projects) if g.get("essential", True)]
    tp = sum(1 for gi in ess if gi in match)
    fn = len(ess) - tp
    optional_hits = sum(1 for gi in match if gi not in ess)
    fp = len(projects) - tp - optional_hits
    pr = f1(tp, fp, fn)
    status_ok = sum(1 for gi in ess if gi in match
                    and (projects[match[gi]].get("status") in gold_projects[gi].get("status", [projects[match[gi]].get("status")])))
    out["projects"] = {
        "tp": tp, "fp": fp, "fn": fn, "precision": pr[0], "recall": pr[1], "f1": pr[2],
        "status_ok": status_ok, "status_of": tp, "predicted": len(projects),
        "missed": [gold_projects[gi]["id"] for gi in ess if gi not in match],
        "matched": {gold_projects[gi]["id"]: projects[pi].get("name") for gi, pi in match.items()},
        "unmatched_predictions": [
            {k: projects[pi].get(k) for k in ("name", "project_type", "region", "locality", "status")}
            for pi in range(len(projects)) if pi not in p_taken],
    }

    # ---- participants of matched essential projects (reported beside the facts, not part of their F1)
    ptp = pfn = pfp = 0
    part_missed = []
    for gi in ess:
        if gi not in match:
            continue
        have = orgs_by_p.get(projects[match[gi]]["project_id"], set())
        wanted = [org_ids_for(name) for name in gold_projects[gi].get("participants", [])]
        hit = set()
        for name, ids in zip(gold_projects[gi].get("participants", []), wanted):
            if ids & have:
                ptp += 1
                hit |= ids & have
            else:
                pfn += 1
                part_missed.append(f"{gold_projects[gi]['id']}:{name}")
        pfp += len(have - hit - set().union(*wanted)) if wanted else len(have)
    pp = f1(ptp, pfp, pfn)
    out["participants"] = {"tp": ptp, "fp": pfp, "fn": pfn, "precision": pp[0], "recall": pp[1], "f1": pp[2],
                           "missed": part_missed[:40]}

    # ---- capacities
    ctp = cfn = 0
    matched_caps = set()
    cap_missed = []
    for gi, g in enumerate(gold_projects):
        if not g.get("essential", True):
            continue
        for gc in g.get("capacities", []):
            essential = gc.get("essential", True)
            hit = None
            if gi in match:
                pid = projects[match[gi]]["project_id"]
                for ci, c in enumerate(caps):
                    if (c.get("project_id") == pid and c.get("metric") == gc["metric"]
                            and close(c.get("value_std"), gc["value_std"]) and ci not in matched_caps):
                        hit = ci
                        break
            if hit is not None:
                matched_caps.add(hit)
                ctp += essential
            elif essential:
                cfn += 1
                cap_missed.append(f"{g['id']}:{gc['metric']}={gc['value_std']}")
    # a capacity row duplicating a matched one (same project, metric, value) is not counted again
    seen = {(caps[ci].get("project_id"), caps[ci].get("metric"), round(float(caps[ci].get("value_std") or 0), 6))
            for ci in matched_caps}
    optional_pids = {projects[pi]["project_id"] for gi, pi in match.items() if gi not in ess}
    cfp_rows = []
    for ci, c in enumerate(caps):
        key = (c.get("project_id"), c.get("metric"), round(float(c.get("value_std") or 0), 6))
        if ci in matched_caps or key in seen or c.get("project_id") in optional_pids:
            continue
        cfp_rows.append({k: c.get(k) for k in ("project_id", "metric", "value", "unit", "value_std")})
    def in_scope(n: dict, article_id) -> bool:
        """A negative names its articles (or inherits those of its file): only figures from them count."""
        scope = {f"{int(a):03d}" for a in n.get("articles") or []}
        return not scope or (file_of_article.get(article_id) or "")[:3] in scope
    neg_hits = [n for n in gold.get("negatives", {}).get("capacities", [])
                if any(close(c.get("value_std"), n["value_std"]) and in_scope(n, c.get("article_id")) for c in caps)]
    cp = f1(ctp, len(cfp_rows), cfn)
    out["capacities"] = {"tp": ctp, "fp": len(cfp_rows), "fn": cfn, "precision": cp[0], "recall": cp[1],
                         "f1": cp[2], "missed": cap_missed, "false": cfp_rows[:40],
                         "negatives_hit": [n["why"] for n in neg_hits]}

    # ---- investments
    invs = wh.rows("investments")
    itp = ifn = 0
    inv_taken, inv_missed = set(), []
    for gv in gold.get("investments", []):
        want = org_ids_for(gv["investor"])
        hit = None
        for ii, v in enumerate(invs):
            if ii in inv_taken:
                continue
            if close(v.get("amount_usd"), gv["amount_usd"]) and (v.get("investor_org_id") in want):
                hit = ii
                break
        if hit is not None:
            inv_taken.add(hit)
            itp += gv.get("essential", True)
        elif gv.get("essential", True):
            ifn += 1
            inv_missed.append(gv["id"])
    # an amount published with no investor (the text names none) is neither rewarded nor punished when
    # the expected facts hold that amount; the investor it lacks still counts as missed where it is essential
    gold_amounts = [gv["amount_usd"] for gv in gold.get("investments", [])]
    unattributed = {ii for ii, v in enumerate(invs) if ii not in inv_taken and v.get("investor_org_id") is None
                    and any(close(v.get("amount_usd"), a) for a in gold_amounts)}
    ifp_rows = [{k: v.get(k) for k in ("investor_org_id", "amount", "currency", "amount_usd", "evidence")}
                for ii, v in enumerate(invs) if ii not in inv_taken and ii not in unattributed]
    ineg = [n["why"] for n in gold.get("negatives", {}).get("investments", [])
            if any(close(v.get("amount_usd"), n["amount_usd"]) and in_scope(n, v.get("article_id")) for v in invs)]
    ip = f1(itp, len(ifp_rows), ifn)
    out["investments"] = {"tp": itp, "fp": len(ifp_rows), "fn": ifn, "precision": ip[0], "recall": ip[1],
                          "f1": ip[2], "missed": inv_missed, "false": ifp_rows[:20], "negatives_hit": ineg,
                          "unattributed": len(unattributed)}

    # ---- overall fact F1 (projects + capacities + investments, micro-averaged)
    T = tp + ctp + itp
    F = fp + len(cfp_rows) + len(ifp_rows)
    N = fn + cfn + ifn
    op = f1(T, F, N)
    out["facts"] = {"precision": op[0], "recall": op[1], "f1": op[2]}
    return out


def merge_gold(golds: list[dict]) -> dict:
    """The union of several files of expected facts."""
    out: dict = {"articles": [], "projects": [], "investments": [],
                 "organisations": {"same": [], "different": []}, "negatives": {"capacities": [], "investments": []}}
    for g in golds:
        for key in ("articles", "projects", "investments"):
            out[key] += g.get(key) or []
        for outer, inner in (("organisations", "same"), ("organisations", "different")):
            out[outer][inner] += (g.get(outer) or {}).get(inner) or []
        # a negative is about its own file's articles unless it names its articles
        files = [str(a["file"])[:3] for a in g.get("articles") or []]
        for inner in ("capacities", "investments"):
            out["negatives"][inner] += [{"articles": files, **n} for n in (g.get("negatives") or {}).get(inner) or []]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warehouse", required=True, type=Path, help="warehouse folder or .duckdb file")
    ap.add_argument("--gold", required=True, type=Path, action="append",
                    help="a file of expected facts; give it several times to score against their union")
    ap.add_argument("--json", action="store_true", help="print every detail as JSON")
    args = ap.parse_args(argv)
    gold = merge_gold([yaml.safe_load(path.read_text(encoding="utf-8")) for path in args.gold])
    res = score(Warehouse(args.warehouse), gold)
    if args.json:
        print(json.dumps(res, indent=2, default=str))
        return 0
    if res["missing_tables"]:
        print("missing tables:", ", ".join(res["missing_tables"]))
    pj, cp, iv, og, dt = res["projects"], res["capacities"], res["investments"], res["organisations"], res["dates"]
    print(f"projects     P={pj['precision']:.2f} R={pj['recall']:.2f} F1={pj['f1']:.2f}  "
          f"(tp {pj['tp']}, fp {pj['fp']}, fn {pj['fn']}; status right {pj['status_ok']}/{pj['status_of']})")
    if pj["missed"]:
        print("  missed:", ", ".join(pj["missed"]))
    for u in pj["unmatched_predictions"][:15]:
        print("  extra:", u)
    print(f"capacities   P={cp['precision']:.2f} R={cp['recall']:.2f} F1={cp['f1']:.2f}  "
          f"(tp {cp['tp']}, fp {cp['fp']}, fn {cp['fn']})")
    if cp["missed"]:
        print("  missed:", ", ".join(cp["missed"]))
    for u in cp["false"][:15]:
        print("  extra:", u)
    if cp["negatives_hit"]:
        print("  NOT capacities, yet present:", "; ".join(cp["negatives_hit"]))
    print(f"investments  P={iv['precision']:.2f} R={iv['recall']:.2f} F1={iv['f1']:.2f}  "
          f"(tp {iv['tp']}, fp {iv['fp']}, fn {iv['fn']}; {iv['unattributed']} known amounts with no investor, not counted)")
    for u in iv["false"][:10]:
        print("  extra:", u)
    if iv["negatives_hit"]:
        print("  NOT investments, yet present:", "; ".join(iv["negatives_hit"]))
    pa = res["participants"]
    print(f"participants P={pa['precision']:.2f} R={pa['recall']:.2f} F1={pa['f1']:.2f}  "
          f"(of matched projects; tp {pa['tp']}, fp {pa['fp']}, fn {pa['fn']}; not part of the facts F1)")
    print(f"organisations merged right {og['same_ok']}/{og['same_of']}, kept apart {og['different_ok']}/{og['different_of']}"
          f" ({og['count']} organisations)")
    for s in og["same"]:
        if not s["ok"]:
            print("  not one organisation:", s["names"], s["org_ids"])
    for s in og["different"]:
        if not s["ok"]:
            print("  wrongly merged:", s["pair"])
    print(f"dates right {dt['ok']}/{dt['of']}")
    for r in dt["rows"]:
        if not r["ok"]:
            print("  date:", r)
    f = res["facts"]
    print(f"summary: facts P={f['precision']:.2f} R={f['recall']:.2f} F1={f['f1']:.2f}; "
          f"orgs {og['same_ok']}/{og['same_of']}+{og['different_ok']}/{og['different_of']}; dates {dt['ok']}/{dt['of']}; "
          f"status {pj['status_ok']}/{pj['status_of']}; participants F1={pa['f1']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
