/// How a name is reached in a scope.
enum NameAccess {
    /// A fast local slot.
    case local
    /// A cell owned by this scope (captured by an inner function).
    case cell
    /// A cell from an enclosing function.
    case free
    /// Module globals (then builtins), bypassing any locals dict.
    case globalExplicit
    /// Globals then builtins, decided implicitly (not assigned in a function).
    case globalImplicit
    /// A namespace dict (module and class bodies).
    case name
}

/// The names of one scope, as the symbol-table pass found them.
final class Scope {
    enum Kind { case module, classBody, function, lambda, comprehension }

    let kind: Kind
    let name: String
    unowned let parent: Scope?
    var children: [Scope] = []
    var parameters: [String] = []
    var assigned: Set<String> = []
    var used: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    var isGenerator = false
    /// A method that uses `super` or `__class__` needs the class cell.
    var needsClassCell = false

    // Resolved by `resolve()`.
    var locals: [String] = []
    var cells: [String] = []
    var frees: [String] = []
    var access: [String: NameAccess] = [:]
    var qualifiedNamePrefix = ""

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }

    var isFunctionLike: Bool { kind == .function || kind == .lambda || kind == .comprehension }

    func access(of name: String) -> NameAccess {
        if let found = access[name] { return found }
        switch kind {
        case .module: return .name
        case .classBody: return .name
        default: return .globalImplicit
        }
    }

    func index(ofLocal name: String) -> Int? { locals.firstIndex(of: name) }
    func slot(ofCellOrFree name: String) -> Int? {
        if let i = cells.firstIndex(of: name) { return locals.count + i }
        if let i = frees.firstIndex(of: name) { return locals.count + cells.count + i }
        return nil
    }
}

/// Builds scopes for a module and resolves every name to local, cell, free or global.
struct SymbolTableBuilder {
    private(set) var scopes: [ObjectIdentifier: Scope] = [:]
    private var current: Scope
    let module: Scope

    init() {
        module = Scope(kind: .module, name: "<module>", parent: nil)
        current = module
    }

    static func build(_ statements: [Statement]) throws(SyntaxErrorInfo) -> SymbolTableBuilder {
        var builder = SymbolTableBuilder()
        for statement in statements { try builder.visit(statement) }
        try builder.resolve(builder.module)
        return builder
    }

    func scope(for node: AnyObject) -> Scope { scopes[ObjectIdentifier(node)]! }

    private mutating func declare(_ name: String) {
        current.assigned.insert(name)
    }

    private mutating func push(_ kind: Scope.Kind, _ name: String, node: AnyObject) -> Scope {
        let scope = Scope(kind: kind, name: name, parent: current)
        current.children.append(scope)
        scopes[ObjectIdentifier(node)] = scope
        current = scope
        return scope
    }

    private mutating func pop() { current = current.parent! }

    private mutating func visit(_ statements: [Statement]) throws(SyntaxErrorInfo) {
        for statement in statements { try visit(statement) }
    }

    private func error(_ message: String, _ location: Location) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: message, line: location.line, column: location.column + 1, endColumn: location.endColumn + 1)
    }

    private mutating func visit(_ statement: Statement) throws(SyntaxErrorInfo) {
        switch statement.kind {
        case .expression(let e): try visit(e)
        case .assign(let targets, let value):
            try visit(value)
            for target in targets { try visitTarget(target) }
        case .augmentedAssign(let target, _, let value):
            try visit(value)
            try visit(target)
            try visitTarget(target)
        case .annotatedAssign(let target, let annotation, let value, _):
            if let value { try visit(value) }
            if current.kind != .function && current.kind != .lambda { try visit(annotation) }
            if value != nil || current.isFunctionLike { try visitTarget(target) }
        case .delete(let targets):
            for target in targets { try visitTarget(target) }
        case .pass, .breakLoop, .continueLoop: break
        case .returnValue(let value):
            if let value { try visit(value) }
        case .raise(let exception, let cause):
            if let exception { try visit(exception) }
            if let cause { try visit(cause) }
        case .global(let names):
            for name in names {
                if current.parameters.contains(name) {
                    throw error("name '\(name)' is parameter and global", statement.location)
                }
                if current.assigned.contains(name) || current.used.contains(name) {
                    let verb = current.assigned.contains(name) ? "assigned to" : "used"
                    throw error("name '\(name)' is \(verb) before global declaration", statement.location)
                }
                current.globals.insert(name)
            }
        case .nonlocal(let names):
            if current.kind == .module { throw error("nonlocal declaration not allowed at module level", statement.location) }
            for name in names {
                if current.parameters.contains(name) {
                    throw error("name '\(name)' is parameter and nonlocal", statement.location)
                }
                if current.assigned.contains(name) || current.used.contains(name) {
                    let verb = current.assigned.contains(name) ? "assigned to" : "used"
                    throw error("name '\(name)' is \(verb) before nonlocal declaration", statement.location)
                }
                current.nonlocals.insert(name)
            }
        case .assert(let test, let message):
            try visit(test)
            if let message { try visit(message) }
        case .importModules(let aliases):
            for alias in aliases {
                declare(alias.asName ?? String(alias.name.split(separator: ".").first!))
            }
        case .importFrom(_, let aliases, _):
            for alias in aliases where alias.name != "*" { declare(alias.asName ?? alias.name) }
            if aliases.contains(where: { $0.name == "*" }) && current.kind != .module {
                throw error("import * only allowed at module level", statement.location)
            }
        case .ifStatement(let test, let body, let orElse), .whileLoop(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .forLoop(let target, let iterable, let body, let orElse):
            try visit(iterable)
            try visitTarget(target)
            try visit(body)
            try visit(orElse)
        case .tryStatement(let body, let handlers, let orElse, let finally):
            try visit(body)
            for handler in handlers {
                if let type = handler.type { try visit(type) }
                if let name = handler.name { declare(name) }
                try visit(handler.body)
            }
            try visit(orElse)
            try visit(finally)
        case .with(let items, let body):
            for item in items {
                try visit(item.context)
                if let target = item.target { try visitTarget(target) }
            }
            try visit(body)
        case .functionDefinition(let definition):
            for decorator in definition.decorators { try visit(decorator) }
            try visitDefaults(definition.parameters)
            for p in allParameters(definition.parameters) { if let a = p.annotation { try visit(a) } }
            if let returns = definition.returns { try visit(returns) }
            declare(definition.name)
            try checkDuplicateParameters(definition.parameters)
            let scope = push(.function, definition.name, node: definition)
            scope.parameters = definition.parameters.allNames
            for name in scope.parameters { scope.assigned.insert(name) }
            try visit(definition.body)
            pop()
        case .classDefinition(let definition):
            for decorator in definition.decorators { try visit(decorator) }
            for base in definition.bases { try visit(base) }
            for keyword in definition.keywords { try visit(keyword.value) }
            declare(definition.name)
            _ = push(.classBody, definition.name, node: definition)
            try visit(definition.body)
            pop()
        }
    }

    /// A name used for two parameters: found here, as CPython's symbol table finds it, so the
    /// console waits for the whole entry before reporting it.
    private func checkDuplicateParameters(_ p: Parameters) throws(SyntaxErrorInfo) {
        var seen = Set<String>()
        // In the order they are written: *args comes before the keyword-only ones.
        var written = p.positionalOnly + p.positional
        if let v = p.varArgs { written.append(v) }
        written += p.keywordOnly
        if let v = p.varKeywords { written.append(v) }
        for parameter in written where !seen.insert(parameter.name).inserted {
            throw error("duplicate argument '\(parameter.name)' in function definition", parameter.location)
        }
    }

    private func allParameters(_ p: Parameters) -> [Parameters.Parameter] {
        var all = p.positionalOnly + p.positional + p.keywordOnly
        if let v = p.varArgs { all.append(v) }
        if let v = p.varKeywords { all.append(v) }
        return all
    }

    private mutating func visitDefaults(_ parameters: Parameters) throws(SyntaxErrorInfo) {
        for d in parameters.defaults { try visit(d) }
        for d in parameters.keywordDefaults { if let d { try visit(d) } }
    }

    private mutating func visitTarget(_ target: Expression) throws(SyntaxErrorInfo) {
        switch target.kind {
        case .name(let name):
            declare(name)
        case .tuple(let items), .list(let items):
            for item in items { try visitTarget(item) }
        case .starred(let inner):
            try visitTarget(inner)
        case .attribute(let object, _):
            try visit(object)
        case .subscription(let object, let index):
            try visit(object)
            try visit(index)
        default:
            try visit(target)
        }
    }

    private mutating func use(_ name: String) {
        current.used.insert(name)
        if name == "super" || name == "__class__" {
            // Mark the nearest function (not comprehension) as needing the class cell.
            var scope: Scope? = current
            while let s = scope, s.kind == .comprehension { scope = s.parent }
            if let s = scope, s.kind == .function { s.needsClassCell = true }
        }
    }

    private mutating func visit(_ expression: Expression) throws(SyntaxErrorInfo) {
        switch expression.kind {
        case .name(let name): use(name)
        case .constant: break
        case .formatted(let parts): try visitParts(parts)
        case .tuple(let items), .list(let items), .set(let items):
            for item in items { try visit(item) }
        case .dict(let keys, let values):
            for key in keys { if let key { try visit(key) } }
            for value in values { try visit(value) }
        case .attribute(let object, _): try visit(object)
        case .subscription(let object, let index):
            try visit(object)
            try visit(index)
        case .slice(let a, let b, let c):
            if let a { try visit(a) }
            if let b { try visit(b) }
            if let c { try visit(c) }
        case .starred(let inner): try visit(inner)
        case .call(let function, let arguments, let keywords):
            try visit(function)
            for argument in arguments { try visit(argument) }
            for keyword in keywords { try visit(keyword.value) }
        case .binary(_, let a, let b):
            try visit(a)
            try visit(b)
        case .unary(_, let a): try visit(a)
        case .boolean(_, let values):
            for value in values { try visit(value) }
        case .compare(let first, let rest):
            try visit(first)
            for (_, e) in rest { try visit(e) }
        case .conditional(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .lambda(let parameters, let body):
            try visitDefaults(parameters)
            try checkDuplicateParameters(parameters)
            let scope = push(.lambda, "<lambda>", node: expression)
            scope.parameters = parameters.allNames
            for name in scope.parameters { scope.assigned.insert(name) }
            try visit(body)
            pop()
        case .named(let target, let value):
            try visit(value)
            // Inside a comprehension, the target binds in the enclosing non-comprehension scope.
            var scope = current
            while scope.kind == .comprehension, let parent = scope.parent { scope = parent }
            if scope !== current {
                if scope.kind == .classBody {
                    throw error("assignment expression within a comprehension cannot be used in a class body", expression.location)
                }
                scope.assigned.insert(target)
                var walk: Scope? = current
                while let w = walk, w !== scope {
                    if scope.kind != .module { w.nonlocals.insert(target) } else { w.globals.insert(target) }
                    walk = w.parent
                }
            } else {
                declare(target)
            }
        case .listComprehension(let element, let clauses), .setComprehension(let element, let clauses),
             .generator(let element, let clauses):
            try visitComprehension(expression, clauses: clauses, isGenerator: {
                if case .generator = expression.kind { return true }
                return false
            }()) { (b: inout SymbolTableBuilder) throws(SyntaxErrorInfo) in try b.visit(element) }
        case .dictComprehension(let key, let value, let clauses):
            try visitComprehension(expression, clauses: clauses, isGenerator: false) { (b: inout SymbolTableBuilder) throws(SyntaxErrorInfo) in
                try b.visit(key)
                try b.visit(value)
            }
        case .yield(let value):
            if let value { try visit(value) }
            try markGenerator(expression)
        case .yieldFrom(let value):
            try visit(value)
            try markGenerator(expression)
        }
    }

    private mutating func markGenerator(_ expression: Expression) throws(SyntaxErrorInfo) {
        switch current.kind {
        case .module, .classBody:
            throw error("'yield' outside function", expression.location)
        case .comprehension:
            throw error("'yield' inside list comprehension", expression.location)
        default:
            current.isGenerator = true
        }
    }

    private mutating func visitParts(_ parts: [FormattedPart]) throws(SyntaxErrorInfo) {
        for part in parts {
            if case .field(let e, _, let spec) = part {
                try visit(e)
                if let spec { try visitParts(spec) }
            }
        }
    }

    private mutating func visitComprehension(_ node: Expression, clauses: [Comprehension], isGenerator: Bool,
                                             element: (inout SymbolTableBuilder) throws(SyntaxErrorInfo) -> Void) throws(SyntaxErrorInfo) {
        // The first iterable is evaluated in the enclosing scope.
        try visit(clauses[0].iterable)
        let name: String
        switch node.kind {
        case .listComprehension: name = "<listcomp>"
        case .setComprehension: name = "<setcomp>"
        case .dictComprehension: name = "<dictcomp>"
        default: name = "<genexpr>"
        }
        let scope = push(.comprehension, name, node: node)
        scope.parameters = [".0"]
        scope.assigned.insert(".0")
        scope.isGenerator = isGenerator
        for (i, clause) in clauses.enumerated() {
            if i > 0 { try visit(clause.iterable) }
            try visitTarget(clause.target)
            for condition in clause.conditions { try visit(condition) }
        }
        try element(&self)
        pop()
    }

    // MARK: Resolution

    private func resolve(_ scope: Scope) throws(SyntaxErrorInfo) {
        if scope.isFunctionLike {
            var locals = scope.parameters
            for name in scope.assigned.sorted() where !scope.globals.contains(name) && !scope.nonlocals.contains(name) && !locals.contains(name) {
                locals.append(name)
            }
            scope.locals = locals
            for name in locals { scope.access[name] = .local }
            for name in scope.globals { scope.access[name] = .globalExplicit }
        } else if scope.kind == .classBody {
            for name in scope.globals { scope.access[name] = .globalExplicit }
        } else {
            for name in scope.globals { scope.access[name] = .globalExplicit }
        }
        if scope.needsClassCell {
            // `super()` and `__class__` read the implicit cell of the enclosing class.
            scope.used.insert("__class__")
        }
        // Nonlocal names must exist in an enclosing function.
        for name in scope.nonlocals.sorted() {
            guard findBinding(name, from: scope.parent) != nil else {
                throw SyntaxErrorInfo(message: "no binding for nonlocal '\(name)' found", line: 1, column: 1, endColumn: 2)
            }
            try makeFree(name, in: scope)
        }
        for name in scope.used.sorted() where scope.access[name] == nil {
            if scope.kind == .module { continue }
            if name == "__class__", scope.kind == .classBody { continue }
            if let owner = findBinding(name, from: scope.parent) {
                _ = owner
                try makeFree(name, in: scope)
                if scope.kind == .classBody { scope.access[name] = .free }
            } else if scope.isFunctionLike {
                scope.access[name] = .globalImplicit
            }
        }
        for child in scope.children { try resolve(child) }
    }

    /// The enclosing function (or class for `__class__`) scope that binds `name`.
    private func findBinding(_ name: String, from start: Scope?) -> Scope? {
        var scope = start
        while let s = scope {
            if s.kind == .classBody {
                if name == "__class__" { return s }
                scope = s.parent
                continue
            }
            if s.kind == .module { return nil }
            if s.globals.contains(name) { return nil }
            if s.assigned.contains(name) || s.parameters.contains(name) || s.nonlocals.contains(name) { return s }
            scope = s.parent
        }
        return nil
    }

    /// Marks `name` free in `scope` and every scope up to its owner, and a cell in the owner.
    private func makeFree(_ name: String, in scope: Scope) throws(SyntaxErrorInfo) {
        var walk: Scope? = scope
        while let s = walk {
            if s !== scope, s.kind != .classBody || name == "__class__" {
                let ownsIt: Bool
                if s.kind == .classBody { ownsIt = name == "__class__" } else {
                    ownsIt = !s.nonlocals.contains(name) && (s.assigned.contains(name) || s.parameters.contains(name))
                }
                if ownsIt {
                    if !s.cells.contains(name) { s.cells.append(name) }
                    s.access[name] = .cell
                    s.locals.removeAll { $0 == name && !s.parameters.contains(name) }
                    return
                }
            }
            if s.kind != .classBody || s === scope {
                if !s.frees.contains(name) { s.frees.append(name) }
                if s.access[name] != .cell { s.access[name] = .free }
            } else if s.kind == .classBody {
                // Classes pass free variables through to methods.
                if !s.frees.contains(name) { s.frees.append(name) }
            }
            walk = s.parent
        }
    }
}
