/// A small pull tokenizer for the XML inside OOXML parts, working on bytes.
///
/// It yields start tags (with attributes), end tags and text, checks that tags nest,
/// decodes the five predefined entities and character references, and refuses DOCTYPE
/// declarations (OOXML has none; refusing them shuts out entity expansion attacks).
/// Names are compared by local name (the part after a namespace prefix). No `String` is
/// made per token: callers compare byte ranges and decode only the values they keep.
package struct XMLPullParser {
    /// One token.
    package enum Event: Equatable {
        /// `<name …>` or `<name …/>`; attributes are in `attributes` until the next call.
        case start(name: Range<Int>, selfClosing: Bool)
        /// `</name>`, or the implied end of a self-closing tag.
        case end(name: Range<Int>)
        /// Character data between tags (`raw`: CDATA, no entities to decode).
        case text(Range<Int>, raw: Bool)
        /// End of input.
        case endOfInput
    }

    /// A well-formedness problem at a byte offset.
    package struct Failure: Error, Sendable, Equatable {
        /// 0-based byte offset.
        var offset: Int
        /// What is wrong.
        var message: String

        package init(offset: Int, message: String) {
            self.offset = offset
            self.message = message
        }
    }

    let bytes: [UInt8]
    private(set) var position = 0
    /// Attributes of the last start tag: local name range and raw value range.
    private(set) var attributes: [(name: Range<Int>, value: Range<Int>)] = []
    private var stack: [Range<Int>] = []
    private var pendingEnd: Range<Int>?

    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Nesting depth (open elements).
    var depth: Int { stack.count }

    /// The next token.
    package mutating func next() throws(Failure) -> Event {
        if let e = pendingEnd {
            pendingEnd = nil
            return .end(name: e)
        }
        let n = bytes.count
        while true {
            guard position < n else {
                if let open = stack.last { throw Failure(offset: n, message: "input ends inside <\(string(open))>") }
                return .endOfInput
            }
            if bytes[position] != 0x3C {  // text
                let start = position
                while position < n && bytes[position] != 0x3C { position += 1 }
                if stack.isEmpty {
                    if bytes[start..<position].allSatisfy({
                        $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF
                    }) {
                        continue
                    }
                    throw Failure(offset: start, message: "text outside the root element")
                }
                return .text(start..<position, raw: false)
            }
            // '<'
            guard position + 1 < n else { throw Failure(offset: position, message: "input ends after '<'") }
            let c = bytes[position + 1]
            if c == 0x3F {  // <? … ?>
                guard let e = find([0x3F, 0x3E], from: position + 2) else {
                    throw Failure(offset: position, message: "unterminated processing instruction")
                }
                position = e + 2
                continue
            }
            if c == 0x21 {  // <!
                if starts([0x21, 0x2D, 0x2D], at: position + 1) {
                    guard let e = find([0x2D, 0x2D, 0x3E], from: position + 4) else {
                        throw Failure(offset: position, message: "unterminated comment")
                    }
                    position = e + 3
                    continue
                }
                if starts(Array("![CDATA[".utf8), at: position + 1) {
                    let start = position + 9
                    guard let e = find([0x5D, 0x5D, 0x3E], from: start) else {
                        throw Failure(offset: position, message: "unterminated CDATA section")
                    }
                    position = e + 3
                    if stack.isEmpty { throw Failure(offset: start, message: "CDATA outside the root element") }
                    return .text(start..<e, raw: true)
                }
                throw Failure(offset: position, message: "DOCTYPE or other declaration is not allowed in a workbook part")
            }
            if c == 0x2F {  // </name>
                var i = position + 2
                let ns = i
                while i < n && isNameByte(bytes[i]) { i += 1 }
                let name = ns..<i
                while i < n && isSpace(bytes[i]) { i += 1 }
                guard i < n && bytes[i] == 0x3E else { throw Failure(offset: position, message: "malformed end tag") }
                guard let open = stack.popLast() else {
                    throw Failure(offset: position, message: "end tag </\(string(name))> without a start tag")
                }
                guard bytes[open] == bytes[name] else {
                    throw Failure(offset: position, message: "end tag </\(string(name))> does not match <\(string(open))>")
                }
                position = i + 1
                return .end(name: localName(name))
            }
            return try startTag()
        }
    }

    private mutating func startTag() throws(Failure) -> Event {
        let n = bytes.count
        let tagStart = position
        var i = position + 1
        let ns = i
        while i < n && isNameByte(bytes[i]) { i += 1 }
        guard i > ns else { throw Failure(offset: tagStart, message: "'<' not followed by a name") }
        let name = ns..<i
        attributes.removeAll(keepingCapacity: true)
        while true {
            while i < n && isSpace(bytes[i]) { i += 1 }
            guard i < n else { throw Failure(offset: tagStart, message: "unterminated start tag <\(string(name))") }
            if bytes[i] == 0x3E {
                position = i + 1
                stack.append(name)
                return .start(name: localName(name), selfClosing: false)
            }
            if bytes[i] == 0x2F {
                guard i + 1 < n && bytes[i + 1] == 0x3E else { throw Failure(offset: i, message: "'/' not followed by '>'") }
                position = i + 2
                pendingEnd = localName(name)
                return .start(name: localName(name), selfClosing: true)
            }
            let an = i
            while i < n && isNameByte(bytes[i]) { i += 1 }
            guard i > an else { throw Failure(offset: i, message: "unexpected byte in tag <\(string(name))>") }
            let attrName = an..<i
            while i < n && isSpace(bytes[i]) { i += 1 }
            guard i < n && bytes[i] == 0x3D else { throw Failure(offset: i, message: "attribute \(string(attrName)) has no '='") }
            i += 1
            while i < n && isSpace(bytes[i]) { i += 1 }
            guard i < n && (bytes[i] == 0x22 || bytes[i] == 0x27) else {
                throw Failure(offset: i, message: "attribute \(string(attrName)) value is not quoted")
            }
            let q = bytes[i]
            i += 1
            let vs = i
            while i < n && bytes[i] != q {
                if bytes[i] == 0x3C { throw Failure(offset: i, message: "'<' inside an attribute value") }
                i += 1
            }
            guard i < n else { throw Failure(offset: vs, message: "unterminated attribute value") }
            attributes.append((localName(attrName), vs..<i))
            i += 1
        }
    }

    /// Skips the rest of the element whose start tag was just read (its end tag included).
    mutating func skipElement(selfClosing: Bool) throws(Failure) {
        if selfClosing {
            pendingEnd = nil
            return
        }
        let target = depth - 1
        while depth > target {
            if case .endOfInput = try next() { return }
        }
    }

    /// Whether the range holds exactly `name`.
    func equals(_ r: Range<Int>, _ name: StaticString) -> Bool {
        guard r.count == name.utf8CodeUnitCount else { return false }
        let p = name.utf8Start
        var k = 0
        for i in r {
            if bytes[i] != p[k] { return false }
            k += 1
        }
        return true
    }

    /// The raw value range of attribute `name` of the last start tag.
    func attribute(_ name: StaticString) -> Range<Int>? {
        attributes.first { equals($0.name, name) }?.value
    }

    /// The raw bytes of attribute `name` (for values that hold no entities: refs, numbers).
    func attributeBytes(_ name: StaticString) -> ArraySlice<UInt8>? {
        attribute(name).map { bytes[$0] }
    }

    /// The decoded value of attribute `name`, as a String.
    package func attributeString(_ name: StaticString) throws(Failure) -> String? {
        guard let r = attribute(name) else { return nil }
        return String(decoding: try decoded(r), as: UTF8.self)
    }

    /// Bytes of `r` with entities and character references decoded.
    package func decoded(_ r: Range<Int>) throws(Failure) -> [UInt8] {
        if !bytes[r].contains(0x26) { return Array(bytes[r]) }
        var out: [UInt8] = []
        out.reserveCapacity(r.count)
        var i = r.lowerBound
        while i < r.upperBound {
            let b = bytes[i]
            if b != 0x26 {
                out.append(b)
                i += 1
                continue
            }
            var j = i + 1
            while j < r.upperBound && bytes[j] != 0x3B && j - i < 12 { j += 1 }
            guard j < r.upperBound && bytes[j] == 0x3B else { throw Failure(offset: i, message: "'&' not followed by an entity") }
            let ent = Array(bytes[(i + 1)..<j])
            switch ent {
            case Array("lt".utf8): out.append(0x3C)
            case Array("gt".utf8): out.append(0x3E)
            case Array("amp".utf8): out.append(0x26)
            case Array("quot".utf8): out.append(0x22)
            case Array("apos".utf8): out.append(0x27)
            default:
                guard ent.first == 0x23 else {
                    throw Failure(offset: i, message: "unknown entity &\(String(decoding: ent, as: UTF8.self));")
                }
                let hex = ent.count > 1 && (ent[1] == 0x78 || ent[1] == 0x58)
                let digits = String(decoding: ent.dropFirst(hex ? 2 : 1), as: UTF8.self)
                guard let v = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(v) else {
                    throw Failure(offset: i, message: "bad character reference &\(String(decoding: ent, as: UTF8.self));")
                }
                out += Array(String(Character(scalar)).utf8)
            }
            i = j + 1
        }
        return out
    }

    /// 1-based line and column of a byte offset (for messages).
    func location(_ offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var col = 1
        for i in 0..<min(offset, bytes.count) {
            if bytes[i] == 0x0A {
                line += 1
                col = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                col += 1
            }
        }
        return (line, col)
    }

    func string(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }

    private func localName(_ r: Range<Int>) -> Range<Int> {
        var i = r.upperBound - 1
        while i >= r.lowerBound {
            if bytes[i] == 0x3A { return (i + 1)..<r.upperBound }
            i -= 1
        }
        return r
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    private func isNameByte(_ b: UInt8) -> Bool {
        !(isSpace(b) || b == 0x3E || b == 0x2F || b == 0x3D || b == 0x3C || b == 0x22 || b == 0x27)
    }

    private func starts(_ s: [UInt8], at i: Int) -> Bool {
        i + s.count <= bytes.count && bytes[i..<(i + s.count)].elementsEqual(s)
    }

    private func find(_ s: [UInt8], from: Int) -> Int? {
        var i = from
        while i + s.count <= bytes.count {
            if bytes[i] == s[0] && starts(s, at: i) { return i }
            i += 1
        }
        return nil
    }
}
