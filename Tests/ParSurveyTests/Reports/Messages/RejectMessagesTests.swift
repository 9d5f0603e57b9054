import Foundation
import Testing
@testable import ParSurvey

/// Every reject kind in English (the words rejects have always had: reject files and older
/// tests keep working) and in Vietnamese (what an appraisal council reads).
@Suite struct RejectMessagesTests {
    /// Each kind with its English words (as the reader wrote them before kinds existed) and
    /// its Vietnamese words.
    static let catalogue: [(RejectKind, String, String)] = [
        (.fieldCount(found: 4, expected: 5), "row has 4 fields, the header has 5", "dòng có 4 ô, trong khi dòng tiêu đề có 5 cột"),
        (.fieldCount(found: 1, expected: 5), "row has 1 field, the header has 5", "dòng có 1 ô, trong khi dòng tiêu đề có 5 cột"),
        (
            .fieldTooLong(bytes: 2_000_000, limit: 1_048_576), "field is 2,000,000 bytes, longer than the limit of 1,048,576 bytes",
            "ô dài 2.000.000 byte, vượt giới hạn 1.048.576 byte"
        ),
        (
            .recordTooLong(bytes: 20_000_000, limit: 16_777_216), "row is 20,000,000 bytes, longer than the limit of 16,777,216 bytes",
            "dòng dài 20.000.000 byte, vượt giới hạn 16.777.216 byte"
        ),
        (
            .headerRepeated, "the header line is repeated as a data row (two exports pasted together?)",
            "dòng tiêu đề lặp lại thành một dòng dữ liệu (hai tệp xuất bị dán nối vào nhau?)"
        ),
        (.nulInField, "NUL byte in the field (binary or corrupt data)", "ô chứa byte NUL (dữ liệu nhị phân hoặc tệp bị hỏng)"),
        (.nulInRow, "NUL byte in the row (binary or corrupt data)", "dòng chứa byte NUL (dữ liệu nhị phân hoặc tệp bị hỏng)"),
        (
            .quoteInUnquotedField, "a quote inside an unquoted field (quote the whole field and double the quote)",
            "có dấu nháy kép trong ô không đặt trong nháy (đặt cả ô trong nháy kép và viết dấu nháy bên trong hai lần)"
        ),
        (
            .textAfterClosingQuote, "text after a closing quote (quote the whole field and double inner quotes)",
            "có ký tự sau dấu nháy đóng (đặt cả ô trong nháy kép và viết dấu nháy bên trong hai lần)"
        ),
        (
            .invalidUTF8(.answer), "invalid UTF-8 in the answer (save the file as CSV UTF-8)",
            "câu trả lời không phải văn bản UTF-8 (lưu tệp dạng CSV UTF-8)"
        ),
        (
            .invalidUTF8(.unit), "invalid UTF-8 in the unit name (save the file as CSV UTF-8)",
            "tên đơn vị không phải văn bản UTF-8 (lưu tệp dạng CSV UTF-8)"
        ),
        (
            .invalidUTF8(.group), "invalid UTF-8 in the respondent group",
            "nhóm người trả lời không phải văn bản UTF-8 (lưu tệp dạng CSV UTF-8)"
        ),
        (.invalidUTF8(.id), "invalid UTF-8 in the respondent id", "mã phiếu không phải văn bản UTF-8 (lưu tệp dạng CSV UTF-8)"),
        (
            .invalidUTF8(.variable), "invalid UTF-8 (save the file as CSV UTF-8)",
            "nội dung ô không phải văn bản UTF-8 (lưu tệp dạng CSV UTF-8)"
        ),
        (.emptyUnit, "empty unit", "phiếu không ghi đơn vị"),
        (.unknownUnit, "unknown unit (not in the manifest's units)", "đơn vị không có trong danh sách đơn vị của đợt khảo sát"),
        (
            .unitNotValid(
                detail: UnitValidity(
                    year: 2025, register: "r.csv",
                    entries: [
                        .init(id: "BD-TS-01", validFrom: "2015-01-01", validTo: "2025-06-30"),
                        .init(id: "X", validFrom: "", validTo: "2020-12-31"),
                    ])),
            "unit not valid in 2025 (register r.csv: BD-TS-01 2015-01-01 – 2025-06-30; X … – 2020-12-31)",
            "đơn vị không có hiệu lực trong năm 2025 (danh mục đơn vị r.csv: mã BD-TS-01 có hiệu lực từ 01/01/2015 đến 30/06/2025; mã X có hiệu lực đến 31/12/2020)"
        ),
        (.emptyGroup, "empty respondent group", "phiếu không ghi nhóm người trả lời"),
        (.emptyID, "empty respondent id", "phiếu không ghi mã phiếu"),
        (.badWeight(detail: "empty weight"), "empty weight", "trọng số để trống"),
        (.badWeight(detail: "weight is not a number"), "weight is not a number", "trọng số không phải là số"),
        (.badWeight(detail: "weight must be positive"), "weight must be positive", "trọng số phải là số dương"),
        (.badWeight(detail: "weight is too large (not finite)"), "weight is too large (not finite)", "trọng số quá lớn"),
        (
            .unknownOption(scale: "s5", allowed: "1, 2"), "answer matches no option of scale 's5'; allowed: 1, 2",
            "câu trả lời không khớp phương án nào của thang 's5'; các phương án hợp lệ: 1, 2"
        ),
        (
            .duplicateID(firstFile: "a.csv", firstLine: 7), "duplicate respondent id (first at a.csv:7)",
            "trùng mã phiếu (mã này đã có ở a.csv:7)"
        ),
        (
            .notJSON(detail: .unexpectedEnd), "not valid JSON: unexpected end of JSON",
            "dòng không phải JSON hợp lệ: nội dung JSON kết thúc giữa chừng"
        ),
        (
            .notJSON(detail: .expectedColon(key: "q1")), "not valid JSON: expected ':' after key \"q1\"",
            "dòng không phải JSON hợp lệ: thiếu dấu “:” sau tên mục \"q1\""
        ),
        (
            .notJSONObject(found: .array), "line is an array, not a JSON object",
            "dòng là một danh sách (mảng), không phải một đối tượng JSON"
        ),
        (.unknownKey, "key not in the first line's keys", "khóa không có trong các khóa của dòng đầu tiên"),
        (.repeatedKey, "key appears twice in the line", "khóa xuất hiện hai lần trong dòng"),
        (.notScalar, "expected a string or number", "giá trị phải là chuỗi hoặc số"),
        (
            .badCell(detail: .errorValue(cell: "D3", value: "#DIV/0!")), "cell D3 holds the error value #DIV/0!",
            "ô bảng tính không đọc được: ô D3 chứa giá trị lỗi #DIV/0!"
        ),
        (
            .badCell(detail: .formulaWithoutValue(cell: "B2")),
            "cell B2 has a formula without a computed value (open the workbook in Excel or LibreOffice and save it again so values are stored)",
            "ô bảng tính không đọc được: ô B2 chứa công thức nhưng tệp không lưu giá trị đã tính (mở bảng tính bằng Excel hoặc LibreOffice rồi lưu lại để các giá trị được lưu)"
        ),
    ]

    @Test func everyKindInBothLanguages() {
        for (kind, en, vi) in Self.catalogue {
            #expect(RejectMessages.text(kind, .en) == en)
            #expect(kind.english == en)
            #expect(RejectMessages.text(kind, .vi) == vi)
            #expect(!RejectMessages.title(kind).vi.isEmpty && !RejectMessages.title(kind).en.isEmpty)
        }
        // every kind has its own stable code except the variants of one kind
        let codes = Set(Self.catalogue.map(\.0.code))
        #expect(codes.count == 27)
        #expect(RejectKind.unknownOption(scale: "", allowed: "").isInvalidAnswer && RejectKind.invalidUTF8(.answer).isInvalidAnswer)
        #expect(!RejectKind.invalidUTF8(.unit).isInvalidAnswer && !RejectKind.emptyUnit.isInvalidAnswer)
    }

    @Test func locatedMessagesAndWorkbookCells() {
        var r = Reject(file: "b.csv", line: 3, column: 4, columnName: "q2", value: "7", kind: .unknownOption(scale: "s5", allowed: "1, 2"))
        #expect(r.message == "b.csv:3:4: answer matches no option of scale 's5'; allowed: 1, 2 (column 'q2', value '7')")
        #expect(
            RejectMessages.message(r, .vi)
                == "b.csv:3:4: câu trả lời không khớp phương án nào của thang 's5'; các phương án hợp lệ: 1, 2 (cột 'q2', giá trị '7')")
        r.cell = "D3"
        #expect(r.reason.hasSuffix("allowed: 1, 2 (cell D3)"))
        #expect(RejectMessages.reason(r, .vi).hasSuffix("1, 2 (ô D3)"))
        let whole = Reject(file: "b.csv", line: 5, column: 0, columnName: "", value: "", kind: .fieldCount(found: 4, expected: 5))
        #expect(RejectMessages.message(whole, .vi) == "b.csv:5: dòng có 4 ô, trong khi dòng tiêu đề có 5 cột")
    }

    // The rejects CSV keeps its six columns and adds the kind and the message in the run's language.
    @Test func rejectsCSVGainsKindAndMessage() {
        let r = Reject(file: "b.csv", line: 2, column: 2, columnName: "unit", value: "", kind: .emptyUnit)
        let vi = AccountingReport.rejectsCSV([r], language: .vi).split(separator: "\n").map(String.init)
        #expect(
            vi == ["file,line,column,columnName,value,reason,kind,message", "b.csv,2,2,unit,,empty unit,empty-unit,phiếu không ghi đơn vị"])
        let en = AccountingReport.rejectsCSV([r], language: .en).split(separator: "\n").map(String.init)
        #expect(en[1] == "b.csv,2,2,unit,,empty unit,empty-unit,empty unit")
    }
}
