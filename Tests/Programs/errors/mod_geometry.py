# Helper module imported by import_helper_error.py (not a test itself)
PI_APPROX = 3.14159

def circle_area(radius):
    if radius < 0:
        raise ValueError(f'negative radius: {radius}')
    return PI_APPROX * radius * radius

def describe():
    return f'mod_geometry loaded as {__name__}'
