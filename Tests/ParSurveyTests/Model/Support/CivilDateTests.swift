import Testing

@testable import ParSurveyModel

/// One civil-date implementation for workbook dates, the report date and audit timestamps,
/// dates before 1970 included (the report date's copy lacked that branch). Day counts from
/// Python's `datetime.date(y, m, d) - date(1970, 1, 1)`.
@Suite struct CivilDateTests {
    static let cases: [(Int64, Int64, Int64, Int64)] = [
        (1970, 1, 1, 0), (2000, 3, 1, 11_017), (1969, 12, 31, -1), (1900, 3, 1, -25_508), (1600, 2, 29, -135_081),
        (2021, 12, 31, 18_992),
    ]

    @Test func bothDirections() {
        for (y, m, d, days) in Self.cases {
            #expect(CivilDate.days(year: y, month: m, day: d) == days, "\(y)-\(m)-\(d)")
            let c = CivilDate.fromDays(days)
            #expect(c.year == y && c.month == m && c.day == d, "\(days)")
        }
    }
}
