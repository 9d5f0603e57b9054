/// Exact decimal handling at the edges: strict number grammar for weights, two-decimal
/// scores read as whole hundredths, and half-up rounding on the decimal text of a `Double`
/// (84.105 → 84.11, 1.005 → 1.01, as a spreadsheet user expects).
public enum DecimalText {
    /// `n` with its digits grouped by thousands: `1234567` → `1,234,567` (`separator` "." for
    /// Vietnamese). The one grouping rule of reader limits, rejects, progress and tables.
    public static func grouped(_ n: Int, separator: String = ",") -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// Why a weight was refused.
    public struct WeightProblem: Error, Sendable {
        /// What is wrong with the value.
        public var message: String
    }

    /// Parses a weight: plain decimal digits with an optional `.` (or `,`) fraction and
    /// exponent; positive and finite. `nan`, `inf`, `0x10`, `-0`, `1e400` are refused.
    public static func parsePositiveWeight(_ f: ArraySlice<UInt8>) -> Result<Double, WeightProblem> {
        var lo = f.startIndex
        var hi = f.endIndex
        while lo < hi && f[lo] == 0x20 { lo += 1 }
        while hi > lo && f[hi - 1] == 0x20 { hi -= 1 }
        if lo == hi { return .failure(WeightProblem(message: "empty weight")) }
        var text = [UInt8]()
        var i = lo
        var digits = 0
        var negative = false
        if f[i] == UInt8(ascii: "+") || f[i] == UInt8(ascii: "-") {
            negative = f[i] == UInt8(ascii: "-")
            i += 1
        }
        while i < hi, (0x30...0x39).contains(f[i]) {
            text.append(f[i])
            i += 1
            digits += 1
        }
        if i < hi, f[i] == UInt8(ascii: ".") || f[i] == UInt8(ascii: ",") {
            text.append(UInt8(ascii: "."))
            i += 1
            while i < hi, (0x30...0x39).contains(f[i]) {
                text.append(f[i])
                i += 1
                digits += 1
            }
        }
        if digits == 0 { return .failure(WeightProblem(message: "weight is not a number")) }
        if i < hi, f[i] == UInt8(ascii: "e") || f[i] == UInt8(ascii: "E") {
            text.append(UInt8(ascii: "e"))
            i += 1
            if i < hi, f[i] == UInt8(ascii: "+") || f[i] == UInt8(ascii: "-") {
                text.append(f[i])
                i += 1
            }
            var ed = 0
            while i < hi, (0x30...0x39).contains(f[i]) {
                text.append(f[i])
                i += 1
                ed += 1
            }
            if ed == 0 { return .failure(WeightProblem(message: "weight is not a number")) }
        }
        if i != hi { return .failure(WeightProblem(message: "weight is not a number")) }
        guard let v = Double(String(decoding: text, as: UTF8.self)) else {
            return .failure(WeightProblem(message: "weight is not a number"))
        }
        if !v.isFinite { return .failure(WeightProblem(message: "weight is too large (not finite)")) }
        if negative || v <= 0 { return .failure(WeightProblem(message: "weight must be positive")) }
        if let p = NumberRanges.problem(v, NumberRanges.weight, what: "weight") { return .failure(WeightProblem(message: p)) }
        return .success(v)
    }

    /// A score written with at most two decimals (`6.47`, `6,47`, `10`) as whole hundredths.
    public static func hundredths(_ text: String) -> Int? {
        // Trimmed of spaces (U+0020) only when an end is one (Foundation's trimming is slow).
        let t = text.utf8.first == 0x20 || text.utf8.last == 0x20 ? text.trimmingCharacters(in: [" "]) : text
        var whole = 0
        var frac = 0
        var fracDigits = 0
        var seenPoint = false
        var any = false
        for u in t.utf8 {
            if u == UInt8(ascii: ".") || u == UInt8(ascii: ",") {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            guard (0x30...0x39).contains(u) else { return nil }
            any = true
            let d = Int(u - 0x30)
            if seenPoint {
                fracDigits += 1
                if fracDigits > 2 { if d != 0 { return nil } else { continue } }
                frac = frac * 10 + d
            } else {
                whole = whole * 10 + d
                if whole > 1_000_000_000 { return nil }
            }
        }
        if !any { return nil }
        if fracDigits == 1 { frac *= 10 }
        return whole * 100 + frac
    }

    /// Rounds `x` half away from zero to `places` decimals using its shortest decimal text,
    /// and returns the result scaled by 10^places (84.105, 2 → 8411).
    public static func roundedScaled(_ x: Double, places: Int = 2) -> Int {
        // Never traps: a value beyond Int saturates (the results check refuses such values
        // before they are published; see FiniteResults).
        if x.isNaN { return 0 }
        if x.isInfinite { return x > 0 ? Int.max : -Int.max }
        let negative = x < 0
        let s = "\(abs(x))"
        var mantissa = Substring(s)
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = s[..<e]
            exponent = Int(s[s.index(after: e)...]) ?? 0
        }
        var digits: [Int] = []
        var fracLen = 0
        var afterPoint = false
        for ch in mantissa {
            if ch == "." {
                afterPoint = true
                continue
            }
            digits.append(Int(ch.asciiValue! - 48))
            if afterPoint { fracLen += 1 }
        }
        // value = digits × 10^(exponent − fracLen); want round(value × 10^places)
        let shift = exponent - fracLen + places
        var result = 0
        func times10plus(_ r: Int, _ d: Int) -> Int? {
            let (m, o1) = r.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(d)
            return o1 || o2 ? nil : s
        }
        if shift >= 0 {
            for d in digits {
                guard let n = times10plus(result, d) else { return negative ? -Int.max : Int.max }
                result = n
            }
            for _ in 0..<shift {
                guard let n = times10plus(result, 0) else { return negative ? -Int.max : Int.max }
                result = n
            }
        } else {
            let keep = digits.count + shift
            if keep < 0 { return 0 }
            for d in digits.prefix(keep) {
                guard let n = times10plus(result, d) else { return negative ? -Int.max : Int.max }
                result = n
            }
            if keep < digits.count && digits[keep] >= 5 { result = times10plus(result, 0).map { _ in result + 1 } ?? result }
        }
        return negative ? -result : result
    }

    /// Formats a value scaled by 10^places (8411, 2) as `84.11` or, in Vietnamese, `84,11`.
    public static func format(scaled: Int, places: Int = 2, language: Language = .en) -> String {
        let negative = scaled < 0
        var p = 1
        for _ in 0..<places { p *= 10 }
        let a = abs(scaled)
        var s = String(a / p)
        if places > 0 {
            let frac = String(a % p)
            s += (language == .vi ? "," : ".") + String(repeating: "0", count: places - frac.count) + frac
        }
        return negative ? "-" + s : s
    }

    /// `x` rounded half-up to `places` decimals and formatted (`85,67` in vi).
    public static func format(_ x: Double, places: Int = 2, language: Language = .en) -> String {
        format(scaled: roundedScaled(x, places: places), places: places, language: language)
    }
}
