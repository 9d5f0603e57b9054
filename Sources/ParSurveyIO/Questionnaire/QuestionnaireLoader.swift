import Foundation
import ParSurveyModel

extension Questionnaire {
    /// Loads and validates a questionnaire JSON file (see `Questionnaires/README.md`).
    public static func load(path: String) throws(QuestionnaireError) -> Questionnaire {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .unreadable(file: path, reason: error.reason) }
        return try parse(bytes, file: path)
    }

    /// Parses and validates questionnaire JSON; `file` names the source in errors.
    public static func parse(_ bytes: [UInt8], file: String) throws(QuestionnaireError) -> Questionnaire {
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch {
            throw .notJSON(file: file, line: error.line, column: error.column, message: error.message)
        }
        do { return try build(json) } catch {
            throw .invalid(file: file, path: error.path, message: error.message)
        }
    }

    private static func build(_ json: JSONValue) throws(JSONShapeError) -> Questionnaire {
        var root = try JSONObjectReader(json)
        let id = try root.string("id")
        guard !id.isEmpty else { throw JSONShapeError(path: "id", message: .check(.mustNotBeEmpty)) }
        // The id names exported files (export-spss): no path separators, `..` or control characters.
        if let p = SafeFileName.problem(id) {
            throw JSONShapeError(path: "id", message: "'\(TerminalText.escape(id))' cannot name files: it \(p)")
        }
        let version = try root.token("version")
        let title = try root.localized("title")
        let componentText = try root.string("component")
        guard let component = Component(rawValue: componentText) else {
            throw JSONShapeError(
                path: "component",
                message: .check(.notOneOf(value: componentText, what: .component, allowed: ["satisfaction", "leadership"])))
        }
        let maxPoints = try root.number("maxPoints")
        guard maxPoints > 0 else { throw JSONShapeError(path: "maxPoints", message: .check(.mustBePositive(what: nil, found: maxPoints))) }
        if let p = NumberRanges.problem(maxPoints, NumberRanges.maxPoints, what: "maxPoints") {
            throw JSONShapeError(path: "maxPoints", message: .rule(p))
        }
        let scoringText = try root.string("scoring")
        guard let scoring = ScoringMethod(rawValue: scoringText) else {
            throw JSONShapeError(
                path: "scoring",
                message: .check(.notOneOf(value: scoringText, what: .scoringMethod, allowed: ["shareSatisfied", "meanCredit"])))
        }

        let policy = try invalidAnswerPolicy(&root) ?? .rejectForm
        let groupNames = try respondentGroupNames(&root)
        var scales: [AnswerScale] = []
        var scaleIndex: [String: Int] = [:]
        let rawScales = try root.array("scales")
        if rawScales.isEmpty { throw JSONShapeError(path: "scales", message: .check(.atLeastOne(.scale))) }
        for (si, raw) in rawScales.enumerated() {
            let p = "scales[\(si)]"
            var s = try JSONObjectReader(raw, path: p)
            let sid = try s.string("id")
            if scaleIndex[sid] != nil { throw JSONShapeError(path: s.path("id"), message: .check(.duplicateScaleID(sid))) }
            let stitle = try s.localized("title", required: false)
            var options: [AnswerOption] = []
            let rawOptions = try s.array("options")
            if rawOptions.isEmpty { throw JSONShapeError(path: s.path("options"), message: .check(.scaleNeedsOptions)) }
            if rawOptions.count > 254 { throw JSONShapeError(path: s.path("options"), message: .check(.tooManyOptions)) }
            for (oi, ro) in rawOptions.enumerated() {
                var o = try JSONObjectReader(ro, path: "\(p).options[\(oi)]")
                let code = TextKey.clean(try o.token("code"))
                if code.isEmpty { throw JSONShapeError(path: o.path("code"), message: .check(.mustNotBeEmpty)) }
                let label = try o.localized("label", required: false)
                let credit = try o.optionalNumber("credit")
                if let c = credit, !(0...1).contains(c) {
                    throw JSONShapeError(path: o.path("credit"), message: .check(.mustBeBetweenZeroAndOne(what: "credit", found: c)))
                }
                let satisfied = try o.optionalBool("satisfied") ?? false
                let missing = try o.optionalBool("missing") ?? false
                if satisfied && missing {
                    throw JSONShapeError(path: o.path("satisfied"), message: .check(.satisfiedAndMissing))
                }
                try o.finish()
                options.append(AnswerOption(code: code, label: label, credit: credit, satisfied: satisfied, missing: missing))
            }
            try s.finish()
            let valid = options.filter { !$0.missing }
            if valid.isEmpty { throw JSONShapeError(path: "\(p).options", message: .check(.everyOptionMissing)) }
            switch scoring {
            case .meanCredit:
                if let bad = options.firstIndex(where: { !$0.missing && $0.credit == nil }) {
                    throw JSONShapeError(
                        path: "\(p).options[\(bad)].credit", message: .check(.meanCreditNeedsCredits))
                }
            case .shareSatisfied:
                if !valid.contains(where: \.satisfied) {
                    throw JSONShapeError(
                        path: "\(p).options", message: .check(.shareSatisfiedNeedsSatisfied))
                }
            }
            do {
                scales.append(try AnswerScale(id: sid, title: stitle, options: options))
            } catch {
                throw JSONShapeError(
                    path: "\(p).options[\(error.second)]",
                    message: .check(.ambiguousOption(spelling: error.spelling, first: "\(error.first)")))
            }
            scaleIndex[sid] = si
        }

        var elements: [Element] = []
        var seenIDs: [String: String] = [:]
        var seenColumns: [String: String] = [:]  // question ids as data columns match them (TextKey)
        let rawElements = try root.array("elements")
        if rawElements.isEmpty { throw JSONShapeError(path: "elements", message: .check(.atLeastOne(.element))) }
        var anyPoints = false
        var anyNoPoints = false
        for (ei, re) in rawElements.enumerated() {
            let p = "elements[\(ei)]"
            var e = try JSONObjectReader(re, path: p)
            let eid = try e.string("id")
            if let prev = seenIDs[eid] { throw JSONShapeError(path: e.path("id"), message: .check(.duplicateID(eid, alsoAt: "\(prev)"))) }
            seenIDs[eid] = e.path("id")
            let etitle = try e.localized("title")
            let eweight = try e.optionalNumber("weight") ?? 1
            guard eweight > 0 else {
                throw JSONShapeError(path: e.path("weight"), message: .check(.mustBePositive(what: "weight", found: eweight)))
            }
            if let p = NumberRanges.problem(eweight, NumberRanges.questionnaireWeight, what: "weight") {
                throw JSONShapeError(path: e.path("weight"), message: .rule(p))
            }
            var questions: [Question] = []
            let rawQuestions = try e.array("questions")
            if rawQuestions.isEmpty { throw JSONShapeError(path: e.path("questions"), message: .check(.elementNeedsQuestion)) }
            for (qi, rq) in rawQuestions.enumerated() {
                var q = try JSONObjectReader(rq, path: "\(p).questions[\(qi)]")
                let qid = TextKey.clean(try q.string("id"))
                if qid.isEmpty { throw JSONShapeError(path: q.path("id"), message: .check(.mustNotBeEmpty)) }
                if let prev = seenIDs[qid] ?? seenColumns[TextKey.key(qid)] {
                    throw JSONShapeError(path: q.path("id"), message: .check(.duplicateID(qid, alsoAt: "\(prev)")))
                }
                seenIDs[qid] = q.path("id")
                seenColumns[TextKey.key(qid)] = q.path("id")
                let text = try q.localized("text")
                let sref = try q.string("scale")
                guard let sidx = scaleIndex[sref] else {
                    throw JSONShapeError(
                        path: q.path("scale"), message: .check(.noSuchScale(sref, scales: scales.map(\.id))))
                }
                let qweight = try q.optionalNumber("weight") ?? 1
                guard qweight > 0 else {
                    throw JSONShapeError(path: q.path("weight"), message: .check(.mustBePositive(what: "weight", found: qweight)))
                }
                if let p = NumberRanges.problem(qweight, NumberRanges.questionnaireWeight, what: "weight") {
                    throw JSONShapeError(path: q.path("weight"), message: .rule(p))
                }
                let points = try q.optionalNumber("points")
                if let pts = points {
                    guard pts > 0 else {
                        throw JSONShapeError(path: q.path("points"), message: .check(.mustBePositive(what: "points", found: pts)))
                    }
                    if let p = NumberRanges.problem(pts, NumberRanges.questionnaireWeight, what: "points") {
                        throw JSONShapeError(path: q.path("points"), message: .rule(p))
                    }
                    anyPoints = true
                } else {
                    anyNoPoints = true
                }
                let questionPolicy = try invalidAnswerPolicy(&q)
                try q.finish()
                var question = Question(id: qid, text: text, scaleIndex: sidx, weight: qweight, points: points, elementIndex: ei)
                question.invalidAnswer = questionPolicy
                questions.append(question)
            }
            try e.finish()
            elements.append(Element(id: eid, title: etitle, weight: eweight, questions: questions))
        }
        try root.finish()

        if anyPoints && anyNoPoints {
            throw JSONShapeError(path: "elements", message: .check(.pointsOnAllOrNone))
        }
        if component == .leadership && !anyPoints {
            throw JSONShapeError(path: "elements", message: .check(.leadershipNeedsPoints))
        }
        if anyPoints {
            let all = elements.flatMap(\.questions)
            let sum = all.reduce(0.0) { $0 + ($1.points ?? 0) }
            if abs(sum - maxPoints) > 1e-9 {
                throw JSONShapeError(
                    path: "elements", message: .check(.pointsDoNotSum(sum: Self.plain(sum), maxPoints: Self.plain(maxPoints))))
            }
        }
        var questionnaire = Questionnaire(
            id: id, version: version, title: title, component: component, maxPoints: maxPoints,
            scoring: scoring, scales: scales, elements: elements)
        questionnaire.invalidAnswer = policy
        questionnaire.respondentGroups = groupNames
        return questionnaire
    }

    /// The optional `invalidAnswer` of a questionnaire or question object.
    private static func invalidAnswerPolicy(_ object: inout JSONObjectReader) throws(JSONShapeError) -> InvalidAnswerPolicy? {
        guard let text = try object.optionalString("invalidAnswer") else { return nil }
        guard let policy = InvalidAnswerPolicy(rawValue: text) else {
            throw JSONShapeError(
                path: object.path("invalidAnswer"),
                message: .check(
                    .notOneOf(value: TerminalText.escape(text), what: .invalidAnswerPolicy, allowed: ["reject-form", "missing"])))
        }
        return policy
    }

    static func plain(_ x: Double) -> String {
        let r = (x * 1e9).rounded() / 1e9
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
