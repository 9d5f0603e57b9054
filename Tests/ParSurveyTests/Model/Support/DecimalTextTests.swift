import Testing
@testable import ParSurvey

/// Published points round half-up on the decimal text (STATISTICS.md): 84.105 → 84.11, 1.005 → 1.01.
@Suite struct DecimalTextTests {
    @Test(arguments: [
        (84.105, 8411), (1.005, 101), (0.125, 13), (25.699986, 2570), (8.020233, 802),
        (18.375, 1838), (2.675, 268), (0.0, 0), (30.0, 3000), (1e-7, 0), (0.005, 1), (0.00499, 0),
    ])
    func roundsHalfUpOnDecimalText(_ x: Double, _ hundredths: Int) {
        #expect(DecimalText.roundedScaled(x) == hundredths)
    }

    @Test func formatsVietnameseAndEnglish() {
        #expect(DecimalText.format(scaled: 8411, language: .vi) == "84,11")
        #expect(DecimalText.format(scaled: 8411, language: .en) == "84.11")
        #expect(DecimalText.format(scaled: 5, language: .en) == "0.05")
        #expect(DecimalText.format(scaled: -235, language: .vi) == "-2,35")
    }

    @Test func readsTwoDecimalScoresExactly() {
        #expect(DecimalText.hundredths("6.47") == 647)
        #expect(DecimalText.hundredths("6,47") == 647)
        #expect(DecimalText.hundredths("10.5") == 1050)
        #expect(DecimalText.hundredths("5") == 500)
        #expect(DecimalText.hundredths("2.970") == 297)
        #expect(DecimalText.hundredths("2.975") == nil)
        #expect(DecimalText.hundredths("-1") == nil)
        #expect(DecimalText.hundredths("abc") == nil)
    }

    @Test(arguments: ["nan", "inf", "1e400", "-0", "0x10", "", "abc", "-2", "0", "1.5.2"])
    func refusesBadWeights(_ text: String) {
        if case .success = DecimalText.parsePositiveWeight(Array(text.utf8)[...]) {
            Issue.record("accepted weight '\(text)'")
        }
    }

    @Test func acceptsPlainWeights() throws {
        #expect(try DecimalText.parsePositiveWeight(Array("2.5".utf8)[...]).get() == 2.5)
        #expect(try DecimalText.parsePositiveWeight(Array("1,25".utf8)[...]).get() == 1.25)
        #expect(try DecimalText.parsePositiveWeight(Array("3e2".utf8)[...]).get() == 300)
    }

    /// The one thousands-grouping rule (reader limits, rejects, progress, tables), by hand.
    @Test func groupsThousands() {
        #expect(DecimalText.grouped(0) == "0" && DecimalText.grouped(999) == "999")
        #expect(DecimalText.grouped(1000) == "1,000" && DecimalText.grouped(1_048_576) == "1,048,576")
        #expect(DecimalText.grouped(-1000, separator: ".") == "-1.000")
        #expect(DecimalText.grouped(123_456_789, separator: ".") == "123.456.789")
    }
}
