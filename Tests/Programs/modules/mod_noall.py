# Helper module without __all__
visible = "visible"
_invisible = "invisible"

def helper():
    return "helper"
