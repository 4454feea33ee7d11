#!/usr/bin/env python3
"""Writes estate.json, the example estate file: two properties, three buildings, 66 apartments.

Kvarteret Lärkan is the demo property (same keys, names and tag UIDs as the demo data) plus a second
building; Kvarteret Sparven is a second property with one building. Run: python3 generate-estate.py
"""
import json
from pathlib import Path

LAUNDRY_DAY = ["07:00-10:00", "10:00-13:00", "13:00-16:00", "16:00-19:00", "19:00-22:00"]


def apartments(first_digit, floors, per_floor, tags):
    """Swedish numbering: 1102 is floor 1, door 02. Tag UIDs spell the apartment: 11020001, 11020002."""
    result = []
    for floor in range(floors):
        for door in range(1, per_floor + 1):
            label = "%d%d%02d" % (first_digit, floor, door)
            apartment = {"label": label}
            if tags:
                apartment["tags"] = [tags(label, n) for n in (1, 2)]
            result.append(apartment)
    return result


larkan = {
    "key": "larkan",
    "name": "Kvarteret Lärkan",
    "timeZone": "Europe/Stockholm",
    "landlordPhone": "+46 8 123 456 78",
    "buildings": [
        {"key": "lg4", "address": "Lärkgatan 4",
         "apartments": apartments(1, 4, 6, lambda label, n: "%s%04d" % (label, n))},
        {"key": "lg6", "address": "Lärkgatan 6",
         "apartments": apartments(1, 4, 6, lambda label, n: "06%s%02X" % (label, n))},
    ],
    "doors": [
        {"key": "lg4-entrance", "name": "Entré Lärkgatan 4", "kind": "entrance", "building": "lg4"},
        {"key": "lg4-bike-room", "name": "Cykelrum", "kind": "bike-room", "building": "lg4"},
        {"key": "lg4-laundry-a", "name": "Tvättstuga A", "kind": "laundry", "building": "lg4"},
        {"key": "lg6-entrance", "name": "Entré Lärkgatan 6", "kind": "entrance", "building": "lg6"},
    ],
    "quotaGroups": [
        {"key": "tvatt", "name": "Tvättstugor", "maxFuture": 2, "maxPerDay": 1, "horizonDays": 28,
         "releaseAfterMinutes": 30},
        {"key": "traff", "name": "Träfflokal", "maxFuture": 1, "maxPerDay": 1, "horizonDays": 56,
         "releaseAfterMinutes": None},
    ],
    "objects": [
        {"key": "tvatt-a", "name": "Tvättstuga A", "names": {"en": "Laundry room A"}, "kind": "laundry",
         "door": "lg4-laundry-a", "quotaGroup": "tvatt", "slots": {"default": LAUNDRY_DAY}},
        {"key": "tvatt-b", "name": "Tvättstuga B", "names": {"en": "Laundry room B"}, "kind": "laundry",
         "quotaGroup": "tvatt", "slots": {"default": LAUNDRY_DAY, "sun": ["10:00-13:00", "13:00-16:00"]}},
        {"key": "traff", "name": "Träfflokal", "names": {"en": "Common room"}, "kind": "common-room",
         "quotaGroup": "traff", "slots": {"default": ["08:00-22:00"]}},
    ],
    "devices": [
        {"key": "board-1", "name": "Tvättstugan, tavla 1", "kind": "board",
         "objects": ["tvatt-a", "tvatt-b", "traff"], "doors": ["lg4-laundry-a"]},
        {"key": "board-2", "name": "Tvättstugan, tavla 2", "kind": "board",
         "objects": ["tvatt-a", "tvatt-b", "traff"], "doors": []},
        {"key": "door-1", "name": "Dörrstyrning Lärkgatan 4", "kind": "door",
         "doors": ["lg4-entrance", "lg4-bike-room", "lg4-laundry-a"]},
    ],
}

sparven = {
    "key": "sparven",
    "name": "Kvarteret Sparven",
    "timeZone": "Europe/Stockholm",
    "buildings": [
        {"key": "sg12", "address": "Sparvgatan 12",
         "apartments": apartments(1, 3, 6, lambda label, n: "5A%s%02X" % (label, n))},
    ],
    "doors": [
        {"key": "sg12-entrance", "name": "Entré Sparvgatan 12", "kind": "entrance", "building": "sg12",
         "openingHours": "always"},
        {"key": "sg12-laundry", "name": "Tvättstugan", "kind": "laundry", "building": "sg12"},
        {"key": "sg12-stroller", "name": "Barnvagnsrum", "kind": "stroller-room", "building": "sg12",
         "openingHours": "MON-SUN 06:00-23:00"},
    ],
    "quotaGroups": [
        {"key": "tvatt", "name": "Tvättstuga", "maxFuture": 2, "maxPerDay": 1, "horizonDays": 14,
         "releaseAfterMinutes": 20, "cancelHoursBefore": 2},
    ],
    "objects": [
        {"key": "tvatt", "name": "Tvättstugan", "names": {"en": "Laundry room", "ar": "غرفة الغسيل"},
         "kind": "laundry", "door": "sg12-laundry", "quotaGroup": "tvatt",
         "slots": {"default": ["07:00-11:00", "11:00-15:00", "15:00-19:00", "19:00-22:00"],
                   "sat": ["09:00-13:00", "13:00-17:00"], "sun": []}},
    ],
    "devices": [
        {"key": "sg12-board", "name": "Tvättstugan Sparvgatan 12", "kind": "board", "objects": ["tvatt"],
         "doors": ["sg12-laundry"]},
        {"key": "sg12-door", "name": "Dörrstyrning Sparvgatan 12", "kind": "door",
         "doors": ["sg12-entrance", "sg12-stroller"]},
    ],
}

estate = {"estateVersion": 1, "properties": [larkan, sparven]}
out = Path(__file__).with_name("estate.json")
out.write_text(json.dumps(estate, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print("wrote", out)
