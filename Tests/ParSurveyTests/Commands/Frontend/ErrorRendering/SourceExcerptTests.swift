import Foundation
import Testing

@testable import ParSurvey
@testable import ParSurveyCommands

/// The caret under the column: by display width, whatever the Unicode form, with control
/// characters shown and long lines cut around the column. Offsets counted by hand.
@Suite struct SourceExcerptTests {
    static func excerpt(_ line: String, column: Int, unit: ParSurveyModel.SourceLocation.ColumnUnit, width: Int = 100) -> SourceExcerpt? {
        SourceExcerpt.make(
            Array(line.utf8), location: ParSurveyModel.SourceLocation(file: "f", line: 2, column: column, columnUnit: unit), width: width)
    }

    @Test func decomposedVietnameseTakesOneColumnPerLetter() {
        // "Tây Sơn" decomposed: â = a + U+0302, ơ = o + U+031B; field 3 starts after 11 letters.
        let nfd = "T2,Ta\u{302}y So\u{31B}n,x"
        #expect(Self.excerpt(nfd, column: 3, unit: .field)?.caretOffset == 11)
        // the same line composed: the same offset
        #expect(Self.excerpt("T2,Tây Sơn,x", column: 3, unit: .field)?.caretOffset == 11)
    }

    @Test func byteColumnsCountUTF8Bytes() {
        // `{"đơn": 1}`: byte 11 is `1` (đ and ơ are two bytes each): 8 characters before it.
        #expect(Self.excerpt("{\"đơn\": 1}", column: 11, unit: .byte)?.caretOffset == 8)
    }

    @Test func controlCharactersAreShownAndCounted() {
        // a tab is shown as `\t` (two columns): field 2 of `a\tb` (tab-delimited) starts at column 4.
        let e = Self.excerpt("a\t\"b", column: 2, unit: .field)
        #expect(e?.text == "a\\t\"b")
        #expect(e?.caretOffset == 3)
        #expect(Self.excerpt("x;y\u{1B}z", column: 5, unit: .character)?.text == "x;y\\u{1B}z")
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(Self.excerpt("中文,x", column: 2, unit: .field)?.caretOffset == 5)
    }

    @Test func longLinesAreCutAroundTheColumn() {
        // 300 `a`, then `X` at column 301: cut to 20 columns, `…` before, the caret under X.
        let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
        let e = Self.excerpt(line, column: 301, unit: .character, width: 20)
        #expect(e != nil)
        #expect(e!.text.hasPrefix("…") && e!.text.hasSuffix("…") && e!.text.count <= 20)
        let chars = Array(e!.text)
        #expect(chars[e!.caretOffset] == "X")
    }
}
