# Helper module importing another helper module
import mod_state
from mod_greeting import greet

def register(name):
    mod_state.add(name)
    return greet(name)
