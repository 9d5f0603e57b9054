import Foundation
import Testing
@testable import ParSurvey

/// Weighting diagnostics with a design block: PSUs, strata and degrees of freedom per unit and
/// overall, on Samples/binh-dinh-2021-designs. The counts were computed independently from the
/// sample CSVs (python3, csv.DictReader; BOM and the semicolon batch handled; every row is
/// accepted):
///   citizens (strata = district, ids = commune + village): every district has 4 sampled
///   communes (df 3) except Tây Sơn with 15 (df 14); overall 55 PSUs, 11 strata, df 44;
///   leaders (strata = unit, no ids: each form a PSU): Quy Nhơn 56 forms (df 55), An Nhơn 40,
///   Hoài Nhơn 36, An Lão 38, Hoài Ân 33, Phù Mỹ 38, Phù Cát 53, Tây Sơn 60, Tuy Phước 35,
///   Vân Canh 43, Vĩnh Thạnh 36; overall 468 PSUs, 11 strata, df 457.
@Suite struct DesignDiagnosticsTests {
    static let run = SampleDesignsTests.designs

    @Test func citizensCounts() throws {
        let d = try #require(Self.run.components.first { $0.component == .satisfaction }?.weightingDiagnostics)
        #expect(d.units.count == 11)
        for u in d.units {
            let communes = u.name == "Tây Sơn" ? 15 : 4
            #expect((u.psus, u.strata, u.degreesOfFreedom) == (communes, 1, communes - 1), "\(u.name)")
        }
        #expect((d.overall.psus, d.overall.strata, d.overall.degreesOfFreedom) == (55, 11, 44))
    }

    @Test func leadersCounts() throws {
        let d = try #require(Self.run.components.first { $0.component == .leadership }?.weightingDiagnostics)
        let forms = [
            "Quy Nhơn": 56, "An Nhơn": 40, "Hoài Nhơn": 36, "An Lão": 38, "Hoài Ân": 33, "Phù Mỹ": 38,
            "Phù Cát": 53, "Tây Sơn": 60, "Tuy Phước": 35, "Vân Canh": 43, "Vĩnh Thạnh": 36,
        ]
        #expect(d.units.count == 11)
        for u in d.units {
            let n = try #require(forms[u.name])
            #expect((u.respondents, u.psus, u.strata, u.degreesOfFreedom) == (n, n, 1, n - 1), "\(u.name)")
        }
        #expect((d.overall.psus, d.overall.strata, d.overall.degreesOfFreedom) == (468, 11, 457))
    }

    /// The columns and JSON keys appear with a design block, and not without one.
    @Test func rendering() throws {
        let with = try #require(Self.run.components.first { $0.component == .satisfaction }?.weightingDiagnostics)
        let without = try #require(SampleDesignsTests.base.components.first { $0.component == .satisfaction }?.weightingDiagnostics)
        let style = ReportStyle(format: .table, language: .en)
        let text = WeightingReport.render(with, style: style)
        #expect(text.contains("PSUs  Strata  df"))
        let tay = try #require(text.split(separator: "\n").first { $0.hasPrefix("Tây Sơn") })
        #expect(tay.hasSuffix("15       1  14"))
        #expect(!WeightingReport.render(without, style: style).contains("PSUs"))
        let json = JSONWriter.write(WeightingReport.json(with))
        #expect(json.contains("\"psus\":55") || json.contains("\"psus\": 55"))
        #expect(!JSONWriter.write(WeightingReport.json(without)).contains("psus"))
    }
}
