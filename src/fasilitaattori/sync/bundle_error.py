"""The one error an unacceptable bundle raises: what is wrong with it, in one sentence."""

from __future__ import annotations

from ..errors import FasilitaattoriError


class BundleError(FasilitaattoriError):
    """A bundle that cannot be imported, with the reason in one sentence."""
