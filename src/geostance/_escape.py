r"""Text made safe for the outputs: always encodable as UTF-8, and well-formed in XML.

The outputs must never fail on the text they carry, nor drop any of it silently. Two
kinds of characters need care, and both are written as visible Python-style escapes
(what `errors="backslashreplace"` writes), so a reader sees that something was there:

- surrogate code points (U+D800-U+DFFF), which no UTF-8 file can hold: a file name
  with an undecodable byte (`sys.argv` decodes it with `surrogateescape`), a title, a
  hand-built article. `utf8_safe` writes `\udcff`;
- characters XML 1.0 forbids: control characters other than tab, line feed and
  carriage return, U+FFFE and U+FFFF, and the surrogates. `xml_safe` writes `\x1f`,
  `\ufffe`.

Text without such characters (all the parser's output) comes back unchanged, as the
same object.
"""

from __future__ import annotations

import re

__all__ = ["find_surrogate", "utf8_safe", "xml_safe"]

_SURROGATES = re.compile("[\ud800-\udfff]")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Anything but XML 1.0's `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]."""


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def find_surrogate(text: str) -> re.Match[str] | None:
    """The first surrogate code point in `text`, or None."""
    return _SURROGATES.search(text)


def utf8_safe(text: str) -> str:
    r"""`text` with each surrogate code point written as its escape (`\udcff`), so it encodes as UTF-8."""
    return _SURROGATES.sub(_escape, text) if _SURROGATES.search(text) else text


def xml_safe(text: str) -> str:
    r"""`text` with each character XML 1.0 forbids written as its escape (`\x1f`, `\ufffe`, `\udcff`)."""
    return _NOT_XML.sub(_escape, text) if _NOT_XML.search(text) else text
