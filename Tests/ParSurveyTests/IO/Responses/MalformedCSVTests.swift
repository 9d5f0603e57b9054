import Foundation
import ParSurveyCommands
import Testing
@testable import ParSurvey

/// One end-to-end test per CSV file of the malformed corpus: the exact file-level error
/// (file, line, column, value) or the exact rejects and accepted rows. Expected messages are
/// written from the file contents by hand (line = record's first line, column = field number).
@Suite struct MalformedCSVTests {
    typealias C = MalformedCorpus

    @Test func unterminatedQuoteAtEndOfFileNamesWhereTheQuoteOpens() {
        let p = C.path("unterminated-quote.csv")
        // line 3 is `T2,Tây Sơn,"4,5,4`: the quote opens field 3 and nothing closes it.
        #expect(C.error(p) == .unterminatedQuote(file: p, line: 3, column: 3, value: "\"4,5,4"))
        #expect(
            C.error(p)?.description
                == "\(p):3:3: a quoted field opens here and is never closed (unterminated quote; the field starts '\"4,5,4')")
        #expect(C.error(p)?.exitCode == .dataError)
    }

    @Test func quoteInsideAnUnquotedFieldRejectsTheRow() throws {
        let p = C.path("quote-in-unquoted.csv")
        let l = try C.load([p])
        #expect(
            l.rejects.map(\.message) == [
                "\(p):3:3: a quote inside an unquoted field (quote the whole field and double the quote) (column 'q1', value '4 \"rất\"')",
                "\(p):5: text after a closing quote (quote the whole field and double inner quotes)",
            ])
        #expect(l.table.ids == ["T1", "T3"])
        #expect(C.counts(l) == [[4, 2, 2]])
    }

    @Test func embeddedNULRejectsTheRowShowingTheByte() throws {
        let p = C.path("nul-byte.csv")
        let l = try C.load([p])
        #expect(l.rejects.map(\.message) == ["\(p):3:3: NUL byte in the field (binary or corrupt data) (column 'q1', value '4\\x00')"])
        #expect(l.table.ids == ["T1", "T3"])
    }

    @Test func invalidUTF8InOneLabelRejectsThatRowWithTheBytesInHex() throws {
        let p = C.path("invalid-utf8-label.csv")
        let l = try C.load([p])
        // H\xE0i l\xF2ng is Hài lòng in a legacy 8-bit code page; one bad line is a row problem.
        #expect(
            l.rejects.map(\.message) == [
                "\(p):3:3: invalid UTF-8 in the answer (save the file as CSV UTF-8) (column 'q1', value 'H\\xE0i l\\xF2ng')"
            ])
        #expect(C.counts(l) == [[3, 2, 1]])
    }

    @Test func invalidUTF8OnSeveralLinesIsAnEncodingErrorNamingTheFirstByte() {
        // Line 3 is `T2,T\xE2y S\xA1n,…`: the 5th byte, 0xE2, starts the bad bytes; line 4 has more.
        let p = C.path("invalid-utf8-lines.csv")
        #expect(
            C.error(p)?.description
                == "\(p): not UTF-8 text: line 3, byte 5: byte 0xE2 is not UTF-8 (2 lines affected); it looks like Windows-1258 (Vietnamese Windows \"CSV\"); declare the encoding, or save the file as \"CSV UTF-8\""
        )
        #expect(C.error(p)?.exitCode == .dataError)
    }

    @Test func invalidUTF8InTheHeaderIsAnEncodingError() {
        // `id,district,c` is 13 bytes: the 14th, 0xE2, is the bad one.
        let p = C.path("invalid-utf8-header.csv")
        #expect(
            C.error(p)?.description
                == "\(p): not UTF-8 text: line 1, byte 14: byte 0xE2 is not UTF-8 (1 line affected); it looks like Windows-1252 (Western Windows \"CSV\") or Windows-1258; declare the encoding, or save the file as \"CSV UTF-8\""
        )
    }

    @Test func invalidUTF8InACarriageReturnOnlyFileIsOnItsOwnLine() throws {
        // With lone CR line ends the bad answer is on line 4, not "line 1" (the header).
        let p = C.path("invalid-utf8-cr-only.csv")
        let l = try C.load([p])
        #expect(
            l.rejects.map(\.message) == [
                "\(p):4:3: invalid UTF-8 in the answer (save the file as CSV UTF-8) (column 'q1', value 'H\\xE0i l\\xF2ng')"
            ])
        #expect(C.counts(l) == [[4, 3, 1]])
    }

    @Test(arguments: ["utf16le-bom.csv", "utf16be-bom.csv"])
    func utf16WithBOMIsReadLikeUTF8(_ name: String) throws {
        let l = try C.load([C.path(name)])
        #expect(l.table.ids == ["T1"])
        #expect(l.table.unit.value(0) == "Tây Sơn")
        #expect(l.table.answers == [[4], [5], [4]])
    }

    @Test func utf16WithoutBOMSaysWhichEncodingToPass() {
        let p = C.path("utf16le-no-bom.csv")
        #expect(C.error(p) == .utf16(file: p))
        #expect(
            C.error(p)?.description
                == "\(p): the file is UTF-16 text (Excel \"Unicode text\") without a byte-order mark; save it as \"CSV UTF-8\" or declare its encoding"
        )
    }

    @Test func raggedRowsTooFewAndTooManyFields() throws {
        let p = C.path("ragged-rows.csv")
        let l = try C.load([p])
        #expect(l.rejects.map(\.message) == ["\(p):2: row has 4 fields, the header has 5", "\(p):3: row has 6 fields, the header has 5"])
        #expect(l.table.ids == ["T3"])
    }

    @Test func headerRepeatedAsADataRowIsRejectedAsSuch() throws {
        let p = C.path("header-duplicated.csv")
        let l = try C.load([p])
        #expect(l.rejects.map(\.message) == ["\(p):3: the header line is repeated as a data row (two exports pasted together?)"])
        #expect(l.table.ids == ["T1", "T2"])
        #expect(C.counts(l) == [[3, 2, 1]])
    }

    @Test func headerOnlyLoadsNoRows() throws {
        let l = try C.load([C.path("header-only.csv")])
        #expect(C.counts(l) == [[0, 0, 0]])
        #expect(l.table.rowCount == 0 && l.rejects.isEmpty)
    }

    @Test(arguments: ["empty.csv", "only-bom.csv"])
    func emptyFileOrOnlyABOMIsAnError(_ name: String) {
        let p = C.path(name)
        #expect(C.error(p) == .empty(file: p))
        #expect(C.error(p)?.description == "\(p): the file is empty (no header line)")
    }

    @Test func carriageReturnOnlyLineEndingsCountLines() throws {
        let p = C.path("cr-only.csv")
        let l = try C.load([p])
        // Lines: 1 header, 2 T1, 3–4 "T2<CR>x" (a quoted line break), 5 T3 with q1 = 7, 6 T4.
        #expect(
            l.rejects.map(\.message) == [
                "\(p):5:3: answer matches no option of scale 'satisfaction5'; allowed: \(C.allowed) (column 'q1', value '7')"
            ])
        #expect(l.table.ids == ["T1", "T2\rx", "T4"])
        #expect(l.table.origins.map(\.line) == [2, 3, 6])
        #expect(C.counts(l) == [[4, 3, 1]])
    }

    @Test func answersThatAreNotExactlyACodeOrLabelAreRejected() throws {
        let p = C.path("answers.csv")
        let l = try C.load([p])
        let values = [(2, "4.0"), (4, "04"), (5, "IV"), (6, "-1"), (7, "9999999999999999999")]
        #expect(
            l.rejects.map(\.message)
                == values.map { line, v in
                    "\(p):\(line):3: answer matches no option of scale 'satisfaction5'; allowed: \(C.allowed) (column 'q1', value '\(v)')"
                })
        // ` 4 ` is accepted (surrounding spaces are ignored); labels match in any case.
        #expect(l.table.ids == ["A2", "A7"])
        #expect(l.table.answers == [[4, 4], [5, 5], [5, 4]])
    }

    @Test func weightsThatAreNotPositiveFiniteDecimalsAreRejected() throws {
        let p = C.path("weights.csv")
        let l = try C.load([p], weight: true)
        let expected = [
            (3, "weight is not a number", "nan"), (4, "weight is not a number", "inf"),
            (5, "weight is too large (not finite)", "1e400"), (6, "weight must be positive", "-0"),
            (7, "weight is not a number", "0x10"), (9, "weight must be positive", "0"),
        ]
        #expect(l.rejects.map(\.message) == expected.map { "\(p):\($0.0):6: \($0.1) (column 'weight', value '\($0.2)')" })
        #expect(l.table.ids == ["W1", "W7"])
        #expect(l.table.designWeights == [1.5, 2.5])
    }

    @Test func duplicateIdsAcrossBatchesNameTheFirstOccurrence() throws {
        let p1 = C.path("duplicate-ids-1.csv")
        let p2 = C.path("duplicate-ids-2.csv")
        let l = try C.load([p1, p2])
        // `Tú` is NFC in the first file and NFD in the second: the same id.
        #expect(
            l.rejects.map(\.message) == [
                "\(p2):2:1: duplicate respondent id (first at \(p1):2) (column 'id', value 'T1')",
                "\(p2):3:1: duplicate respondent id (first at \(p1):3) (column 'id', value 'Tú')",
                "\(p2):5:1: duplicate respondent id (first at \(p2):4) (column 'id', value 'T3')",
            ])
        #expect(C.counts(l) == [[3, 3, 0], [4, 1, 3]])
    }

    @Test func mixedNFCAndNFDLabelsMatchAsOne() throws {
        let l = try C.load([C.path("nfc-nfd.csv")])
        #expect(l.rejects.isEmpty)
        #expect(l.table.unit.levels == ["Tây Sơn", "An Lão"])
        #expect(l.table.unit.codes == [0, 0, 1])
        #expect(l.table.answers == [[4, 4, 3], [5, 5, 5], [4, 4, 5]])
        // The NFD header `xã` and the NFC/NFD values are stored NFC: one column, one level.
        #expect(l.table.variableOrder.map { Array($0.utf8) } == [[0x78, 0xC3, 0xA3]])
        let commune = try #require(l.table.variables.values.first)
        #expect(commune.levels.map { Array($0.utf8) } == [Array("Phú Phong".precomposedStringWithCanonicalMapping.utf8)])
        #expect(commune.codes == [0, 0, 0])
    }
}
