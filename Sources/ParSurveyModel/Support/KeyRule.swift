/// A rule of a JSON file's own (questionnaire, manifest, scheme, weighting plan), as a value:
/// what the loader checks beyond the shape of the JSON, with the values it is about. Words
/// come later: `english` is the loader's message as it has always read; the message catalogue
/// (`ParSurveyReports/Messages`) words every case in Vietnamese.
public enum KeyRule: Sendable, Hashable {
    /// A text that must not be empty.
    case mustNotBeEmpty
    /// An empty value of the named kind (`empty id`).
    case empty(KeyNoun)
    /// A list that needs at least one entry.
    case atLeastOne(KeyNoun)
    /// A number that must be above 0.
    case mustBeAboveZero
    /// A number that must be positive, with the value found; `what` names it (`weight`).
    case mustBePositive(what: String?, found: Double)
    /// A number that must lie between 0 and 1 (`credit`), with the value found.
    case mustBeBetweenZeroAndOne(what: String, found: Double)
    /// An id used twice in the questionnaire (`alsoAt`: the key path of its first use).
    case duplicateID(String, alsoAt: String)
    /// A scale id used twice.
    case duplicateScaleID(String)
    /// A unit listed twice in the manifest.
    case unitListedTwice(String)
    /// A value that is none of the allowed ones (`'x' is not a component (satisfaction or leadership)`).
    case notOneOf(value: String, what: KeyNoun, allowed: [String])
    /// A question names a scale the questionnaire does not have.
    case noSuchScale(String, scales: [String])
    /// An answer scale without options.
    case scaleNeedsOptions
    /// An answer scale with more than 254 options.
    case tooManyOptions
    /// An option marked both satisfied and missing.
    case satisfiedAndMissing
    /// A scale whose every option is a missing code.
    case everyOptionMissing
    /// `meanCredit` scoring with an option that has no credit.
    case meanCreditNeedsCredits
    /// `shareSatisfied` scoring with no option marked satisfied.
    case shareSatisfiedNeedsSatisfied
    /// Two options with the same code or label (`first`: the other option).
    case ambiguousOption(spelling: String, first: String)
    /// An element without questions.
    case elementNeedsQuestion
    /// Some questions have points and some have not.
    case pointsOnAllOrNone
    /// A leadership questionnaire without points.
    case leadershipNeedsPoints
    /// The questions' points do not add up to `maxPoints` (both as written).
    case pointsDoNotSum(sum: String, maxPoints: String)
    /// A batch pattern of the manifest that matches no file.
    case matchesNoFile(pattern: String)
    /// A crosswalk without the previous year's table.
    case crosswalkNeedsPrevious
    /// A crosswalk without a unit register.
    case crosswalkNeedsRegister
    /// A register without the survey year.
    case registerNeedsYear
    /// A text that is not a date `YYYY-MM-DD`.
    case notADate(String)
    /// Points that are not a positive (or, `allowZero`, non-negative) number with at most two
    /// decimals; `text` as written.
    case notPoints(String, allowZero: Bool)
    /// An id of the scheme used twice (`firstAt`: the key path of its first use).
    case idUsedTwice(String, firstAt: String)
    /// A schema version this build does not read.
    case unsupportedVersion(String, supported: Int)
    /// A component source given to two components.
    case sourceAlreadyUsed(String, component: String)
    /// The components' maxima (`parts`, written with two decimals) do not add up to `totalPoints`.
    case componentMaximaDoNotSum(sum: String, parts: [String], total: String)
    /// The sub-criteria of `criterion` do not add up to its `maxPoints`.
    case subCriteriaDoNotSum(criterion: String, sum: String, parts: [String], maxPoints: String)
    /// The criteria do not add up to the self-assessment component's `maxPoints`.
    case criteriaDoNotSum(sum: String, parts: [String], maxPoints: String)
    /// A self-assessment component without a criteria tree.
    case selfAssessmentNeedsCriteria(component: String)
    /// Criteria in a scheme without a self-assessment component.
    case criteriaWithoutSelfAssessment
    /// An adjustment kind that is neither `bonus` nor `penalty`.
    case notBonusOrPenalty(String)
    /// Bonus or penalty items in a scheme without a self-assessment component.
    case adjustmentsNeedSelfAssessment
    /// Rounding to other than 2 decimal places (the places as written).
    case onlyTwoDecimalPlaces(found: String)
    /// A rounding mode other than `halfUp`.
    case onlyHalfUpRounding(found: String)
    /// A grade band whose minimum is not below the previous band's.
    case bandNotBelowPrevious(minimum: String, previous: String)
    /// A unit type in two ranking groups (`firstAt`: the key path of the first).
    case unitTypeAlreadyIn(String, firstAt: String)
    /// An annex text with a placeholder not in `known` (names without braces).
    case unknownPlaceholder(String, in: String, known: [String])
    /// An annex text that takes no placeholder but has one.
    case placeholderNotFilled(String, in: String)
    /// A unit name form without `{name}`.
    case nameFormLacksName(String)
    /// A unit name form with a placeholder other than `{name}`.
    case nameFormPlaceholder(String, in: String)
    /// A value listed twice in an annex list.
    case listedTwice(String)
    /// An annex table names a component the scheme does not have (`has`: its sources).
    case schemeHasNoComponent(String, has: [String])
    /// A self-assessment annex table in a scheme without that component.
    case schemeHasNoSelfAssessment
    /// An annex table names a criterion the scheme does not have.
    case notACriterion(String, known: [String])
    /// A survey annex table asked to show the self-assessment.
    case surveyTableNotSelfAssessment
    /// Strata in the plan and in its design.
    case strataGivenTwice
    /// A raking tolerance not between 0 and 1.
    case toleranceOutOfRange(found: Double)
    /// A sweep limit that is not a whole number from 1 to 100000.
    case maxSweepsOutOfRange
    /// A weighting step the plan does not know (`steps`: the known ones).
    case unknownStep(String, steps: [String])
    /// A list of column names that is empty or has an empty name.
    case columnNamesNeeded
    /// A column named twice.
    case columnNamedTwice
    /// A margin with neither or (`both`) both of `totals` and `shares`.
    case totalsOrShares(both: Bool)
    /// Trimming without `upper` or `lower`.
    case upperOrLower
    /// A lower bound not below the upper one.
    case lowerNotBelowUpper(upper: Double)
    /// Trimming bounds other than `absolute` or `relativeToMean`.
    case trimBounds(found: String)
    /// A redistribution other than `additive` or `proportional`.
    case trimRedistribution(found: String)
    /// `rerake` without an earlier rake step.
    case noEarlierRake
    /// A lonely-PSU rule that is none of the allowed ones.
    case lonelyPSU(String, allowed: [String])
    /// A `groupShares` step without its shares.
    case sharesMissing
    /// A `normalize` step without `to`.
    case normalizeToMissing
    /// A `normalize` target that is none of `sampleSize`, `population` or a positive number.
    case normalizeToInvalid
    /// A single number as the total of every unit.
    case singleTotalWithinUnit
    /// More FPC columns than sampling stages.
    case tooManyFPCColumns(Int, stages: Int)

    /// The loader's message in English.
    public var english: String {
        switch self {
        case .mustNotBeEmpty: return "must not be empty"
        case let .empty(noun): return "empty \(noun.english)"
        case .atLeastOne(.id): return "at least one id is needed (or leave the key out)"
        case let .atLeastOne(noun): return "at least one \(noun.english) is needed"
        case .mustBeAboveZero: return "must be above 0"
        case let .mustBePositive(what, x): return (what.map { $0 + " " } ?? "") + "must be positive, found \(x)"
        case let .mustBeBetweenZeroAndOne(what, x): return "\(what) must be between 0 and 1, found \(x)"
        case let .duplicateID(id, at): return "duplicate id '\(id)' (also at \(at))"
        case let .duplicateScaleID(id): return "duplicate scale id '\(id)'"
        case let .unitListedTwice(u): return "unit '\(u)' listed twice"
        case let .notOneOf(value, what, allowed):
            let list = what.listsWithCommas ? allowed.joined(separator: ", ") : allowed.joined(separator: " or ")
            return "'\(value)' is not \(what.withArticle) (\(list))"
        case let .noSuchScale(id, scales): return "no scale with id '\(id)' (scales: \(scales.joined(separator: ", ")))"
        case .scaleNeedsOptions: return "a scale needs options"
        case .tooManyOptions: return "at most 254 options"
        case .satisfiedAndMissing: return "an option cannot be both satisfied and missing"
        case .everyOptionMissing: return "every option is missing; a scale needs valid options"
        case .meanCreditNeedsCredits: return "scoring meanCredit needs a credit on every non-missing option"
        case .shareSatisfiedNeedsSatisfied: return "scoring shareSatisfied needs at least one option with \"satisfied\": true"
        case let .ambiguousOption(spelling, first):
            return "code or label '\(spelling)' is also used by option \(first) (answers would be ambiguous)"
        case .elementNeedsQuestion: return "an element needs at least one question"
        case .pointsOnAllOrNone: return "either every question has points or none does"
        case .leadershipNeedsPoints: return "a leadership questionnaire gives each question its points"
        case let .pointsDoNotSum(sum, maxPoints): return "question points sum to \(sum), not maxPoints \(maxPoints)"
        case let .matchesNoFile(pattern): return "'\(pattern)' matches no file"
        case .crosswalkNeedsPrevious: return "a crosswalk needs the previous year's table (key \"previous\")"
        case .crosswalkNeedsRegister: return "a crosswalk needs a unit register (key \"register\")"
        case .registerNeedsYear: return "a register needs the survey year (key \"year\") to check which units were valid"
        case let .notADate(text): return "'\(text)' is not a date YYYY-MM-DD"
        case let .notPoints(text, allowZero):
            return "'\(text)' is not a \(allowZero ? "non-negative" : "positive") number with at most two decimals"
        case let .idUsedTwice(id, first): return "id '\(id)' is used twice (first at \(first))"
        case let .unsupportedVersion(v, supported): return "version \(v) is not supported (this build reads \(supported))"
        case let .sourceAlreadyUsed(s, c): return "source '\(s)' is already used by component '\(c)'"
        case let .componentMaximaDoNotSum(sum, parts, total):
            return "component maxima sum to \(sum) (\(parts.joined(separator: " + "))), not totalPoints \(total)"
        case let .subCriteriaDoNotSum(c, sum, parts, max):
            return "sub-criteria of '\(c)' have maxima summing to \(sum) (\(parts.joined(separator: " + "))), not its maxPoints \(max)"
        case let .criteriaDoNotSum(sum, parts, max):
            return
                "criteria maxima sum to \(sum) (\(parts.joined(separator: " + "))), not the self-assessment component's maxPoints \(max)"
        case let .selfAssessmentNeedsCriteria(c): return "the self-assessment component '\(c)' needs a criteria tree"
        case .criteriaWithoutSelfAssessment: return "criteria given but no component has source 'selfAssessment'"
        case let .notBonusOrPenalty(k): return "'\(k)' is not bonus or penalty"
        case .adjustmentsNeedSelfAssessment:
            return "bonus and penalty items are scored in the self-assessment table; the scheme has no selfAssessment component"
        case let .onlyTwoDecimalPlaces(found): return "only 2 decimal places are supported, not \(found)"
        case let .onlyHalfUpRounding(found): return "only 'halfUp' rounding (on the decimal text) is supported, not '\(found)'"
        case let .bandNotBelowPrevious(min, previous):
            return "\(min) is not below the previous band's minimum \(previous) (list bands from the highest)"
        case let .unitTypeAlreadyIn(t, first): return "unit type '\(t)' is already in \(first)"
        case let .unknownPlaceholder(name, text, known):
            return "unknown placeholder '{\(name)}' in '\(text)' (known: \(known.map { "{\($0)}" }.joined(separator: ", ")))"
        case let .placeholderNotFilled(name, text): return "no placeholder is filled here: '{\(name)}' in '\(text)'"
        case let .nameFormLacksName(text): return "'\(text)' does not hold {name}"
        case let .nameFormPlaceholder(name, text):
            return "unknown placeholder '{\(name)}' in '\(text)' (a unit name form holds {name} only)"
        case let .listedTwice(text): return "'\(text)' is listed twice"
        case let .schemeHasNoComponent(s, has): return "the scheme has no '\(s)' component (it has \(has.joined(separator: ", ")))"
        case .schemeHasNoSelfAssessment: return "the scheme has no selfAssessment component"
        case let .notACriterion(s, known): return "'\(s)' is not a criterion of the scheme (\(known.joined(separator: ", ")))"
        case .surveyTableNotSelfAssessment: return "a survey table shows satisfaction or leadership, not selfAssessment"
        case .strataGivenTwice: return "strata are given twice (here and in design.strata); keep design.strata"
        case let .toleranceOutOfRange(x): return "must be between 0 and 1 (relative to the sum of weights), not \(x)"
        case .maxSweepsOutOfRange: return "must be a whole number from 1 to 100000"
        case let .unknownStep(kind, steps): return "unknown step '\(kind)' (steps: \(steps.joined(separator: ", ")))"
        case .columnNamesNeeded: return "needs at least one column name, none empty"
        case .columnNamedTwice: return "a column is named twice"
        case let .totalsOrShares(both): return both ? "give \"totals\" or \"shares\", not both" : "give \"totals\" or \"shares\""
        case .upperOrLower: return "give \"upper\", \"lower\" or both"
        case let .lowerNotBelowUpper(u): return "must be below upper (\(u))"
        case let .trimBounds(found): return "expected \"absolute\" or \"relativeToMean\", not '\(found)'"
        case let .trimRedistribution(found): return "expected \"additive\" (R's trimWeights) or \"proportional\", not '\(found)'"
        case .noEarlierRake: return "no earlier rake step to repeat"
        case let .lonelyPSU(l, allowed): return "'\(l)' is not one of \(allowed.joined(separator: ", "))"
        case .sharesMissing: return "required key is missing (a map of group shares, rows, a CSV file, or \"equal\")"
        case .normalizeToMissing: return "required key is missing (\"sampleSize\", \"population\" or a number)"
        case .normalizeToInvalid: return "expected \"sampleSize\", \"population\" or a positive number"
        case .singleTotalWithinUnit: return "a single number cannot be every unit's total; use \"sampleSize\" or \"population\""
        case let .tooManyFPCColumns(n, stages): return "\(n) FPC columns for \(stages) stage(s)"
        }
    }

    /// One example of every case (for tests that walk the catalogue).
    public static let examples: [KeyRule] =
        [.mustNotBeEmpty] + KeyNoun.allCases.map { .empty($0) } + KeyNoun.allCases.map { .atLeastOne($0) } + [
            .mustBeAboveZero, .mustBePositive(what: nil, found: -1), .mustBePositive(what: "weight", found: 0),
            .mustBeBetweenZeroAndOne(what: "credit", found: 1.5), .duplicateID("q1", alsoAt: "elements[0].questions[0]"),
            .duplicateScaleID("s5"), .unitListedTwice("Tây Sơn"),
        ] + KeyNoun.allCases.map { .notOneOf(value: "x", what: $0, allowed: ["a", "b"]) } + [
            .noSuchScale("s7", scales: ["s5"]), .scaleNeedsOptions, .tooManyOptions, .satisfiedAndMissing, .everyOptionMissing,
            .meanCreditNeedsCredits, .shareSatisfiedNeedsSatisfied, .ambiguousOption(spelling: "1", first: "0"), .elementNeedsQuestion,
            .pointsOnAllOrNone, .leadershipNeedsPoints, .pointsDoNotSum(sum: "9.5", maxPoints: "10"), .matchesNoFile(pattern: "*.csv"),
            .crosswalkNeedsPrevious, .crosswalkNeedsRegister, .registerNeedsYear, .notADate("15/01/2022"),
            .notPoints("1.005", allowZero: false), .notPoints("-1", allowZero: true), .idUsedTwice("1.1", firstAt: "criteria[0].id"),
            .unsupportedVersion("2", supported: 1), .sourceAlreadyUsed("leadership", component: "leaders"),
            .componentMaximaDoNotSum(sum: "102.00", parts: ["60.00", "30.00", "12.00"], total: "100.00"),
            .subCriteriaDoNotSum(criterion: "1.3", sum: "10.50", parts: ["6.50", "4.00"], maxPoints: "10.00"),
            .criteriaDoNotSum(sum: "59.00", parts: ["59.00"], maxPoints: "60.00"), .selfAssessmentNeedsCriteria(component: "sa"),
            .criteriaWithoutSelfAssessment, .notBonusOrPenalty("reward"), .adjustmentsNeedSelfAssessment,
            .onlyTwoDecimalPlaces(found: "3"), .onlyHalfUpRounding(found: "halfEven"),
            .bandNotBelowPrevious(minimum: "80.00", previous: "70.00"), .unitTypeAlreadyIn("town", firstAt: "rankingGroups[0].unitTypes"),
            .unknownPlaceholder("year", in: "Decision of {year}", known: ["decisionNumber", "decisionDate"]),
            .placeholderNotFilled("year", in: "Average {year}"), .nameFormLacksName("District People's Committee"),
            .nameFormPlaceholder("type", in: "{type} {name}"), .listedTwice("1.1"),
            .schemeHasNoComponent("leadership", has: ["selfAssessment", "satisfaction"]), .schemeHasNoSelfAssessment,
            .notACriterion("1.9", known: ["1.1", "1.2"]), .surveyTableNotSelfAssessment,
            .strataGivenTwice, .toleranceOutOfRange(found: 2), .maxSweepsOutOfRange, .unknownStep("reweight", steps: ["rake", "trim"]),
            .columnNamesNeeded, .columnNamedTwice, .totalsOrShares(both: false), .totalsOrShares(both: true), .upperOrLower,
            .lowerNotBelowUpper(upper: 3.5), .trimBounds(found: "relative"), .trimRedistribution(found: "even"), .noEarlierRake,
            .lonelyPSU("drop", allowed: ["fail", "adjust", "average", "certainty", "remove"]), .sharesMissing, .normalizeToMissing,
            .normalizeToInvalid, .singleTotalWithinUnit, .tooManyFPCColumns(2, stages: 1),
        ]
}

/// What a key rule is about (`empty id`, `at least one scale is needed`).
public enum KeyNoun: String, Sendable, Hashable, CaseIterable {
    case id, unitName, fileName, decisionNumber, unitType, scale, element, component, batch, margin, table
    case scoringMethod, invalidAnswerPolicy, encoding, source, policy, componentSource, tableKind

    /// `id`, `unit name`, `scale`, ….
    public var english: String {
        switch self {
        case .id: return "id"
        case .unitName: return "unit name"
        case .fileName: return "file name"
        case .decisionNumber: return "decision number"
        case .unitType: return "unit type"
        case .scale: return "scale"
        case .element: return "element"
        case .component: return "component"
        case .batch: return "batch"
        case .margin: return "margin"
        case .table: return "table"
        case .scoringMethod: return "scoring method"
        case .invalidAnswerPolicy: return "invalid-answer policy"
        case .encoding: return "encoding"
        case .source: return "source"
        case .policy: return "policy"
        case .componentSource: return "component source"
        case .tableKind: return "table kind"
        }
    }

    /// Whether the allowed values are listed with commas (`a, b, c`) rather than `a or b`.
    var listsWithCommas: Bool { [.encoding, .source, .policy, .componentSource, .tableKind].contains(self) }

    /// `a component`, `an encoding`, `an invalid-answer policy`.
    public var withArticle: String {
        let first = english.first.map { "aeiou".contains($0) } ?? false
        return (first ? "an " : "a ") + english
    }
}
