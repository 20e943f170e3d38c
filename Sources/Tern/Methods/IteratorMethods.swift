/// `__next__` and `__iter__` of the builtin iterator types (list_iterator, enumerate, zip, map, ...),
/// so scripts can call `it.__next__()` or look the methods up as CPython allows.
extension Interpreter {
    func installIteratorMethods() {
        let iterators = [types.listIterator, types.tupleIterator, types.rangeIterator, types.strIterator, types.dictKeyIterator,
                         types.dictValueIterator, types.dictItemIterator, types.setIterator, types.reversed,
                         types.listReverseIterator, types.dictReverseKeyIterator, types.dictReverseValueIterator,
                         types.dictReverseItemIterator, types.enumerate, types.zip, types.map, types.filter,
                         types.callableIterator, types.sequenceIterator]
        for type in iterators {
            let dict = type.dict!
            let owner = type.name
            define(dict, "__next__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                guard args.values.count > 0, args[0].asObject(IteratorObject.self) != nil else {
                    throw vm.makeError("TypeError", "descriptor '__next__' requires a '\(owner)' object")
                }
                guard let item = try vm.nextFromIterator(args[0]) else { throw vm.makeError("StopIteration", nil) }
                return item
            }
            define(dict, "__iter__", owner: owner) { (vm, args) throws(ScriptError) -> Value in
                guard args.values.count > 0, args[0].asObject(IteratorObject.self) != nil else {
                    throw vm.makeError("TypeError", "descriptor '__iter__' requires a '\(owner)' object")
                }
                return args[0].retained()
            }
        }
    }
}
