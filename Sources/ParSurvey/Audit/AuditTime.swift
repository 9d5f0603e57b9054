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
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for seconds since 1970 UTC.
    public static func format(_ t: Int64) -> String {
        let z = (t >= 0 ? t : t - 86_399) / 86_400 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        let s = t - (t >= 0 ? t : t - 86_399) / 86_400 * 86_400
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))T\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))Z"
    }
}
