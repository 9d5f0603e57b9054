import Foundation

/// Text comparison the way users expect it: Vietnamese composed or decomposed (NFC/NFD),
/// surrounding white space and letter case do not matter.
public enum TextKey {
    /// NFC form of `text`, trimmed of surrounding white space.
    public static func clean(_ text: String) -> String {
        // Fast path: ASCII is already NFC; with no white space at either end it is unchanged.
        let u = text.utf8
        if let first = u.first, let last = u.last, !isASCIISpace(first), !isASCIISpace(last), u.allSatisfy({ $0 < 0x80 }) {
            return text
        }
        return text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: ignorableAtEnds)
    }

    /// What `clean` trims from both ends: white space and line breaks (Foundation's set,
    /// which holds the zero-width space U+200B) and the other invisible characters
    /// spreadsheets and phones leave around values: zero-width joiner U+200D, word joiner
    /// U+2060, byte order mark / zero-width no-break space U+FEFF. One rule for them all.
    public static let ignorableAtEnds: CharacterSet = CharacterSet.whitespacesAndNewlines
        .union(CharacterSet(charactersIn: "\u{200B}\u{200D}\u{2060}\u{FEFF}"))

    private static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }

    /// The comparison key: NFC, trimmed, lower-cased.
    public static func key(_ text: String) -> String {
        clean(text).lowercased()
    }
}
