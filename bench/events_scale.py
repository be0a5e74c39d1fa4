"""Time ukpeace.events() on N generated records (default 100,000) and check the merging on them.

The generator draws events over three years (meetings, proposals, money, attacks), each
reported by 1-8 documents that disagree the way outlets do: a date a day off or missing, a
subset of the participants or places, a sum restated in yen, a different death toll, a
plan's name worded differently. Documents bundle the reports of several events published
on the same day, so that records of one document are never one event. The places, people
and countries are drawn from pools of realistic size (Kyiv-like hubs are frequent), which
is what stresses the blocking.

    python bench/events_scale.py                # 100,000 records
    python bench/events_scale.py --n 20000 --seed 3
"""
from __future__ import annotations

import argparse
import os
import datetime as dt
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ukpeace.events import clustering_scores, events
from ukpeace.models import Actor, Amount, Attack, Casualties, Extraction, Meeting, Money, Place, Proposal, TimeSpan

START = dt.date(2023, 1, 1)
DAYS = 3 * 365
COUNTRIES = ["UA", "RU", "US", "GB", "FR", "DE", "PL", "TR", "SA", "AE", "CH", "JP", "CN", "IT", "QA", "HU", "BY",
             "FI", "EE", "LT", "LV", "NL", "BE", "NO", "SE", "DK", "CA", "IN", "BR", "ZA"]


def _pools(rng: random.Random):
    cities = [Place(text=f"city{i}", canonical=f"City {i}", id=f"place:city-{i}", kind="city",
                    country="UA" if i < 120 else ("RU" if i < 170 else rng.choice(COUNTRIES[2:])),
                    lat=45 + rng.random() * 10, lon=25 + rng.random() * 15, precision="city") for i in range(260)]
    people = [Actor(text=f"person{i}", canonical=f"Person {i}", id=f"person:p{i}", kind="person",
                    country=rng.choice(COUNTRIES)) for i in range(400)]
    countries = {c: Actor(text=c, canonical=f"Country {c}", id=f"country:{c}", kind="country", country=c)
                 for c in COUNTRIES}
    return cities, people, countries


def _hub(rng: random.Random, items: list, hub_share: float = 0.3, hubs: int = 5):
    """Skewed draw: a few hubs (capitals) take a large share, like Kyiv in strike reports."""
    return rng.choice(items[:hubs]) if rng.random() < hub_share else rng.choice(items)


def _span(d: dt.date) -> TimeSpan:
    return TimeSpan(text=d.isoformat(), start=d, end=d, granularity="day")


def _truth_meeting(rng, pools, eid):
    cities, people, _countries = pools
    where = _hub(rng, cities[120:] + cities[:20])
    who = rng.sample(people, rng.randint(2, 4))
    return {"type": "meeting", "date": START + dt.timedelta(rng.randrange(DAYS)), "place": where, "people": who,
            "parties": sorted({p.country for p in who}), "mode": rng.choice(["in_person"] * 4 + ["phone", "video"]),
            "name": f"第{rng.randint(1, 5)}回協議" if rng.random() < 0.2 else "会談"}


HEADS = ["和平案", "和平計画", "枠組み", "合意", "宣言", "覚書", "停戦案", "基金", "評議会", "監視団"]


def _truth_proposal(rng, pools, eid):
    points = rng.choice([None, None, 10, 12, 14, 20, 28, 30]) or None
    topic = "".join(chr(0x4E00 + rng.randrange(3000)) for _ in range(rng.randint(2, 4)))
    return {"type": "proposal", "date": START + dt.timedelta(rng.randrange(DAYS)), "points": points,
            "name": topic + rng.choice(HEADS), "kind": rng.choice(["peace_plan", "ceasefire", "institution"]),
            "proposer": rng.choice(list(pools[2].values()))}


def _truth_money(rng, pools, eid):
    value = rng.choice([1, 2, 5, 10, 50, 90, 500]) * 10 ** rng.choice([8, 9]) * rng.choice([1, 1.5, 2.5])
    return {"type": "money", "date": START + dt.timedelta(rng.randrange(DAYS)), "value": value,
            "currency": rng.choice(["USD", "EUR", "USD"]), "donor": rng.choice(list(pools[2].values())),
            "purpose": rng.choice(["military_aid", "reconstruction", "budget_support"])}


def _truth_attack(rng, pools, eid):
    cities = pools[0]
    russian_side = rng.random() < 0.8
    pool = cities[:120] if russian_side else cities[120:170]
    places = [_hub(rng, pool, 0.4)] + ([rng.choice(pool)] if rng.random() < 0.4 else [])
    return {"type": "attack", "date": START + dt.timedelta(rng.randrange(DAYS)), "places": places,
            "attacker": pools[2]["RU" if russian_side else "UA"],
            "killed": rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20]),
            "weapons": rng.choice([["missile"], ["drone"], ["missile", "drone"], ["artillery"]])}


TRUTHS = {"meeting": _truth_meeting, "proposal": _truth_proposal, "money": _truth_money, "attack": _truth_attack}


def _report(rng: random.Random, t: dict):
    """One outlet's record of the event, with the usual disagreements."""
    d = t["date"] + dt.timedelta(rng.choice([0, 0, 0, 0, 1])) if rng.random() < 0.85 else None
    if t["type"] == "meeting":
        people = rng.sample(t["people"], rng.randint(1, len(t["people"])))
        return Meeting(name=t["name"], date=_span(d) if d else None, mode=t["mode"], participants=people,
                       location=t["place"] if rng.random() < 0.8 else None,
                       parties=[Actor(text=c, canonical=f"Country {c}", id=f"country:{c}", kind="country", country=c)
                                for c in t["parties"]])
    if t["type"] == "proposal":
        name = t["name"] if rng.random() < 0.7 else t["name"][:-1] + "の" + t["name"][-1]  # worded differently
        return Proposal(name=name, points=t["points"] if rng.random() < 0.8 else None, kind=t["kind"],
                        proposer=[t["proposer"]] if rng.random() < 0.7 else [])
    if t["type"] == "money":
        if rng.random() < 0.2:
            amount = Amount(value=round(t["value"] * (1.08 if t["currency"] == "EUR" else 1.0) / 0.0068, -9),
                            currency="JPY", qualifier="approx", text="約…円")
        else:
            amount = Amount(value=t["value"], currency=t["currency"], text="…")
        return Money(amount=amount, purpose=t["purpose"], donor=[t["donor"]] if rng.random() < 0.8 else [])
    killed = t["killed"] + rng.choice([0, 0, 0, 1, 2]) if t["killed"] is not None else None
    return Attack(attacker=[t["attacker"]], date=_span(d) if d else None, weapons=t["weapons"], target="civilian",
                  locations=rng.sample(t["places"], rng.randint(1, len(t["places"]))),
                  casualties=Casualties(killed=killed))


def generate(n: int, seed: int = 1) -> tuple[list[Extraction], dict]:
    """About n records in Extractions, and the true event of every record id."""
    rng = random.Random(seed)
    pools = _pools(rng)
    by_day: dict = defaultdict(list)
    truth: dict = {}
    total = eid = 0
    while total < n * 1.03:  # a few reports fall away below (one per event and document)
        rtype = rng.choice(["meeting", "attack", "attack", "money", "proposal"])
        t = TRUTHS[rtype](rng, pools, eid)
        k = min(int(rng.expovariate(1 / 2.5)) + 1, 8)
        for _ in range(k):
            pub = t["date"] + dt.timedelta(rng.randint(0, 3))
            rec = _report(rng, t)
            by_day[pub].append((eid, rec))
            total += 1
        eid += 1
    results, kept = [], 0
    for day in sorted(by_day):
        if kept >= n:
            break
        reports = by_day[day]
        rng.shuffle(reports)
        for d in range(0, len(reports), 5):
            doc, chunk = f"{day.isoformat()}-{d // 5}", reports[d:d + 5]
            chunk = list({e: (e, r) for e, r in chunk}.values())  # an outlet reports an event once a day
            for i, (e, r) in enumerate(chunk):
                r.id = f"{doc}-{i}"
                truth[r.id] = e
            results.append(Extraction(doc_id=doc, published=day, records=[r for _, r in chunk]))
            kept += len(chunk)
    return results, truth


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    results, truth = generate(args.n, args.seed)
    n_rec = sum(len(r.records) for r in results)
    t1, c1 = time.perf_counter(), time.process_time()
    evs = events(results)
    t2, c2 = time.perf_counter(), time.process_time()
    pred = {rid: e.event_id for e in evs for rid in e.record_ids}
    s = clustering_scores(truth, pred)
    print(f"generated {n_rec:,} records in {len(results):,} documents, {len(set(truth.values())):,} true events "
          f"({t1 - t0:.1f} s)")
    print(f"events(): {len(evs):,} events from {n_rec:,} records in {t2 - t1:.1f} s wall, {c2 - c1:.1f} s CPU "
          f"({n_rec / (t2 - t1):,.0f} records/s wall; load average {os.getloadavg()[0]:.1f})")
    print("merging on the generated truth: " + ", ".join(f"{k} {v:.3f}" for k, v in s.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
