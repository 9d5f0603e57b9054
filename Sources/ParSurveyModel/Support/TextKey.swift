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
        return text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }

    /// The comparison key: NFC, trimmed, lower-cased.
    public static func key(_ text: String) -> String {
        clean(text).lowercased()
    }
}
