import Foundation
import Testing

@testable import ParSurvey

/// Display width and line fitting: Vietnamese written decomposed (NFD) takes as many columns
/// as composed (NFC); wide characters take two.
@Suite struct TerminalWidthTests {
    @Test func combiningMarksTakeNoColumn() {
        let nfc = "Tây Sơn, Vĩnh Thạnh"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)  // the marks are there
        #expect(TerminalText.width(nfc) == 19)  // counted by hand: 7 + 2 + 10
        #expect(TerminalText.width(nfd) == 19)
        #expect(TerminalText.width("漢字") == 4)
        #expect(TerminalText.width("25,70 ± 0,49") == 12)
    }

    @Test func longLinesAreWrappedAtSpacesWithAHangingIndent() {
        let text = "  Khảo sát hài lòng (30): điểm điều tra xã hội học\nngắn"
        let fitted = TerminalText.fit(text, columns: 24)
        let lines = fitted.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == ["  Khảo sát hài lòng", "    (30): điểm điều tra", "    xã hội học", "ngắn"])
        #expect(TerminalText.fit("short\nlines", columns: 24) == "short\nlines")
        // a word longer than the room is cut
        #expect(TerminalText.wrap("abcdefghij", columns: 4) == ["abcd", "  ef", "  gh", "  ij"])
    }

    @Test func probabilitiesNeverReadAsCertainty() {
        let vi = ReportStyle(format: .table, language: .vi)
        let en = ReportStyle(format: .table, language: .en)
        #expect(vi.probability(0.9996) == "> 99,9 %")  // issue 14: 0.9996 printed as 100 %
        #expect(vi.probability(1) == "> 99,9 %")
        #expect(vi.probability(0.996) == "99,6 %")
        #expect(vi.probability(0.94) == "94 %")
        #expect(vi.probability(0.003) == "0,3 %")
        #expect(vi.probability(0.0004) == "< 0,1 %")
        #expect(en.probability(0.9996) == "> 99.9%")
    }

    @Test func countsAreGroupedFromAThousand() {
        let vi = ReportStyle(format: .table, language: .vi)
        #expect(vi.count(3393) == "3.393")
        #expect(vi.count(12982) == "12.982")
        #expect(vi.count(999) == "999")
        #expect(ReportStyle(format: .table, language: .en).count(3393) == "3,393")
        #expect(ReportStyle(format: .csv, language: .vi).count(3393) == "3393")
    }
}
