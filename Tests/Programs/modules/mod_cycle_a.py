# Helper: imports mod_cycle_b, which imports this module back
print("mod_cycle_a: start")
A_EARLY = "a-early"
import mod_cycle_b
A_LATE = "a-late"

def from_a():
    return "from_a sees " + mod_cycle_b.B_VALUE
print("mod_cycle_a: end")
