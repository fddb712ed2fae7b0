"""Generate ``src/geostance/data/states.json``: the 193 UN member states, the 2 observer states and 2 more.

The two more are states with limited recognition that news treats as states and our
annotation counts as states: Taiwan (ISO 3166-1 TW/TWN) and Kosovo (the user-assigned
codes XK/XKX that the EU, the IMF and ISO's own users take; pycountry has no entry).

ISO 3166-1 codes and official names come from pycountry; everything pycountry does not give
(the short name English news uses, other written forms, capitals and seats of government,
demonym adjectives, UN status) is the hand-written ``OVERLAY`` below.

Run from the repository root (needs ``pip install pycountry``)::

    python tools/build_states.py

The output is deterministic: running it twice gives the same bytes.
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
from pathlib import Path
from typing import NamedTuple

import pycountry

VERSION = "2026.12.08"
OUT = Path(__file__).resolve().parent.parent / "src" / "geostance" / "data" / "states.json"
OBSERVERS = frozenset({"VAT", "PSE"})
LIMITED_RECOGNITION = frozenset({"TWN", "XKX"})
EXPECTED_COUNT = 197
# Codes for states pycountry does not list (user-assigned ISO 3166-1 codes): alpha-3 -> alpha-2.
USER_ASSIGNED = {"XKX": "XK"}
# pycountry names that are ambiguous between states: never generated as aliases. A hand-written
# alias may still list one (bare "Congo" for both Congos, DRC first: the gazetteer then follows the
# article, taking the Republic of the Congo where the text names it).
AMBIGUOUS_NAMES = frozenset({"Congo"})


class Entry(NamedTuple):
    """Hand-written facts for one state (alpha-3 is the key in ``OVERLAY``)."""

    name: str
    aliases: tuple[str, ...]
    capitals: tuple[str, ...]
    adjectives: tuple[str, ...]
    official: str | None = None


# Official names for states where pycountry has none, or only an inverted "X, Y of" form.
# Aliases here are added to the official name and the clean pycountry names, which the
# script adds itself. Capitals deliberately omitted: Victoria (Seychelles) and unaccented
# "Male" (Maldives) are everyday English words or common personal names; city-states whose
# capital has the state's own name list no separate capital unless a distinct form exists.
OVERLAY: dict[str, Entry] = {
    "AFG": Entry("Afghanistan", (), ("Kabul",), ("Afghan",)),
    "AGO": Entry("Angola", (), ("Luanda",), ("Angolan",)),
    "ALB": Entry("Albania", (), ("Tirana", "Tiranë"), ("Albanian",)),
    "AND": Entry("Andorra", (), ("Andorra la Vella",), ("Andorran",)),
    "ARE": Entry("United Arab Emirates", ("UAE", "U.A.E.", "the Emirates"), ("Abu Dhabi",), ("Emirati",)),
    "ARG": Entry("Argentina", (), ("Buenos Aires",), ("Argentine", "Argentinian")),
    "ARM": Entry("Armenia", (), ("Yerevan",), ("Armenian",)),
    "ATG": Entry("Antigua and Barbuda", ("Antigua & Barbuda",), ("St. John's", "Saint John's"), ("Antiguan",)),
    "AUS": Entry("Australia", ("Commonwealth of Australia",), ("Canberra",), ("Australian",)),
    "AUT": Entry("Austria", (), ("Vienna",), ("Austrian",)),
    "AZE": Entry("Azerbaijan", (), ("Baku",), ("Azerbaijani", "Azeri")),
    "XKX": Entry(
        "Kosovo",
        ("Republic of Kosovo",),
        ("Pristina", "Prishtina", "Priština"),
        ("Kosovar", "Kosovan"),
        "Republic of Kosovo",
    ),
    "TWN": Entry("Taiwan", ("Republic of China", "ROC"), ("Taipei",), ("Taiwanese",), "Republic of China"),
    "BDI": Entry("Burundi", (), ("Gitega", "Bujumbura"), ("Burundian",)),
    "BEL": Entry("Belgium", (), ("Brussels",), ("Belgian",)),
    "BEN": Entry("Benin", (), ("Porto-Novo", "Cotonou"), ("Beninese",)),
    "BFA": Entry("Burkina Faso", ("Burkina",), ("Ouagadougou",), ("Burkinabe", "Burkinabè")),
    "BGD": Entry("Bangladesh", (), ("Dhaka",), ("Bangladeshi",)),
    "BGR": Entry("Bulgaria", (), ("Sofia",), ("Bulgarian",)),
    "BHR": Entry("Bahrain", (), ("Manama",), ("Bahraini",)),
    "BHS": Entry("Bahamas", ("The Bahamas",), ("Nassau",), ("Bahamian",)),
    "BIH": Entry("Bosnia and Herzegovina", ("Bosnia", "Bosnia-Herzegovina"), ("Sarajevo",), ("Bosnian",)),
    "BLR": Entry("Belarus", (), ("Minsk",), ("Belarusian", "Belarussian")),
    "BLZ": Entry("Belize", (), ("Belmopan",), ("Belizean",)),
    "BOL": Entry("Bolivia", (), ("La Paz", "Sucre"), ("Bolivian",)),
    "BRA": Entry("Brazil", (), ("Brasília", "Brasilia"), ("Brazilian",)),
    "BRB": Entry("Barbados", (), ("Bridgetown",), ("Barbadian", "Bajan")),
    "BRN": Entry("Brunei", ("Sultanate of Brunei",), ("Bandar Seri Begawan",), ("Bruneian",)),
    "BTN": Entry("Bhutan", (), ("Thimphu",), ("Bhutanese",)),
    "BWA": Entry("Botswana", (), ("Gaborone",), ("Botswanan", "Motswana")),
    "CAF": Entry("Central African Republic", (), ("Bangui",), ("Central African",)),
    "CAN": Entry("Canada", (), ("Ottawa",), ("Canadian",)),
    "CHE": Entry("Switzerland", (), ("Bern", "Berne"), ("Swiss",)),
    "CHL": Entry("Chile", (), ("Santiago",), ("Chilean",)),
    "CHN": Entry(
        "China", ("PRC", "Chinese Communist Party", "Communist Party of China", "CCP"), ("Beijing",), ("Chinese",)
    ),
    "CIV": Entry(
        "Ivory Coast", ("Cote d'Ivoire", "Republic of Cote d'Ivoire"), ("Yamoussoukro", "Abidjan"), ("Ivorian",)
    ),
    "CMR": Entry("Cameroon", (), ("Yaoundé", "Yaounde"), ("Cameroonian",)),
    "COD": Entry(
        "Democratic Republic of the Congo",
        ("DRC", "D.R.C.", "DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"),
        ("Kinshasa",),
        ("Congolese",),
        official="Democratic Republic of the Congo",
    ),
    "COG": Entry(
        "Republic of the Congo",
        ("Republic of Congo", "Congo Republic", "Congo-Brazzaville", "Congo Brazzaville", "Congo"),
        ("Brazzaville",),
        ("Congolese",),
    ),
    "COL": Entry("Colombia", (), ("Bogotá", "Bogota"), ("Colombian",)),
    "COM": Entry("Comoros", (), ("Moroni",), ("Comorian", "Comoran")),
    "CPV": Entry("Cape Verde", (), ("Praia",), ("Cape Verdean", "Cabo Verdean")),
    "CRI": Entry("Costa Rica", (), ("San José", "San Jose"), ("Costa Rican",)),
    "CUB": Entry("Cuba", ("Communist Party of Cuba",), ("Havana",), ("Cuban",)),
    "CYP": Entry("Cyprus", (), ("Nicosia",), ("Cypriot", "Greek Cypriot")),
    "CZE": Entry("Czech Republic", (), ("Prague",), ("Czech",)),
    "DEU": Entry("Germany", (), ("Berlin",), ("German",)),
    "DJI": Entry("Djibouti", (), ("Djibouti City",), ("Djiboutian",)),
    "DMA": Entry("Dominica", (), ("Roseau",), ("Dominican",)),
    "DNK": Entry("Denmark", (), ("Copenhagen",), ("Danish",)),
    "DOM": Entry("Dominican Republic", (), ("Santo Domingo",), ("Dominican",)),
    "DZA": Entry("Algeria", (), ("Algiers",), ("Algerian",)),
    "ECU": Entry("Ecuador", (), ("Quito",), ("Ecuadorian", "Ecuadorean")),
    "EGY": Entry("Egypt", (), ("Cairo",), ("Egyptian",)),
    "ERI": Entry("Eritrea", (), ("Asmara",), ("Eritrean",)),
    "ESP": Entry("Spain", (), ("Madrid",), ("Spanish",)),
    "EST": Entry("Estonia", (), ("Tallinn",), ("Estonian",)),
    "ETH": Entry("Ethiopia", (), ("Addis Ababa",), ("Ethiopian",)),
    "FIN": Entry("Finland", (), ("Helsinki",), ("Finnish",)),
    "FJI": Entry("Fiji", (), ("Suva",), ("Fijian",)),
    "FRA": Entry("France", (), ("Paris",), ("French",)),
    "FSM": Entry("Micronesia", (), ("Palikir",), ("Micronesian",)),
    "GAB": Entry("Gabon", (), ("Libreville",), ("Gabonese",)),
    "GBR": Entry("United Kingdom", ("UK", "U.K.", "Britain", "Great Britain"), ("London",), ("British",)),
    "GEO": Entry("Georgia", (), ("Tbilisi",), ("Georgian",)),
    "GHA": Entry("Ghana", (), ("Accra",), ("Ghanaian",)),
    "GIN": Entry("Guinea", ("Guinea-Conakry",), ("Conakry",), ("Guinean",)),
    "GMB": Entry("Gambia", ("The Gambia",), ("Banjul",), ("Gambian",)),
    "GNB": Entry("Guinea-Bissau", ("Guinea Bissau",), ("Bissau",), ("Bissau-Guinean",)),
    "GNQ": Entry("Equatorial Guinea", (), ("Malabo",), ("Equatorial Guinean", "Equatoguinean")),
    "GRC": Entry("Greece", (), ("Athens",), ("Greek",)),
    "GRD": Entry("Grenada", (), ("St. George's", "Saint George's"), ("Grenadian",)),
    "GTM": Entry("Guatemala", (), ("Guatemala City",), ("Guatemalan",)),
    "GUY": Entry("Guyana", (), ("Georgetown",), ("Guyanese",)),
    "HND": Entry("Honduras", (), ("Tegucigalpa",), ("Honduran",)),
    "HRV": Entry("Croatia", (), ("Zagreb",), ("Croatian",)),
    "HTI": Entry("Haiti", (), ("Port-au-Prince",), ("Haitian",)),
    "HUN": Entry("Hungary", (), ("Budapest",), ("Hungarian",)),
    "IDN": Entry("Indonesia", (), ("Jakarta",), ("Indonesian",)),
    "IND": Entry("India", ("Bharat",), ("New Delhi",), ("Indian",)),
    "IRL": Entry("Ireland", ("Republic of Ireland",), ("Dublin",), ("Irish",)),
    "IRN": Entry("Iran", (), ("Tehran", "Teheran"), ("Iranian",)),
    "IRQ": Entry("Iraq", (), ("Baghdad",), ("Iraqi",)),
    "ISL": Entry("Iceland", (), ("Reykjavik", "Reykjavík"), ("Icelandic",)),
    "ISR": Entry("Israel", (), ("Jerusalem",), ("Israeli",)),
    "ITA": Entry("Italy", (), ("Rome",), ("Italian",)),
    "JAM": Entry("Jamaica", (), ("Kingston",), ("Jamaican",)),
    "JOR": Entry("Jordan", (), ("Amman",), ("Jordanian",)),
    "JPN": Entry("Japan", (), ("Tokyo",), ("Japanese",)),
    "KAZ": Entry("Kazakhstan", ("Qazaqstan",), ("Astana", "Nur-Sultan"), ("Kazakh", "Kazakhstani")),
    "KEN": Entry("Kenya", (), ("Nairobi",), ("Kenyan",)),
    "KGZ": Entry("Kyrgyzstan", (), ("Bishkek",), ("Kyrgyz", "Kyrgyzstani")),
    "KHM": Entry("Cambodia", (), ("Phnom Penh",), ("Cambodian",)),
    "KIR": Entry("Kiribati", (), ("Tarawa", "South Tarawa"), ("I-Kiribati",)),
    "KNA": Entry(
        "Saint Kitts and Nevis",
        ("St Kitts and Nevis", "St. Kitts and Nevis", "Federation of Saint Christopher and Nevis"),
        ("Basseterre",),
        ("Kittitian", "Nevisian"),
    ),
    "KOR": Entry(
        "South Korea", ("ROK", "Republic of Korea"), ("Seoul",), ("South Korean",), official="Republic of Korea"
    ),
    "KWT": Entry("Kuwait", (), ("Kuwait City",), ("Kuwaiti",)),
    "LAO": Entry("Laos", ("Lao PDR", "Lao People's Revolutionary Party"), ("Vientiane",), ("Laotian", "Lao")),
    "LBN": Entry("Lebanon", (), ("Beirut",), ("Lebanese",)),
    "LBR": Entry("Liberia", (), ("Monrovia",), ("Liberian",)),
    "LBY": Entry("Libya", ("State of Libya",), ("Tripoli",), ("Libyan",)),
    "LCA": Entry("Saint Lucia", ("St Lucia", "St. Lucia"), ("Castries",), ("Saint Lucian", "St Lucian")),
    "LIE": Entry("Liechtenstein", (), ("Vaduz",), ("Liechtensteiner",)),
    "LKA": Entry("Sri Lanka", (), ("Sri Jayawardenepura Kotte", "Colombo"), ("Sri Lankan",)),
    "LSO": Entry("Lesotho", (), ("Maseru",), ("Basotho", "Mosotho")),
    "LTU": Entry("Lithuania", (), ("Vilnius",), ("Lithuanian",)),
    "LUX": Entry("Luxembourg", (), ("Luxembourg City",), ("Luxembourgish", "Luxembourger")),
    "LVA": Entry("Latvia", (), ("Riga",), ("Latvian",)),
    "MAR": Entry("Morocco", (), ("Rabat",), ("Moroccan",)),
    "MCO": Entry("Monaco", (), (), ("Monégasque", "Monegasque")),
    "MDA": Entry("Moldova", (), ("Chișinău", "Chisinau"), ("Moldovan",)),
    "MDG": Entry("Madagascar", (), ("Antananarivo",), ("Malagasy",)),
    "MDV": Entry("Maldives", (), ("Malé",), ("Maldivian",)),
    "MEX": Entry("Mexico", (), ("Mexico City",), ("Mexican",)),
    "MHL": Entry("Marshall Islands", (), ("Majuro",), ("Marshallese",)),
    "MKD": Entry(
        "North Macedonia",
        ("Republic of Macedonia", "Former Yugoslav Republic of Macedonia", "FYROM"),
        ("Skopje",),
        ("North Macedonian", "Macedonian"),
    ),
    "MLI": Entry("Mali", (), ("Bamako",), ("Malian",)),
    "MLT": Entry("Malta", (), ("Valletta",), ("Maltese",)),
    "MMR": Entry(
        "Myanmar",
        ("Burma", "Republic of the Union of Myanmar"),
        ("Naypyidaw", "Naypyitaw", "Nay Pyi Taw"),
        ("Burmese",),
    ),
    "MNE": Entry("Montenegro", (), ("Podgorica",), ("Montenegrin",)),
    "MNG": Entry("Mongolia", (), ("Ulaanbaatar", "Ulan Bator"), ("Mongolian",)),
    "MOZ": Entry("Mozambique", (), ("Maputo",), ("Mozambican",)),
    "MRT": Entry("Mauritania", (), ("Nouakchott",), ("Mauritanian",)),
    "MUS": Entry("Mauritius", (), ("Port Louis",), ("Mauritian",)),
    "MWI": Entry("Malawi", (), ("Lilongwe",), ("Malawian",)),
    "MYS": Entry("Malaysia", (), ("Kuala Lumpur", "Putrajaya"), ("Malaysian",)),
    "NAM": Entry("Namibia", (), ("Windhoek",), ("Namibian",)),
    "NER": Entry("Niger", (), ("Niamey",), ("Nigerien",)),
    "NGA": Entry("Nigeria", (), ("Abuja",), ("Nigerian",)),
    "NIC": Entry("Nicaragua", (), ("Managua",), ("Nicaraguan",)),
    "NLD": Entry("Netherlands", ("The Netherlands", "Holland"), ("Amsterdam", "The Hague"), ("Dutch",)),
    "NOR": Entry("Norway", (), ("Oslo",), ("Norwegian",)),
    "NPL": Entry("Nepal", (), ("Kathmandu",), ("Nepali", "Nepalese")),
    "NRU": Entry("Nauru", (), ("Yaren",), ("Nauruan",)),
    "NZL": Entry("New Zealand", ("Aotearoa",), ("Wellington",), ("New Zealander",)),
    "OMN": Entry("Oman", (), ("Muscat",), ("Omani",)),
    "PAK": Entry("Pakistan", (), ("Islamabad",), ("Pakistani",)),
    "PAN": Entry("Panama", (), ("Panama City",), ("Panamanian",)),
    "PER": Entry("Peru", (), ("Lima",), ("Peruvian",)),
    "PHL": Entry("Philippines", (), ("Manila",), ("Philippine", "Filipino")),
    "PLW": Entry("Palau", (), ("Ngerulmud",), ("Palauan",)),
    "PNG": Entry("Papua New Guinea", (), ("Port Moresby",), ("Papua New Guinean",)),
    "POL": Entry("Poland", (), ("Warsaw",), ("Polish",)),
    "PRK": Entry(
        "North Korea", ("DPRK", "D.P.R.K.", "Workers' Party of Korea", "WPK"), ("Pyongyang",), ("North Korean",)
    ),
    "PRT": Entry("Portugal", (), ("Lisbon",), ("Portuguese",)),
    "PRY": Entry("Paraguay", (), ("Asunción", "Asuncion"), ("Paraguayan",)),
    "PSE": Entry(
        "Palestine",
        ("Palestinian Authority", "Palestinian National Authority"),
        ("Ramallah", "East Jerusalem"),
        ("Palestinian",),
    ),
    "QAT": Entry("Qatar", (), ("Doha",), ("Qatari",)),
    "ROU": Entry("Romania", (), ("Bucharest",), ("Romanian",)),
    "RUS": Entry("Russia", (), ("Moscow",), ("Russian",)),
    "RWA": Entry("Rwanda", ("Republic of Rwanda",), ("Kigali",), ("Rwandan",)),
    "SAU": Entry("Saudi Arabia", (), ("Riyadh",), ("Saudi", "Saudi Arabian")),
    "SDN": Entry("Sudan", (), ("Khartoum", "Port Sudan"), ("Sudanese",)),
    "SEN": Entry("Senegal", (), ("Dakar",), ("Senegalese",)),
    "SGP": Entry("Singapore", (), (), ("Singaporean",)),
    "SLB": Entry("Solomon Islands", ("Solomons",), ("Honiara",), ("Solomon Islander",)),
    "SLE": Entry("Sierra Leone", (), ("Freetown",), ("Sierra Leonean",)),
    "SLV": Entry("El Salvador", (), ("San Salvador",), ("Salvadoran", "Salvadorean")),
    "SMR": Entry("San Marino", (), ("City of San Marino",), ("Sammarinese",)),
    "SOM": Entry("Somalia", (), ("Mogadishu",), ("Somali", "Somalian")),
    "SRB": Entry("Serbia", (), ("Belgrade",), ("Serbian",)),
    "SSD": Entry("South Sudan", (), ("Juba",), ("South Sudanese",)),
    "STP": Entry("São Tomé and Príncipe", (), ("São Tomé", "Sao Tome"), ("Santomean", "São Toméan")),
    "SUR": Entry("Suriname", ("Surinam",), ("Paramaribo",), ("Surinamese",)),
    "SVK": Entry("Slovakia", (), ("Bratislava",), ("Slovak", "Slovakian")),
    "SVN": Entry("Slovenia", (), ("Ljubljana",), ("Slovenian", "Slovene")),
    "SWE": Entry("Sweden", (), ("Stockholm",), ("Swedish",)),
    "SWZ": Entry("Eswatini", ("Swaziland", "Kingdom of Swaziland"), ("Mbabane", "Lobamba"), ("Swazi",)),
    "SYC": Entry("Seychelles", (), (), ("Seychellois",)),
    "SYR": Entry("Syria", (), ("Damascus",), ("Syrian",)),
    "TCD": Entry("Chad", (), ("N'Djamena", "Ndjamena"), ("Chadian",)),
    "TGO": Entry("Togo", (), ("Lomé", "Lome"), ("Togolese",)),
    "THA": Entry("Thailand", (), ("Bangkok",), ("Thai",)),
    "TJK": Entry("Tajikistan", (), ("Dushanbe",), ("Tajik", "Tajikistani")),
    "TKM": Entry("Turkmenistan", (), ("Ashgabat", "Ashkhabad"), ("Turkmen", "Turkmenistani")),
    "TLS": Entry("East Timor", (), ("Dili",), ("East Timorese", "Timorese")),
    "TON": Entry("Tonga", (), ("Nuku'alofa",), ("Tongan",)),
    "TTO": Entry("Trinidad and Tobago", ("Trinidad",), ("Port of Spain",), ("Trinidadian", "Tobagonian")),
    "TUN": Entry("Tunisia", (), ("Tunis",), ("Tunisian",)),
    "TUR": Entry("Turkey", ("Turkiye", "Republic of Turkey"), ("Ankara",), ("Turkish",)),
    "TUV": Entry("Tuvalu", (), ("Funafuti",), ("Tuvaluan",)),
    "TZA": Entry("Tanzania", (), ("Dodoma", "Dar es Salaam"), ("Tanzanian",)),
    "UGA": Entry("Uganda", (), ("Kampala",), ("Ugandan",)),
    "UKR": Entry("Ukraine", (), ("Kyiv", "Kiev"), ("Ukrainian",)),
    "URY": Entry("Uruguay", (), ("Montevideo",), ("Uruguayan",)),
    "USA": Entry(
        "United States",
        ("US", "U.S.", "USA", "U.S.A.", "America"),
        ("Washington", "Washington, D.C.", "Washington DC"),
        ("American",),
    ),
    "UZB": Entry("Uzbekistan", (), ("Tashkent",), ("Uzbek", "Uzbekistani")),
    "VAT": Entry("Holy See", ("Vatican", "Vatican City State"), ("Vatican City",), ("Papal",), official="Holy See"),
    "VCT": Entry(
        "Saint Vincent and the Grenadines",
        ("St Vincent and the Grenadines", "St. Vincent and the Grenadines"),
        ("Kingstown",),
        ("Vincentian",),
    ),
    "VEN": Entry("Venezuela", (), ("Caracas",), ("Venezuelan",)),
    "VNM": Entry(
        "Vietnam", ("Socialist Republic of Vietnam", "Communist Party of Vietnam"), ("Hanoi",), ("Vietnamese",)
    ),
    "VUT": Entry("Vanuatu", (), ("Port Vila",), ("Ni-Vanuatu",)),
    "WSM": Entry("Samoa", (), ("Apia",), ("Samoan",)),
    "YEM": Entry("Yemen", (), ("Sanaa", "Sana'a", "Aden"), ("Yemeni",)),
    "ZAF": Entry("South Africa", (), ("Pretoria", "Cape Town", "Bloemfontein"), ("South African",)),
    "ZMB": Entry("Zambia", (), ("Lusaka",), ("Zambian",)),
    "ZWE": Entry("Zimbabwe", (), ("Harare",), ("Zimbabwean",)),
}


def _clean(name: str | None) -> str | None:
    """Return a pycountry name usable as written text, or None for inverted/parenthesised forms."""
    if not name or "," in name or "(" in name:
        return None
    return name.removeprefix("the ")


def _dedupe(items: list[str], exclude: set[str]) -> list[str]:
    seen = set(exclude)
    out: list[str] = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def build_state(alpha3: str, entry: Entry) -> dict[str, object]:
    """Merge the pycountry record for ``alpha3`` with its overlay entry."""
    if alpha3 in USER_ASSIGNED:
        return _user_assigned(alpha3, entry)
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        raise SystemExit(f"pycountry has no country {alpha3}")
    official = entry.official or _clean(getattr(country, "official_name", None)) or _clean(country.name)
    if official is None:
        raise SystemExit(f"{alpha3}: no usable official name; set Entry.official")
    generated = [official, _clean(country.name), _clean(getattr(country, "common_name", None))]
    generated_aliases = [a for a in generated if a and a not in AMBIGUOUS_NAMES]
    aliases = _dedupe(generated_aliases + list(entry.aliases), {entry.name})
    return {
        "id": alpha3,
        "name": entry.name,
        "official_name": official,
        "alpha2": country.alpha_2,
        "alpha3": country.alpha_3,
        "un_status": _status(alpha3),
        "aliases": aliases,
        "capitals": list(entry.capitals),
        "adjectives": list(entry.adjectives),
    }


def _status(alpha3: str) -> str:
    if alpha3 in OBSERVERS:
        return "observer"
    return "limited recognition" if alpha3 in LIMITED_RECOGNITION else "member"


def _user_assigned(alpha3: str, entry: Entry) -> dict[str, object]:
    """A state pycountry does not list: its codes are the user-assigned ones in ``USER_ASSIGNED``."""
    if entry.official is None:
        raise SystemExit(f"{alpha3}: a user-assigned state needs Entry.official")
    return {
        "id": alpha3,
        "name": entry.name,
        "official_name": entry.official,
        "alpha2": USER_ASSIGNED[alpha3],
        "alpha3": alpha3,
        "un_status": _status(alpha3),
        "aliases": _dedupe([entry.official, *entry.aliases], {entry.name}),
        "capitals": list(entry.capitals),
        "adjectives": list(entry.adjectives),
    }


def build() -> dict[str, object]:
    """Build the whole states.json document."""
    if len(OVERLAY) != EXPECTED_COUNT:
        raise SystemExit(f"overlay has {len(OVERLAY)} states, expected {EXPECTED_COUNT}")
    states = [build_state(code, OVERLAY[code]) for code in sorted(OVERLAY)]
    pyc = importlib.metadata.version("pycountry")
    return {
        "version": VERSION,
        "description": (
            "Sovereign states: the 193 United Nations member states, the 2 non-member observer states "
            "(Holy See, State of Palestine) and 2 states with limited recognition (Taiwan, Kosovo), with the "
            "names, capitals and demonym adjectives English news uses."
        ),
        "sources": [
            f"pycountry {pyc} (ISO 3166-1 alpha-2/alpha-3 codes and official names)",
            "United Nations list of Member States and non-member observer States",
            "Taiwan and Kosovo: states with limited recognition; Kosovo's XK/XKX are user-assigned ISO 3166-1 codes",
            "tools/build_states.py hand-written overlay (news short names, aliases, capitals, adjectives)",
        ],
        "states": states,
    }


def main() -> int:
    """Write states.json and report how many states it holds."""
    doc = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(doc['states'])} states)")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
