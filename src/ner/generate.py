#!/usr/bin/env python3
"""Generates annotated training sentences for the organization name finder.

Organization names are combined from the word parts in parts.txt (invented names in English and
Spanish, with and without head words such as "Foundation") plus the canonical names and acronyms
of the project's registry; sentences come from templates-*.txt. Output is OpenNLP's name-finder
format, tokenized like opennlp.tools.tokenize.SimpleTokenizer:
  train.txt        training sentences
  test.txt         held-out sentences whose names also occur in training
  test-unseen.txt  held-out sentences whose invented names and templates never occur in training
The same --seed gives the same files.
"""
import argparse
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REGISTRY = os.path.join(HERE, "..", "main", "resources", "org", "reportparse", "annotate", "org", "registry.tsv")
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
TOKEN = re.compile(r"[^\W\d_]+|\d+|([^\w\s]|_)\1*")


def read_parts(path):
    parts, cur = {}, None
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            cur = line.strip("[]")
            parts[cur] = []
        else:
            parts[cur].append(line)
    return parts


def read_templates(path):
    return [l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]


def registry_names():
    out = []
    for line in open(REGISTRY, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        out.append(cols[0])
        if len(cols) > 1 and cols[1] not in ("", "-"):
            out.append(cols[1])
    return out


def name_patterns(p, rng):
    c = rng.choice
    return [
        lambda: f"{c(p['en_adj'])} {c(p['en_noun'])} {c(p['en_type'])}",
        lambda: f"{c(p['surname'])} {c(p['en_type'])}",
        lambda: f"{c(p['en_type'])} for {c(p['en_topic'])}",
        lambda: f"{c(p['en_noun'])} {c(p['en_type'])} of {c(p['place'])}",
        lambda: f"{c(p['en_noun'])} International",
        lambda: f"{c(p['en_noun'])} Without Borders",
        lambda: f"{c(p['en_adj'])} {c(p['en_noun'])}",
        lambda: f"Friends of {c(p['place'])}",
        lambda: f"{c(p['en_noun'])} {c(p['place'])}",
        lambda: "".join(rng.sample(p["syllable"], rng.choice([2, 3]))),
        lambda: f"{c(p['es_type'])} {c(p['es_noun'])}",
        lambda: f"{c(p['es_type'])} {c(p['es_noun'])} {c(p['es_adj'])}",
        lambda: f"{c(p['es_type'])} de {c(p['es_topic'])}",
        lambda: f"{c(p['es_type'])} {c(p['surname'])}",
        lambda: f"{c(p['es_bare'])} {c(p['es_noun'])}",
        lambda: f"{c(p['es_bare'])} {c(p['es_adj'])}",
        lambda: f"{c(p['force'])} de {c(p['place'])}",
        lambda: f"{c(p['es_type'])} {c(p['es_adj'])} de {c(p['es_topic'])}",
        lambda: f"{c(p['es_noun'])} {c(p['place'])}",
    ]


def tokens(text):
    return [m.group(0) for m in TOKEN.finditer(text)]


def fill(template, orgs, p, rng, spanish):
    """Returns the sentence as a list of (text, is_org) segments."""
    segs, pos = [], 0
    org_iter = iter(orgs)
    for m in re.finditer(r"\{(\w+)\}", template):
        segs.append((template[pos:m.start()], False))
        slot = m.group(1)
        if slot.startswith("ORG"):
            name = next(org_iter)
            if rng.random() < 0.08:
                segs.append(("“", False))
                segs.append((name, True))
                segs.append(("”", False))
            else:
                if rng.random() < 0.15 and not name.isupper():
                    segs.append(("the " if not spanish else "la ", False))
                segs.append((name, True))
        else:
            value = {
                "PERSON": lambda: rng.choice(p["person"]),
                "CITY": lambda: rng.choice(p["city"]),
                "PLACE": lambda: rng.choice(p["place"]),
                "TITLE": lambda: rng.choice(p["title_phrase"]),
                "EVENT": lambda: rng.choice(p["event"]),
                "GENERIC": lambda: rng.choice(p["generic"]),
                "NUM": lambda: str(rng.randint(12, 250)),
                "MONTH": lambda: rng.choice(MONTHS_ES if spanish else MONTHS_EN),
                "DAY": lambda: str(rng.randint(1, 28)),
            }[slot]()
            segs.append((value, False))
        pos = m.end()
    segs.append((template[pos:], False))
    return segs


def render(segs):
    out = []
    for text, is_org in segs:
        toks = tokens(text)
        if not toks:
            continue
        out.append("<START:organization> " + " ".join(toks) + " <END>" if is_org else " ".join(toks))
    return " ".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20051201)
    ap.add_argument("--out", default=os.path.join(HERE, "data"))
    ap.add_argument("--train", type=int, default=6000)
    ap.add_argument("--test", type=int, default=1000)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    p = read_parts(os.path.join(HERE, "parts.txt"))
    en = read_templates(os.path.join(HERE, "templates-en.txt"))
    es = read_templates(os.path.join(HERE, "templates-es.txt"))
    # a fifth of the templates is kept for test-unseen only
    rng.shuffle(en)
    rng.shuffle(es)
    en_out, en = en[: len(en) // 5], en[len(en) // 5:]
    es_out, es = es[: len(es) // 5], es[len(es) // 5:]
    patterns = name_patterns(p, rng)
    invented = set()
    while len(invented) < 2500:
        invented.add(rng.choice(patterns)())
    invented = sorted(invented)
    rng.shuffle(invented)
    unseen = invented[: len(invented) // 5]
    seen = invented[len(invented) // 5:]
    known = registry_names()
    seen_words = {w for n in seen for w in tokens(n)}

    def sentences(n, pool, with_registry, templates_en, templates_es):
        out = []
        for _ in range(n):
            spanish = rng.random() < 0.4
            template = rng.choice(templates_es if spanish else templates_en)
            k = len(re.findall(r"\{ORG\d?\}", template))
            orgs = [rng.choice(known) if with_registry and rng.random() < 0.25 else rng.choice(pool) for _ in range(k)]
            out.append(render(fill(template, orgs, p, rng, spanish)))
        return out

    os.makedirs(args.out, exist_ok=True)
    files = {
        "train.txt": sentences(args.train, seen, True, en, es),
        "test.txt": sentences(args.test, seen, True, en, es),
        "test-unseen.txt": sentences(args.test, unseen, False, en_out, es_out),
    }
    for name, lines in files.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    novel = sum(1 for n in unseen if not set(tokens(n)) <= seen_words)
    print(f"names: {len(seen)} for training, {len(unseen)} held out ({novel} with a word never seen in training)")
    for name, lines in files.items():
        print(f"{name}: {len(lines)} sentences")


if __name__ == "__main__":
    main()
