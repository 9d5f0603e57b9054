extension TerminalText {
    /// Columns `text` takes on a terminal: combining marks (Vietnamese tones written
    /// decomposed, NFD) and zero-width characters take none, East Asian wide characters two,
    /// every other character one. `String.count` is wrong for this on NFD text and for
    /// wide characters; this counts Unicode scalars.
    public static func width(_ text: String) -> Int {
        var n = 0
        for s in text.unicodeScalars { n += width(of: s) }
        return n
    }

    /// Columns one scalar takes (0, 1 or 2).
    package static func width(of s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return v < 0x20 || v == 0x7F ? 0 : 1 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    /// `text` padded with spaces to `columns` display columns, on the right (`left: true`) or left.
    public static func pad(_ text: String, to columns: Int, left: Bool) -> String {
        let pad = String(repeating: " ", count: max(0, columns - width(text)))
        return left ? text + pad : pad + text
    }

    /// Every line of `text` no wider than `columns`: a longer line is broken at spaces, its
    /// continuation indented two columns past the line's own indent (a word wider than the
    /// room is cut). Lines that fit are kept as they are.
    public static func fit(_ text: String, columns: Int) -> String {
        guard columns > 0 else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.contains(where: { width(String($0)) > columns }) else { return text }
        return lines.map { l -> String in
            let line = String(l)
            return width(line) <= columns ? line : wrap(line, columns: columns).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// One line broken into lines of at most `columns` display columns.
    public static func wrap(_ line: String, columns: Int) -> [String] {
        let indent = line.prefix { $0 == " " }.count
        let hanging = String(repeating: " ", count: min(indent + 2, max(0, columns / 2)))
        var out: [String] = []
        var current = String(repeating: " ", count: indent)
        var currentWidth = indent
        var hasWord = false
        for word in line.dropFirst(indent).split(separator: " ", omittingEmptySubsequences: true) {
            var w = String(word)
            var ww = width(w)
            if hasWord && currentWidth + 1 + ww > columns {
                out.append(current)
                current = hanging
                currentWidth = hanging.count
                hasWord = false
            }
            // a word wider than the room is cut
            while currentWidth + (hasWord ? 1 : 0) + ww > columns {
                let room = columns - currentWidth - (hasWord ? 1 : 0)
                if room <= 0 {
                    out.append(current)
                    current = hanging
                    currentWidth = hanging.count
                    hasWord = false
                    continue
                }
                var head = ""
                var hw = 0
                var rest = Substring(w)
                while let c = rest.first, hw + width(String(c)) <= room {
                    head.append(c)
                    hw += width(String(c))
                    rest = rest.dropFirst()
                }
                if head.isEmpty { break }
                current += (hasWord ? " " : "") + head
                out.append(current)
                current = hanging
                currentWidth = hanging.count
                hasWord = false
                w = String(rest)
                ww = width(w)
            }
            current += (hasWord ? " " : "") + w
            currentWidth += (hasWord ? 1 : 0) + ww
            hasWord = true
        }
        if hasWord || out.isEmpty { out.append(current) }
        return out
    }
}
