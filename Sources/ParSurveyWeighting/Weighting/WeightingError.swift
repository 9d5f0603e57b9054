import Foundation
import ParSurveyModel

/// Why a weighting plan could not be read or applied. Every case says where (plan file and
/// key path, targets file and line, or batch file and line of a respondent) and what.
public enum WeightingError: ParSurveyError, Equatable {
    /// The plan or a targets file could not be read.
    case unreadable(file: String, reason: String)
    /// The plan is not valid JSON.
    case notJSON(file: String, line: Int, column: Int, message: String)
    /// A plan key is missing, unknown or has a wrong value.
    case invalidPlan(file: String, path: String, message: KeyProblem)
    /// A targets (population) CSV file is malformed.
    case invalidTargets(file: String, line: Int, column: Int, message: String)
    /// The plan names a column the batches do not have.
    case unknownVariable(step: String, name: String, available: [String])
    /// Respondents with a blank category in a variable the plan uses.
    case blankCategory(step: String, variable: String, rows: [String], count: Int)
    /// A respondent's category has no target.
    case categoryWithoutTarget(step: String, category: String, row: String, known: [String])
    /// A category has a population above zero but no respondents.
    case emptyCategory(step: String, categories: [String], population: Double)
    /// A category has respondents but a population of zero.
    case zeroTarget(step: String, category: String, row: String)
    /// Margins of one raking step disagree on the population total.
    case marginsDisagree(step: String, unit: String?, totals: [String])
    /// Shares do not add up to 1.
    case sharesDoNotSumToOne(step: String, unit: String?, sum: Double)
    /// Raking stopped without meeting the margins.
    case notConverged(step: String, sweeps: Int, maxMarginError: Double, category: String, reason: String)
    /// A weight is zero, negative, or not finite after a step.
    case invalidWeight(step: String, row: String, value: Double)
    /// Trimming bounds cannot be met.
    case trimInfeasible(step: String, unit: String?, message: String)
    /// The plan asks for something the data cannot give (no group column, no population total...).
    case notApplicable(step: String, message: String)

    public var kind: ErrorKind {
        switch self {
        case .unreadable: return "weighting.unreadable"
        case .notJSON: return "weighting.notJSON"
        case .invalidPlan: return "weighting.invalidPlan"
        case .invalidTargets: return "weighting.invalidTargets"
        case .unknownVariable: return "weighting.unknownVariable"
        case .blankCategory: return "weighting.blankCategory"
        case .categoryWithoutTarget: return "weighting.categoryWithoutTarget"
        case .emptyCategory: return "weighting.emptyCategory"
        case .zeroTarget: return "weighting.zeroTarget"
        case .marginsDisagree: return "weighting.marginsDisagree"
        case .sharesDoNotSumToOne: return "weighting.sharesDoNotSumToOne"
        case .notConverged: return "weighting.notConverged"
        case .invalidWeight: return "weighting.invalidWeight"
        case .trimInfeasible: return "weighting.trimInfeasible"
        case .notApplicable: return "weighting.notApplicable"
        }
    }

    public var location: SourceLocation? {
        switch self {
        case let .unreadable(file, _), let .invalidPlan(file, _, _): return SourceLocation(file: file)
        case let .notJSON(file, line, column, _): return SourceLocation(file: file, line: line, column: column, columnUnit: .byte)
        case let .invalidTargets(file, line, column, _):
            return SourceLocation(file: file, line: line, column: column, columnUnit: .field)
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read: \(reason)"
        case let .notJSON(file, line, column, message):
            return "\(file):\(line):\(column): weighting plan is not valid JSON: \(message)"
        case let .invalidPlan(file, path, message):
            return "\(file): weighting plan key '\(path)': \(message)"
        case let .invalidTargets(file, line, column, message):
            let at = line > 0 ? ":\(line)" + (column > 0 ? ":\(column)" : "") : ""
            return "\(file)\(at): \(message)"
        case let .unknownVariable(step, name, available):
            return
                "\(step): no column '\(name)' in the batches (available: \(available.isEmpty ? "none" : available.joined(separator: ", ")))"
        case let .blankCategory(step, variable, rows, count):
            return
                "\(step): \(count) respondent\(count == 1 ? " has" : "s have") a blank '\(variable)'; weighting needs every respondent's category (first at \(rows.joined(separator: ", ")))"
        case let .categoryWithoutTarget(step, category, row, known):
            let list = known.count > 12 ? known.prefix(12).joined(separator: ", ") + ", …" : known.joined(separator: ", ")
            return "\(row): category '\(category)' has no population target in \(step) (targets: \(list))"
        case let .emptyCategory(step, categories, population):
            let names = categories.map { "'\($0)'" }.joined(separator: ", ")
            return
                "\(step): \(names) \(categories.count == 1 ? "has" : "have") a population (\(Self.number(population))\(categories.count > 1 ? " for the first" : "")) but no respondents; "
                + "merge \(categories.count == 1 ? "it" : "each") into a neighbouring category with \"collapse\": [{\"from\": …, \"into\": …}]"
        case let .zeroTarget(step, category, row):
            return "\(row): category '\(category)' has respondents but a population of 0 in \(step)"
        case let .marginsDisagree(step, unit, totals):
            return
                "\(step): the margins' population totals disagree\(unit.map { " in '\($0)'" } ?? ""): \(totals.joined(separator: ", ")); fix the targets or give shares"
        case let .sharesDoNotSumToOne(step, unit, sum):
            return "\(step): shares\(unit.map { " of '\($0)'" } ?? "") add up to \(Self.number(sum)), not 1"
        case let .notConverged(step, sweeps, error, category, reason):
            return "\(step): raking did not converge (\(reason)) after \(sweeps) sweep\(sweeps == 1 ? "" : "s"): "
                + "largest margin error \(Self.number(error * 100))% at '\(category)'; check the margins (sparse cells?), collapse categories or raise maxSweeps"
        case let .invalidWeight(step, row, value):
            return "\(row): \(step) gives a weight of \(value) (weights must be positive and finite)"
        case let .trimInfeasible(step, unit, message):
            return "\(step): trimming bounds cannot be met\(unit.map { " in '\($0)'" } ?? ""): \(message)"
        case let .notApplicable(step, message):
            return "\(step): \(message)"
        }
    }

    static func number(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        return String(format: "%.6g", x)
    }
}
