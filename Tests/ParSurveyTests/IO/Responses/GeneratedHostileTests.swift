import Foundation
import Testing
@testable import ParSurvey

/// Pathological files too big to commit, generated into a temporary folder: a 10 MB field,
/// 100,000 columns, a line of 100,000 fields, a 10 MB JSON line. Each must end in the exact
/// error or reject, within the `ReaderLimits`. (Timing is measured by Scripts/bench-hostile.sh,
/// not here.)
@Suite struct GeneratedHostileTests {
    typealias C = MalformedCorpus
    static let header = "id,district,q1,q2,q3\n"

    @Test func tenMegabyteFieldRejectsItsRowAndShowsItsStart() throws {
        let big = [UInt8](repeating: UInt8(ascii: "x"), count: 10 * 1024 * 1024)
        let bytes = Array((Self.header + "T1,Tây Sơn,4,5,4\nT2,Tây Sơn,").utf8) + big + Array(",5,4\nT3,An Lão,5,5,5\n".utf8)
        let p = C.temporary("field-10mb.csv", bytes)
        let l = try C.load([p])
        // 10 × 1024 × 1024 = 10,485,760 bytes; the value shows the first 77 characters.
        let preview = String(repeating: "x", count: 77) + "…"
        #expect(
            l.rejects.map(\.message) == [
                "\(p):3:3: field is 10,485,760 bytes, longer than the limit of 131,072 bytes (column 'q1', value '\(preview)')"
            ])
        #expect(l.table.ids == ["T1", "T3"])
    }

    @Test func tenMegabyteQuotedFieldWithLineBreaksKeepsLineNumbers() throws {
        // 1,048,576 lines of `ab""` inside one quoted id field: 5 bytes each plus the LF.
        let chunk = Array("ab\"\"\n".utf8)
        var bytes = Array((Self.header + "\"").utf8)
        for _ in 0..<1_048_576 { bytes += chunk }
        bytes += Array("\",Tây Sơn,4,5,4\nT3,An Lão,5,5,5\n".utf8)
        let p = C.temporary("quoted-10mb.csv", bytes)
        let l = try C.load([p])
        // The value is the field as written: 15 chunks (75 characters), `ab`, then `…`.
        let preview: String = String(repeating: "ab\"\"\n", count: 15) + "ab…"
        let expected: String =
            "\(p):2:1: field is 5,242,880 bytes, longer than the limit of 131,072 bytes (column 'id', value '\(preview)')"
        #expect(l.rejects.map(\.message) == [expected])
        // The record spans lines 2 to 1,048,578 (1,048,576 line breaks); T3 is on line 1,048,579.
        #expect(l.table.origins.map(\.line) == [1_048_579])
    }

    @Test func hundredThousandColumnsInTheHeaderIsAFileError() {
        var header = "id,district,q1,q2,q3"
        for i in 6...100_000 { header += ",c\(i)" }
        let p = C.temporary("columns-100000.csv", Array((header + "\nT1,Tây Sơn,4,5,4\n").utf8))
        #expect(
            C.error(p)
                == .limitExceeded(file: p, line: 1, column: 0, message: "the header has 100,000 columns, more than the limit of 16,384"))
        #expect(C.error(p)?.description == "\(p):1: the header has 100,000 columns, more than the limit of 16,384")
    }

    @Test func dataRowOfHundredThousandFieldsIsRejectedAsRagged() throws {
        let row = "T2,Tây Sơn" + String(repeating: ",4", count: 99_998)
        let p = C.temporary("row-100000.csv", Array((Self.header + "T1,Tây Sơn,4,5,4\n" + row + "\nT3,An Lão,5,5,5\n").utf8))
        let l = try C.load([p])
        #expect(l.rejects.map(\.message) == ["\(p):3: row has 100000 fields, the header has 5"])
        #expect(C.counts(l) == [[3, 2, 1]])
    }

    @Test func headerAtTheColumnLimitLoads() throws {
        // id, district, q1..q3 and 16,379 more columns = 16,384, exactly the limit.
        var header = "id,district,q1,q2,q3"
        for i in 6...16_384 { header += ",c\(i)" }
        let row = "T1,Tây Sơn,4,5,4" + String(repeating: ",v", count: 16_379)
        let p = C.temporary("columns-16384.csv", Array((header + "\n" + row + "\n").utf8))
        let l = try C.load([p])
        #expect(l.table.ids == ["T1"])
        #expect(l.table.variableOrder.count == 16_379)
        #expect(l.table.variables["c16384"]?.value(0) == "v")
    }

    @Test func tenMegabyteJSONLineIsRejectedUnparsed() throws {
        let first = #"{"id":"J1","district":"Tây Sơn","q1":"4","q2":5,"q3":"5"}"# + "\n"
        let prefix = #"{"id":"J2","district":"Tây Sơn","q1":""#  // 40 bytes ("Tây Sơn" is 9)
        let line = prefix + String(repeating: "x", count: 10 * 1024 * 1024) + #"","q2":5,"q3":5}"#  // + 16 bytes
        let p = C.temporary("line-10mb.jsonl", Array((first + line + "\n").utf8))
        let l = try C.load([p])
        // 40 + 10,485,760 + 16 = 10,485,816 bytes.
        #expect(l.rejects.map(\.message) == ["\(p):2: row is 10,485,816 bytes, longer than the limit of 1,048,576 bytes"])
        #expect(C.counts(l) == [[2, 1, 1]])
    }

    @Test func recordLimitCountsTheWholeRecord() throws {
        // Limits: 8-byte fields, 12-byte records. `T1,An Lão,5,5,5` + LF is 17 bytes (`ã` is 2) with
        // no field over 8: the record is too long. In `T2,Tây Sơn,5,5,5` the unit is 9 bytes
        // (`â`, `ơ` are 2 each): the field limit is reported first.
        let p = C.temporary("limits.csv", Array((Self.header + "T1,An Lão,5,5,5\nT2,Tây Sơn,5,5,5\n").utf8))
        var l = C.loader()
        l.limits = ReaderLimits(maxFieldBytes: 8, maxRecordBytes: 12)
        try l.load(path: p)
        #expect(
            l.rejects.map(\.message) == [
                "\(p):2: row is 17 bytes, longer than the limit of 12 bytes",
                "\(p):3:2: field is 9 bytes, longer than the limit of 8 bytes (column 'district', value 'Tây Sơn…')",
            ])
    }

    @Test func fileLargerThanTheLimitIsNotRead() {
        // 21 bytes of header + 17 of `T1,An Lão,5,5,5` and LF = 38.
        let p = C.temporary("big.csv", Array((Self.header + "T1,An Lão,5,5,5\n").utf8))
        var l = C.loader()
        l.limits = ReaderLimits(maxFileBytes: 20)
        #expect(
            throws: BatchError.limitExceeded(
                file: p, line: 0, column: 0,
                message: "the file is 38 bytes, more than the limit of 20 bytes; split it into smaller batches")
        ) {
            try l.load(path: p)
        }
    }

    @Test func headerNameLongerThanTheFieldLimitIsAFileError() {
        let p = C.temporary("long-header.csv", Array(("id,district,q1,q2,q3," + String(repeating: "h", count: 200_000) + "\n").utf8))
        #expect(C.error(p)?.description == "\(p):1:6: header name is 200,000 bytes, longer than the limit of 131,072 bytes")
    }

    @Test func smallTablesAreBoundedToo() {
        // SimpleCSV reads the self-assessment, previous year's table and weighting margins.
        let wide = Array(("unit" + String(repeating: ",x", count: 99_999) + "\n").utf8)
        #expect(throws: SimpleCSV.Failure.self) { try SimpleCSV(bytes: wide) }
        do { _ = try SimpleCSV(bytes: wide) } catch {
            #expect(error.line == 1 && error.column == 0)
            #expect(error.message == "the row has 100,000 fields, more than the limit of 16,384")
        }
        let long = Array(("unit,score\nTây Sơn," + String(repeating: "9", count: 200_000) + "\n").utf8)
        do { _ = try SimpleCSV(bytes: long) } catch {
            #expect(error.line == 2 && error.column == 2)
            #expect(error.message == "field is 200,000 bytes, longer than the limit of 131,072 bytes")
        }
    }
}
