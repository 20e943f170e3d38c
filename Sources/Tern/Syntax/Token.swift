/// A lexical token with its position (1-based line, 0-based column in code points).
struct Token {
    enum Kind: Equatable {
        case name
        case keyword
        case integer
        case float
        case imaginary
        case string
        case op
        case newline
        case indent
        case dedent
        case endOfFile
    }

    let kind: Kind
    /// Source text for names, keywords, numbers and operators; the decoded value for strings.
    let text: String
    let line: Int
    let column: Int
    let endLine: Int
    let endColumn: Int
    /// For strings: the prefix letters, lowercased ("", "r", "f", "rf", "b", ...).
    var stringPrefix: String = ""
    /// For f-strings: the raw body between the quotes, parsed later into parts.
    var rawBody: String = ""
    /// For f-strings: where the body starts, for error positions inside replacement fields.
    var bodyLine = 0
    var bodyColumn = 0

    func isOperator(_ symbol: String) -> Bool { kind == .op && text == symbol }
    func isKeyword(_ word: String) -> Bool { kind == .keyword && text == word }
}

/// The language's keywords and operators: the grammar file lists exactly these (a test checks).
enum Vocabulary {
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    ]

    /// Longest first, so the lexer's greedy match is correct.
    static let operators: [String] = [
        "**=", "//=", ">>=", "<<=", "...",
        "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>",
        "@=", "^=", "|=",
        "!", "%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "]",
        "^", "{", "|", "}", "~",
    ]
}
