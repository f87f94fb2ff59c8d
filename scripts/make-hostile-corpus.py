#!/usr/bin/env python3
"""Writes tests/hostile/: malformed and adversarial questionnaires and answers
files. Every one must make every command exit 1 with a FILE:LINE:COLUMN
message, no panic and no output file (see tests/hostile.rs)."""
import os

root = os.path.join(os.path.dirname(__file__), "..", "tests", "hostile")
Q = os.path.join(root, "questionnaires")
A = os.path.join(root, "answers")
os.makedirs(Q, exist_ok=True)
os.makedirs(A, exist_ok=True)

GOOD_Q = """id: essai
version: "1.0"
lang: fr
title: "Essai"
scale:
  - label: Bas
  - label: Haut
themes:
  - id: t
    title: Thème
    questions:
      - id: q1
        text: Question ?
"""
GOOD_A = """questionnaire: ia-gouvernance
version: "2026.1"
department: Direction des finances
answers:
  strategie-feuille-de-route:
    choice: 2
"""

def bomb():
    s = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    prev = "a"
    for i in range(9):
        s += f"b{i}: &b{i} [{','.join(['*' + prev] * 9)}]\n"
        prev = f"b{i}"
    return s

common = {
    "empty.yaml": b"",
    "whitespace-only.yaml": b"   \n\t\n  \n",
    "comment-only.yaml": b"# rien\n",
    "bom-only.yaml": b"\xef\xbb\xbf",
    "scalar.yaml": b"bonjour\n",
    "list.yaml": b"- a\n- b\n",
    "alias-bomb.yaml": bomb().encode(),
    "deep-flow.yaml": b"[" * 100_000,
    "deep-block.yaml": "".join(f"{'  ' * i}k{i}:\n" for i in range(300)).encode(),
    "deep-seq.yaml": ("a:\n" + "".join(f"{' ' * i}- \n" for i in range(300))).encode(),
    "invalid-utf8.yaml": "title: \"Strat\xe9gie\"\n".encode("latin-1"),
    "utf16.yaml": "id: essai\n".encode("utf-16"),
    "nul-byte.yaml": b"id: es\x00sai\n",
    "binary-junk.yaml": bytes((i * 2654435761 >> 13) & 0xFF for i in range(20_000)),
    "tabs.yaml": b"id: essai\nthemes:\n\t- id: t\n",
    "unclosed-quote.yaml": b'title: "pas fini\nid: x\n',
    "undefined-alias.yaml": b"id: *nulle-part\n",
    "two-documents.yaml": b"id: a\n---\nid: b\n",
    "custom-tag.yaml": b"id: !danger essai\n",
    "long-line.yaml": ("title: \"" + "x" * 200_000 + "\n").encode(),
    "control-chars.yaml": b"id: \x1b[31messai\x07\n",
}
for name, data in common.items():
    for d in (Q, A):
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)

questionnaires = {
    "duplicate-keys.yaml": GOOD_Q.replace('title: "Essai"\n', 'title: "Essai"\ntitle: "Encore"\n'),
    "duplicate-ids.yaml": GOOD_Q + "      - id: q1\n        text: Encore ?\n",
    "wrong-types.yaml": "id: [1]\nversion: {a: b}\nlang: 3\ntitle: [x]\nscale: oui\nthemes: 12\n",
    "numbers-as-strings.yaml": GOOD_Q.replace("    title: Thème\n", "    title: Thème\n    weight: \"2\"\n"),
    "strings-as-numbers.yaml": GOOD_Q.replace('version: "1.0"', "version: 1.0").replace('title: "Essai"', "title: 12"),
    "unknown-fields.yaml": GOOD_Q.replace("    title: Thème\n", "    title: Thème\n    weigth: 2\n    poids: 3\n"),
    "bad-scores.yaml": GOOD_Q + "        options:\n          - label: a\n            score: -1\n          - label: b\n            score: 1e308\n",
    "nan-weight.yaml": GOOD_Q.replace("    title: Thème\n", "    title: Thème\n    weight: .nan\n"),
    "zero-levels.yaml": GOOD_Q.replace("  - label: Bas\n  - label: Haut\n", "  []\n").replace("scale:\n  []", "scale: []"),
    "null-everywhere.yaml": "id:\nversion:\nlang:\ntitle:\nscale:\nthemes:\n",
    "merge-keys.yaml": GOOD_Q.replace("    title: Thème\n", "    <<: {title: Autre}\n    title: Thème\n    zz: 1\n"),
}
for name, text in questionnaires.items():
    with open(os.path.join(Q, name), "w", encoding="utf-8") as f:
        f.write(text)

answers = {
    "duplicate-answer.yaml": GOOD_A + "  strategie-feuille-de-route:\n    choice: 4\n",
    "wrong-types.yaml": "questionnaire: [1]\nversion: 2026.1\ndepartment: {a: b}\nanswers: [1, 2]\n",
    "choice-as-string.yaml": GOOD_A.replace("choice: 2", 'choice: "2"'),
    "choice-float.yaml": GOOD_A.replace("choice: 2", "choice: 1.5"),
    "choice-negative.yaml": GOOD_A.replace("choice: 2", "choice: -1"),
    "choice-huge.yaml": GOOD_A.replace("choice: 2", "choice: 99999999999999999999999999999999999999999"),
    "choice-nan.yaml": GOOD_A.replace("choice: 2", "choice: .nan"),
    "choice-out-of-range.yaml": GOOD_A.replace("choice: 2", "choice: 5"),
    "unknown-question.yaml": GOOD_A + "  question-inventee: na\n",
    "bad-word.yaml": GOOD_A + "  donnees-dpo: peut-être\n",
    "other-questionnaire.yaml": GOOD_A.replace("questionnaire: ia-gouvernance", "questionnaire: autre"),
    "other-version.yaml": GOOD_A.replace('version: "2026.1"', 'version: "1999.1"'),
    "bad-date.yaml": GOOD_A.replace("answers:", "date: 2026-02-30\nanswers:"),
    "date-as-number.yaml": GOOD_A.replace("answers:", "date: 20261004\nanswers:"),
    "empty-department.yaml": GOOD_A.replace("department: Direction des finances", 'department: "   "'),
    "missing-fields.yaml": "answers:\n  strategie-feuille-de-route: na\n",
    "unknown-fields.yaml": GOOD_A.replace("    choice: 2", "    choice: 2\n    commentaire: x"),
    "answer-as-list.yaml": GOOD_A.replace("  strategie-feuille-de-route:\n    choice: 2", "  strategie-feuille-de-route: [2]"),
    "numeric-key.yaml": GOOD_A + "  12: na\n",
}
for name, text in answers.items():
    with open(os.path.join(A, name), "w", encoding="utf-8") as f:
        f.write(text)
print(len(os.listdir(Q)), "questionnaires,", len(os.listdir(A)), "answers files")
