import Foundation
import Testing
@testable import ParSurvey

/// `TextKey.clean`'s second fast path (composed Latin and Vietnamese text returned as it is)
/// against Foundation's NFC and trimming, the slow path, for every scalar it accepts: alone,
/// at either end and inside a word. No accepted scalar is a combining mark, so no pair of
/// them can compose: single scalars cover every string the path accepts.
@Suite struct TextKeyLatinFastPathTests {
    static func slow(_ s: String) -> [Unicode.Scalar] {
        Array(s.precomposedStringWithCanonicalMapping.trimmingCharacters(in: TextKey.ignorableAtEnds).unicodeScalars)
    }

    @Test func everyAcceptedScalarMatchesFoundation() {
        let values = Array(0x01..<0x300) + Array(0x1E00...0x1EFF)
        for v in values {
            let s = Character(Unicode.Scalar(UInt32(v))!)
            for text in ["\(s)", "a\(s)b", "\(s)x", "x\(s)"] {
                #expect(Array(TextKey.clean(text).unicodeScalars) == Self.slow(text), "U+\(String(v, radix: 16))")
            }
        }
    }

    /// The path is taken for composed Vietnamese names and refused for decomposed text and
    /// white space at an end (which then go through Foundation).
    @Test func fastPathTakenForComposedNamesOnly() {
        for name in ["Xã mẫu 0001", "Tây Sơn", "Phường Hoài Nhơn", "Đặc khu mẫu 0013", "Bình Định"] {
            #expect(TextKey.isStableLatin(name), "\(name)")
            #expect(TextKey.clean(name) == name)
        }
        for text in ["Ta\u{0302}y So\u{031B}n", " Tây Sơn", "Tây Sơn\u{00A0}", "Tây\u{200B}", ""] {
            #expect(!TextKey.isStableLatin(text), "\(text)")
        }
    }
}
