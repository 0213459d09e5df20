"""Find interface text in our templates that is not marked for translation.

Text between tags and the values of the attributes people read (``alt``, ``title``, ``aria-label``,
``placeholder``) must sit inside ``{% translate %}`` or ``{% blocktranslate %}``. What is left after
removing those, comments, other template tags, variables, scripts and styles must hold no words.

Run as a script to list what is missing: ``python tests/coachtraining/untranslated.py``.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"

BLOCK = re.compile(r"{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}", re.S)
COMMENT = re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|{#.*?#}", re.S)
TAG = re.compile(r"{%.*?%}|{{.*?}}", re.S)
SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
READ_ATTRS = re.compile(r'\b(alt|title|aria-label|placeholder)="([^"]*)"', re.I)
HTML_TAG = re.compile(r"<[^>]*>", re.S)
ENTITY = re.compile(r"&[a-z]+;|&#\d+;")
WORD = re.compile(r"[A-Za-z]{2,}")
# Names that are the same in every language.
ALLOWED = {"coachtraining"}


def untranslated(text: str) -> list[str]:
    text = COMMENT.sub(" ", text)
    text = BLOCK.sub(" ", text)
    text = SCRIPT.sub(" ", text)
    found = []
    for _name, value in READ_ATTRS.findall(text):
        if WORD.search(TAG.sub(" ", value)):
            found.append(value.strip())
    text = TAG.sub(" ", text)
    text = HTML_TAG.sub("\n", text)
    text = ENTITY.sub(" ", text)
    found += [line.strip() for line in text.splitlines() if WORD.search(line)]
    return [text for text in found if text not in ALLOWED]


def scan(root: Path = TEMPLATES) -> dict[str, list[str]]:
    report = {}
    for path in sorted(root.rglob("*")):
        if path.suffix in {".html", ".txt"} and path.is_file():
            if found := untranslated(path.read_text()):
                report[str(path.relative_to(root))] = found
    return report


if __name__ == "__main__":
    report = scan(Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATES)
    for name, found in report.items():
        print(name)
        for text in found:
            print("   ", text[:100])
    sys.exit(1 if report else 0)
