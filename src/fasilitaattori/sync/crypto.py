"""Passphrase encryption of a whole bundle: AES-256-GCM with a key derived by scrypt.

Layout: MAGIC (8 bytes) | scrypt log2(n), r, p (3 bytes) | salt (16) | nonce (12) | ciphertext
with the GCM tag. The header is authenticated too, so changing any byte fails the check.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..errors import FasilitaattoriError

MAGIC = b"FASIENC1"
_LOG_N, _R, _P = 15, 8, 1  # 32 MiB and about 0.1 s per derivation on a laptop
_HEADER = len(MAGIC) + 3 + 16 + 12
MAX_PASSPHRASE = 1024


class PassphraseError(FasilitaattoriError):
    """The bundle is encrypted and the passphrase is missing or wrong."""


class WrongPassphraseError(PassphraseError):
    """The passphrase does not open the bundle (or the bundle was altered)."""


def is_encrypted(head: bytes) -> bool:
    return head.startswith(MAGIC)


def _key(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2 ** log_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def check_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise PassphraseError("The passphrase is empty.")
    if len(passphrase) > MAX_PASSPHRASE:
        raise PassphraseError("The passphrase is too long (at most {limit} characters).", limit=MAX_PASSPHRASE)


def encrypt(data: bytes, passphrase: str) -> bytes:
    check_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = MAGIC + bytes((_LOG_N, _R, _P)) + salt + nonce
    return header + AESGCM(_key(passphrase, salt, _LOG_N, _R, _P)).encrypt(nonce, data, header)


def decrypt(data: bytes, passphrase: str | None) -> bytes:
    if not passphrase:
        raise PassphraseError("This bundle is encrypted; give its passphrase to open it.")
    check_passphrase(passphrase)
    if len(data) < _HEADER + 16:
        raise PassphraseError("The encrypted bundle is cut short; ask for a new copy.")
    header = data[:_HEADER]
    log_n, r, p = header[8], header[9], header[10]
    if not (10 <= log_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4):
        raise PassphraseError("The encrypted bundle has settings this version does not accept.")
    salt, nonce = header[11:27], header[27:39]
    try:
        return AESGCM(_key(passphrase, salt, log_n, r, p)).decrypt(nonce, data[_HEADER:], header)
    except InvalidTag:
        raise WrongPassphraseError("The passphrase is wrong, or the bundle was changed after it was encrypted."
                              ) from None
