import Testing
@testable import ParSurvey

/// The one CSV tokenizer on its own (`CSVTokenizer`): quoting, `""` escapes, every record
/// end, flags and lines, all pinned by hand below; a record split at every byte position
/// across two feeds; and the plain mode (`plainRecord`), which must find the same fields as
/// the state machine or give up.
@Suite struct CSVTokenizerTests {
    /// One record as the tokenizer reported it.
    struct Record: Equatable {
        var fields: [String]
        var flags: UInt8 = 0
        /// The line after the record (the next record's first line).
        var lineAfter: Int
        var unterminated = false
    }

    /// Joins the pieces of each field and undoes `""`.
    struct Collect: CSVFieldSink {
        var current: [UInt8] = []
        var fields: [String] = []
        mutating func field(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, last: Bool, tokenizer: CSVTokenizer) -> Bool {
            current += p[start..<end]
            if last {
                var out: [UInt8] = []
                var i = 0
                while i < current.count {
                    out.append(current[i])
                    i += tokenizer.escaped && current[i] == 0x22 ? 2 : 1
                }
                fields.append(String(decoding: out, as: UTF8.self))
                current = []
            }
            return true
        }
    }

    /// Feeds `parts` one after the other (the last one at the end of the input), handing
    /// again what a feed left unconsumed with the next part, and lists the records.
    static func tokenize(_ parts: [[UInt8]], delimiter: UInt8 = 0x2C) -> [Record] {
        var t = CSVTokenizer(delimiter: delimiter)
        var sink = Collect()
        var pending: [UInt8] = []
        var records: [Record] = []
        for (k, part) in parts.enumerated() {
            pending += part
            let eof = k == parts.count - 1
            var from = 0
            feeding: while true {
                if from >= pending.count && (eof || from > 0) {
                    pending = []
                    break
                }
                let outcome = pending.withUnsafeBufferPointer { t.feed($0, from: from, eof: eof, into: &sink) }
                switch outcome {
                case let .ended(next):
                    records.append(Record(fields: sink.fields, flags: t.flags.rawValue, lineAfter: t.line))
                    sink.fields = []
                    t.nextRecord()
                    from = next
                case let .more(consumed):
                    pending = Array(pending[consumed...])
                    break feeding
                case .unterminated, .stopped:
                    records.append(Record(fields: sink.fields, lineAfter: t.openQuote?.line ?? 0, unterminated: true))
                    break feeding
                }
            }
        }
        return records
    }

    static func tokenize(_ text: String) -> [Record] { tokenize([Array(text.utf8)]) }

    @Test func quotedFieldsHoldDelimitersLineBreaksAndDoubledQuotes() {
        let r = Self.tokenize("a,\"b,c\",\"d\"\"e\"\n\"x\ny\",\"\"\"\",\"\"\n")
        #expect(
            r == [
                Record(fields: ["a", "b,c", "d\"e"], lineAfter: 2),
                // the line break inside quotes counts a line: the record takes lines 2 and 3
                Record(fields: ["x\ny", "\"", ""], lineAfter: 4),
            ])
    }

    @Test func recordsEndAtLFCRLFAndALoneCR() {
        let r = Self.tokenize("a\rb\nc\r\nd")
        #expect(
            r == [
                Record(fields: ["a"], lineAfter: 2), Record(fields: ["b"], lineAfter: 3),
                Record(fields: ["c"], lineAfter: 4), Record(fields: ["d"], lineAfter: 4),
            ])
        // Inside quotes: a lone CR and an LF count a line each, a CRLF one.
        #expect(Self.tokenize("\"1\r2\r\n3\n4\",z\n") == [Record(fields: ["1\r2\r\n3\n4", "z"], lineAfter: 5)])
        // A blank line is one empty field; a final delimiter adds an empty field.
        #expect(Self.tokenize("\na,") == [Record(fields: [""], lineAfter: 2), Record(fields: ["a", ""], lineAfter: 2)])
    }

    @Test func flagsStrayQuoteNulAndTextAfterAClosingQuote() {
        // RecordFlags: strayQuote 1, nulByte 2, textAfterQuote 4.
        #expect(Self.tokenize("a\"b,c\n") == [Record(fields: ["a\"b", "c"], flags: 1, lineAfter: 2)])
        #expect(Self.tokenize("a\u{0}b,\"c\u{0}\"\n") == [Record(fields: ["a\u{0}b", "c\u{0}"], flags: 2, lineAfter: 2)])
        #expect(Self.tokenize("\"ab\"cd,e\n") == [Record(fields: ["ab", "e"], flags: 4, lineAfter: 2)])
        #expect(Self.tokenize("x,\"open\nnever closed") == [Record(fields: ["x"], lineAfter: 1, unterminated: true)])
    }

    /// Every split point of a text with every hard case gives the records of the whole text.
    @Test func aRecordSplitAtEveryBytePositionGivesTheSameFields() {
        let text = Array("id,\"a \"\"q\"\", b\"\r\n\"x\ry\r\nz\",p\"q,\"w\"t\r\n\r1,ơ,\"\",\u{0}\n\"tail\"\"\"\r".utf8)
        let whole = Self.tokenize([text])
        #expect(
            whole == [
                Record(fields: ["id", "a \"q\", b"], lineAfter: 2),
                Record(fields: ["x\ry\r\nz", "p\"q", "w"], flags: 1 | 4, lineAfter: 5),
                Record(fields: [""], lineAfter: 6),
                Record(fields: ["1", "ơ", "", "\u{0}"], flags: 2, lineAfter: 7),
                Record(fields: ["tail\""], lineAfter: 8),
            ])
        for k in 0...text.count {
            #expect(Self.tokenize([Array(text[..<k]), Array(text[k...])]) == whole, "split at \(k)")
        }
        // and byte by byte
        #expect(Self.tokenize(text.map { [$0] }) == whole)
    }

    @Test func thePlainModeFindsTheStateMachinesFieldsOrGivesUp() {
        func plain(_ text: String) -> [String]? {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { b -> [String]? in
                let room = UnsafeMutablePointer<FieldSpan>.allocate(capacity: 8)
                defer { room.deallocate() }
                guard let r = CSVTokenizer(delimiter: 0x3B).plainRecord(b, from: 0, spans: room, room: 8) else { return nil }
                #expect(r.next == bytes.count)
                return (0..<r.fields).map { String(decoding: b[room[$0].start..<room[$0].end], as: UTF8.self) }
            }
        }
        #expect(plain("a;bc;\"d;e\";;long field here\r\n") == ["a", "bc", "d;e", "", "long field here"])
        #expect(
            Self.tokenize([Array("a;bc;\"d;e\";;long field here\r\n".utf8)], delimiter: 0x3B)[0].fields
                == plain("a;bc;\"d;e\";;long field here\r\n"))
        #expect(plain("a;b\"c\n") == nil)  // stray quote
        #expect(plain("a;\"b\"\"c\"\n") == nil)  // doubled quote
        #expect(plain("a;\"b\nc\"\n") == nil)  // line break inside quotes
        #expect(plain("a;b\u{0}\n") == nil)  // NUL
        #expect(plain("a;\"b\"c\n") == nil)  // text after a closing quote
        #expect(plain("1;2;3;4;5;6;7;8;9\n") == nil)  // more fields than room
    }

    /// The probe: with the one-pass path off, every plain record is scanned by the plain mode
    /// (3 rows, counted by hand); with it on, valid plain rows never reach it.
    @Test func thePlainModeRan() throws {
        let csv = "id,unit,grp,w,note,a1,a2,b1\nr1,U,g1,1,x,5,4,3\nr2,U,\"g2\",2,y,1,2,3\nr3,U,g1,1,z,2,2,2\n"
        var general = BatchLoader.Tuning.sequential
        general.onePass = false
        let off = try ChunkedReadingTests.load([(Array(csv.utf8), "p.csv")], tuning: general)
        #expect(off.table.rowCount == 3)
        #expect(off.plainRecords == 3)
        let on = try ChunkedReadingTests.load([(Array(csv.utf8), "p.csv")], tuning: .sequential)
        #expect(on.onePassRows == 3)
        #expect(on.plainRecords == 0)
    }
}
