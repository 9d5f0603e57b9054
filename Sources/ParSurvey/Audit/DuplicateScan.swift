/// Rule 1: exact and near-duplicate answer vectors, without comparing every pair.
///
/// - Exact: forms are bucketed by a 64-bit hash of their answer vector (FNV-1a), buckets
///   verified byte by byte; every form after the first of a group is flagged (high).
/// - Near: among the distinct vectors, pairs within k differing answers are found by
///   blocking (pigeonhole): split the questions into k + 1 blocks; two vectors within k
///   agree exactly on at least one block, so only vectors sharing a block's sub-vector are
///   candidates; large buckets are split again the same way on the remaining questions
///   (they still differ in at most k of them), small ones compared pairwise. Every
///   candidate is verified on the whole vector. The later form of a pair is flagged (medium).
/// - Forms with fewer answered questions than `duplicateMinAnsweredShare` of the
///   questionnaire, and forms with fewer than `duplicateMinMinority` answers off their own
///   most common code (straight-lined or nearly: rule 2's business, and honest respondents
///   who are satisfied with everything agree by chance), are left out.
/// - k is given, or the largest k ≤ `maxNearDifferences` whose expected number of chance
///   pairs, given unit and respondent level (`ChancePairs`), is at most `chancePairBudget`.
public struct DuplicateScan: Sendable {
    /// Expected and observed pairs within k differences.
    public struct ChanceRow: Sendable {
        /// At most this many differing answers.
        public var k: Int
        /// Pairs expected by chance: answers independent given the unit.
        public var expected: Double
        /// Pairs expected by chance: answers independent given the unit and the respondent's
        /// level (what k is chosen by).
        public var expectedGivenLevel: Double
        /// Pairs observed (nil for k above the one searched).
        public var observed: Int?
    }

    /// Forms checked (enough answers, not straight-lined).
    public var eligible = 0
    /// The k used for near-duplicates.
    public var k = 0
    /// Whether k was chosen from the data.
    public var kFromData = true
    /// Expected against observed pairs, k = 0…max.
    public var chance: [ChanceRow] = []
    /// The flags.
    public var flags: [AuditFlag] = []
    /// Forms within k of an earlier one but not flagged: their earlier form's vector is common
    /// enough that `nearChanceLimit` or more such partners are expected by chance.
    public var nearExplained = 0
    /// Candidate pairs verified (tests check the scan is not quadratic).
    public var candidatesVerified = 0

    /// Runs the rule.
    public static func run(_ input: AuditInput, options: AuditOptions) -> DuplicateScan {
        var scan = DuplicateScan()
        let nq = input.questionCount
        let n = input.table.rowCount
        guard nq > 0 else { return scan }
        let minAnswered = Int((options.duplicateMinAnsweredShare * Double(nq)).rounded(.up))
        var eligible: [Int32] = []
        eligible.reserveCapacity(n)
        var hashes = [UInt64](repeating: 0, count: n)
        input.codes.withUnsafeBufferPointer { c in
            for r in 0..<n where Int(input.answered[r]) >= max(1, minAnswered) {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                var tally = [Int](repeating: 0, count: 256)
                for q in 0..<nq {
                    let b = c[r * nq + q]
                    h = (h ^ UInt64(b)) &* 0x100_0000_01b3
                    if b != 0 { tally[Int(b)] += 1 }
                }
                if Int(input.answered[r]) - tally.max()! >= options.duplicateMinMinority {
                    eligible.append(Int32(r))
                    hashes[r] = h
                }
            }
        }
        scan.eligible = eligible.count
        let maxK = max(0, min(options.maxNearDifferences, nq / 2))
        let searchK = max(maxK, options.nearDifferences ?? 0)
        let table = input.table
        let expected = ChancePairs.expected(
            input, rows: eligible, maxK: searchK, classOf: table.unit.codes, classes: table.unit.levels.count)
        let levels = 20
        var levelClass = [UInt32](repeating: 0, count: n)
        let q = table.questionnaire
        let validTables = (0..<nq).map { AnswerValues(scale: q.scale(ofQuestion: $0), method: q.scoring).valid }
        for r32 in eligible {
            let r = Int(r32)
            var s = 0
            var k = 0
            for qi in 0..<nq where validTables[qi][Int(input.codes[r * nq + qi])] {
                s += Int(input.codes[r * nq + qi])
                k += 1
            }
            let level = k == 0 ? 0 : min(levels - 1, Int(Double(s) / Double(k) * 4))
            levelClass[r] = table.unit.codes[r] * UInt32(levels) + UInt32(level)
        }
        let (expectedGivenLevel, levelModel) = ChancePairs.expectedWithModel(
            input, rows: eligible, maxK: searchK, classOf: levelClass,
            classes: table.unit.levels.count * levels)
        if let k = options.nearDifferences {
            scan.k = k
            scan.kFromData = false
        } else {
            scan.k = (0...maxK).last { expected[$0] <= options.chancePairBudget } ?? 0
        }
        // Exact groups.
        let sorted = eligible.sorted { (hashes[Int($0)], $0) < (hashes[Int($1)], $1) }
        var representatives: [Int32] = []
        var groupSize: [Int32: Int] = [:]
        var exactPairs = 0
        var i = 0
        while i < sorted.count {
            var j = i + 1
            let h = hashes[Int(sorted[i])]
            while j < sorted.count && hashes[Int(sorted[j])] == h { j += 1 }
            // Rows with one hash, in row order: partition by equal vectors.
            var heads: [Int32] = []
            var members: [[Int]] = []
            for t in i..<j {
                let r = Int(sorted[t])
                if let g = heads.firstIndex(where: { input.vector(Int($0)) == input.vector(r) }) {
                    members[g].append(r)
                } else {
                    heads.append(Int32(r))
                    members.append([r])
                }
            }
            for (g, head) in heads.enumerated() {
                representatives.append(head)
                let m = members[g]
                groupSize[head] = m.count
                if m.count > 1 {
                    exactPairs += m.count * (m.count - 1) / 2
                    let first = input.describe(m[0])
                    let chance = levelModel.partners(input, row: m[0], rowClass: Int(levelClass[m[0]]), within: 0)
                    scan.flags.append(
                        AuditFlag(
                            rule: .duplicateExact, severity: chance < options.surpriseThreshold ? .high : .medium,
                            unit: input.table.unit.value(m[0]), rows: Array(m.dropFirst()),
                            relatedRows: [m[0]], count: m.count, statistic: chance,
                            evidence: LocalizedText(
                                vi: "\(m.count) phiếu có cùng mọi câu trả lời; phiếu đầu: \(first.id) (\(first.file):\(first.line))",
                                en:
                                    "\(m.count) forms give the same answer to every question; first: \(first.id) (\(first.file):\(first.line))"
                            )))
                }
            }
            i = j
        }
        // Near pairs among distinct vectors.
        var nearByRow: [Int: [(other: Int, d: Int)]] = [:]
        var nearPairsByD = [Int](repeating: 0, count: scan.k + 1)
        if scan.k > 0 && representatives.count > 1 {
            representatives.sort()
            var finder = NearPairFinder(codes: input.codes, questions: nq, k: scan.k)
            finder.search(representatives, questions: Array(0..<nq))
            scan.candidatesVerified = finder.verified
            for (pair, d) in finder.found.sorted(by: { $0.key < $1.key }) {
                let a = Int(pair >> 32)
                let b = Int(pair & 0xFFFF_FFFF)
                nearByRow[b, default: []].append((a, d))
                nearPairsByD[d] += groupSize[Int32(a)]! * groupSize[Int32(b)]!
            }
        }
        for b in nearByRow.keys.sorted() {
            let partners = nearByRow[b]!.sorted { ($0.d, $0.other) < ($1.d, $1.other) }
            let first = input.describe(partners[0].other)
            let d = partners[0].d
            let chance = levelModel.partners(input, row: partners[0].other, rowClass: Int(levelClass[partners[0].other]), within: d)
            if chance >= options.nearChanceLimit {
                scan.nearExplained += 1
                continue
            }
            scan.flags.append(
                AuditFlag(
                    rule: .duplicateNear, severity: .medium, unit: input.table.unit.value(b), rows: [b],
                    relatedRows: partners.map(\.other), count: d, statistic: chance,
                    evidence: LocalizedText(
                        vi: "khác phiếu \(first.id) (\(first.file):\(first.line)) ở \(d) câu"
                            + (partners.count > 1 ? "; gần \(partners.count) phiếu trước" : ""),
                        en: "differs from \(first.id) (\(first.file):\(first.line)) in \(d) answer\(d == 1 ? "" : "s")"
                            + (partners.count > 1 ? "; near \(partners.count) earlier forms" : ""))))
        }
        var cumulative = exactPairs
        for k in 0..<expected.count {
            if k > 0 && k <= scan.k { cumulative += nearPairsByD[k] }
            scan.chance.append(
                ChanceRow(k: k, expected: expected[k], expectedGivenLevel: expectedGivenLevel[k], observed: k <= scan.k ? cumulative : nil))
        }
        return scan
    }
}

/// The recursive blocking search of `DuplicateScan` over distinct answer vectors.
struct NearPairFinder {
    let codes: [UInt8]
    let questions: Int
    let k: Int
    /// Verified pairs (earlier row << 32 | later row) and their distance.
    var found: [UInt64: Int] = [:]
    /// Candidate pairs compared on the whole vector.
    var verified = 0
    /// Buckets at most this large are compared pairwise.
    static let smallBucket = 24

    init(codes: [UInt8], questions: Int, k: Int) {
        self.codes = codes
        self.questions = questions
        self.k = k
    }

    /// Finds pairs within k among `rows` (ascending), which agree on every question not in
    /// `questions` when they came from an enclosing bucket.
    mutating func search(_ rows: [Int32], questions qs: [Int]) {
        if rows.count <= Self.smallBucket || qs.count < 2 * (k + 1) {
            pairwise(rows)
            return
        }
        let blocks = k + 1
        var keys = [UInt64](repeating: 0, count: rows.count)
        var order = Array(0..<rows.count)
        for b in 0..<blocks {
            let lo = qs.count * b / blocks
            let hi = qs.count * (b + 1) / blocks
            let block = Array(qs[lo..<hi])
            let rest = Array(qs[..<lo]) + Array(qs[hi...])
            codes.withUnsafeBufferPointer { c in
                for (t, r) in rows.enumerated() {
                    var h: UInt64 = 0xcbf2_9ce4_8422_2325
                    let base = Int(r) * questions
                    for q in block { h = (h ^ UInt64(c[base + q])) &* 0x100_0000_01b3 }
                    keys[t] = h
                }
            }
            order.sort { (keys[$0], $0) < (keys[$1], $1) }
            var i = 0
            while i < order.count {
                var j = i + 1
                while j < order.count && keys[order[j]] == keys[order[i]] { j += 1 }
                if j - i > 1 {
                    let bucket = order[i..<j].map { rows[$0] }  // ascending: order is stable on index
                    if j - i == rows.count && rest.count == qs.count { pairwise(bucket) } else { search(bucket, questions: rest) }
                }
                i = j
            }
        }
    }

    /// Compares every pair of `rows` on the whole vector.
    mutating func pairwise(_ rows: [Int32]) {
        let nq = questions
        let limit = k
        var hits: [(UInt64, Int)] = []
        var count = 0
        codes.withUnsafeBufferPointer { c in
            for x in 0..<rows.count {
                let a = Int(rows[x]) * nq
                for y in (x + 1)..<max(x + 1, rows.count) {
                    let b = Int(rows[y]) * nq
                    count += 1
                    var d = 0
                    for q in 0..<nq where c[a + q] != c[b + q] {
                        d += 1
                        if d > limit { break }
                    }
                    if d >= 1 && d <= limit { hits.append((UInt64(rows[x]) << 32 | UInt64(rows[y]), d)) }
                }
            }
        }
        verified += count
        for (p, d) in hits { found[p] = d }
    }
}
