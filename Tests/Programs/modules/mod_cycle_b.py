# Helper: imports mod_cycle_a while mod_cycle_a is still initializing
print("mod_cycle_b: start")
import mod_cycle_a
print("mod_cycle_b sees A_EARLY:", mod_cycle_a.A_EARLY)
print("mod_cycle_b sees A_LATE yet:", hasattr(mod_cycle_a, "A_LATE"))
B_VALUE = "b-value"

def from_b():
    return "from_b sees " + mod_cycle_a.A_LATE
print("mod_cycle_b: end")
