@testable import Tern

/// A compact s-expression rendering of Tern's syntax tree, for assertions in tests.
///
/// Expressions: names as themselves, constants in Python spelling ('s', 1, 1.5, None,
/// True, ...), operators as `(+ a b)`, `(neg a)`, `(not a)`, `(and a b)`,
/// `(cmp a < b <= c)`, `(. obj attr)`, `([] obj index)`, `(slice lo hi step)` with `_`
/// for an absent part, `(call f a k=v *x **m)`, `(tuple ...)`, `(list ...)`, `(set ...)`,
/// `(dict k:v **m)`, `(ifexp test body orelse)`, `(lambda (params) body)`, `(:= x v)`,
/// `(listcomp elt (for t in it if c))`, `(f 'text' {x!r:spec})`, `(yield v)`, `(yield-from v)`.
/// Statements are similar: `(= t1 t2 value)`, `(+= t v)`, `(ann t A v)`, `(def f (params) body...)`.
enum ASTDump {
    static func module(_ statements: [Statement]) -> String {
        statements.map(statement).joined(separator: "\n")
    }

    static func parse(_ source: String) throws -> String {
        module(try Parser.parseModule(source))
    }

    static func block(_ statements: [Statement]) -> String {
        "(" + statements.map(statement).joined(separator: " ") + ")"
    }

    static func statement(_ s: Statement) -> String {
        switch s.kind {
        case .expression(let e): return expression(e)
        case .assign(let targets, let value):
            return "(= " + (targets + [value]).map(expression).joined(separator: " ") + ")"
        case .augmentedAssign(let target, let op, let value):
            return "(\(op.symbol)= \(expression(target)) \(expression(value)))"
        case .annotatedAssign(let target, let annotation, let value, let simple):
            let head = simple ? "ann" : "ann-complex"
            return "(\(head) \(expression(target)) \(expression(annotation))" + (value.map { " " + expression($0) } ?? "") + ")"
        case .delete(let targets): return "(del " + targets.map(expression).joined(separator: " ") + ")"
        case .pass: return "pass"
        case .breakLoop: return "break"
        case .continueLoop: return "continue"
        case .returnValue(let value): return value.map { "(return \(expression($0)))" } ?? "(return)"
        case .raise(let exception, let cause):
            var parts = ["raise"]
            if let exception { parts.append(expression(exception)) }
            if let cause { parts.append("from"); parts.append(expression(cause)) }
            return "(" + parts.joined(separator: " ") + ")"
        case .global(let names): return "(global " + names.joined(separator: " ") + ")"
        case .nonlocal(let names): return "(nonlocal " + names.joined(separator: " ") + ")"
        case .assert(let test, let message):
            return "(assert \(expression(test))" + (message.map { " " + expression($0) } ?? "") + ")"
        case .importModules(let aliases):
            return "(import " + aliases.map(alias).joined(separator: " ") + ")"
        case .importFrom(let module, let names, let level):
            let from = String(repeating: ".", count: level) + (module ?? "")
            return "(from \(from) " + names.map(alias).joined(separator: " ") + ")"
        case .ifStatement(let test, let body, let orElse):
            return "(if \(expression(test)) \(block(body))" + (orElse.isEmpty ? "" : " \(block(orElse))") + ")"
        case .whileLoop(let test, let body, let orElse):
            return "(while \(expression(test)) \(block(body))" + (orElse.isEmpty ? "" : " \(block(orElse))") + ")"
        case .forLoop(let target, let iterable, let body, let orElse):
            return "(for \(expression(target)) \(expression(iterable)) \(block(body))" + (orElse.isEmpty ? "" : " \(block(orElse))") + ")"
        case .tryStatement(let body, let handlers, let orElse, let finally):
            var parts = ["try", block(body)]
            for h in handlers {
                var handler = "(except"
                if let type = h.type { handler += " " + expression(type) }
                if let name = h.name { handler += " as " + name }
                parts.append(handler + " " + block(h.body) + ")")
            }
            if !orElse.isEmpty { parts.append("(else \(block(orElse)))") }
            if !finally.isEmpty { parts.append("(finally \(block(finally)))") }
            return "(" + parts.joined(separator: " ") + ")"
        case .with(let items, let body):
            let rendered = items.map { item in
                "(" + expression(item.context) + (item.target.map { " as " + expression($0) } ?? "") + ")"
            }
            return "(with " + rendered.joined(separator: " ") + " " + block(body) + ")"
        case .functionDefinition(let d):
            var parts = ["def", d.name]
            for decorator in d.decorators { parts.append("@" + expression(decorator)) }
            parts.append("(" + parameters(d.parameters) + ")")
            if let returns = d.returns { parts.append("-> " + expression(returns)) }
            parts.append(block(d.body))
            return "(" + parts.joined(separator: " ") + ")"
        case .classDefinition(let d):
            var parts = ["class", d.name]
            for decorator in d.decorators { parts.append("@" + expression(decorator)) }
            let arguments = d.bases.map(expression) + d.keywords.map(keyword)
            if !arguments.isEmpty { parts.append("(" + arguments.joined(separator: " ") + ")") }
            parts.append(block(d.body))
            return "(" + parts.joined(separator: " ") + ")"
        }
    }

    static func alias(_ a: ImportAlias) -> String {
        a.asName.map { "\(a.name) as \($0)" } ?? a.name
    }

    static func keyword(_ k: Keyword) -> String {
        k.name.map { "\($0)=\(expression(k.value))" } ?? "**\(expression(k.value))"
    }

    static func parameter(_ p: Parameters.Parameter) -> String {
        p.name + (p.annotation.map { ":" + expression($0) } ?? "")
    }

    static func parameters(_ p: Parameters) -> String {
        var parts: [String] = []
        let positional = p.positionalOnly + p.positional
        let firstDefault = positional.count - p.defaults.count
        for (i, parameter) in positional.enumerated() {
            var text = self.parameter(parameter)
            if i >= firstDefault { text += "=" + expression(p.defaults[i - firstDefault]) }
            parts.append(text)
            if i == p.positionalOnly.count - 1 { parts.append("/") }
        }
        if let varArgs = p.varArgs {
            parts.append("*" + parameter(varArgs))
        } else if !p.keywordOnly.isEmpty {
            parts.append("*")
        }
        for (parameter, defaultValue) in zip(p.keywordOnly, p.keywordDefaults) {
            parts.append(self.parameter(parameter) + (defaultValue.map { "=" + expression($0) } ?? ""))
        }
        if let varKeywords = p.varKeywords { parts.append("**" + parameter(varKeywords)) }
        return parts.joined(separator: " ")
    }

    static func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .ellipsis: return "..."
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let b): return b.description
        case .float(let d): return String(d)
        case .str(let s): return "'" + s + "'"
        }
    }

    static func parts(_ parts: [FormattedPart]) -> String {
        parts.map { part -> String in
            switch part {
            case .literal(let s): return "'" + s + "'"
            case .field(let e, let conversion, let spec):
                var text = "{" + expression(e)
                if let conversion { text += "!" + String(conversion) }
                if let spec { text += ":" + self.parts(spec) }
                return text + "}"
            }
        }.joined(separator: " ")
    }

    static func comprehensions(_ clauses: [Comprehension]) -> String {
        clauses.map { c in
            "(for \(expression(c.target)) in \(expression(c.iterable))" + c.conditions.map { " if " + expression($0) }.joined() + ")"
        }.joined(separator: " ")
    }

    static func list(_ head: String, _ items: [Expression]) -> String {
        "(" + ([head] + items.map(expression)).joined(separator: " ") + ")"
    }

    static func expression(_ e: Expression) -> String {
        switch e.kind {
        case .name(let n): return n
        case .constant(let c): return constant(c)
        case .formatted(let p): return "(f " + parts(p) + ")"
        case .tuple(let items): return list("tuple", items)
        case .list(let items): return list("list", items)
        case .set(let items): return list("set", items)
        case .dict(let keys, let values):
            let items = zip(keys, values).map { key, value in
                key.map { expression($0) + ":" + expression(value) } ?? "**" + expression(value)
            }
            return "(" + (["dict"] + items).joined(separator: " ") + ")"
        case .attribute(let object, let name): return "(. \(expression(object)) \(name))"
        case .subscription(let object, let index): return "([] \(expression(object)) \(expression(index)))"
        case .slice(let a, let b, let c):
            return "(slice " + [a, b, c].map { $0.map(expression) ?? "_" }.joined(separator: " ") + ")"
        case .starred(let inner): return "(* \(expression(inner)))"
        case .call(let function, let arguments, let keywords):
            return "(" + (["call", expression(function)] + arguments.map(expression) + keywords.map(keyword)).joined(separator: " ") + ")"
        case .binary(let op, let a, let b): return "(\(op.symbol) \(expression(a)) \(expression(b)))"
        case .unary(let op, let a):
            let name: String
            switch op {
            case .negative: name = "neg"
            case .positive: name = "pos"
            case .invert: name = "~"
            case .not: name = "not"
            }
            return "(\(name) \(expression(a)))"
        case .boolean(let isAnd, let values): return list(isAnd ? "and" : "or", values)
        case .compare(let first, let rest):
            return "(cmp " + ([expression(first)] + rest.map { "\($0.0.symbol) \(expression($0.1))" }).joined(separator: " ") + ")"
        case .conditional(let test, let body, let orElse):
            return "(ifexp \(expression(test)) \(expression(body)) \(expression(orElse)))"
        case .lambda(let p, let body): return "(lambda (\(parameters(p))) \(expression(body)))"
        case .named(let target, let value): return "(:= \(target) \(expression(value)))"
        case .listComprehension(let element, let clauses): return "(listcomp \(expression(element)) \(comprehensions(clauses)))"
        case .setComprehension(let element, let clauses): return "(setcomp \(expression(element)) \(comprehensions(clauses)))"
        case .dictComprehension(let key, let value, let clauses):
            return "(dictcomp \(expression(key)):\(expression(value)) \(comprehensions(clauses)))"
        case .generator(let element, let clauses): return "(genexp \(expression(element)) \(comprehensions(clauses)))"
        case .yield(let value): return value.map { "(yield \(expression($0)))" } ?? "(yield)"
        case .yieldFrom(let value): return "(yield-from \(expression(value)))"
        }
    }
}
