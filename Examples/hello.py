# The smallest Tern program, plus a taste of what it runs.
import sys

print("Hello from Tern!")
name = sys.argv[1] if len(sys.argv) > 1 else "world"
print(f"Hello, {name}!")

squares = {n: n * n for n in range(1, 6)}
print("squares:", squares)
print("sum of squares:", sum(squares.values()))
words = "the quick brown fox jumps over the lazy dog".split()
print("longest word:", max(words, key=len), "| sorted:", " ".join(sorted(set(words))))
