"""Folding: the key a name is looked up by, shared by scripts/fetch-gazetteer.sh (every name of
cities500.pmg) and scripts/fetch-subdivision-names.sh (the subdivision names it matches to places).
Sources/Gazetteer/NameFolding.swift does exactly the same to a query; a test checks the two agree
on every place's name.
  1. NFKD (compatibility forms, full-width letters and ligatures become plain ones), lower case,
     NFKD again (a few lower-case letters decompose);
  2. remove the combining diacritical marks (U+0300-036F, 1AB0-1AFF, 1DC0-1DFF, 20D0-20FF,
     FE20-FE2F) and what is left of the spacing modifier letters (U+02B0-02FF: apostrophes,
     primes, the okina); Thai, Indic and other scripts' marks stay, they spell the word;
  3. replace the Latin letters that do not decompose (ß ss, đ d, ð d, ø o, ł l, æ ae, œ oe,
     þ th, ı i, ħ h, ŧ t) and the final sigma;
  4. keep only letters, marks and digits (spaces, hyphens, dots, apostrophes go), then NFC.
"""
import unicodedata

LETTERS = {"ß": "ss", "đ": "d", "ð": "d", "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th",
           "ı": "i", "ħ": "h", "ŧ": "t", "ς": "σ"}

def dropped(c):
    o = ord(c)
    return (0x300 <= o <= 0x36F or 0x1AB0 <= o <= 0x1AFF or 0x1DC0 <= o <= 0x1DFF
            or 0x20D0 <= o <= 0x20FF or 0xFE20 <= o <= 0xFE2F or 0x2B0 <= o <= 0x2FF)

def fold(text):
    t = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).lower())
    t = "".join(LETTERS.get(c, c) for c in t if not dropped(c))
    t = "".join(c for c in t if unicodedata.category(c)[0] in "LMN")
    return unicodedata.normalize("NFC", t)
