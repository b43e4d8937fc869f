"""Reading every page of a closed SQLCipher 4 file, decrypted, for tests that prove erased text is
gone from the file itself (not merely unreachable through SQL).

sqlcipher3's SQLite is built without the ``sqlite_dbpage`` virtual table (it would need
``SQLITE_ENABLE_DBPAGE_VTAB``), so the pages are decrypted here, with SQLCipher 4's default
format: the first 16 bytes of the file are the KDF salt; the key is PBKDF2-HMAC-SHA512 of the
passphrase (256,000 iterations, 32 bytes); each 4,096-byte page ends in a reserve of 80 bytes,
a 16-byte IV and a 64-byte HMAC-SHA512 over the encrypted page and IV followed by the page
number (4 bytes, little-endian), keyed by PBKDF2 (2 iterations) of the key with the salt
XOR 0x3a. The page body is AES-256-CBC. Every page's HMAC is checked, so a wrong passphrase
or a format change fails loudly instead of yielding noise that contains no canary.

AES comes from ``cryptography`` (installed with keyring's SecretStorage backend on Linux).
Free pages, unused cells and the search index's pages are all included: whatever SQL can no
longer reach but the bytes still hold is found here.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from pathlib import Path

from mentordesk.domain.passphrase import normalise

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
KDF_ITERATIONS = 256_000
HMAC_KDF_ITERATIONS = 2
HMAC_SALT_MASK = 0x3A
SQLITE_HEADER = b"SQLite format 3\x00"


class PageError(Exception):
    """A page whose HMAC does not match: wrong passphrase, damage, or another format."""


def _keys(passphrase: str, salt: bytes) -> tuple[bytes, bytes]:
    secret = normalise(passphrase).encode("utf-8")
    key = hashlib.pbkdf2_hmac("sha512", secret, salt, KDF_ITERATIONS, 32)
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, hmac_salt, HMAC_KDF_ITERATIONS, 32)
    return key, hmac_key


def pages(path: Path, passphrase: str) -> Iterator[bytes]:
    """Every page of the file at ``path``, decrypted (page 1 starts with the SQLite header)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = Path(path).read_bytes()
    if len(data) % PAGE_SIZE:
        raise PageError(f"{path} is not a whole number of {PAGE_SIZE}-byte pages")
    key, hmac_key = _keys(passphrase, data[:SALT_SIZE])
    for index in range(len(data) // PAGE_SIZE):
        page = data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
        start = SALT_SIZE if index == 0 else 0
        body_end = PAGE_SIZE - RESERVE
        iv = page[body_end : body_end + IV_SIZE]
        stored = page[PAGE_SIZE - HMAC_SIZE :]
        number = (index + 1).to_bytes(4, "little")
        mac = hmac.new(hmac_key, page[start : PAGE_SIZE - HMAC_SIZE] + number, "sha512")
        if not hmac.compare_digest(mac.digest(), stored):
            raise PageError(f"page {index + 1} of {path} does not verify with this passphrase")
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain = decryptor.update(page[start:body_end]) + decryptor.finalize()
        yield (SQLITE_HEADER if index == 0 else b"") + plain + bytes(RESERVE)


def plaintext(path: Path, passphrase: str) -> bytes:
    """All pages of the file, decrypted and joined."""
    return b"".join(pages(path, passphrase))


def contains(path: Path, passphrase: str, needle: str) -> bool:
    """Whether ``needle`` is anywhere in the decrypted file, as UTF-8 (as typed, and lower
    case: the search index keeps its words in lower case)."""
    raw = plaintext(path, passphrase)
    return any(form.encode("utf-8") in raw for form in {needle, needle.lower()})
