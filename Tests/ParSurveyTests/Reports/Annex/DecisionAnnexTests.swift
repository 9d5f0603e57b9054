import Foundation
import Testing

@testable import ParSurvey

/// The decision annex (`DecisionAnnex`) of the samples, checked against sources other than
/// the code: Tây Sơn's published 2021 figures (50,39 / 25,70 / 8,02 / 84,11, rank 4; fields
/// 1.1–1.7 from the district's report), the samples' `expected.json` (computed by numpy in
/// `Scripts/gen_index_samples.py`, not by par-survey), averages and sums worked out here.
@Suite struct DecisionAnnexTests {
    static func run(_ sample: String) throws -> ParIndexRun {
        try ParIndexRun.run(path: TestPaths.repo("Samples/" + sample))
    }

    static func texts(_ r: AnnexRow, _ lang: Language = .vi) -> [String] { r.cells.map { $0.text(lang) } }

    static func hundredths(_ x: Double) -> Int { Int((x * 100).rounded()) }

    /// `sum / n` rounded half-up in whole hundredths, by integer arithmetic.
    static func mean(_ values: [Int]) -> Int { (2 * values.reduce(0, +) + values.count) / (2 * values.count) }

    /// The samples' independent figures: unit → key → value.
    static func expected(_ sample: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.repo("Samples/\(sample)/expected.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        if let list = json["units"] as? [[String: Any]] { return list }
        let byName = try #require(json["units"] as? [String: [String: Any]])
        return byName.keys.sorted().map { byName[$0]!.merging(["unit": $0]) { a, _ in a } }
    }

    @Test func binhDinhIndexTableHasTaySonsPublishedRow() throws {
        let a = try DecisionAnnex.build(
            run: try Self.run("binh-dinh-2021"), decisionNumber: "123/QĐ-UBND", decisionDate: "2022-01-15", language: .vi)
        #expect(a.agency == ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH"])
        #expect(a.nation == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
        #expect(a.title == ["PHỤ LỤC", "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"])
        #expect(
            a.decisionLine
                == "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15 tháng 01 năm 2022 của Chủ tịch Ủy ban nhân dân tỉnh Bình Định)")
        let index = a.tables[0]
        #expect(index.headers.count == 7)  // STT, unit, 3 components, total, rank (the scheme has no grade bands)
        #expect(index.unitRows.count == 11)
        // Published (Tây Sơn's 2021 report): 50.39 + 25.70 + 8.02 = 84.11, rank 4 of 11.
        // The sample's register makes Tây Sơn a `district`: its official form (BinhDinhOfficialNamesTests).
        let tay = try #require(index.unitRows.first { $0.cells[1] == .text("UBND huyện Tây Sơn") })
        #expect(Self.texts(tay) == ["4", "UBND huyện Tây Sơn", "50,39", "25,70", "8,02", "84,11", "4"])
        // STT runs 1…11 in rank order
        #expect(index.unitRows.map { $0.cells[0] } == (1...11).map { .integer($0) })
    }

    @Test func binhDinhAverageRowIsTheMeanOfTheUnitRows() throws {
        let a = try DecisionAnnex.build(run: try Self.run("binh-dinh-2021"), language: .vi)
        let units = try Self.expected("binh-dinh-2021")
        #expect(units.count == 11)
        let average = try #require(a.tables[0].averageRow)
        #expect(average.cells[1] == .text("Bình quân chung toàn tỉnh"))
        // Means of expected.json's published figures, rounded half-up here.
        for (column, key) in [(2, "selfAssessment"), (3, "satisfaction"), (4, "leadership"), (5, "total")] {
            let values = units.map { Self.hundredths($0[key] as! Double) }
            #expect(average.cells[column] == .hundredths(Self.mean(values)), "\(key)")
        }
        // By hand: the 11 totals of the README's table sum to 911.02; 911.02 / 11 = 82.82
        #expect(Self.texts(average)[5] == "82,82")
        #expect(average.cells[0] == .empty && average.cells[6] == .empty)  // no STT, no rank
    }

    @Test func binhDinhFieldsSumToTheSelfAssessment() throws {
        let a = try DecisionAnnex.build(run: try Self.run("binh-dinh-2021"), language: .vi)
        let sa = a.tables[1]
        #expect(sa.headers.count == 2 + 7 + 1)
        #expect(sa.headers[2] == "1.1. Chỉ đạo, điều hành (10)")
        for r in sa.unitRows {
            var sum = 0
            for c in 2..<9 {
                guard case let .hundredths(h) = r.cells[c] else {
                    Issue.record("not a number: \(r.cells[c])")
                    continue
                }
                sum += h
            }
            #expect(r.cells[9] == .hundredths(sum), "\(r.cells[1])")
        }
        // Tây Sơn's fields as published: 9.25, 5, 6.47, 6, 10.5, 3.5, 9.67 = 50.39
        let tay = try #require(sa.unitRows.first { $0.cells[1] == .text("UBND huyện Tây Sơn") })
        #expect(Self.texts(tay, .en) == ["4", "UBND huyện Tây Sơn", "9.25", "5.00", "6.47", "6.00", "10.50", "3.50", "9.67", "50.39"])
    }

    @Test func binhDinhSurveyByElementMatchesTheIndependentFigures() throws {
        let a = try DecisionAnnex.build(run: try Self.run("binh-dinh-2021"), language: .en)
        let sat = a.tables[2]
        #expect(sat.headers.count == 2 + 5 + 2)
        for u in try Self.expected("binh-dinh-2021") {
            let name = u["unit"] as! String
            // Official forms (the register's types): "Quy Nhơn City People's Committee", ...
            let row = try #require(
                sat.unitRows.first { $0.cells[1].text(.en).hasPrefix(name + " ") && $0.cells[1].text(.en).hasSuffix("People's Committee") })
            let elements = u["elementIndex"] as! [String: Double]
            for (j, e) in ["E1", "E2", "E3", "E4", "E5"].enumerated() {
                // numpy's index × 100, rounded to 2 decimals; allow one hundredth for the last digit
                guard case let .hundredths(h) = row.cells[2 + j] else {
                    Issue.record("\(name) \(e)")
                    continue
                }
                #expect(abs(h - Self.hundredths(elements[e]! * 100)) <= 1, "\(name) \(e)")
            }
            #expect(row.cells[8] == .hundredths(Self.hundredths(u["satisfaction"] as! Double)), "\(name)")
        }
        // Tây Sơn: 25.70 / 30 is an index of 85.67 % (the published figures)
        let tay = try #require(sat.unitRows.first { $0.cells[1] == .text("Tây Sơn District People's Committee") })
        #expect(Self.texts(tay, .en)[7] == "85.67" && Self.texts(tay, .en)[8] == "25.70")
    }

    @Test func giaLaiGroupsGradesAndNameFormsByType() throws {
        let a = try DecisionAnnex.build(run: try Self.run("gia-lai-2025"), decisionNumber: "45/QĐ-UBND", language: .vi)
        #expect(a.agency == ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"])
        #expect(a.decisionLine.hasPrefix("(Kèm theo Quyết định số 45/QĐ-UBND ngày …… tháng …… năm …… của Chủ tịch"))
        let index = a.tables[0]
        #expect(
            index.headers == [
                "STT", "Đơn vị", "Kết quả tự đánh giá (thẩm định) (55 điểm)", "Sự hài lòng của người dân, tổ chức (35 điểm)",
                "Đánh giá của đại biểu HĐND và lãnh đạo sở, ngành tỉnh (10 điểm)", "Điểm thưởng, điểm trừ", "Tổng điểm (100 điểm)",
                "Xếp loại",
                "Xếp hạng",
            ])
        let groups = index.rows.filter { $0.kind == .group }.map { Self.texts($0) }
        #expect(groups == [["I", "Xã, đặc khu"], ["II", "Phường"]])
        let units = try Self.expected("gia-lai-2025")
        #expect(index.unitRows.count == units.count && units.count == 135)
        // STT restarts in each group: 110 communes, then 25 wards
        let stt = index.unitRows.map { $0.cells[0] }
        #expect(stt == (1...110).map { AnnexCell.integer($0) } + (1...25).map { AnnexCell.integer($0) })
        let gradeTitles = ["xuat-sac": "Xuất sắc", "tot": "Tốt", "kha": "Khá", "trung-binh": "Trung bình", "yeu": "Yếu"]
        let forms = ["commune": "UBND xã ", "ward": "UBND phường ", "special zone": "UBND đặc khu "]
        for u in units {
            let name = try #require(forms[u["type"] as! String]) + (u["unit"] as! String)
            let row = try #require(index.unitRows.first { $0.cells[1] == .text(name) }, "\(name)")
            #expect(row.cells[5] == .hundredths(Self.hundredths(u["adjustment"] as! Double)), "\(name)")
            #expect(row.cells[6] == .hundredths(Self.hundredths(u["total"] as! Double)), "\(name)")
            #expect(row.cells[7] == .text(gradeTitles[u["grade"] as! String]!), "\(name)")
            #expect(row.cells[8] == .integer(u["rank"] as! Int), "\(name)")
            if (u["missing"] as! [String]).contains("leadership") {
                #expect(row.cells[4] == .missing)
            } else {
                // the components, bonus and penalty add up to the total
                let sum = (2...5).reduce(0) { s, c in if case let .hundredths(h) = row.cells[c] { return s + h } else { return s } }
                #expect(row.cells[6] == .hundredths(sum), "\(name)")
            }
        }
        #expect(index.unitRows.contains { $0.cells[1] == .text("UBND xã Tây Sơn") })
        // the average row: means over the units that have the component (GL077 has no leaders' forms)
        let average = try #require(index.averageRow)
        let lead = units.filter { !($0["missing"] as! [String]).contains("leadership") }.map {
            Self.hundredths($0["leadership"] as! Double)
        }
        #expect(lead.count == 134)
        #expect(average.cells[4] == .hundredths(Self.mean(lead)))
        #expect(average.cells[6] == .hundredths(Self.mean(units.map { Self.hundredths($0["total"] as! Double) })))
        #expect(a.notes.count == 1 && a.notes[0].contains("quy đổi về thang 100 điểm"))
    }

    @Test func taySonCommunesUseTownAndCommuneForms() throws {
        let a = try DecisionAnnex.build(run: try Self.run("tay-son-communes-2021"), language: .vi)
        let names = a.tables[0].unitRows.map { Self.texts($0)[1] }
        #expect(names.contains("UBND thị trấn Phú Phong") && names.contains("UBND xã Tây Thuận"))
        #expect(names.count == 15)
        let en = try DecisionAnnex.build(run: try Self.run("tay-son-communes-2021"), language: .en)
        #expect(en.tables[0].unitRows.contains { $0.cells[1] == .text("Phú Phong Town People's Committee") })
    }

    @Test func noUncertaintyInTheAnnex() throws {
        let run = try Self.run("binh-dinh-2021")
        for lang in [Language.vi, .en] {
            let a = try DecisionAnnex.build(run: run, language: lang)
            for text in [AnnexHTML.render(a, language: lang), AnnexMarkdown.render(a, language: lang)] {
                #expect(!text.contains("±") && !text.contains("P(") && !text.contains("5–95"))
            }
        }
    }

    @Test func binhDinhGoldenMarkdownAndHTML() throws {
        let a = try DecisionAnnex.build(
            run: try Self.run("binh-dinh-2021"), decisionNumber: "123/QĐ-UBND", decisionDate: "2022-01-15", language: .vi)
        Golden.check(AnnexMarkdown.render(a, language: .vi), "annex/binh-dinh-2021.md")
        Golden.check(AnnexHTML.render(a, language: .vi), "annex/binh-dinh-2021.html")
    }

    @Test func giaLaiGoldenMarkdown() throws {
        let a = try DecisionAnnex.build(run: try Self.run("gia-lai-2025"), language: .en)
        Golden.check(AnnexMarkdown.render(a, language: .en), "annex/gia-lai-2025.en.md")
    }
}
