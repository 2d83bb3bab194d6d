"""How benchmarks/questions/*.jsonl were made: questions written by reading the sources (the seeds and the six
T17 dev topics), each with its acceptable answers; the supporting documents found by a pattern over each
input's sentences (the sentences that state the answer), then read and checked by hand. Questions the
sources do not answer have ``None`` and a pattern that checks nothing states it.

    python benchmarks/questions/label.py            # from the checkout; rewrites benchmarks/questions/*.jsonl

The patterns hold short quotes only to find the sentences; no source text is copied into the set.
"""

import gzip
import json
import re
import sys
from pathlib import Path

SHARED = Path("../shared")
T17 = "../shared/datasets/t17-dev"

# (question, answer(s), kind, support pattern over a sentence or None when the sources do not answer)
SEEDS = [
    (
        "When did Ukraine announce the capture of two Chinese fighters?",
        "2025-04-08",
        "date",
        r"(April 8|on April 8).*captur|captur.*on April 8|Zelensky said on April 8",
    ),
    (
        "When was Chang Renbo captured?",
        "2025-04-05",
        "date",
        r"on April 5 , he was captured|on April 5, he was captured",
    ),
    (
        "How many Chinese nationals are serving in Russia's armed forces, according to a Ukrainian intelligence document?",
        "163",
        "count",
        r"at least 163",
    ),
    ("When was Wang Guangjun born?", "1991", "date", r"Wang Guangjun, born in 1991"),
    ("What did Wang Guangjun work as in China?", "firefighter", "what", r"worked as a firefighter"),
    ("Where did Wang Guangjun arrive on February 5?", "Moscow", "place", r"arrived in Moscow"),
    (
        "When did Wang Guangjun sign a contract with the Russian army?",
        "2025-02-25",
        "date",
        r"contract with the Russian army on February 25",
    ),
    ("When did Chang Renbo arrive in Russia?", "2024-12-24", "date", r"arrived in Russia on December 24"),
    (
        "Where were the Chinese fighters operating when they were captured?",
        ["Tarasivka", "Bilohorivka", "Donetsk"],
        "place",
        r"Tarasivka and Bilohorivka|captured in the Donetsk region",
    ),
    (
        "Who published the new interrogation video on April 10?",
        "Volodymyr Zelensky",
        "person",
        r"video published on April 10 by President Volodymyr Zelensky",
    ),
    ("What weapon did the prisoner say he had?", ["AK-74", "Kalashnikov"], "what", r"Kalashnikov AK-74"),
    (
        "How many Chinese soldiers did Ukrainian defenders engage in battle with?",
        "6",
        "count",
        r"battle with six Chinese soldiers",
    ),
    (
        "When did the SBU carry out its first interrogation of the prisoners?",
        "2025-04-09",
        "date",
        r"first interrogation of the prisoners on April 9|it announced on April 9",
    ),
    ("How many foreigners were at the assembly point in Russia?", "20", "count", r"about 20 foreigners"),
    (
        "Who summoned the Chinese chargé d'affaires?",
        ["Ukrainian Foreign Ministry", "Foreign Ministry"],
        "organization",
        r"Foreign Ministry summoned",
    ),
    (
        "When was Chang Renbo transferred to occupied Donetsk?",
        "2025-02",
        "date",
        r"In early February, he was transferred",
    ),
    ("Where was Chang Renbo on December 28?", "Rostov", "place", r"December 28, he was in Rostov"),
    ("When was Chang Renbo born?", "1998", "date", r"Chang Renbo, born in 1998"),
    ("How much was Wang Guangjun paid by the Russian army?", None, "none", r"\bpaid\b|salary|rubles"),
    ("What is the name of the Russian officer who commanded the prisoner's unit?", None, "none", None),
]

MJ = [
    (
        "When did Michael Jackson die?",
        "2009-06-25",
        "date",
        r"died (on )?25 June ,? 2009|death on 25 June|died on 25 June",
    ),
    (
        "How old was Michael Jackson when he died?",
        "50",
        "age",
        r"aged 50|age of 50|50-year-old|\"fairly healthy '' 50-year-old",
    ),
    (
        "Who was Michael Jackson's personal doctor?",
        "Conrad Murray",
        "person",
        r"(personal )?(doctor|physician) ,? (Dr )?Conrad Murray|Dr Conrad Murray",
    ),
    ("What drug killed Michael Jackson?", "propofol", "what", r"propofol"),
    ("How much was Conrad Murray's bail?", "$75,000", "money", r"\$ 75,000"),
    (
        "How many years in prison was Conrad Murray sentenced to?",
        "4",
        "count",
        r"sentenced to four years|four-year (sentence|term)|gets four years",
    ),
    (
        "When was Conrad Murray sentenced?",
        "2011-11-29",
        "date",
        r"sentenced to four years|has been sentenced",
    ),
    (
        "When was Conrad Murray found guilty of involuntary manslaughter?",
        "2011-11-07",
        "date",
        [
            (r"found guilty|convicted", "2011-11-07", "2011-11-07"),
            r"7 November 2011 Dr Conrad Murray is found guilty",
        ],
    ),
    (
        "Which judge ordered Conrad Murray to stand trial?",
        "Michael Pastor",
        "person",
        r"Judge Michael Pastor (gave the ruling|ordered)",
    ),
    ("Where was Michael Jackson due to perform his comeback concerts?", ["O2", "London"], "place", r"O2"),
    ("How many albums has Sony sold since Jackson's death?", "31 million", "count", r"31 million"),
    ("How much was the Michael Jackson estate's record deal with Sony worth?", "$200m", "money", r"\$ 200m"),
    ("How old is Randy Jackson?", "48", "age", r"Jackson , 48"),
    (
        "Where was the Michael Jackson tribute concert held in October 2011?",
        "Cardiff",
        "place",
        r"concert in Cardiff|Cardiff concert|in Cardiff",
    ),
    (
        "Which bodyguard testified that the doctor told him to pick up vials?",
        "Alberto Alvarez",
        "person",
        r"Alberto Alvarez",
    ),
    ("Where was Michael Jackson buried?", ["Forest Lawn", "Glendale"], "place", r"Forest Lawn"),
    ("Where was Michael Jackson pronounced dead?", ["UCLA"], "place", r"pronounced dead .*UCLA"),
    ("How many concerts had Jackson been due to stage at the O2 arena?", "50", "count", r"50 concerts"),
    (
        "How old is Conrad Murray?",
        ["58", "57", "56", "51"],
        "age",
        r"Murray , 5[678]|56-year-old intends|51-year-old doctor",
    ),
    ("How old is Alberto Alvarez?", None, "none", r"Alvarez , \d\d|\d\d-year-old (bodyguard|Alvarez)"),
    ("How much did Michael Jackson weigh?", None, "none", r"weigh(ed|s)? \d|\d+ ?(lb|pounds|kg)\b"),
]

HAITI = [
    (
        "What was the magnitude of the Haiti earthquake?",
        "7.0",
        "measure",
        r"7\.0-magnitude|magnitude 7\.0|magnitude-7\.0|7\.0 magnitude",
    ),
    (
        "When did the earthquake strike Haiti?",
        "2010-01-12",
        "date",
        r"(struck|hit|quake) .*(on )?(Tuesday|12 January)|12 January|January 12",
    ),
    (
        "Where was the epicentre of the earthquake?",
        ["Leogane", "Port-au-Prince"],
        "place",
        r"epicentre (of the (magnitude|quake|earthquake)[^.]*)?(was|is) |Leogane - the epicentre|Leogane , the epicentre|at the epicentre of the quake",
    ),
    ("How much did the UN appeal for to help Haiti?", "$562m", "money", r"\$ 562m|\$ 562 million"),
    ("How old is Wismond Exantus Jean-Pierre?", "24", "age", r"Wismond .*24|Jean-Pierre , 24"),
    (
        "Who is the UN Special Envoy to Haiti?",
        "Bill Clinton",
        "person",
        r"Special Envoy to Haiti , Bill Clinton|Envoy .*Clinton|Clinton .*envoy",
    ),
    ("How much money has the Hope for Haiti Now telethon raised?", "$57m", "money", r"\$ 57m|\$ 57 million"),
    ("How many extra troops is the UN sending to Haiti?", "3,500", "count", r"3,500"),
    (
        "How old is the woman rescued after 10 days under the rubble?",
        "84",
        "age",
        r"who is 84|84-year-old|aged 84",
    ),
    ("Who hosted the Hope for Haiti Now benefit concert?", "George Clooney", "person", r"Clooney"),
    ("Who is the president of Haiti?", ["Rene Preval", "Preval"], "person", r"President Rene Preval|Preval"),
    ("How old is Charlie Simpson?", "7", "age", r"seven-year-old|Charlie .*seven"),
    ("How many prisoners are unaccounted for after the earthquake?", "4,000", "count", r"4,000 prisoners"),
    ("How many tents did aid agencies call for?", "200,000", "count", r"200,000 tents"),
    (
        "How far is Leogane from Port-au-Prince?",
        ["19km", "12 miles", "50km", "30 miles"],
        "measure",
        r"Leogane .*(19km|50km)",
    ),
    (
        "How deep was the earthquake's focus?",
        ["8km", "5 miles", "five miles"],
        "measure",
        r"depth -RRB- of just 8km|five miles underground",
    ),
    (
        "What were the magnitudes of the two strong aftershocks?",
        ["5.9 and 5.5"],
        "what",
        r"aftershocks of 5\.9 and 5\.5",
    ),
    ("Who is the US general commanding troops in Haiti?", ["Ken Keen", "Keen"], "person", r"Ken Keen"),
    ("How old is Bill Clinton?", None, "none", r"Clinton , \d\d|\d\d-year-old (former president|Clinton)"),
    ("How much money did France pledge to Haiti?", None, "none", r"France .*(pledg|promis)"),
    ("What was the name of the ship carrying UK aid supplies to Haiti?", ["Largs Bay"], "what", r"Largs Bay"),
    ("How old is John Travolta?", "55", "age", r"Travolta , 55"),
    ("How many people do the Haitian authorities say they have buried?", "40,000", "count", r"buried 40,000"),
]

H1N1 = [
    (
        "Who were the UK's first confirmed swine flu cases?",
        ["Iain and Dawn Askham", "Askham"],
        "person",
        r"first .*cases .*Askham|Askham .*first|Iain and Dawn Askham",
    ),
    ("Where are Iain and Dawn Askham from?", ["Polmont", "Falkirk"], "place", r"Askham , of Polmont|Polmont"),
    ("Which hospital were the two travellers admitted to in Scotland?", ["Monklands"], "place", r"Monklands"),
    (
        "How old is Edgar Hernandez?",
        "5",
        "age",
        r"Five-year-old Edgar|Edgar Hernandez , 5|5-year-old Edgar|five-year-old",
    ),
    ("What is the name of Edgar Hernandez's home village?", ["La Gloria"], "place", r"La Gloria"),
    ("Who is the Director General of the WHO?", "Margaret Chan", "person", r"Margaret Chan"),
    (
        "How old was the Mexican child who died of swine flu in Texas?",
        ["23 months", "23-month"],
        "age",
        r"23-month-old",
    ),
    (
        "Which antiviral drugs is the H1N1 virus sensitive to?",
        ["Tamiflu", "Relenza"],
        "what",
        r"Tamiflu and Relenza|Relenza and Tamiflu",
    ),
    (
        "Who is the Scottish Health Secretary?",
        "Nicola Sturgeon",
        "person",
        r"Health Secretary Nicola Sturgeon|Nicola Sturgeon",
    ),
    (
        "Who is Mexico's Health Secretary?",
        ["Jose Angel Cordova", "Jose Cordova", "Cordova"],
        "person",
        r"(?i)health secretary(?: ,)? Jos",
    ),
    ("How old was Jacqueline Fleming?", "38", "age", r"Fleming , 38|aged 38"),
    (
        "Where did Jacqueline Fleming die?",
        ["Royal Alexandra Hospital", "Paisley"],
        "place",
        r"Royal Alexandra Hospital",
    ),
    (
        "How many people were quarantined at the Hong Kong hotel?",
        "300",
        "count",
        r"300 people at a Hong Kong hotel",
    ),
    (
        "What was the name of the Hong Kong hotel placed under quarantine?",
        ["Metropark"],
        "what",
        r"Metropark",
    ),
    (
        "When did the World Health Organization declare a pandemic?",
        "2009-06-11",
        "date",
        r"declares swine flu pandemic|has formally declared|has declared a global flu pandemic|declared .*pandemic on Thursday|declared on Thursday that|On 11 June , the World Health Organization declared|a day after the World Health Organization declared",
    ),
    (
        "Until when were schools in and around Mexico City closed?",
        "2009-05-06",
        "date",
        r"closed until 6 May",
    ),
    (
        "How many pigs did Egypt order to be slaughtered?",
        ["250,000", "300,000", "400,000"],
        "count",
        r"(250,000|300,000-400 ,000) pigs",
    ),
    ("How old was Adela Maria Gutierrez?", "39", "age", r"Gutierrez , a 39-year-old"),
    ("How old is Iain Askham?", None, "none", r"Askham , \d|Askham , aged"),
]

EGYPT = [
    ("How old is Hosni Mubarak?", "82", "age", r"Mubarak , 82|82-year-old Mubarak"),
    (
        "Who did Mubarak appoint as vice president?",
        "Omar Suleiman",
        "person",
        r"appointed Omar Suleiman|Omar Suleiman .*(appointed|vice president|deputy)|Vice President Omar Suleiman",
    ),
    (
        "Who was appointed to form a new Egyptian government?",
        ["Ahmed Shafik", "Shafiq", "Shafik"],
        "person",
        r"Shafi[kq].*appointed to form|appointed to form .*Shafi[kq]|Shafi[kq] has been appointed|Prime Minister Ahmad Shafiq|Prime Minister Ahmed Shafik",
    ),
    (
        "Who is Egypt's defense minister?",
        ["Tantawi"],
        "person",
        r"defense minister , Gen\. Mohamad Tantawi|Defense Minister .*Tantawi",
    ),
    (
        "When did Hosni Mubarak step down?",
        "2011-02-11",
        "date",
        r"Mubarak (stepped|steps) down|Mubarak resigned|resignation of President Hosni Mubarak",
    ),
    (
        "What was the Facebook group named after Khaled Said called?",
        ["We Are All Khaled Said", "We Are All Kaled Sa'id"],
        "what",
        r"(?i)We Are All Kha?led Sa'?id",
    ),
    (
        "Which company does Wael Ghonim work for?",
        "Google",
        "organization",
        r"Ghonim , Google|Google executive Wael Ghonim|Google 's .*Ghonim",
    ),
    (
        "Where did Mubarak go on February 10?",
        ["Sharm el-Sheikh"],
        "place",
        r"Mubarak has gone to .*Sharm el-Sheikh|Sharm el-Sheikh",
    ),
    (
        "Whom did the Obama administration send to Egypt to meet officials?",
        "Frank Wisner",
        "person",
        r"Frank Wisner",
    ),
    (
        "How many people pledged to take part in the protest on the Facebook event page?",
        "90,000",
        "count",
        r"90,000 people",
    ),
    (
        "When did Mohamed ElBaradei return to Egypt?",
        "2011-01-27",
        "date",
        r"ElBaradei .*(returning|arrived in (Egypt|Cairo)) .*Thursday",
    ),
    (
        "Which CNN anchor was attacked near supporters of Mubarak?",
        "Anderson Cooper",
        "person",
        r"Anderson Cooper (reports on being attacked| and Hala Gorani)",
    ),
    (
        "How long had Mubarak been in power?",
        ["30 years", "three decades"],
        "measure",
        r"in power for three decades|30-year reign|30 years holding onto power|after 30 years",
    ),
    ("What is the name of Hosni Mubarak's wife?", None, "none", r"Suzanne Mubarak|Mubarak 's wife"),
    ("How old is Omar Suleiman?", None, "none", r"Suleiman , \d\d|\d\d-year-old Suleiman"),
]

FINAN = [
    (
        "How much did Bank of America pay for Merrill Lynch?",
        "$50 billion",
        "money",
        r"Merrill Lynch to Bank of America for about \$ 50 billion|\$ 50 billion.*Merrill|Merrill.*\$ 50 billion",
    ),
    ("How much was the emergency loan the government gave AIG?", "$85 billion", "money", r"\$ 85 [Bb]illion"),
    (
        "What share of AIG's stock did the Fed get in exchange for its loan?",
        ["80 percent", "79.9 percent"],
        "measure",
        r"80 percent of its stock|79\.9 percent",
    ),
    (
        "Who was the Treasury Secretary during the September 2008 crisis?",
        ["Henry M. Paulson", "Paulson"],
        "person",
        r"Treasury Secretary Henry M\. Paulson|Treasury Secretary Henry Paulson|Treasury Secretary Paulson",
    ),
    (
        "Who was president of the New York Fed in September 2008?",
        ["Timothy F. Geithner", "Geithner"],
        "person",
        r"New York Fed President Timothy F\. Geithner|Federal Reserve Bank of New York President Timothy|"
        r"N\.Y\. Fed President Geithner|New York Federal Reserve Bank President Timothy|of the New York Fed , Geithner",
    ),
    (
        "How large was the stimulus package Congress approved in February 2009?",
        "$787 billion",
        "money",
        r"\$ 787 billion",
    ),
    (
        "How much did J.P. Morgan Chase pay for Washington Mutual?",
        "$1.9 billion",
        "money",
        r"\$ 1\.9 billion",
    ),
    (
        "How big was the bailout of financial firms proposed by the Bush administration?",
        "$700 billion",
        "money",
        r"\$ 700 billion (bailout|rescue|plan|financial)",
    ),
    (
        "When did Lehman Brothers file for bankruptcy?",
        "2008-09-15",
        "date",
        r"after filing for bankruptcy , Lehman",
    ),
    ("How old is Henry Paulson?", "62", "age", r"Paulson , 62"),
    ("How old is Timothy Geithner?", "47", "age", r"Geithner , 47"),
    ("How old is Ben Bernanke?", "54", "age", r"Bernanke , 54"),
    ("How old is Richard Fuld?", None, "none", r"Fuld , \d\d|\d\d-year-old Fuld"),
    (
        "Who was chairman of the Federal Reserve?",
        ["Ben S. Bernanke", "Bernanke"],
        "person",
        r"(Fed|Federal Reserve) Chairman Ben (S\. )?Bernanke",
    ),
    (
        "When did Congress approve the $787 billion stimulus package?",
        "2009-02-13",
        "date",
        r"Congress yesterday approved a \$ 787 billion",
    ),
]

BPOIL = [
    (
        "When did the Deepwater Horizon rig explode?",
        "2010-04-20",
        "date",
        r"(explo|blast|blew up|fire).*(20 April|April 20)|(20 April|April 20).*(explo|blast)",
    ),
    (
        "How many workers were killed in the Deepwater Horizon explosion?",
        "11",
        "count",
        r"\b11 (workers|men|people|rig workers|crew)|killing 11|killed 11|eleven (workers|men)",
    ),
    (
        "Who owns the Deepwater Horizon rig?",
        "Transocean",
        "organization",
        r"Transocean , which owns the rig|operated by Transocean|owned by Transocean|Transocean-owned|Transocean 's Deepwater Horizon",
    ),
    (
        "Who is BP's chief executive?",
        "Tony Hayward",
        "person",
        r"chief executive ,? Tony Hayward|chief executive Tony Hayward|Tony Hayward , BP 's chief executive|BP CEO Tony Hayward",
    ),
    ("How old is Tony Hayward?", "53", "age", r"Hayward , 53"),
    (
        "Who will run BP's compensation fund?",
        ["Kenneth Feinberg", "Ken Feinberg", "Feinberg"],
        "person",
        r"run by Kenneth Feinberg|Feinberg .*(run|administer|oversee)|(administrator|head) .*Feinberg",
    ),
    (
        "When did the Deepwater Horizon rig sink?",
        "2010-04-22",
        "date",
        r"sank on 22 April|sank on April 22|sank .*April 22",
    ),
    (
        "When was the flow of oil from the well stopped?",
        "2010-07-15",
        "date",
        [
            r"(capped|stopped|halted) on 15 July|(capped|stopped|halted) on July 15|15 July : With the sealing cap",
            (
                r"(stopped|stop) the flow.*(Thursday|first time)|flow (of oil )?was stopped|flow was stopped",
                "2010-07-15",
                "2010-07-16",
            ),
        ],
    ),
    (
        "How long a moratorium on deepwater drilling did Obama announce?",
        "six months",
        "measure",
        r"for six months|six-month moratorium|six-month ban",
    ),
    (
        "Who is expected to replace Tony Hayward as BP chief executive?",
        ["Bob Dudley", "Robert Dudley", "Dudley"],
        "person",
        r"replace (Mr )?Hayward .*Dudley|Dudley .*(replace|succeed) .*Hayward",
    ),
    (
        "How much money did BP agree to put into a compensation fund?",
        "$20 billion",
        "money",
        r"\$ 20 ?(bn|billion) (compensation |escrow )?(fund|account)|fund of \$ 20 ?(bn|billion)|\$ 20 ?(bn|billion) .*(fund|compensation)",
    ),
    (
        "Which US Coast Guard admiral is leading the response?",
        "Thad Allen",
        "person",
        r"Admiral Thad Allen|Adm\. Thad Allen|Coast Guard Adm.* Allen",
    ),
    (
        "How far off the Louisiana coast was the oil slick on April 29?",
        ["50 miles", "80km"],
        "measure",
        r"about 50 miles -LRB- 80km -RRB- off Louisiana",
    ),
    (
        "What was the name of the BP chairman?",
        ["Carl-Henric Svanberg", "Svanberg"],
        "person",
        r"chairman ,? Carl-Henric Svanberg|Svanberg , (BP 's )?chairman",
    ),
    ("How many workers were on board the rig when it exploded?", "126", "count", r"126 workers"),
    ("How old is Bob Dudley?", "54", "age", r"Dudley , 54"),
    ("Who was the captain of the Deepwater Horizon?", "Curt Kuchta", "person", r"Kuchta"),
]

STORIES = [
    ("seeds", ["../shared/seeds"], SEEDS),
    ("mj", [f"{T17}/MJ/articles.jsonl.gz"], MJ),
    ("haiti", [f"{T17}/haiti/articles.jsonl.gz"], HAITI),
    ("h1n1", [f"{T17}/H1N1/articles.jsonl.gz"], H1N1),
    ("egypt", [f"{T17}/EgyptianProtest/articles.jsonl.gz"], EGYPT),
    ("finan", [f"{T17}/Finan/articles.jsonl.gz"], FINAN),
    ("bpoil", [f"{T17}/bpoil/articles.jsonl.gz"], BPOIL),
]


def docs(inputs):
    for spec in inputs:
        path = SHARED / spec.removeprefix("../shared/")  # the inputs are named relative to the checkout
        if path.is_dir():
            for f in sorted(path.iterdir()):
                text = f.read_text()
                yield f.name, text.split()[1], re.split(r"(?<=[.!?\"”])\s+|\n+", text)
        else:
            for line in gzip.open(path, "rt"):
                a = json.loads(line)
                yield a["id"], a["published"], a["text"].split("\n")


def main(show: str | None) -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/questions")
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for story, inputs, questions in STORIES:
        corpus = list(docs(inputs))
        lines = []
        for question, answer, kind, pattern in questions:
            support: list[str] = []
            hits = []
            specs = pattern if isinstance(pattern, list) else [pattern] if pattern else []
            for spec in specs:
                rx, lo, hi = (
                    (re.compile(spec[0]), spec[1], spec[2])
                    if isinstance(spec, tuple)
                    else (re.compile(spec), "0", "9")
                )
                for doc_id, published, sentences in corpus:
                    if not lo <= published <= hi:
                        continue
                    found = [s for s in sentences if rx.search(s)]
                    if found:
                        if doc_id not in support:
                            support.append(doc_id)
                        hits.extend((doc_id, s) for s in found)
            answers = answer if isinstance(answer, list) or answer is None else [answer]
            if answers is None:
                print(f"[{story}] UNANSWERABLE {question}: probe hits {len(hits)}")
                for d, s in hits[:4]:
                    print("     ", d, s[:200])
                support = []
            else:
                print(f"[{story}] {question} -> {answers}: {len(support)} docs, {len(hits)} sentences")
                if show and show in question or not support:
                    for d, s in hits[:8]:
                        print("     ", d, s[:220])
            lines.append(
                {
                    "question": question,
                    "answer": answers,
                    "kind": kind,
                    "support": support,
                    "inputs": inputs,
                    "story": story,
                }
            )
        total += len(lines)
        with open(out / f"{story}.jsonl", "w") as f:
            for line in lines:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("total", total)


if __name__ == "__main__":
    main(sys.argv[2] if len(sys.argv) > 2 else None)
