import BigInt

/// A node's place in the source (1-based lines, 0-based columns).
struct Location {
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
}

enum Constant {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    case bigInt(BigInt)
    case float(Double)
    case str(String)
}

enum BinaryOperator: Int, CaseIterable {
    case add, subtract, multiply, trueDivide, floorDivide, modulo, power, matrixMultiply
    case leftShift, rightShift, bitAnd, bitOr, bitXor

    var symbol: String {
        switch self {
        case .add: return "+"
        case .subtract: return "-"
        case .multiply: return "*"
        case .trueDivide: return "/"
        case .floorDivide: return "//"
        case .modulo: return "%"
        case .power: return "**"
        case .matrixMultiply: return "@"
        case .leftShift: return "<<"
        case .rightShift: return ">>"
        case .bitAnd: return "&"
        case .bitOr: return "|"
        case .bitXor: return "^"
        }
    }

    /// The dunder names: forward, reflected, in-place.
    var methodNames: (String, String, String) {
        let base: String
        switch self {
        case .add: base = "add"
        case .subtract: base = "sub"
        case .multiply: base = "mul"
        case .trueDivide: base = "truediv"
        case .floorDivide: base = "floordiv"
        case .modulo: base = "mod"
        case .power: base = "pow"
        case .matrixMultiply: base = "matmul"
        case .leftShift: base = "lshift"
        case .rightShift: base = "rshift"
        case .bitAnd: base = "and"
        case .bitOr: base = "or"
        case .bitXor: base = "xor"
        }
        return ("__\(base)__", "__r\(base)__", "__i\(base)__")
    }
}

enum UnaryOperator: Int {
    case negative, positive, invert, not
}

enum CompareOperator: Int {
    case less, lessEqual, equal, notEqual, greater, greaterEqual
    case isSame, isNot, contained, notContained

    var symbol: String {
        switch self {
        case .less: return "<"
        case .lessEqual: return "<="
        case .equal: return "=="
        case .notEqual: return "!="
        case .greater: return ">"
        case .greaterEqual: return ">="
        case .isSame: return "is"
        case .isNot: return "is not"
        case .contained: return "in"
        case .notContained: return "not in"
        }
    }
}

struct Keyword {
    /// nil for `**mapping`.
    var name: String?
    var value: Expression
    var location: Location
}

struct Comprehension {
    var target: Expression
    var iterable: Expression
    var conditions: [Expression]
}

/// A piece of an f-string: literal text or a replacement field.
enum FormattedPart {
    case literal(String)
    /// expression, conversion ("r", "s", "a" or nil), format spec (itself formatted parts)
    case field(Expression, conversion: Character?, spec: [FormattedPart]?)
}

final class Parameters {
    struct Parameter {
        var name: String
        var annotation: Expression?
        var location: Location
    }
    var positionalOnly: [Parameter] = []
    var positional: [Parameter] = []
    var defaults: [Expression] = []
    var varArgs: Parameter?
    var keywordOnly: [Parameter] = []
    /// Parallel to keywordOnly: nil when the parameter has no default.
    var keywordDefaults: [Expression?] = []
    var varKeywords: Parameter?

    var allNames: [String] {
        // CPython's slot order: positional, keyword-only, then *args and **kwargs.
        var names = positionalOnly.map(\.name) + positional.map(\.name) + keywordOnly.map(\.name)
        if let varArgs { names.append(varArgs.name) }
        if let varKeywords { names.append(varKeywords.name) }
        return names
    }
}

final class Expression {
    indirect enum Kind {
        case name(String)
        case constant(Constant)
        case formatted([FormattedPart])
        case tuple([Expression])
        case list([Expression])
        case set([Expression])
        /// A nil key means `**value`.
        case dict(keys: [Expression?], values: [Expression])
        case attribute(Expression, String)
        case subscription(Expression, Expression)
        case slice(Expression?, Expression?, Expression?)
        case starred(Expression)
        case call(Expression, arguments: [Expression], keywords: [Keyword])
        case binary(BinaryOperator, Expression, Expression)
        case unary(UnaryOperator, Expression)
        case boolean(isAnd: Bool, [Expression])
        case compare(Expression, [(CompareOperator, Expression)])
        case conditional(test: Expression, body: Expression, orElse: Expression)
        case lambda(Parameters, Expression)
        case named(target: String, value: Expression)
        case listComprehension(Expression, [Comprehension])
        case setComprehension(Expression, [Comprehension])
        case dictComprehension(key: Expression, value: Expression, [Comprehension])
        case generator(Expression, [Comprehension])
        case yield(Expression?)
        case yieldFrom(Expression)
    }

    var kind: Kind
    var location: Location
    /// Set by the parser on parenthesised expressions (affects error messages only).
    var parenthesized = false

    init(_ kind: Kind, _ location: Location) {
        self.kind = kind
        self.location = location
    }
}

struct ExceptHandler {
    var type: Expression?
    var name: String?
    var body: [Statement]
    var location: Location
}

struct WithItem {
    var context: Expression
    var target: Expression?
}

struct ImportAlias {
    var name: String
    var asName: String?
    var location: Location
}

final class FunctionDefinition {
    var name: String
    var parameters: Parameters
    var body: [Statement]
    var decorators: [Expression]
    var returns: Expression?
    var location: Location
    init(name: String, parameters: Parameters, body: [Statement], decorators: [Expression], returns: Expression?, location: Location) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.decorators = decorators
        self.returns = returns
        self.location = location
    }
}

final class ClassDefinition {
    var name: String
    var bases: [Expression]
    var keywords: [Keyword]
    var body: [Statement]
    var decorators: [Expression]
    var location: Location
    init(name: String, bases: [Expression], keywords: [Keyword], body: [Statement], decorators: [Expression], location: Location) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
        self.location = location
    }
}

final class Statement {
    indirect enum Kind {
        case expression(Expression)
        case assign(targets: [Expression], value: Expression)
        case augmentedAssign(target: Expression, BinaryOperator, value: Expression)
        case annotatedAssign(target: Expression, annotation: Expression, value: Expression?, simple: Bool)
        case delete([Expression])
        case pass
        case breakLoop
        case continueLoop
        case returnValue(Expression?)
        case raise(Expression?, cause: Expression?)
        case global([String])
        case nonlocal([String])
        case assert(Expression, message: Expression?)
        case importModules([ImportAlias])
        case importFrom(module: String?, names: [ImportAlias], level: Int)
        case ifStatement(test: Expression, body: [Statement], orElse: [Statement])
        case whileLoop(test: Expression, body: [Statement], orElse: [Statement])
        case forLoop(target: Expression, iterable: Expression, body: [Statement], orElse: [Statement])
        case tryStatement(body: [Statement], handlers: [ExceptHandler], orElse: [Statement], finally: [Statement])
        case with([WithItem], body: [Statement])
        case functionDefinition(FunctionDefinition)
        case classDefinition(ClassDefinition)
    }

    var kind: Kind
    var location: Location

    init(_ kind: Kind, _ location: Location) {
        self.kind = kind
        self.location = location
    }
}
