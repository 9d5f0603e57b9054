import Foundation
import Testing
@testable import ParSurvey

/// Reading and validating batches: formats, labels, and every row accepted or rejected.
@Suite struct BatchLoaderTests {
    static let questionnaire = try! Questionnaire.load(path: TestPaths.fixture("pipeline/small-questionnaire.json"))

    static func load(
        _ csv: String, name: String = "b.csv", mapping: ColumnMapping = ColumnMapping(unit: "unit"),
        units: [String]? = nil
    ) throws -> BatchLoader {
        var loader = BatchLoader(questionnaire: questionnaire, mapping: mapping, units: units)
        try loader.loadCSV(bytes: Array(csv.utf8), file: name)
        return loader
    }

    @Test func quotedFieldsWithDelimitersAndNewlinesCRLFAndBOM() throws {
        let csv = "\u{FEFF}id,unit,note,a1,a2,b1\r\n\"r1\",U,\"two\r\nlines, and \"\"quotes\"\"\",5,4,3\r\nr2,U,x,1,2,3\r\n"
        let l = try Self.load(csv)
        #expect(l.accounts == [BatchAccount(file: "b.csv", read: 2, accepted: 2, rejected: 0)])
        #expect(l.table.ids == ["r1", "r2"])
        #expect(l.table.variables["note"]?.value(0) == "two\r\nlines, and \"quotes\"")
        #expect(l.table.origins.map(\.line) == [2, 4])
        #expect(l.table.answers[0] == [5, 1])
    }

    @Test(arguments: [";", "\t"])
    func detectsSemicolonAndTab(_ d: String) throws {
        let csv = ["id", "unit", "a1", "a2", "b1"].joined(separator: d) + "\n" + ["r1", "U", "5", "4", "3"].joined(separator: d) + "\n"
        let l = try Self.load(csv)
        #expect(l.table.rowCount == 1)
        #expect(l.table.answers[2] == [3])
    }

    // Labels in vi or en, NFC or NFD, any case, surrounding spaces: all map to the option.
    @Test func answersByLabel() throws {
        let nfd = "Hài lòng".decomposedStringWithCanonicalMapping
        let csv = "id,unit,a1,a2,b1\nr1,U,\(nfd),  rất HÀI LÒNG ,Neutral\nr2,U,very dissatisfied,9,\n"
        let l = try Self.load(csv)
        #expect(l.rejects.isEmpty)
        #expect(l.table.answers.map { $0 } == [[4, 1], [5, 6], [3, 0]])
    }

    @Test func unknownLabelIsRejectedNamingTheAllowedLabels() throws {
        let l = try Self.load("id,unit,a1,a2,b1\nr1,U,Hài lòng lắm,4,4\nr2,U,4,4,4\n")
        #expect(l.accounts[0].read == 2 && l.accounts[0].accepted == 1 && l.accounts[0].rejected == 1)
        let r = try #require(l.rejects.first)
        #expect(r.line == 2 && r.column == 3 && r.columnName == "a1" && r.value == "Hài lòng lắm")
        #expect(r.reason.contains("1 \"Rất không hài lòng\" / \"Very dissatisfied\"") && r.reason.contains("4 \"Hài lòng\""))
        #expect(r.message.hasPrefix("b.csv:2:3: answer matches no option"))
    }

    @Test(arguments: ["6", "0", "4.0", "04", "IV", "-1", "9999999999999999999"])
    func codesOutsideTheScaleAreRejected(_ v: String) throws {
        let l = try Self.load("id,unit,a1,a2,b1\nr1,U,\(v),4,4\n")
        #expect(l.rejects.count == 1 && l.rejects[0].column == 3 && l.rejects[0].value == v)
        #expect(l.table.rowCount == 0)
    }

    @Test func badWeightsEmptyAndDuplicateIdsAcrossBatches() throws {
        var loader = BatchLoader(questionnaire: Self.questionnaire, mapping: ColumnMapping(unit: "unit", weight: "w"))
        try loader.loadCSV(
            bytes: Array("id,unit,w,a1,a2,b1\nr1,U,1.5,4,4,4\nr2,U,abc,4,4,4\n,U,1,4,4,4\nr3,U,0,4,4,4\n".utf8), file: "one.csv")
        try loader.loadCSV(bytes: Array("id,unit,w,a1,a2,b1\nr1,V,1,4,4,4\nr4,V,2,5,5,5\n".utf8), file: "two.csv")
        #expect(loader.accounts.map(\.read) == [4, 2])
        #expect(loader.accounts.map(\.accepted) == [1, 1])
        #expect(loader.accounts.map(\.rejected) == [3, 1])
        #expect(
            loader.rejects.map(\.message) == [
                "one.csv:3:3: weight is not a number (column 'w', value 'abc')",
                "one.csv:4:1: empty respondent id (column 'id', value '')",
                "one.csv:5:3: weight must be positive (column 'w', value '0')",
                "two.csv:2:1: duplicate respondent id (first at one.csv:2) (column 'id', value 'r1')",
            ])
        #expect(loader.table.designWeights == [1.5, 2])
    }

    @Test func unknownUnitsAreRejectedWhenAUnitListIsGiven() throws {
        let l = try Self.load("id,unit,a1,a2,b1\nr1,Tây Sơn,4,4,4\nr2,Tay Son,4,4,4\nr3,TÂY SƠN,4,4,4\n", units: ["Tây Sơn"])
        #expect(l.table.unit.levels == ["Tây Sơn"])
        #expect(l.table.unit.codes == [0, 0])
        #expect(l.rejects.map(\.message) == ["b.csv:3:2: unknown unit (not in the manifest's units) (column 'unit', value 'Tay Son')"])
    }

    @Test func raggedRowsAreRejected() throws {
        let l = try Self.load("id,unit,a1,a2,b1\nr1,U,4,4\nr2,U,4,4,4,4\nr3,U,4,4,4\n")
        #expect(l.rejects.map(\.message) == ["b.csv:2: row has 4 fields, the header has 5", "b.csv:3: row has 6 fields, the header has 5"])
        #expect(l.accounts[0].accepted == 1)
    }

    @Test func missingAndUnknownQuestionColumnsAreFileErrors() {
        #expect(
            throws: BatchError.header(file: "b.csv", column: 0, value: "", message: .missingQuestions(["b1"], questionnaire: "small"))
        ) {
            try Self.load("id,unit,a1,a2\nr1,U,4,4\n")
        }
        #expect(
            throws: BatchError.header(
                file: "b.csv", column: 6, value: "a3",
                message: .noSuchQuestion("a3", questionnaire: "small"))
        ) {
            try Self.load("id,unit,a1,a2,b1,a3\nr1,U,4,4,4,4\n")
        }
    }

    @Test func headerWithoutIdColumn() {
        #expect(
            throws: BatchError.header(
                file: "b.csv", column: 0, value: "id",
                message: .noColumn(role: .respondentID, name: "id", columns: "ma, unit, a1, a2, b1"))
        ) {
            try Self.load("ma,unit,a1,a2,b1\nr1,U,4,4,4\n")
        }
    }

    @Test func utf16IsRefusedWithASaveAsUTF8Message() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "id,unit\n".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        var loader = BatchLoader(questionnaire: Self.questionnaire, mapping: ColumnMapping())
        #expect(throws: BatchError.utf16(file: "u.csv")) { try loader.loadCSV(bytes: bytes, file: "u.csv") }
        #expect(BatchError.utf16(file: "u.csv").description.contains("save it as \"CSV UTF-8\""))
    }

    @Test func unterminatedQuoteNamesWhereTheFieldOpened() {
        #expect(throws: BatchError.unterminatedQuote(file: "b.csv", line: 3, column: 2, value: "\"U,4,4,4")) {
            try Self.load("id,unit,a1,a2,b1\nr1,U,4,4,4\nr2,\"U,4,4,4\n")
        }
    }

    @Test func jsonLines() throws {
        var loader = BatchLoader(questionnaire: Self.questionnaire, mapping: ColumnMapping(unit: "unit"))
        let text = """
            {"id": "r1", "unit": "U", "a1": 5, "a2": "Hài lòng", "b1": null}
            {"id": "r2", "unit": "U", "a1": 7, "a2": 4, "b1": 4}

            {"id": "r3", "unit": "U", "a1": 1, "a2": 4, "b1": 4
            """
        try loader.loadJSONLines(bytes: Array(text.utf8), file: "b.jsonl")
        #expect(loader.accounts == [BatchAccount(file: "b.jsonl", read: 3, accepted: 1, rejected: 2, blankLines: 1)])
        #expect(loader.table.answers.map { $0 } == [[5], [4], [0]])
        #expect(loader.rejects.map(\.line) == [2, 4])
    }
}
