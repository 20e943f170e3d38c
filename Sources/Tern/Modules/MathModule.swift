#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// The `math` module.
extension Interpreter {
    func makeMathModule() -> ModuleObject {
        let module = makeModule("math")
        let dict = module.dict
        for (name, value) in [("pi", Double.pi), ("e", M_E), ("tau", 2 * Double.pi), ("inf", Double.infinity), ("nan", Double.nan)] {
            dict.setString(intern(name), .float(value), heap)
        }
        defineFloatFunctions(dict)
        defineRoundingFunctions(dict)
        defineLogarithms(dict)
        defineFloatDecomposition(dict)
        defineIntegerFunctions(dict)
        defineSums(dict)
        return module
    }

    // MARK: Argument conversion

    /// A float from any real number (int, float, `__float__`, `__index__`), as PyFloat_AsDouble.
    func realArgument(_ v: Value) throws(ScriptError) -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .none: break
        case .object(let reference):
            let object = reference.takeUnretainedValue()
            if let f = object as? FloatObject { return f.value }
            if let i = object as? IntObject { return try intToDouble(i.value) }
            if let method = special(v, "__float__") {
                let result = try callValue(method, [v])
                defer { result.release(heap) }
                guard isFloatLike(result), let d = floatValue(result) else {
                    throw makeError("TypeError", "\(typeName(v)).__float__ returned non-float (type \(typeName(result)))")
                }
                return d
            }
            if special(v, "__index__") != nil {
                return try intToDouble(try integerArgument(v))
            }
        }
        throw makeError("TypeError", "must be real number, not \(typeName(v))")
    }

    func intToDouble(_ value: BigInt) throws(ScriptError) -> Double {
        let d = Double(value)
        if d.isInfinite { throw makeError("OverflowError", "int too large to convert to float") }
        return d
    }

    /// An int from an int or an object with `__index__` (floats are refused, as in CPython).
    func integerArgument(_ v: Value) throws(ScriptError) -> BigInt {
        if let big = bigValue(v) { return big }
        if let result = try callSpecial(v, "__index__") {
            defer { result.release(heap) }
            guard let big = bigValue(result) else {
                throw makeError("TypeError", "__index__ returned non-int (type \(typeName(result)))")
            }
            return big
        }
        throw makeError("TypeError", "'\(typeName(v))' object cannot be interpreted as an integer")
    }

    private func mathDomainError() -> ScriptError { makeError("ValueError", "math domain error") }
    private func mathRangeError() -> ScriptError { makeError("OverflowError", "math range error") }

    /// Argument-count checks with CPython's wording for one-argument (METH_O) functions.
    private func expectOneArgument(_ name: String, _ args: Arguments) throws(ScriptError) {
        if args.keywordCount > 0 { throw makeError("TypeError", "math.\(name)() takes no keyword arguments") }
        if args.count != 1 { throw makeError("TypeError", "math.\(name)() takes exactly one argument (\(args.count) given)") }
    }

    /// ... and for fixed-arity (METH_FASTCALL) functions.
    private func expectArguments(_ name: String, _ args: Arguments, _ count: Int) throws(ScriptError) {
        if args.keywordCount > 0 { throw makeError("TypeError", "\(name)() takes no keyword arguments") }
        if args.count != count {
            throw makeError("TypeError", "\(name) expected \(count) argument\(count == 1 ? "" : "s"), got \(args.count)")
        }
    }

    /// A float function of one argument with CPython's error classification: a NaN from a
    /// non-NaN input is a domain error; an infinity from a finite input is a range error
    /// when the function can overflow there, else a domain error (a pole such as log(0)).
    private func defineUnary(_ dict: DictObject, _ name: String, overflows: @escaping (Double) -> Bool = { _ in false },
                             _ function: @escaping (Double) -> Double) {
        define(dict, name) { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument(name, args)
            let x = try vm.realArgument(args[0])
            let r = function(x)
            if r.isNaN && !x.isNaN { throw vm.mathDomainError() }
            if r.isInfinite && x.isFinite { throw overflows(x) ? vm.mathRangeError() : vm.mathDomainError() }
            return .float(r)
        }
    }

    // MARK: Float functions

    private func defineFloatFunctions(_ dict: DictObject) {
        let always: (Double) -> Bool = { _ in true }
        // Poles of gamma/lgamma are the non-positive integers; elsewhere infinity means overflow.
        let notAPole: (Double) -> Bool = { x in !(x <= 0 && x == x.rounded(.down)) }
        defineUnary(dict, "sqrt") { sqrt($0) }
        defineUnary(dict, "cbrt") { cbrt($0) }
        defineUnary(dict, "exp", overflows: always) { exp($0) }
        defineUnary(dict, "exp2", overflows: always) { exp2($0) }
        defineUnary(dict, "expm1", overflows: always) { expm1($0) }
        defineUnary(dict, "log1p") { log1p($0) }
        defineUnary(dict, "sin") { sin($0) }
        defineUnary(dict, "cos") { cos($0) }
        defineUnary(dict, "tan") { tan($0) }
        defineUnary(dict, "asin") { asin($0) }
        defineUnary(dict, "acos") { acos($0) }
        defineUnary(dict, "atan") { atan($0) }
        defineUnary(dict, "sinh", overflows: always) { sinh($0) }
        defineUnary(dict, "cosh", overflows: always) { cosh($0) }
        defineUnary(dict, "tanh") { tanh($0) }
        defineUnary(dict, "asinh") { asinh($0) }
        defineUnary(dict, "acosh") { acosh($0) }
        defineUnary(dict, "atanh") { atanh($0) }
        defineUnary(dict, "erf") { erf($0) }
        defineUnary(dict, "erfc") { erfc($0) }
        defineUnary(dict, "gamma", overflows: notAPole) { tgamma($0) }
        defineUnary(dict, "lgamma", overflows: notAPole) { lgamma($0) }
        defineUnary(dict, "fabs") { Swift.abs($0) }
        defineUnary(dict, "degrees") { $0 * (180.0 / Double.pi) }
        defineUnary(dict, "radians") { $0 * (Double.pi / 180.0) }

        define(dict, "isfinite") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("isfinite", args)
            return .bool(try vm.realArgument(args[0]).isFinite)
        }
        define(dict, "isinf") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("isinf", args)
            return .bool(try vm.realArgument(args[0]).isInfinite)
        }
        define(dict, "isnan") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("isnan", args)
            return .bool(try vm.realArgument(args[0]).isNaN)
        }
        define(dict, "atan2") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectArguments("atan2", args, 2)
            return .float(atan2(try vm.realArgument(args[0]), try vm.realArgument(args[1])))
        }
        define(dict, "copysign") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectArguments("copysign", args, 2)
            return .float(copysign(try vm.realArgument(args[0]), try vm.realArgument(args[1])))
        }
        define(dict, "pow") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectArguments("pow", args, 2)
            let x = try vm.realArgument(args[0]), y = try vm.realArgument(args[1])
            // C99's pow already gives Python's answers for non-finite operands; only finite ones can fail.
            let r = pow(x, y)
            if x.isFinite && y.isFinite {
                if r.isNaN { throw vm.mathDomainError() }
                if r.isInfinite { throw x == 0 ? vm.mathDomainError() : vm.mathRangeError() }
            }
            return .float(r)
        }
        define(dict, "fmod") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectArguments("fmod", args, 2)
            let x = try vm.realArgument(args[0]), y = try vm.realArgument(args[1])
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw vm.mathDomainError() }
            return .float(r)
        }
        define(dict, "remainder") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectArguments("remainder", args, 2)
            let x = try vm.realArgument(args[0]), y = try vm.realArgument(args[1])
            if x.isNaN { return .float(x) }
            if y.isNaN { return .float(y) }
            if x.isInfinite || y == 0 { throw vm.mathDomainError() }
            if y.isInfinite { return .float(x) }
            return .float(x.remainder(dividingBy: y))
        }
        define(dict, "hypot") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "hypot() takes no keyword arguments") }
            var coordinates: [Double] = []
            for i in 0..<args.count { coordinates.append(try vm.realArgument(args[i])) }
            return .float(euclideanNorm(coordinates))
        }
        define(dict, "dist") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectArguments("dist", args, 2)
            let p = try vm.pointArgument(args[0]), q = try vm.pointArgument(args[1])
            if p.count != q.count { throw vm.makeError("ValueError", "both points must have the same number of dimensions") }
            return .float(euclideanNorm(zip(p, q).map { Swift.abs($0 - $1) }))
        }
        define(dict, "isclose") { (vm, args) throws(ScriptError) -> Value in
            if args.count > 2 { throw vm.makeError("TypeError", "isclose() takes exactly 2 positional arguments (\(args.count) given)") }
            for (keyword, _) in args.keywords where !["a", "b", "rel_tol", "abs_tol"].contains(keyword) {
                throw vm.makeError("TypeError", "isclose() got an unexpected keyword argument '\(keyword)'")
            }
            guard let aValue = args.count > 0 ? args[0] : args.keyword("a") else {
                throw vm.makeError("TypeError", "isclose() missing required argument 'a' (pos 1)")
            }
            guard let bValue = args.count > 1 ? args[1] : args.keyword("b") else {
                throw vm.makeError("TypeError", "isclose() missing required argument 'b' (pos 2)")
            }
            let a = try vm.realArgument(aValue), b = try vm.realArgument(bValue)
            let relativeTolerance = try args.keyword("rel_tol").map { (v) throws(ScriptError) in try vm.realArgument(v) } ?? 1e-9
            let absoluteTolerance = try args.keyword("abs_tol").map { (v) throws(ScriptError) in try vm.realArgument(v) } ?? 0
            if relativeTolerance < 0 || absoluteTolerance < 0 {
                throw vm.makeError("ValueError", "tolerances must be non-negative")
            }
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let difference = Swift.abs(b - a)
            return .bool(difference <= Swift.abs(relativeTolerance * b) || difference <= Swift.abs(relativeTolerance * a)
                         || difference <= absoluteTolerance)
        }
    }

    /// The coordinates of a point given as a tuple or list (CPython requires a sequence).
    private func pointArgument(_ v: Value) throws(ScriptError) -> [Double] {
        let items: ContiguousArray<Value>
        if let t = v.asObject(TupleObject.self) {
            items = t.items
        } else if let l = v.asObject(ListObject.self) {
            items = l.items
        } else {
            let values = try collect(v)
            defer { for item in values { item.release(heap) } }
            var result: [Double] = []
            for item in values { result.append(try realArgument(item)) }
            return result
        }
        var result: [Double] = []
        for item in items { result.append(try realArgument(item)) }
        return result
    }

    // MARK: Rounding to integers

    private func defineRoundingFunctions(_ dict: DictObject) {
        define(dict, "floor") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("floor", args)
            return try vm.roundToInteger(args[0], hook: "__floor__", .down)
        }
        define(dict, "ceil") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("ceil", args)
            return try vm.roundToInteger(args[0], hook: "__ceil__", .up)
        }
        define(dict, "trunc") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("trunc", args)
            let x = args[0]
            if vm.isIntLike(x) { return vm.makeInt(vm.bigValue(x)!) }
            if vm.isFloatLike(x) { return try vm.integerFromFloat(vm.floatValue(x)!.rounded(.towardZero)) }
            if let result = try vm.callSpecial(x, "__trunc__") { return result }
            throw vm.makeError("TypeError", "type \(vm.typeName(x)) doesn't define __trunc__ method")
        }
    }

    /// floor/ceil: ints as they are, floats rounded, other objects through their hook or `__float__`.
    private func roundToInteger(_ x: Value, hook: StaticString, _ rule: FloatingPointRoundingRule) throws(ScriptError) -> Value {
        if isIntLike(x) { return makeInt(bigValue(x)!) }
        if isFloatLike(x) { return try integerFromFloat(floatValue(x)!.rounded(rule)) }
        if let result = try callSpecial(x, hook) { return result }
        return try integerFromFloat(try realArgument(x).rounded(rule))
    }

    /// An int equal to an integral float.
    func integerFromFloat(_ d: Double) throws(ScriptError) -> Value {
        if d.isNaN { throw makeError("ValueError", "cannot convert float NaN to integer") }
        if d.isInfinite { throw makeError("OverflowError", "cannot convert float infinity to integer") }
        if Swift.abs(d) < 9.2e18 { return .int(Int(d)) }
        return makeInt(BigInt(d))
    }

    // MARK: Logarithms

    private func defineLogarithms(_ dict: DictObject) {
        define(dict, "log") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "log() takes no keyword arguments") }
            guard args.count == 1 || args.count == 2 else { throw vm.makeError("TypeError", "math.log requires 1 to 2 arguments") }
            let numerator = try vm.logarithm(args[0], log)
            if args.count == 1 { return .float(numerator) }
            let denominator = try vm.logarithm(args[1], log)
            if denominator == 0 { throw vm.makeError("ZeroDivisionError", "float division by zero") }
            return .float(numerator / denominator)
        }
        define(dict, "log2") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("log2", args)
            return .float(try vm.logarithm(args[0], log2))
        }
        define(dict, "log10") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("log10", args)
            return .float(try vm.logarithm(args[0], log10))
        }
    }

    /// A logarithm of any real; ints too large for a float are split as m * 2**e first.
    private func logarithm(_ x: Value, _ function: (Double) -> Double) throws(ScriptError) -> Double {
        if isIntLike(x), let big = bigValue(x) {
            if big.signum() <= 0 { throw mathDomainError() }
            let d = Double(big)
            if d.isFinite { return function(d) }
            // big = m * 2**e with m in [0.5, 1), as CPython's _PyLong_Frexp.
            let exponent = Int(big.magnitude.bitWidth)
            let mantissa = scalbn(Double(big >> (exponent - 64)), -64)
            return function(mantissa) + Double(exponent) * function(2.0)
        }
        let d = try realArgument(x)
        if d.isNaN || (d.isInfinite && d > 0) { return d }
        if d <= 0 { throw mathDomainError() }
        return function(d)
    }

    // MARK: Float decomposition

    private func defineFloatDecomposition(_ dict: DictObject) {
        define(dict, "modf") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("modf", args)
            let x = try vm.realArgument(args[0])
            if x.isInfinite { return vm.makeTuple([.float(copysign(0, x)), .float(x)]) }
            if x.isNaN { return vm.makeTuple([.float(x), .float(x)]) }
            let integral = x.rounded(.towardZero)
            return vm.makeTuple([.float(copysign(x - integral, x)), .float(integral)])
        }
        define(dict, "frexp") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("frexp", args)
            let x = try vm.realArgument(args[0])
            if x.isNaN || x.isInfinite || x == 0 { return vm.makeTuple([.float(x), .int(0)]) }
            var exponent: Int32 = 0
            let mantissa = frexp(x, &exponent)
            return vm.makeTuple([.float(mantissa), .int(Int(exponent))])
        }
        define(dict, "ldexp") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectArguments("ldexp", args, 2)
            let x = try vm.realArgument(args[0])
            guard let exponent = vm.bigValue(args[1]) else {
                throw vm.makeError("TypeError", "Expected an int as second argument to ldexp.")
            }
            if x == 0 || !x.isFinite { return .float(x) }
            // Exponents beyond any float's range saturate: every finite non-zero x overflows or underflows.
            let clamped = Int(exactly: exponent).map { Swift.max(-100_000, Swift.min(100_000, $0)) } ?? (exponent > 0 ? 100_000 : -100_000)
            let r = scalbn(x, Int32(clamped))
            if r.isInfinite { throw vm.mathRangeError() }
            return .float(r)
        }
        define(dict, "ulp") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("ulp", args)
            let x = try vm.realArgument(args[0])
            if x.isNaN { return .float(x) }
            if x.isInfinite { return .float(Swift.abs(x)) }
            let magnitude = Swift.abs(x)
            let next = magnitude.nextUp
            if next.isInfinite { return .float(magnitude - magnitude.nextDown) }
            return .float(next - magnitude)
        }
        define(dict, "nextafter") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectArguments("nextafter", args, 2)
            return .float(nextafter(try vm.realArgument(args[0]), try vm.realArgument(args[1])))
        }
    }

    // MARK: Integer functions

    private func defineIntegerFunctions(_ dict: DictObject) {
        define(dict, "factorial") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("factorial", args)
            return vm.makeInt(try vm.factorial(try vm.integerArgument(args[0])))
        }
        define(dict, "gcd") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "gcd() takes no keyword arguments") }
            var result = BigInt(0)
            for i in 0..<args.count {
                result = result.greatestCommonDivisor(with: try vm.integerArgument(args[i]))
            }
            return vm.makeInt(BigInt(result.magnitude))
        }
        define(dict, "lcm") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "lcm() takes no keyword arguments") }
            var result = BigInt(1)
            for i in 0..<args.count {
                let n = try vm.integerArgument(args[i])
                if result == 0 || n == 0 {
                    result = 0
                    continue
                }
                result = BigInt((result * n).magnitude) / result.greatestCommonDivisor(with: n)
            }
            return vm.makeInt(result)
        }
        define(dict, "isqrt") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("isqrt", args)
            let n = try vm.integerArgument(args[0])
            if n < 0 { throw vm.makeError("ValueError", "isqrt() argument must be nonnegative") }
            return vm.makeInt(BigInt(n.magnitude.squareRoot()))
        }
        define(dict, "comb") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectArguments("comb", args, 2)
            let n = try vm.integerArgument(args[0]), k = try vm.integerArgument(args[1])
            if n < 0 { throw vm.makeError("ValueError", "n must be a non-negative integer") }
            if k < 0 { throw vm.makeError("ValueError", "k must be a non-negative integer") }
            if k > n { return .int(0) }
            guard let smaller = Int(exactly: Swift.min(k, n - k)) else {
                throw vm.makeError("OverflowError", "min(n - k, k) must not exceed \(Int.max)")
            }
            return vm.makeInt(risingProduct(from: n - BigInt(smaller) + 1, count: smaller) / risingProduct(from: 1, count: smaller))
        }
        define(dict, "perm") { (vm, args) throws(ScriptError) -> Value in
            if args.keywordCount > 0 { throw vm.makeError("TypeError", "perm() takes no keyword arguments") }
            guard args.count == 1 || args.count == 2 else {
                throw vm.makeError("TypeError", "perm expected at most 2 arguments, got \(args.count)")
            }
            let n = try vm.integerArgument(args[0])
            if args.count == 1 || args[1].isNone { return vm.makeInt(try vm.factorial(n)) }
            let k = try vm.integerArgument(args[1])
            if n < 0 { throw vm.makeError("ValueError", "n must be a non-negative integer") }
            if k < 0 { throw vm.makeError("ValueError", "k must be a non-negative integer") }
            if k > n { return .int(0) }
            guard let count = Int(exactly: k) else { throw vm.makeError("OverflowError", "k must not exceed \(Int.max)") }
            return vm.makeInt(risingProduct(from: n - k + 1, count: count))
        }
    }

    private func factorial(_ n: BigInt) throws(ScriptError) -> BigInt {
        if n < 0 { throw makeError("ValueError", "factorial() not defined for negative values") }
        guard let count = Int(exactly: n) else {
            throw makeError("OverflowError", "factorial() argument should not exceed \(Int.max)")
        }
        return risingProduct(from: 1, count: count)
    }

    // MARK: Sums and products

    private func defineSums(_ dict: DictObject) {
        define(dict, "prod") { (vm, args) throws(ScriptError) -> Value in
            guard args.count == 1 else {
                throw vm.makeError("TypeError", "prod() takes exactly 1 positional argument (\(args.count) given)")
            }
            for (keyword, _) in args.keywords where keyword != "start" {
                throw vm.makeError("TypeError", "prod() got an unexpected keyword argument '\(keyword)'")
            }
            var result = args.keyword("start")?.retained() ?? .int(1)
            let iterator: Value
            do throws(ScriptError) { iterator = try vm.getIterator(args[0]) } catch {
                result.release(vm.heap)
                throw error
            }
            defer { iterator.release(vm.heap) }
            do throws(ScriptError) {
                while let item = try vm.nextFromIterator(iterator) {
                    defer { item.release(vm.heap) }
                    let product = try vm.binaryOperation(.multiply, result, item)
                    result.release(vm.heap)
                    result = product
                }
            } catch {
                result.release(vm.heap)
                throw error
            }
            return result
        }
        define(dict, "fsum") { (vm, args) throws(ScriptError) -> Value in
            try vm.expectOneArgument("fsum", args)
            let iterator = try vm.getIterator(args[0])
            defer { iterator.release(vm.heap) }
            var sum = ExactFloatSum()
            while let item = try vm.nextFromIterator(iterator) {
                defer { item.release(vm.heap) }
                if !sum.add(try vm.realArgument(item)) {
                    throw vm.makeError("OverflowError", "intermediate overflow in fsum")
                }
            }
            guard let total = sum.total else { throw vm.makeError("ValueError", "-inf + inf in fsum") }
            return .float(total)
        }
    }
}

/// The product lo * (lo+1) * ... * (lo+count-1), split in halves so the big multiplications stay balanced.
private func risingProduct(from low: BigInt, count: Int) -> BigInt {
    if count <= 0 { return 1 }
    if count <= 16 {
        var result = low
        var factor = low
        for _ in 1..<count {
            factor += 1
            result *= factor
        }
        return result
    }
    let half = count / 2
    return risingProduct(from: low, count: half) * risingProduct(from: low + BigInt(half), count: count - half)
}

/// The Euclidean norm, scaled to avoid overflow and summed in double-double precision so that
/// the result is (nearly always) correctly rounded, like CPython's vector_norm.
private func euclideanNorm(_ values: [Double]) -> Double {
    var largest = 0.0
    var sawNaN = false
    for v in values {
        let magnitude = Swift.abs(v)
        if magnitude.isNaN { sawNaN = true } else if magnitude > largest { largest = magnitude }
    }
    if largest.isInfinite { return largest }
    if sawNaN { return Double.nan }
    if largest == 0 || values.count == 1 { return largest }
    var exponent: Int32 = 0
    _ = frexp(largest, &exponent)
    // Scaling by a power of two is exact; scalbn per value also works for subnormal inputs.
    var high = 0.0, low = 0.0
    for v in values {
        let x = scalbn(v, -exponent)
        let square = x * x
        let squareError = fma(x, x, -square)
        let sum = high + square
        low += (high - sum) + square + squareError
        high = sum
    }
    var root = sqrt(high + low)
    // One Newton step on the exact residual corrects the last bit of the square root.
    let rootSquare = root * root
    let rootSquareError = fma(root, root, -rootSquare)
    let residual = (high - rootSquare) + low - rootSquareError
    root += residual / (2 * root)
    return scalbn(root, exponent)
}

/// Shewchuk's exact summation: the running sum is kept as non-overlapping partials, so the
/// final rounding happens once (math.fsum).
private struct ExactFloatSum {
    var partials: [Double] = []
    /// Sum of the non-finite inputs, and of the infinite ones alone (NaN there means inf - inf).
    var specialSum = 0.0
    var infinitySum = 0.0

    /// Adds a value; false when finite inputs overflowed.
    mutating func add(_ value: Double) -> Bool {
        var x = value
        var kept = 0
        for j in 0..<partials.count {
            var y = partials[j]
            if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
            let high = x + y
            let low = y - (high - x)
            if low != 0 {
                partials[kept] = low
                kept += 1
            }
            x = high
        }
        partials.removeSubrange(kept...)
        if x.isFinite {
            partials.append(x)
            return true
        }
        if value.isFinite { return false }
        if value.isInfinite { infinitySum += value }
        specialSum += value
        partials.removeAll()
        return true
    }

    /// The correctly rounded sum, or nil for inf + -inf.
    var total: Double? {
        if specialSum != 0 || specialSum.isNaN {
            return infinitySum.isNaN ? nil : specialSum
        }
        var n = partials.count
        if n == 0 { return 0.0 }
        n -= 1
        var high = partials[n]
        var low = 0.0
        while n > 0 {
            let x = high
            n -= 1
            let y = partials[n]
            high = x + y
            low = y - (high - x)
            if low != 0 { break }
        }
        // Round half to even across the remaining partials: if the next partial has the same
        // sign as the rounding error, the tie must go the other way.
        if n > 0 && ((low < 0 && partials[n - 1] < 0) || (low > 0 && partials[n - 1] > 0)) {
            let y = low * 2
            let x = high + y
            if y == x - high { high = x }
        }
        return high
    }
}
