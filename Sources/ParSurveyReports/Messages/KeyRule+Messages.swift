import Foundation
import ParSurveyModel

extension KeyRule {
    /// The rule in Vietnamese (the English is `english`). Key names and values of the file
    /// (`maxPoints`, `"satisfied": true`, `shareSatisfied`) stay as the file writes them.
    public var vietnamese: String {
        switch self {
        case .mustNotBeEmpty: return "không được để trống"
        case let .empty(noun): return "\(noun.vietnamese) để trống"
        case .atLeastOne(.id): return "cần ít nhất một mã (hoặc bỏ mục này đi)"
        case let .atLeastOne(noun): return "cần ít nhất một \(noun.vietnamese)"
        case .mustBeAboveZero: return "phải lớn hơn 0"
        case let .mustBePositive(what, x):
            return (what.map { "“\($0)” " } ?? "") + "phải là số dương, nhưng giá trị là \(ErrorMessages.number(x).vi)"
        case let .mustBeBetweenZeroAndOne(what, x):
            return "“\(what)” phải nằm trong khoảng từ 0 đến 1, nhưng giá trị là \(ErrorMessages.number(x).vi)"
        case let .duplicateID(id, at): return "mã “\(id)” bị trùng (đã dùng ở \(at))"
        case let .duplicateScaleID(id): return "mã thang đo “\(id)” bị trùng"
        case let .unitListedTwice(u): return "đơn vị “\(u)” có tên hai lần trong danh sách"
        case let .notOneOf(value, what, allowed):
            return "“\(value)” không phải là \(what.vietnamese) hợp lệ (chọn một trong: \(allowed.joined(separator: ", ")))"
        case let .noSuchScale(id, scales): return "không có thang đo mã “\(id)” (các thang đo: \(scales.joined(separator: ", ")))"
        case .scaleNeedsOptions: return "thang đo cần có các phương án trả lời"
        case .tooManyOptions: return "thang đo có tối đa 254 phương án"
        case .satisfiedAndMissing: return "một phương án không thể vừa là “hài lòng” (satisfied) vừa là “thiếu” (missing)"
        case .everyOptionMissing: return "mọi phương án đều là mã thiếu; thang đo cần có phương án trả lời hợp lệ"
        case .meanCreditNeedsCredits: return "cách tính meanCredit cần điểm (credit) cho mọi phương án không phải mã thiếu"
        case .shareSatisfiedNeedsSatisfied:
            return "cách tính shareSatisfied cần ít nhất một phương án có \"satisfied\": true"
        case let .ambiguousOption(spelling, first):
            return "mã hoặc nhãn “\(spelling)” đã được dùng cho phương án \(first) (câu trả lời sẽ không phân biệt được)"
        case .elementNeedsQuestion: return "mỗi nội dung đánh giá cần ít nhất một câu hỏi"
        case .pointsOnAllOrNone: return "hoặc mọi câu hỏi đều có điểm (points), hoặc không câu hỏi nào có"
        case .leadershipNeedsPoints: return "bảng hỏi lãnh đạo phải cho điểm (points) từng câu hỏi"
        case let .pointsDoNotSum(sum, maxPoints):
            return "tổng điểm các câu hỏi bằng \(Self.comma(sum)), không bằng maxPoints \(Self.comma(maxPoints))"
        case let .matchesNoFile(pattern): return "mẫu tên tệp “\(pattern)” không khớp tệp nào"
        case .crosswalkNeedsPrevious: return "bảng chuyển đổi đơn vị cần bảng kết quả năm trước (mục \"previous\")"
        case .crosswalkNeedsRegister: return "bảng chuyển đổi đơn vị cần danh mục đơn vị (mục \"register\")"
        case .registerNeedsYear: return "danh mục đơn vị cần năm khảo sát (mục \"year\") để biết đơn vị nào có hiệu lực"
        case let .notADate(text): return "“\(text)” không phải là ngày dạng NNNN-TT-NN (năm-tháng-ngày)"
        case let .notPoints(text, allowZero):
            return "“\(text)” không phải là số \(allowZero ? "không âm" : "dương") có tối đa hai chữ số thập phân"
        case let .idUsedTwice(id, first): return "mã “\(id)” được dùng hai lần (lần đầu ở \(first))"
        case let .unsupportedVersion(v, supported):
            return "phiên bản \(v) không được hỗ trợ (chương trình này đọc phiên bản \(supported))"
        case let .sourceAlreadyUsed(s, c): return "nguồn điểm “\(s)” đã được dùng cho thành phần “\(c)”"
        case let .componentMaximaDoNotSum(sum, parts, total):
            return
                "tổng điểm tối đa của các thành phần bằng \(Self.comma(sum)) (\(Self.sum(parts))), không bằng totalPoints \(Self.comma(total))"
        case let .subCriteriaDoNotSum(c, sum, parts, max):
            return
                "tổng điểm tối đa của các tiêu chí con của “\(c)” bằng \(Self.comma(sum)) (\(Self.sum(parts))), không bằng maxPoints \(Self.comma(max)) của tiêu chí này"
        case let .criteriaDoNotSum(sum, parts, max):
            return
                "tổng điểm tối đa của các tiêu chí bằng \(Self.comma(sum)) (\(Self.sum(parts))), không bằng maxPoints \(Self.comma(max)) của thành phần tự đánh giá"
        case let .selfAssessmentNeedsCriteria(c): return "thành phần tự đánh giá “\(c)” cần có cây tiêu chí (mục \"criteria\")"
        case .criteriaWithoutSelfAssessment:
            return "có danh sách tiêu chí (mục \"criteria\") nhưng không thành phần nào có nguồn điểm “selfAssessment”"
        case let .notBonusOrPenalty(k): return "“\(k)” không phải là điểm thưởng (“bonus”) hay điểm trừ (“penalty”)"
        case .adjustmentsNeedSelfAssessment:
            return "điểm thưởng và điểm trừ được chấm trong bảng tự đánh giá; phương pháp tính Chỉ số không có thành phần “selfAssessment”"
        case let .onlyTwoDecimalPlaces(found): return "chỉ hỗ trợ làm tròn đến 2 chữ số thập phân, không phải \(found)"
        case let .onlyHalfUpRounding(found):
            return "chỉ hỗ trợ cách làm tròn “halfUp” (làm tròn nửa lên, trên số thập phân như đã viết), không phải “\(found)”"
        case let .bandNotBelowPrevious(min, previous):
            return
                "\(Self.comma(min)) không nhỏ hơn mức tối thiểu \(Self.comma(previous)) của khoảng xếp loại trước (liệt kê các khoảng từ cao xuống thấp)"
        case let .unitTypeAlreadyIn(t, first): return "loại đơn vị “\(t)” đã có ở \(first)"
        case let .unknownPlaceholder(name, text, known):
            return "không có chỗ điền “{\(name)}” (trong “\(text)”; các chỗ điền có: \(known.map { "“{\($0)}”" }.joined(separator: ", ")))"
        case let .placeholderNotFilled(name, text): return "mục này không có chỗ điền nào: “{\(name)}” trong “\(text)”"
        case let .nameFormLacksName(text): return "“\(text)” không chứa chỗ điền “{name}”"
        case let .nameFormPlaceholder(name, text):
            return "không có chỗ điền “{\(name)}” (trong “\(text)”; mẫu tên đơn vị chỉ chứa “{name}”)"
        case let .listedTwice(text): return "“\(text)” có tên hai lần trong danh sách"
        case let .schemeHasNoComponent(s, has):
            return "phương pháp tính Chỉ số không có thành phần “\(s)” (chỉ có: \(has.joined(separator: ", ")))"
        case .schemeHasNoSelfAssessment: return "phương pháp tính Chỉ số không có thành phần “selfAssessment”"
        case let .notACriterion(s, known):
            return "“\(s)” không phải là tiêu chí của phương pháp tính Chỉ số (các tiêu chí: \(known.joined(separator: ", ")))"
        case .strataGivenTwice: return "tầng (“strata”) được khai báo hai lần (ở đây và ở “design.strata”); hãy chỉ giữ “design.strata”"
        case let .toleranceOutOfRange(x):
            return "phải nằm trong khoảng từ 0 đến 1 (so với tổng trọng số), nhưng giá trị là \(ErrorMessages.number(x).vi)"
        case .maxSweepsOutOfRange: return "phải là số nguyên từ 1 đến 100000"
        case let .unknownStep(kind, steps): return "không có bước “\(kind)” (các bước: \(steps.joined(separator: ", ")))"
        case .columnNamesNeeded: return "cần ít nhất một tên cột, không tên nào để trống"
        case .columnNamedTwice: return "có cột được nêu tên hai lần"
        case let .totalsOrShares(both):
            return "cần \"totals\" hoặc \"shares\"" + (both ? ", không dùng cả hai" : "")
        case .upperOrLower: return "cần \"upper\", \"lower\" hoặc cả hai"
        case let .lowerNotBelowUpper(u): return "phải nhỏ hơn giá trị \"upper\" (\(ErrorMessages.number(u).vi))"
        case let .trimBounds(found): return "cần \"absolute\" hoặc \"relativeToMean\", không phải “\(found)”"
        case let .trimRedistribution(found):
            return "cần \"additive\" (như trimWeights của R) hoặc \"proportional\", không phải “\(found)”"
        case .noEarlierRake: return "không có bước cân chỉnh (“rake”) nào trước đó để làm lại"
        case let .lonelyPSU(l, allowed): return "“\(l)” không phải là một trong: \(allowed.joined(separator: ", "))"
        case .sharesMissing:
            return "thiếu mục bắt buộc (tỷ trọng các nhóm: bảng theo nhóm, danh sách dòng, tệp CSV, hoặc \"equal\")"
        case .normalizeToMissing: return "thiếu mục bắt buộc (\"sampleSize\", \"population\" hoặc một con số)"
        case .normalizeToInvalid: return "cần \"sampleSize\", \"population\" hoặc một số dương"
        case .singleTotalWithinUnit:
            return "một con số không thể là tổng của mọi đơn vị; hãy dùng \"sampleSize\" hoặc \"population\""
        case let .tooManyFPCColumns(n, stages): return "có \(n) cột hiệu chỉnh tổng thể hữu hạn (FPC) cho \(stages) giai đoạn chọn mẫu"
        case .surveyTableNotSelfAssessment:
            return "bảng kết quả khảo sát chỉ trình bày thành phần “satisfaction” hoặc “leadership”, không trình bày “selfAssessment”"
        }
    }

    /// `9.5` → `9,5` (a number written by the loader with a decimal point).
    private static func comma(_ text: String) -> String { text.replacingOccurrences(of: ".", with: ",") }

    /// `["60.00", "30.00"]` → `60,00 + 30,00`.
    private static func sum(_ parts: [String]) -> String { parts.map(comma).joined(separator: " + ") }
}

extension KeyNoun {
    /// `mã`, `tên đơn vị`, `thang đo`, ….
    public var vietnamese: String {
        switch self {
        case .id: return "mã"
        case .unitName: return "tên đơn vị"
        case .fileName: return "tên tệp"
        case .decisionNumber: return "số quyết định"
        case .unitType: return "loại đơn vị"
        case .scale: return "thang đo"
        case .element: return "nội dung đánh giá"
        case .component: return "thành phần"
        case .batch: return "tệp dữ liệu phiếu"
        case .margin: return "biên cân chỉnh"
        case .table: return "bảng"
        case .scoringMethod: return "cách tính điểm"
        case .invalidAnswerPolicy: return "cách xử lý câu trả lời không hợp lệ"
        case .encoding: return "bảng mã"
        case .source: return "nguồn điểm"
        case .policy: return "cách xử lý khi thiếu thành phần"
        case .componentSource: return "nguồn điểm của thành phần"
        case .tableKind: return "loại bảng"
        }
    }
}
