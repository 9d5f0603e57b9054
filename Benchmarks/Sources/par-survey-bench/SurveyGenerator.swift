import Foundation

/// A deterministic synthetic survey in the layout of `gen.py` (the shared reference
/// generator): `id,commune,gender,age_group,rtype,weight,q1..qQ`, answers 1..5 with blanks,
/// communes in blocks, design weight = commune population / commune sample size; and the
/// margins file `variable,level,total` for gender, age_group and commune. Same seed, same
/// bytes (its own generator, so no numpy is needed; the figures differ from gen.py's).
struct SurveyGenerator {
    var rows: Int
    var questions: Int = 22
    var communes: Int = 15
    var seed: UInt64 = 1
    var missing: Double = 0.04
    /// Villages (> 0: a `village` column, ids restarting in each commune, and the population
    /// columns `communes_N` (10 × the communes) and `villages_N` (3 × a commune's villages)).
    var villages: Int = 0

    static let genders = ["Male", "Female"]
    static let ages = ["18-29", "30-44", "45-59", "60+"]
    static let rtypes = ["citizen", "business", "official"]

    /// Writes the responses to `path` and the margins to `marginsPath`.
    func write(to path: String, marginsPath: String) throws {
        var rng = SplitMix64(seed: seed)
        let n = rows
        let c = communes
        let q = questions
        var pop = (0..<c).map { _ in 3000 + Int(rng.next() % 22000) }
        let total = pop.reduce(0, +)
        if total < 5 * n { pop = pop.map { Int(Double($0) * (5.0 * Double(n) / Double(total))) + 1 } }
        let alloc = (0..<c).map { _ in 0.8 + 0.4 * rng.uniform() }
        var perCommune = Self.integerSplit(n, alloc).map { max($0, 2) }
        perCommune[perCommune.indices.max { perCommune[$0] < perCommune[$1] }!] -= perCommune.reduce(0, +) - n
        let weights = (0..<c).map { Array(String(format: "%.6f", Double(pop[$0]) / Double(perCommune[$0])).utf8) }
        let communeEffect = (0..<c).map { _ in 0.45 * rng.normal() }
        let questionEffect = (0..<q).map { _ in 0.35 * rng.normal() }
        let ageEffect = [-0.35, -0.1, 0.15, 0.35]
        let genderEffect = [0.0, 0.15]
        let rtypeEffect = [0.0, -0.2, 0.4]
        let cuts = [-2.2, -1.0, 0.2, 1.6]

        guard FileManager.default.createFile(atPath: path, contents: nil), let out = FileHandle(forWritingAtPath: path) else {
            throw BenchError("cannot write \(path)")
        }
        var buf: [UInt8] = []
        buf.reserveCapacity(1 << 20)
        let design = villages > 0 ? ["village", "communes_N", "villages_N"] : []
        let villagesOf = Self.integerSplit(max(villages, c), [Double](repeating: 1, count: c)).map { max($0, 1) }
        buf +=
            Array(
                (["id", "commune", "gender", "age_group", "rtype", "weight"] + design + (1...q).map { "q\($0)" })
                    .joined(separator: ",").utf8) + [0x0A]
        let names = (0..<c).map { Array(String(format: "C%02d", $0 + 1).utf8) }
        var id = 0
        for commune in 0..<c {
            for k in 0..<perCommune[commune] {
                id += 1
                let g = rng.uniform() < 0.40 ? 0 : 1
                let a = rng.pick([0.15, 0.30, 0.30, 0.25])
                let t = rng.pick([0.80, 0.12, 0.08])
                let base = communeEffect[commune] + ageEffect[a] + genderEffect[g] + rtypeEffect[t] + 0.8 * rng.normal()
                Self.appendInt(id, to: &buf)
                buf.append(0x2C)
                buf += names[commune]
                buf.append(0x2C)
                buf += Self.genders[g].utf8
                buf.append(0x2C)
                buf += Self.ages[a].utf8
                buf.append(0x2C)
                buf += Self.rtypes[t].utf8
                buf.append(0x2C)
                buf += weights[commune]
                if villages > 0 {
                    buf += Array(",V".utf8)
                    Self.appendInt(k * villagesOf[commune] / perCommune[commune] + 1, to: &buf)
                    buf.append(0x2C)
                    Self.appendInt(10 * c, to: &buf)
                    buf.append(0x2C)
                    Self.appendInt(3 * villagesOf[commune], to: &buf)
                }
                for j in 0..<q {
                    buf.append(0x2C)
                    let pMissing = missing * (a == 3 ? 1.8 : 1.0) * (1.0 + Double(j) / Double(q))
                    let latent = base + questionEffect[j] + 0.9 * rng.logistic()
                    if rng.uniform() < pMissing { continue }
                    buf.append(0x31 + UInt8(cuts.filter { latent > $0 }.count))
                }
                buf.append(0x0A)
                if buf.count > 1 << 20 {
                    out.write(Data(buf))
                    buf.removeAll(keepingCapacity: true)
                }
            }
        }
        out.write(Data(buf))
        try out.close()

        let populationTotal = pop.reduce(0, +)
        var m = "variable,level,total\n"
        for (l, t) in zip(Self.genders, Self.integerSplit(populationTotal, [0.49, 0.51])) { m += "gender,\(l),\(t)\n" }
        for (l, t) in zip(Self.ages, Self.integerSplit(populationTotal, [0.28, 0.30, 0.24, 0.18])) { m += "age_group,\(l),\(t)\n" }
        for k in 0..<c { m += "commune,\(String(decoding: names[k], as: UTF8.self)),\(pop[k])\n" }
        try m.write(toFile: marginsPath, atomically: true, encoding: .utf8)
    }

    /// Integers proportional to `shares` summing exactly to `total` (largest remainders).
    static func integerSplit(_ total: Int, _ shares: [Double]) -> [Int] {
        let sum = shares.reduce(0, +)
        let raw = shares.map { $0 * Double(total) / sum }
        var out = raw.map { Int($0.rounded(.down)) }
        let order = raw.indices.sorted { raw[$0] - Double(out[$0]) > raw[$1] - Double(out[$1]) }
        for k in order.prefix(total - out.reduce(0, +)) { out[k] += 1 }
        return out
    }

    static func appendInt(_ v: Int, to buf: inout [UInt8]) {
        var digits: [UInt8] = []
        var x = v
        repeat {
            digits.append(0x30 + UInt8(x % 10))
            x /= 10
        } while x > 0
        buf += digits.reversed()
    }
}

/// SplitMix64: small, fast, deterministic on every platform.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u = max(uniform(), 0x1p-53)
        let v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// Standard logistic.
    mutating func logistic() -> Double {
        let u = min(max(uniform(), 0x1p-53), 1 - 0x1p-53)
        return log(u / (1 - u))
    }

    /// An index drawn with probabilities `p` (summing to 1).
    mutating func pick(_ p: [Double]) -> Int {
        var u = uniform()
        for (i, x) in p.enumerated() {
            if u < x { return i }
            u -= x
        }
        return p.count - 1
    }
}

/// A benchmark that cannot run.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
