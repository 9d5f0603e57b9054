import ParSurveyModel
/// Timestamps of KoBoToolbox and ODK exports read as seconds since 1970-01-01 UTC, without
/// Foundation's date formatters: `2021-06-01T08:00:00.000+07:00`, `2021-06-01T08:12:00`
/// (no zone: `defaultOffset`), `2021-06-02T08:14:00.000Z`, `2021-06-01 08:00`, `2021-06-01`.
public enum AuditTime {
    /// Seconds since 1970 UTC, or nil when `text` is not such a timestamp.
    public static func parse(_ text: String, defaultOffset: Int64 = 0) -> Int64? {
        let b = Array(text.utf8.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed())
        var i = 0
        func digits(_ n: Int) -> Int64? {
            guard i + n <= b.count else { return nil }
            var v: Int64 = 0
            for k in i..<(i + n) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int64(b[k] - 0x30)
            }
            i += n
            return v
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        guard let y = digits(4), expect(0x2D), let mo = digits(2), expect(0x2D), let d = digits(2),
            (1...12).contains(mo), (1...31).contains(d)
        else { return nil }
        var seconds = days(year: y, month: mo, day: d) * 86_400
        if i == b.count { return seconds - defaultOffset }
        guard expect(0x54) || expect(0x20) || expect(0x74), let h = digits(2), expect(0x3A), let mi = digits(2),
            h < 24, mi < 60
        else { return nil }
        seconds += h * 3600 + mi * 60
        if expect(0x3A) {
            guard let s = digits(2), s <= 60 else { return nil }
            seconds += s
            if expect(0x2E) || expect(0x2C) {
                let start = i
                while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
                if i == start { return nil }
            }
        }
        if i == b.count { return seconds - defaultOffset }
        if expect(0x5A) || expect(0x7A) { return i == b.count ? seconds : nil }
        let sign: Int64
        if expect(0x2B) { sign = 1 } else if expect(0x2D) { sign = -1 } else { return nil }
        guard let oh = digits(2) else { return nil }
        _ = expect(0x3A)
        let om = digits(2) ?? 0
        guard i == b.count, oh <= 14, om < 60 else { return nil }
        return seconds - sign * (oh * 3600 + om * 60)
    }

    /// Days from 1970-01-01 to a civil date (proleptic Gregorian; H. Hinnant's algorithm).
    public static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        CivilDate.days(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for seconds since 1970 UTC.
    public static func format(_ t: Int64) -> String {
        let (y, m, d) = CivilDate.fromDays((t >= 0 ? t : t - 86_399) / 86_400)
        let s = t - (t >= 0 ? t : t - 86_399) / 86_400 * 86_400
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))T\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))Z"
    }
}
