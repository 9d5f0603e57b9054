extension SVGCanvas {
    /// `text` broken at spaces into lines that fit `width` at `size` (0.5 em a letter: wrapped
    /// lines break between words, so they run shorter than `fit`'s cut), at most `maxLines`; only the last line is cut (`…`) when the text is
    /// longer still, so no two different labels read alike after their first words.
    static func wrap(_ text: String, width: Double, size: Double, maxLines: Int = 3) -> [String] {
        let perLine = max(1, Int(width / (size * 0.5)))
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if candidate.count <= perLine || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            let rest = lines[(maxLines - 1)...].joined(separator: " ")
            lines = Array(lines.prefix(maxLines - 1)) + [fit(rest, width: width, size: size)]
        }
        return lines.map { $0.count > perLine ? fit($0, width: width, size: size) : $0 }
    }
}
