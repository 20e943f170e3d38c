# weakref docs, "Example": retrieve objects by id through a WeakValueDictionary without keeping them alive.
import weakref

_id2obj_dict = weakref.WeakValueDictionary()


def remember(obj):
    oid = id(obj)
    _id2obj_dict[oid] = obj
    return oid


def id2obj(oid):
    return _id2obj_dict[oid]


class Document:
    def __init__(self, title):
        self.title = title


report = Document("report")
letter = Document("letter")
ids = {"report": remember(report), "letter": remember(letter)}
print("ids are ints:", all(isinstance(oid, int) for oid in ids.values()))
print("id2obj(report id) is report:", id2obj(ids["report"]) is report)
print("id2obj(letter id).title:", id2obj(ids["letter"]).title)
print("remembered:", len(_id2obj_dict))
del letter
print("after the letter died:", len(_id2obj_dict))
try:
    id2obj(ids["letter"])
except KeyError:
    print("id2obj(letter id) raises KeyError")
print("the report is still there:", id2obj(ids["report"]).title)
