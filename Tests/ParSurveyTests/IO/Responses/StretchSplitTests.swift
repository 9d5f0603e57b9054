import Testing
@testable import ParSurvey

/// A window's split points are guesses; a guess that falls inside a quoted field is caught
/// and the stretch before it carries on to the end of the window alone.
@Suite struct StretchSplitTests {
    static func decoders(_ n: Int) throws -> [RowDecoder] {
        let q = BatchLoaderTests.questionnaire
        let schema = try BatchSchema(
            header: ["id", "unit", "note", "a1", "a2", "b1"], file: "w.csv", questionnaire: q,
            mapping: ColumnMapping(unit: "unit"))
        let plan = DecodePlan(schema: schema, file: "w.csv", questionnaire: q, singleByte: DecodePlan.singleByteTables(q), unitKeys: nil)
        return (0..<n).map { _ in RowDecoder(plan: plan) }
    }

    static func parse(_ text: String, parts: Int) throws -> (bounds: [Int], stretches: [StretchParser.Stretch], rows: [Int]) {
        var workers = try decoders(parts)
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { w in
            let bounds = StretchParser.splitPoints(w, parts: parts, minBytes: 0)
            let s = StretchParser.parseStretches(w, bounds: bounds, workers: &workers, delimiter: 0x2C, eof: true) {}
            return (bounds, s, workers.map(\.partial.rowCount))
        }
    }

    @Test func aSplitInsideAQuotedFieldFallsBackToOneStretch() throws {
        // 65 bytes: the quoted field runs from byte 5 to 44 with a line break at 37; the middle
        // (byte 32) falls inside the quotes, so the guessed split is byte 38.
        let text = "r1,U,\"a long note that goes on and on\nand on\",4,4,4\nr2,U,x,1,2,3\n"
        let r = try Self.parse(text, parts: 2)
        #expect(r.bounds == [0, 38])
        #expect(r.stretches[0].verified == false)  // its record ran past the guess
        #expect(r.stretches[0].stop == text.utf8.count && r.stretches[0].endLine == 4)
        #expect(r.rows[0] == 2)  // the first worker read both records
    }

    @Test func aSplitAtARecordBoundaryIsVerified() throws {
        let text = "r1,U,x,4,4,4\nr2,U,y,1,2,3\nr3,U,z,5,5,5\nr4,U,w,2,2,2\n"
        let r = try Self.parse(text, parts: 2)
        #expect(r.bounds == [0, 39])  // after r3's line: the first newline at or after byte 26
        #expect(r.stretches[0].verified && r.stretches[0].stop == 39 && r.stretches[0].endLine == 4)
        #expect(r.rows == [3, 1])
        #expect(!r.stretches[1].verified && r.stretches[1].stop == text.utf8.count && r.stretches[1].endLine == 2)
    }

    /// The guessed stretch that starts inside the quotes ("and on\",4,4,4" is a record of 4
    /// fields, not 6) is not parsed at all: no rows, no rejects — before, its worker turned
    /// every line of a long quoted field into a reject that was then thrown away.
    @Test func aGuessInsideQuotesIsNotParsed() throws {
        let text = "r1,U,\"a long note that goes on and on\nand on\",4,4,4\nr2,U,x,1,2,3\n"
        var workers = try Self.decoders(2)
        let bytes = Array(text.utf8)
        let s = bytes.withUnsafeBufferPointer { w in
            StretchParser.parse(&workers[1], w, delimiter: 0x2C, from: 38, stopAt: nil, eof: true, guessed: true)
        }
        #expect(s.stop == 38 && workers[1].partial.rowCount == 0 && workers[1].partial.rejects.isEmpty && workers[1].partial.read == 0)
        // Not guessed, the same start is parsed: a ragged record rejected, then r2.
        let t = bytes.withUnsafeBufferPointer { w in
            StretchParser.parse(&workers[1], w, delimiter: 0x2C, from: 38, stopAt: nil, eof: true)
        }
        #expect(t.stop == bytes.count && workers[1].partial.read == 2 && workers[1].partial.rejects.count == 1)
        // A guess at a true record start whose record fits is parsed as before.
        let u = bytes.withUnsafeBufferPointer { w in
            StretchParser.parse(&workers[1], w, delimiter: 0x2C, from: 52, stopAt: nil, eof: true, guessed: true)
        }
        #expect(u.stop == bytes.count && workers[1].partial.rowCount == 1)
    }
}
