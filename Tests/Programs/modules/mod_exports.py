# Helper module with __all__
__all__ = ["public_func", "PUBLIC_CONST"]

PUBLIC_CONST = 3
OTHER_CONST = 4
_hidden = 5

def public_func():
    return "public"

def other_func():
    return "other"
