import ParSurveyIO
import ParSurveyModel
import ParSurveyReports
import ParSurveyStatistics

/// How fieldwork stands against the drawn sample, per unit (pure computation): forms
/// planned (drawn, reserve excluded), received, accepted, rejected; the response rate; forms
/// from the reserve and from outside the sample; the margin of error the accepted forms buy
/// on the satisfied share against a target; units below their minimum.
public struct FieldworkProgress: Sendable {
    /// One unit's progress.
    public struct UnitProgress: Sendable, Equatable {
        /// Unit name.
        public var unit: String
        /// Frame size N (Σ design weights of the planned rows, rounded).
        public var population: Int
        /// Planned forms: drawn rows with reserve 0.
        public var planned: Int
        /// Accepted + rejected forms.
        public var received: Int { accepted + rejected }
        /// Accepted forms.
        public var accepted: Int
        /// Rejected forms attributed to the unit.
        public var rejected: Int
        /// Accepted forms whose frame id is in the sample (reserve 0).
        public var fromSample: Int
        /// Accepted forms from the reserve list.
        public var fromReserve: Int
        /// Accepted forms whose frame id is not in the drawn sample (or is in another unit's).
        public var notInSample: Int
        /// Accepted forms whose frame id an earlier accepted form already carries (counted once).
        public var duplicates: Int
        /// Response rate: forms from the sample ÷ planned.
        public var responseRate: Double? { planned > 0 ? Double(fromSample) / Double(planned) : nil }
        /// Margin of error on the share that the accepted forms (duplicates counted once) buy.
        public var margin: Double
        /// Accepted forms (duplicates counted once) below the minimum.
        public var belowMinimum: Bool
        /// Margin above the target.
        public var aboveTarget: Bool
    }

    /// An accepted form: its frame id (nil when the batch has none) and unit; where it is.
    public struct Form: Sendable, Equatable {
        /// Frame id as written in the batch.
        public var frameID: String?
        /// Unit of the form.
        public var unit: String
        /// `file:line`.
        public var origin: String

        /// Creates a form.
        public init(frameID: String?, unit: String, origin: String) {
            self.frameID = frameID
            self.unit = unit
            self.origin = origin
        }
    }

    /// Per unit: the drawn sample's units first, then units only the batches have.
    public var units: [UnitProgress]
    /// Accepted forms not in the drawn sample (or drawn for another unit).
    public var outside: [Form]
    /// The margin target, the minimum, z, share and design effect used.
    public var target: Double?, minimum: Int?, z: Double, share: Double, designEffect: Double

    /// Compares the accepted `forms` and the rejected count per unit (key: unit) with `sample`.
    public init(
        sample: DrawnSample, forms: [Form], rejected: [String: Int], target: Double?, minimum: Int?,
        z: Double = SampleSizeFormula.z(confidence: 0.95), share: Double = 0.5, designEffect: Double = 1
    ) {
        self.target = target
        self.minimum = minimum
        self.z = z
        self.share = share
        self.designEffect = designEffect
        var order = sample.units
        var index: [String: Int] = [:]
        for (i, u) in order.enumerated() { index[TextKey.key(u)] = i }
        func slot(_ u: String) -> Int {
            if let i = index[TextKey.key(u)] { return i }
            index[TextKey.key(u)] = order.count
            order.append(u)
            return order.count - 1
        }
        var planned = [Int](repeating: 0, count: order.count)
        var weight = [Double](repeating: 0, count: order.count)
        for m in sample.members.values where m.reserve == 0 {
            let i = slot(m.unit)
            planned[i] += 1
            weight[i] += m.designWeight
        }
        var accepted: [Int] = []
        var fromSample: [Int] = []
        var fromReserve: [Int] = []
        var notIn: [Int] = []
        var dup: [Int] = []
        var seen = Set<String>()
        func grow() {
            while accepted.count < order.count {
                accepted.append(0)
                fromSample.append(0)
                fromReserve.append(0)
                notIn.append(0)
                dup.append(0)
            }
            while planned.count < order.count {
                planned.append(0)
                weight.append(0)
            }
        }
        grow()
        var outside: [Form] = []
        for f in forms {
            let i = slot(f.unit)
            grow()
            accepted[i] += 1
            if let id = f.frameID, !seen.insert(id).inserted {
                dup[i] += 1
                continue
            }
            if let id = f.frameID, let m = sample.members[id], TextKey.key(m.unit) == TextKey.key(f.unit) {
                if m.reserve == 0 { fromSample[i] += 1 } else { fromReserve[i] += 1 }
            } else {
                notIn[i] += 1
                outside.append(f)
            }
        }
        for u in rejected.keys { _ = slot(u) }
        grow()
        self.outside = outside
        units = order.enumerated().map { i, u in
            let big = Int(weight[i].rounded())
            let distinct = accepted[i] - dup[i]
            let m = SampleSizeFormula.margin(
                respondents: Double(distinct), share: share, z: z, designEffect: designEffect,
                population: big > 0 ? Double(big) : nil)
            return UnitProgress(
                unit: u, population: big, planned: planned[i], accepted: accepted[i],
                rejected: rejected.first { TextKey.key($0.key) == TextKey.key(u) }?.value ?? 0,
                fromSample: fromSample[i], fromReserve: fromReserve[i], notInSample: notIn[i], duplicates: dup[i], margin: m,
                belowMinimum: minimum.map { distinct < $0 } ?? false,
                aboveTarget: target.map { m > $0 } ?? false)
        }
    }
}
