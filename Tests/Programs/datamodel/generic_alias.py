# list[int] and friends (weakref types included) make types.GenericAlias: repr, __origin__/__args__, calls, unions, isinstance refusal
import weakref
def f(x: list[int], r: weakref.ref[int], d: weakref.WeakKeyDictionary[str, int]) -> dict[str, list[int]]:
    return {}
print(f.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], tuple[()], set[frozenset[int]])
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__, list[int].__name__)
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(weakref.WeakSet[int], weakref.WeakValueDictionary[str, int], weakref.ref[int])
print(list[int] | None, int | list[str])
class L(list): pass
print(L[int])
for bad in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: int[str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(type(list[int]))
print(type(int | str))
