import ParSurvey

/// Each command's own `--help` in Vietnamese: a catalogue from the English line (or the part
/// of an option line from the help column on) to its Vietnamese form. The English help is the
/// command's `help`, unchanged; a line the catalogue does not hold stays English.
enum HelpCatalogue {
    /// A command's `help` in `language`: each line translated where the catalogue has it,
    /// option names and metavariables kept, the help column kept.
    static func render(_ help: String, _ language: Language) -> String {
        guard language == .vi else { return help }
        return help.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            translation(of: String(line)) ?? String(line)
        }.joined(separator: "\n")
    }

    /// The Vietnamese form of one English help line, or nil when the catalogue has none: the
    /// whole line, or its left part kept and the help text from one of `cuts(_:)` on.
    static func translation(of line: String) -> String? {
        if let vi = allLines[line] { return vi }
        for cut in cuts(line) {
            if let vi = allFragments[String(line.dropFirst(cut))] { return String(line.prefix(cut)) + vi }
        }
        return nil
    }

    /// Where the help text of an option line may start: the help column (27); the end of the
    /// first gap of two or more spaces after the option (the sampling commands' column 21, and
    /// notes with their own column), or else the end of the indentation (continuation lines).
    static func cuts(_ line: String) -> [Int] {
        let chars = Array(line)
        var cuts: [Int] = []
        let column = OptionTable.helpColumn
        if chars.count > column, chars[column - 1] == " " { cuts.append(column) }
        let indent = chars.prefix { $0 == " " }.count
        var gap: Int? = nil
        var i = indent
        while gap == nil && i + 1 < chars.count {
            if chars[i] == " " && chars[i + 1] == " " { gap = chars[i...].firstIndex { $0 != " " } }
            i += 1
        }
        if let gap { cuts.append(gap) } else if indent > 0 && indent < chars.count { cuts.append(indent) }
        return cuts.count == 2 && cuts[0] == cuts[1] ? [cuts[0]] : cuts
    }

    /// Every table of whole lines: this file's and each group of commands' (no line in two).
    static let lineTables: [[String: String]] = [lines, surveyLines, officeLines, samplingLines, auditLines]
    /// Every table of option fragments (no fragment in two).
    static let fragmentTables: [[String: String]] = [
        fragments, surveyFragments, officeFragments, samplingFragments, auditFragments,
    ]
    static let allLines = Dictionary(lineTables.flatMap { $0 }, uniquingKeysWith: { first, _ in first })
    static let allFragments = Dictionary(fragmentTables.flatMap { $0 }, uniquingKeysWith: { first, _ in first })

    /// Whole lines: usage lines, descriptions, headings and notes.
    static let lines: [String: String] = [
        "Options:": "Tùy chọn:",
        "Usage: par-survey run FOLDER [options]": "Cách dùng: par-survey run THƯ_MỤC [tùy chọn]",
        "Reads FOLDER/survey.json (questionnaires, survey batches, column mapping,":
            "Đọc THƯ_MỤC/survey.json (bảng hỏi, các tệp phiếu, cách ghép cột,",
        "self-assessment, previous year), scores the satisfaction (30) and leadership (10)":
            "điểm tự đánh giá, năm trước), tính điểm thành phần hài lòng (30) và lãnh đạo (10)",
        "components per unit, adds the appraised self-assessment (60), and prints the":
            "cho từng đơn vị, cộng điểm tự đánh giá đã thẩm định (60) và in bảng",
        "100-point PAR Index table ranked by total (ties share a rank). A component with a":
            "Chỉ số CCHC 100 điểm xếp hạng theo tổng điểm (bằng điểm thì đồng hạng). Thành phần có",
        "\"weighting\" plan is scored with its weights; the weighting diagnostics follow the table.":
            "phương án gia quyền (\"weighting\") được tính theo trọng số; các chỉ số kiểm tra gia quyền in sau bảng.",
        "  --format table|csv|json|markdown, --output FILE, --lang vi|en":
            "  --format table|csv|json|markdown, --output TỆP, --lang vi|en",
        "  --format html            the HTML report ('par-survey report', see its --help)":
            "  --format html            báo cáo HTML ('par-survey report', xem --help của lệnh đó)",
        "  --format xlsx --output F.xlsx   a workbook: annex, index, components, criteria,":
            "  --format xlsx --output F.xlsx   sổ Excel: phụ lục, chỉ số, thành phần, tiêu chí,",
        "  --format docx --output F.docx   the decision annex as a Word document":
            "  --format docx --output F.docx   phụ lục kèm quyết định dưới dạng tệp Word",
        "  --format, --output, --lang as for every command":
            "  --format, --output, --lang như ở mọi lệnh",
        "Usage: par-survey score FOLDER [--component satisfaction|leadership] [options]":
            "Cách dùng: par-survey score THƯ_MỤC [--component satisfaction|leadership] [tùy chọn]",
        "       par-survey score --questionnaire FILE BATCH... [options]":
            "           par-survey score --questionnaire TỆP TỆP_PHIẾU... [tùy chọn]",
        "Scores a survey component: criterion indices (share satisfied or mean credit among valid":
            "Tính điểm một thành phần khảo sát: chỉ số tiêu chí (tỷ lệ hài lòng hoặc điểm bình quân trên",
        "answers), element and overall indices, and points = max points × index, per unit (or per":
            "các câu trả lời hợp lệ), chỉ số nội dung và chỉ số chung, điểm = điểm tối đa × chỉ số, cho",
        "--by column) and for all respondents together.":
            "từng đơn vị (hoặc theo cột --by) và cho toàn bộ người trả lời.",
        "Usage: par-survey validate FOLDER [options]": "Cách dùng: par-survey validate THƯ_MỤC [tùy chọn]",
        "       par-survey validate --questionnaire FILE BATCH... [options]":
            "           par-survey validate --questionnaire TỆP TỆP_PHIẾU... [tùy chọn]",
        "Checks every row of the batches against the questionnaire and reports, per batch,":
            "Kiểm tra từng phiếu của các tệp phiếu theo bảng hỏi và báo cáo, cho từng tệp,",
        "read = accepted + rejected, and each rejected row with file, line, column, value, reason.":
            "số đã đọc = số hợp lệ + số bị loại, và từng phiếu bị loại với tệp, dòng, cột, giá trị, lý do.",
        "With a weighting plan (the manifest's, or --weighting), also applies it and shows its":
            "Khi có phương án gia quyền (trong survey.json hoặc --weighting), áp dụng phương án đó và in",
        "diagnostics; a plan that cannot be applied is a failure (exit 65).":
            "các chỉ số kiểm tra; phương án không áp dụng được là lỗi (mã thoát 65).",
        "Usage: par-survey merge --self-assessment FILE --satisfaction FILE --leadership FILE [options]":
            "Cách dùng: par-survey merge --self-assessment TỆP --satisfaction TỆP --leadership TỆP [tùy chọn]",
        "Adds the appraised self-assessment (60) to the satisfaction (30) and leadership (10)":
            "Cộng điểm tự đánh giá đã thẩm định (60) với điểm hài lòng (30) và điểm lãnh đạo (10)",
        "points per unit and ranks units by the rounded total (ties share a rank).":
            "của từng đơn vị và xếp hạng theo tổng điểm đã làm tròn (bằng điểm thì đồng hạng).",
        "--satisfaction and --leadership take the JSON written by 'par-survey score --format json'.":
            "--satisfaction và --leadership nhận tệp JSON do 'par-survey score --format json' ghi ra.",
    ]

    /// Option help from the help column on (first and continuation lines alike).
    static let fragments: [String: String] = [
        "write rejected rows as CSV": "ghi các phiếu bị loại ra tệp CSV",
        "write rejected rows (file, line, column, value, reason) as CSV":
            "ghi các phiếu bị loại (tệp, dòng, cột, giá trị, lý do) ra tệp CSV",
        "write answers set to missing (invalidAnswer: missing) as CSV":
            "ghi các câu trả lời coi là bỏ trống (invalidAnswer: missing) ra tệp CSV",
        "confidence level of intervals (default 0.95; 90 and 99 are read as percentages)":
            "độ tin cậy của khoảng ước lượng (mặc định 0,95; 90 và 99 được hiểu là phần trăm)",
        "standard errors with the final weights treated as fixed":
            "sai số chuẩn coi trọng số cuối cùng là cố định",
        "(default after post-stratification or raking: calibration-aware)":
            "(mặc định sau hậu phân tầng hoặc raking: có tính đến hiệu chỉnh)",
        "seed of the rank simulation (default 20211231)": "hạt giống của mô phỏng thứ hạng (mặc định 20211231)",
        "any rejected row is a failure (exit 65)": "có phiếu bị loại là lỗi (mã thoát 65)",
        "leave out forms the audit flags under RULES (see 'par-survey audit":
            "bỏ các phiếu bị kiểm tra chất lượng đánh dấu theo RULES (xem 'par-survey audit",
        "--help' for rules and thresholds); the forms left out per reason":
            "--help' về quy tắc và ngưỡng); số phiếu bị bỏ theo từng lý do",
        "and how each unit's points and rank move go to standard error":
            "và thay đổi điểm, thứ hạng của từng đơn vị được in ra luồng lỗi chuẩn",
        "sheet of .xlsx batches (default: the first sheet)": "trang tính của tệp phiếu .xlsx (mặc định: trang đầu tiên)",
        "encoding of CSV batches that are not UTF-8: cp1258 (Vietnamese":
            "bảng mã của tệp phiếu CSV không phải UTF-8: cp1258 (CSV tiếng Việt",
        "Windows \"CSV\"), cp1252, utf16 (Excel \"Unicode text\")":
            "của Windows), cp1252, utf16 (Excel \"Unicode text\")",
        "KoBoToolbox/ODK exports: keep only submissions whose":
            "dữ liệu xuất từ KoBoToolbox/ODK: chỉ giữ các phiếu có",
        "_validation_status / ReviewState is approved (others are":
            "_validation_status / ReviewState là đã duyệt (các phiếu khác",
        "counted as excluded)": "được tính là phiếu bị loại trừ)",
        "no progress line on a terminal during long runs": "không hiện dòng tiến độ trên màn hình khi chạy lâu",
        "comparisons, accounting (one sheet each, numbers as numbers)":
            "so sánh, đối chiếu số phiếu (mỗi loại một trang, số giữ nguyên là số)",
        "group by this column (e.g. commune) instead of the unit":
            "nhóm theo cột này (ví dụ xã) thay cho đơn vị",
        "questionnaire JSON (when batches are given as files)": "bảng hỏi JSON (khi các tệp phiếu được nêu trực tiếp)",
        "respondent id column (default id)": "cột mã người trả lời (mặc định id)",
        "unit column (district or commune); without it all rows are one unit":
            "cột đơn vị (huyện hoặc xã); không có thì mọi phiếu thuộc một đơn vị",
        "respondent group column (leaders' survey)": "cột nhóm người trả lời (khảo sát lãnh đạo)",
        "design weight column": "cột trọng số thiết kế",
        "the valid unit names (others are rejected)": "tên các đơn vị hợp lệ (đơn vị khác bị loại)",
        "with a folder: satisfaction or leadership (default: every component)":
            "khi dùng thư mục: satisfaction hoặc leadership (mặc định: mọi thành phần)",
        "weighting plan (default: each component's \"weighting\" in the":
            "phương án gia quyền (mặc định: \"weighting\" của từng thành phần trong",
        "manifest); none = the design weights as given": "survey.json); none = dùng nguyên trọng số thiết kế",
        "CSV or .xlsx (first sheet): unit,criterion,score,max": "CSV hoặc .xlsx (trang đầu): unit,criterion,score,max",
        "score JSON of the satisfaction component": "tệp JSON điểm của thành phần hài lòng",
        "score JSON of the leadership component": "tệp JSON điểm của thành phần lãnh đạo",
        "survey year, with --register (units valid on 31 December)":
            "năm khảo sát, dùng cùng --register (đơn vị còn hiệu lực ngày 31 tháng 12)",
        "previous year's table, CSV or .xlsx": "bảng kết quả năm trước, CSV hoặc .xlsx",
        "unit order (default: the self-assessment's order)": "thứ tự đơn vị (mặc định: thứ tự trong tệp tự đánh giá)",
        "table title": "tiêu đề bảng",
    ]
}
