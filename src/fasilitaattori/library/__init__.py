"""The built-in method library (data in `resources/methods/`, no Qt)."""

from fasilitaattori.library.loader import (
    CATEGORIES,
    LANGUAGES,
    BuiltinMethod,
    MethodLibraryError,
    builtin_methods_in,
    load_builtin_methods,
    load_method_file,
)

__all__ = [
    "CATEGORIES",
    "LANGUAGES",
    "BuiltinMethod",
    "MethodLibraryError",
    "builtin_methods_in",
    "load_builtin_methods",
    "load_method_file",
]
