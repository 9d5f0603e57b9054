import ParSurveyModel
/// A calendar date printed on a report. Reports carry no clock time unless one is given
/// (`--date YYYY-MM-DD` or the `SOURCE_DATE_EPOCH` convention), so the same input gives the
/// same bytes.
public struct ReportDate: Sendable, Equatable {
    /// Year, month (1–12), day (1–31).
    public var year: Int, month: Int, day: Int

    /// A valid date, or nil (2021-02-30 is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= Self.days(year, month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, or nil.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The UTC date of `seconds` since 1970-01-01 (SOURCE_DATE_EPOCH), or nil when not a
    /// whole non-negative number.
    public init?(epoch text: String) {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), text.count <= 15, let s = Int(text) else { return nil }
        let c = CivilDate.fromDays(Int64(s / 86_400))
        self.init(year: Int(c.year), month: Int(c.month), day: Int(c.day))
    }

    /// The date from `--date` if given, else from `SOURCE_DATE_EPOCH` in `environment`, else
    /// nil. A malformed value is an error naming it.
    public static func resolve(option: String?, environment: [String: String]) -> Result<ReportDate?, DateProblem> {
        if let o = option {
            guard let d = ReportDate(iso: o) else { return .failure(DateProblem(.dateOption(o))) }
            return .success(d)
        }
        if let e = environment["SOURCE_DATE_EPOCH"] {
            guard let d = ReportDate(epoch: e) else {
                return .failure(DateProblem(.sourceDateEpoch(e)))
            }
            return .success(d)
        }
        return .success(nil)
    }

    /// A date option or variable that is not a date.
    public struct DateProblem: Error, Sendable, Equatable {
        /// Where the bad date came from, with the text given.
        public enum Source: Sendable, Equatable {
            /// `--date` is not `YYYY-MM-DD` (or not a day of the calendar).
            case dateOption(String)
            /// `SOURCE_DATE_EPOCH` is not whole seconds since 1970-01-01.
            case sourceDateEpoch(String)
        }
        /// Where the bad date came from.
        public var source: Source

        /// The problem of `source`.
        public init(_ source: Source) { self.source = source }

        /// What is wrong, in English.
        public var message: String { localized.en }

        /// What is wrong, in Vietnamese and English.
        public var localized: LocalizedText {
            switch source {
            case let .dateOption(o):
                return LocalizedText(
                    vi: "--date phải là một ngày dạng NNNN-TT-NN (năm-tháng-ngày), không phải “\(o)”",
                    en: "--date must be a date YYYY-MM-DD, not '\(o)'")
            case let .sourceDateEpoch(e):
                return LocalizedText(
                    vi: "biến môi trường SOURCE_DATE_EPOCH phải là số giây (số nguyên) tính từ ngày 01/01/1970, không phải “\(e)”",
                    en: "SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, not '\(e)'")
            }
        }
    }

    /// `31/12/2021` (vi) or `2021-12-31` (en).
    public func text(_ language: Language) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let y = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return language == .vi ? "\(two(day))/\(two(month))/\(y)" : "\(y)-\(two(month))-\(two(day))"
    }

    static func days(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
