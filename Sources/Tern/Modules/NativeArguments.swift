/// Argument checking for functions written in Swift, with CPython's wording.
extension Interpreter {
    /// How a builtin reports a wrong number of arguments. CPython's C functions
    /// use one wording for single-argument functions and another for the rest.
    enum ArityStyle {
        /// "len() takes exactly one argument (2 given)"
        case singleArgument
        /// "divmod expected 2 arguments, got 1"
        case counted
    }

    /// Checks the positional count (and that no keywords were given, unless allowed).
    /// `receiverCount` is 1 for methods whose range counts only the arguments after `self`.
    func checkArity(_ args: Arguments, _ name: String, _ range: ClosedRange<Int>,
                    style: ArityStyle = .counted, keywords: Bool = false, receiverCount: Int = 0) throws(ScriptError) {
        if !keywords && args.keywordCount > 0 {
            throw makeError("TypeError", "\(name)() takes no keyword arguments")
        }
        let n = args.count - receiverCount
        if range.contains(n) { return }
        if range.upperBound == 0 {
            throw makeError("TypeError", "\(name)() takes no arguments (\(n) given)")
        }
        if style == .singleArgument && range.lowerBound == 1 && range.upperBound == 1 {
            throw makeError("TypeError", "\(name)() takes exactly one argument (\(n) given)")
        }
        func plural(_ k: Int) -> String { k == 1 ? "argument" : "arguments" }
        if range.lowerBound == range.upperBound {
            throw makeError("TypeError", "\(name) expected \(range.lowerBound) \(plural(range.lowerBound)), got \(n)")
        }
        if n < range.lowerBound {
            throw makeError("TypeError", "\(name) expected at least \(range.lowerBound) \(plural(range.lowerBound)), got \(n)")
        }
        throw makeError("TypeError", "\(name) expected at most \(range.upperBound) \(plural(range.upperBound)), got \(n)")
    }

    /// Rejects keyword arguments other than `allowed`, as CPython's argument clinic does.
    func checkKeywords(_ args: Arguments, _ name: String, allowed: [String]) throws(ScriptError) {
        for (keyword, _) in args.keywords where !allowed.contains(keyword) {
            throw makeError("TypeError", "'\(keyword)' is an invalid keyword argument for \(name)()")
        }
    }

    /// A positional argument, or the keyword of the same name.
    func argument(_ args: Arguments, _ position: Int, _ keyword: String) -> Value? {
        if position < args.count { return args[position] }
        return args.keyword(keyword)
    }

    /// The owned values of `args` from `start` on, as a tuple.
    func positionalTuple(_ args: Arguments, from start: Int) -> Value {
        var items = ContiguousArray<Value>()
        if start < args.count {
            for i in start..<args.count { items.append(args[i].retained()) }
        }
        return makeTuple(items)
    }

    /// Whether a value is a str object (or a subclass instance).
    func requireStr(_ v: Value, _ what: @autoclosure () -> String) throws(ScriptError) -> StrObject {
        if let s = v.asStr { return s }
        throw makeError("TypeError", what())
    }
}
