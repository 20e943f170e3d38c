/// The builtin type objects of one interpreter (types are per interpreter: no globals).
final class BuiltinTypes {
    let type: TypeObject
    let object: TypeObject
    let int: TypeObject
    let bool: TypeObject
    let float: TypeObject
    let str: TypeObject
    let list: TypeObject
    let tuple: TypeObject
    let dict: TypeObject
    let set: TypeObject
    let frozenset: TypeObject
    let noneType: TypeObject
    let notImplementedType: TypeObject
    let ellipsisType: TypeObject
    let function: TypeObject
    let builtinFunction: TypeObject
    let method: TypeObject
    let code: TypeObject
    let cell: TypeObject
    let module: TypeObject
    let range: TypeObject
    let slice: TypeObject
    let generator: TypeObject
    let property: TypeObject
    let staticMethod: TypeObject
    let classMethod: TypeObject
    let superType: TypeObject
    let traceback: TypeObject
    let frame: TypeObject
    let file: TypeObject
    let listIterator, tupleIterator, rangeIterator, strIterator, dictKeyIterator, dictValueIterator, dictItemIterator: TypeObject
    let setIterator, reversed, enumerate, zip, map, filter, callableIterator, sequenceIterator: TypeObject
    let dictKeys, dictValues, dictItems: TypeObject
    let mappingProxy: TypeObject
    /// The class attribute each `__slots__` entry makes.
    let memberDescriptor: TypeObject
    /// `C.__dict__` and `C.__weakref__` of a class that adds them to its instances.
    let getSetDescriptor: TypeObject
    let listReverseIterator, dictReverseKeyIterator, dictReverseValueIterator, dictReverseItemIterator: TypeObject
    /// `types.UnionType`, made by `int | str`.
    let unionType: TypeObject
    /// `types.GenericAlias`, made by `list[int]`: a tuple of (origin, args).
    let genericAlias: TypeObject
    /// The exception classes the VM checks most often, looked up once.
    private(set) var baseException, stopIteration, typeError, attributeError, keyError, indexError: TypeObject!
    /// Exception classes by name.
    var exceptions: [String: TypeObject] = [:]
    var all: [TypeObject] = []

    init() {
        let type = TypeObject(metatypeNamed: "type")
        self.type = type
        var made: [TypeObject] = [type]
        func make(_ name: String, _ layout: ObjectLayout, base: TypeObject?, subclassable: Bool = true) -> TypeObject {
            let t = TypeObject(type: type, name: name, layout: layout, isHeapType: false)
            if let base { t.bases = [base] }
            t.isBaseType = subclassable
            made.append(t)
            return t
        }
        object = make("object", .object, base: nil)
        type.bases = [object]
        int = make("int", .int, base: object)
        bool = make("bool", .bool, base: int, subclassable: false)
        float = make("float", .float, base: object)
        str = make("str", .str, base: object)
        list = make("list", .list, base: object)
        tuple = make("tuple", .tuple, base: object)
        dict = make("dict", .dict, base: object)
        set = make("set", .set, base: object)
        frozenset = make("frozenset", .frozenset, base: object)
        noneType = make("NoneType", .none, base: object, subclassable: false)
        notImplementedType = make("NotImplementedType", .notImplemented, base: object, subclassable: false)
        ellipsisType = make("ellipsis", .ellipsis, base: object, subclassable: false)
        function = make("function", .function, base: object, subclassable: false)
        builtinFunction = make("builtin_function_or_method", .nativeFunction, base: object, subclassable: false)
        method = make("method", .boundMethod, base: object, subclassable: false)
        code = make("code", .code, base: object, subclassable: false)
        cell = make("cell", .cell, base: object, subclassable: false)
        module = make("module", .module, base: object)
        range = make("range", .range, base: object, subclassable: false)
        slice = make("slice", .slice, base: object, subclassable: false)
        generator = make("generator", .generator, base: object, subclassable: false)
        property = make("property", .property, base: object)
        staticMethod = make("staticmethod", .staticMethod, base: object)
        classMethod = make("classmethod", .classMethod, base: object)
        superType = make("super", .superObject, base: object)
        traceback = make("traceback", .other, base: object, subclassable: false)
        frame = make("frame", .other, base: object, subclassable: false)
        file = make("TextIOWrapper", .file, base: object, subclassable: false)
        listIterator = make("list_iterator", .iterator, base: object, subclassable: false)
        tupleIterator = make("tuple_iterator", .iterator, base: object, subclassable: false)
        rangeIterator = make("range_iterator", .iterator, base: object, subclassable: false)
        strIterator = make("str_ascii_iterator", .iterator, base: object, subclassable: false)
        dictKeyIterator = make("dict_keyiterator", .iterator, base: object, subclassable: false)
        dictValueIterator = make("dict_valueiterator", .iterator, base: object, subclassable: false)
        dictItemIterator = make("dict_itemiterator", .iterator, base: object, subclassable: false)
        setIterator = make("set_iterator", .iterator, base: object, subclassable: false)
        reversed = make("reversed", .iterator, base: object)
        listReverseIterator = make("list_reverseiterator", .iterator, base: object, subclassable: false)
        dictReverseKeyIterator = make("dict_reversekeyiterator", .iterator, base: object, subclassable: false)
        dictReverseValueIterator = make("dict_reversevalueiterator", .iterator, base: object, subclassable: false)
        dictReverseItemIterator = make("dict_reverseitemiterator", .iterator, base: object, subclassable: false)
        enumerate = make("enumerate", .iterator, base: object)
        zip = make("zip", .iterator, base: object)
        map = make("map", .iterator, base: object)
        filter = make("filter", .iterator, base: object)
        callableIterator = make("callable_iterator", .iterator, base: object, subclassable: false)
        sequenceIterator = make("iterator", .iterator, base: object, subclassable: false)
        dictKeys = make("dict_keys", .iterator, base: object, subclassable: false)
        dictValues = make("dict_values", .iterator, base: object, subclassable: false)
        dictItems = make("dict_items", .iterator, base: object, subclassable: false)
        mappingProxy = make("mappingproxy", .iterator, base: object, subclassable: false)
        memberDescriptor = make("member_descriptor", .property, base: object, subclassable: false)
        getSetDescriptor = make("getset_descriptor", .property, base: object, subclassable: false)
        unionType = make("UnionType", .tuple, base: object, subclassable: false)
        genericAlias = make("GenericAlias", .tuple, base: object, subclassable: false)

        // The exception hierarchy.
        let hierarchy: [(String, String)] = [
            ("BaseException", "object"),
            ("Exception", "BaseException"),
            ("SystemExit", "BaseException"),
            ("KeyboardInterrupt", "BaseException"),
            ("GeneratorExit", "BaseException"),
            ("ArithmeticError", "Exception"),
            ("ZeroDivisionError", "ArithmeticError"),
            ("OverflowError", "ArithmeticError"),
            ("FloatingPointError", "ArithmeticError"),
            ("LookupError", "Exception"),
            ("KeyError", "LookupError"),
            ("IndexError", "LookupError"),
            ("AttributeError", "Exception"),
            ("NameError", "Exception"),
            ("UnboundLocalError", "NameError"),
            ("TypeError", "Exception"),
            ("ValueError", "Exception"),
            ("UnicodeError", "ValueError"),
            ("UnicodeDecodeError", "UnicodeError"),
            ("UnicodeEncodeError", "UnicodeError"),
            ("UnicodeTranslateError", "UnicodeError"),
            ("RuntimeError", "Exception"),
            ("RecursionError", "RuntimeError"),
            ("NotImplementedError", "RuntimeError"),
            ("StopIteration", "Exception"),
            ("StopAsyncIteration", "Exception"),
            ("AssertionError", "Exception"),
            ("ImportError", "Exception"),
            ("ModuleNotFoundError", "ImportError"),
            ("MemoryError", "Exception"),
            ("OSError", "Exception"),
            ("FileNotFoundError", "OSError"),
            ("FileExistsError", "OSError"),
            ("PermissionError", "OSError"),
            ("IsADirectoryError", "OSError"),
            ("NotADirectoryError", "OSError"),
            ("BlockingIOError", "OSError"),
            ("ChildProcessError", "OSError"),
            ("ConnectionError", "OSError"),
            ("BrokenPipeError", "ConnectionError"),
            ("ConnectionAbortedError", "ConnectionError"),
            ("ConnectionRefusedError", "ConnectionError"),
            ("ConnectionResetError", "ConnectionError"),
            ("InterruptedError", "OSError"),
            ("ProcessLookupError", "OSError"),
            ("TimeoutError", "OSError"),
            ("EOFError", "Exception"),
            ("ReferenceError", "Exception"),
            ("SyntaxError", "Exception"),
            ("IndentationError", "SyntaxError"),
            ("TabError", "IndentationError"),
            ("BufferError", "Exception"),
            ("LookupErrorPlaceholder", ""),
            ("Warning", "Exception"),
            ("UserWarning", "Warning"),
            ("DeprecationWarning", "Warning"),
            ("RuntimeWarning", "Warning"),
            ("SyntaxWarning", "Warning"),
            ("PendingDeprecationWarning", "Warning"),
            ("FutureWarning", "Warning"),
            ("ImportWarning", "Warning"),
            ("UnicodeWarning", "Warning"),
            ("BytesWarning", "Warning"),
            ("ResourceWarning", "Warning"),
            ("EncodingWarning", "Warning"),
            ("SystemError", "Exception"),
        ]
        var exceptions: [String: TypeObject] = [:]
        for (name, baseName) in hierarchy where !baseName.isEmpty {
            let base = baseName == "object" ? object : exceptions[baseName]!
            exceptions[name] = make(name, .exception, base: base)
        }
        self.exceptions = exceptions
        baseException = exceptions["BaseException"]
        stopIteration = exceptions["StopIteration"]
        typeError = exceptions["TypeError"]
        attributeError = exceptions["AttributeError"]
        keyError = exceptions["KeyError"]
        indexError = exceptions["IndexError"]
        for t in made {
            t.mro = BuiltinTypes.linearMRO(t)
        }
        all = made
    }

    /// Single-inheritance MRO of a builtin type.
    static func linearMRO(_ type: TypeObject) -> [TypeObject] {
        var result: [TypeObject] = []
        var current: TypeObject? = type
        while let t = current {
            result.append(t)
            current = t.bases.first
        }
        return result
    }

    func exception(_ name: String) -> TypeObject { exceptions[name]! }
}
