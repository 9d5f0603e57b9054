import Testing

@testable import ParSurveyReports

/// A column of weights reads evenly: one precision for every row, decided by the column's
/// smallest value (the sampling sample's sums 280 … 3 590 and Bình Định's largest weights,
/// 51,70 … 1 113,90, printed 1.450 beside 820,00 and 1.114 beside 483,26 before).
@Suite struct WeightColumnPrecisionTests {
    @Test func oneColumnOnePrecision() {
        let vi = ReportStyle(language: .vi)
        let en = ReportStyle(language: .en)
        // smallest 280 → two decimals for all, thousands grouped as counts are
        #expect(WeightingReport.weight(1450, vi, column: 280) == "1.450,00")
        #expect(WeightingReport.weight(820, vi, column: 280) == "820,00")
        #expect(WeightingReport.weight(3590, en, column: 280) == "3,590.00")
        #expect(WeightingReport.weight(1113.9, vi, column: 51.7) == "1.113,90")
        // the whole column 1 000 or more → whole numbers
        #expect(WeightingReport.weight(89200, vi, column: 15000) == "89.200")
        // below 10 → four decimals
        #expect(WeightingReport.weight(1.07078, vi, column: 0.56) == "1,0708")
        // CSV keeps plain numbers
        #expect(WeightingReport.weight(1450, ReportStyle(format: .csv), column: 280) == "1450.00")
    }
}
