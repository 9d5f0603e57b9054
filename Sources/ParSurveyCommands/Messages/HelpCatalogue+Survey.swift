/// Vietnamese help of the commands that move questionnaires and answers in and out and look
/// at them: import-xlsform, export-xlsform, export-spss, weight, compare.
extension HelpCatalogue {
    /// Whole lines: usage lines, descriptions and notes.
    static let surveyLines: [String: String] = [
        // import-xlsform
        "Usage: par-survey import-xlsform FORM.xlsx [--output QUESTIONNAIRE.json]":
            "Cách dùng: par-survey import-xlsform BIỂU_MẪU.xlsx [--output BẢNG_HỎI.json]",
        "       par-survey import-xlsform --survey survey.csv --choices choices.csv [--settings settings.csv] [--output FILE]":
            "           par-survey import-xlsform --survey survey.csv --choices choices.csv [--settings settings.csv] [--output TỆP]",
        "Writes the questionnaire JSON of an XLSForm (KoBoToolbox, ODK): groups become elements,":
            "Ghi bảng hỏi JSON từ một biểu mẫu XLSForm (KoBoToolbox, ODK): mỗi nhóm (group) thành một yếu tố,",
        "select_one questions become questions, their choice lists become scales, and":
            "mỗi câu select_one thành một câu hỏi, danh sách lựa chọn của câu đó thành thang đo, và các cột",
        "label::Tiếng Việt (vi) / label::English (en) the vi/en texts. What XLSForm cannot say":
            "label::Tiếng Việt (vi) / label::English (en) thành lời văn tiếng Việt/tiếng Anh. Những gì XLSForm không thể hiện",
        "(component, max_points, scoring; weight, points; credit, satisfied, missing) comes from":
            "(component, max_points, scoring; weight, points; credit, satisfied, missing) được lấy từ",
        "extra columns described in Questionnaires/README.md (\"XLSForm\"); whatever is missing is":
            "các cột bổ sung mô tả tại Questionnaires/README.md (mục \"XLSForm\"); thiếu thông tin nào thì",
        "listed and nothing is written (exit 65).":
            "thông tin đó được liệt kê và không tệp nào được ghi (mã thoát 65).",
        "What each survey row becomes is printed on stderr. The rule: a 'parsurvey_role' column":
            "Cách xử lý từng dòng của trang survey được in ra luồng lỗi chuẩn (stderr). Quy tắc: cột 'parsurvey_role'",
        "(score, variable, ignore) decides when filled; otherwise a select_one outside any group,":
            "(score, variable, ignore) quyết định khi có giá trị; nếu không, câu select_one nằm ngoài mọi nhóm,",
        "or whose choice list has no credit/satisfied choice (when other lists have), is a":
            "hoặc có danh sách lựa chọn không có lựa chọn credit/satisfied (trong khi danh sách khác có), là",
        "respondent variable (consent, gender, commune: the weighting reads them from the data);":
            "biến thông tin người trả lời (đồng ý tham gia, giới tính, xã: phương án gia quyền đọc các biến này từ dữ liệu);",
        "other select_one rows are scored questions of their innermost group; notes, metadata,":
            "các dòng select_one khác là câu hỏi tính điểm của nhóm trong cùng chứa dòng đó; các dòng ghi chú, siêu dữ liệu,",
        "text, integer, calculate and select_multiple rows are skipped.":
            "text, integer, calculate và select_multiple được bỏ qua.",
        // export-xlsform
        "Usage: par-survey export-xlsform QUESTIONNAIRE.json --output FORM.xlsx":
            "Cách dùng: par-survey export-xlsform BẢNG_HỎI.json --output BIỂU_MẪU.xlsx",
        "       par-survey export-xlsform QUESTIONNAIRE.json --csv-dir DIR":
            "           par-survey export-xlsform BẢNG_HỎI.json --csv-dir THƯ_MỤC",
        "Writes the questionnaire as an XLSForm to load into KoBoToolbox or ODK: sheet 'survey'":
            "Ghi bảng hỏi thành biểu mẫu XLSForm để nạp vào KoBoToolbox hoặc ODK: trang 'survey'",
        "(a group per element, select_one per question), 'choices' (a list per scale, choice":
            "(mỗi yếu tố một nhóm, mỗi câu hỏi một dòng select_one), trang 'choices' (mỗi thang đo một danh sách,",
        "name = code), 'settings', with label::Tiếng Việt (vi) and label::English (en) columns":
            "tên lựa chọn = mã), trang 'settings', có các cột label::Tiếng Việt (vi) và label::English (en)",
        "and the extra columns import-xlsform reads back (weight, points, credit, satisfied,":
            "và các cột bổ sung mà lệnh import-xlsform đọc lại (weight, points, credit, satisfied,",
        "missing, list_label_vi/_en, form_title_en, component, max_points, scoring).":
            "missing, list_label_vi/_en, form_title_en, component, max_points, scoring).",
        // export-spss
        "Usage: par-survey export-spss FOLDER --output-dir DIR [options]":
            "Cách dùng: par-survey export-spss THƯ_MỤC --output-dir THƯ_MỤC_GHI [tùy chọn]",
        "       par-survey export-spss --questionnaire FILE BATCH... --output-dir DIR [options]":
            "           par-survey export-spss --questionnaire TỆP TỆP_PHIẾU... --output-dir THƯ_MỤC_GHI [tùy chọn]",
        "Writes, per questionnaire, DIR/<id>.csv (the accepted responses: id, unit, group,":
            "Ghi cho từng bảng hỏi tệp THƯ_MỤC_GHI/<id>.csv (các phiếu hợp lệ: id, unit, group,",
        "weight, kept columns, one numeric column per question) and DIR/<id>.sps (SPSS syntax:":
            "weight, các cột được giữ lại, mỗi câu hỏi một cột số) và tệp THƯ_MỤC_GHI/<id>.sps (cú pháp SPSS:",
        "GET DATA for the CSV, VARIABLE LABELS from the question texts, VALUE LABELS from the":
            "GET DATA để đọc tệp CSV, VARIABLE LABELS lấy từ lời văn câu hỏi, VALUE LABELS lấy từ các",
        "options, MISSING VALUES for \"don't know\" options). Codes that are whole numbers are":
            "phương án trả lời, MISSING VALUES cho phương án \"không biết\"). Mã là số nguyên thì được",
        "kept (1..5, 9); letter codes (A..E) become their position (1..5) with the letter in":
            "giữ nguyên (1..5, 9); mã chữ (A..E) được đổi thành số thứ tự (1..5), chữ cái ghi trong",
        "the value label. Labels are in --lang (default vi).":
            "nhãn giá trị. Nhãn được viết theo ngôn ngữ của --lang (mặc định vi).",
        // weight
        "Usage: par-survey weight FOLDER [--component satisfaction|leadership] [--weighting FILE] [options]":
            "Cách dùng: par-survey weight THƯ_MỤC [--component satisfaction|leadership] [--weighting TỆP] [tùy chọn]",
        "       par-survey weight --questionnaire FILE BATCH... --weighting FILE [options]":
            "           par-survey weight --questionnaire TỆP TỆP_PHIẾU... --weighting TỆP [tùy chọn]",
        "Applies a weighting plan (design weights, post-stratification, raking, trimming, group":
            "Áp dụng phương án gia quyền (trọng số thiết kế, hậu phân tầng, raking, cắt trọng số, tỷ lệ",
        "shares, normalisation; see docs/WEIGHTING.md) and writes every respondent's final weight":
            "theo nhóm, chuẩn hóa; xem docs/WEIGHTING.md) và ghi trọng số cuối cùng của từng người trả lời",
        "as `id,weight` CSV (the default; the diagnostics then go to standard error). With":
            "ra tệp CSV `id,weight` (mặc định; khi đó các chỉ số kiểm tra in ra luồng lỗi chuẩn). Với",
        "--format json: the weights and the diagnostics (per unit and overall: respondents, sum":
            "--format json: trọng số và các chỉ số kiểm tra (theo đơn vị và chung: số người trả lời, tổng",
        "of weights, min/mean/max, Kish design effect, effective sample size, trimmed weights,":
            "trọng số, nhỏ nhất/bình quân/lớn nhất, hệ số thiết kế (Kish), cỡ mẫu hiệu dụng, số trọng số bị cắt,",
        "raking sweeps, largest margin error). --format table or markdown: the diagnostics only.":
            "số vòng raking, sai lệch biên lớn nhất). --format table hoặc markdown: chỉ in các chỉ số kiểm tra.",
        "  --format csv|json|table|markdown (default csv), --output FILE, --lang vi|en":
            "  --format csv|json|table|markdown (mặc định csv), --output TỆP, --lang vi|en",
        // compare
        "Usage: par-survey compare FOLDER [--component satisfaction|leadership] [options]":
            "Cách dùng: par-survey compare THƯ_MỤC [--component satisfaction|leadership] [tùy chọn]",
        "       par-survey compare --questionnaire FILE BATCH... [options]":
            "           par-survey compare --questionnaire TỆP TỆP_PHIẾU... [tùy chọn]",
        "Compares the distribution of answers across the levels of a column (communes by":
            "So sánh phân bố câu trả lời giữa các giá trị của một cột (mặc định là các xã):",
        "default): weighted counts and row percentages per answer category (missing answers":
            "số lượng có trọng số và tỷ lệ phần trăm theo hàng của từng phương án trả lời (không tính câu",
        "apart), the satisfied share with its logit confidence interval per group, each group's":
            "bỏ trống), tỷ lệ hài lòng và khoảng tin cậy (logit) của từng nhóm, chênh lệch của từng nhóm",
        "difference from everyone's share (two-sided t test, Holm's correction over groups; ▼":
            "so với tỷ lệ chung (kiểm định t hai phía, hiệu chỉnh Holm theo các nhóm; dấu ▼",
        "marks groups significantly below), and the Rao–Scott test of homogeneity (second-order":
            "đánh dấu nhóm thấp hơn có ý nghĩa thống kê), và kiểm định tính đồng nhất (Rao–Scott; bậc hai:",
        "F with ndf, ddf, p; first-order chi-square with its p), as R's svychisq.":
            "F với ndf, ddf, p; bậc một: khi bình phương với p), như hàm svychisq của R.",
    ]

    /// Option help from the help column on.
    static let surveyFragments: [String: String] = [
        // import-xlsform
        "the sheets as CSV files (UTF-8)": "các trang tính dưới dạng tệp CSV (UTF-8)",
        "write the JSON to FILE (whole or not at all)": "ghi bảng hỏi JSON vào FILE (ghi trọn vẹn hoặc không ghi)",
        // export-xlsform
        "the workbook": "sổ Excel XLSForm",
        "instead: DIR/survey.csv, DIR/choices.csv, DIR/settings.csv":
            "thay cho sổ Excel: DIR/survey.csv, DIR/choices.csv, DIR/settings.csv",
        // export-spss
        "where to write the files (created when missing)": "thư mục ghi các tệp (tự tạo nếu chưa có)",
        // compare
        "grouping column (default commune; the unit and respondent-group":
            "cột dùng để nhóm (mặc định commune, tức xã; cũng dùng được cột đơn vị",
        "columns work too)": "và cột nhóm người trả lời)",
        "one question (repeat, or comma-separate, for several)":
            "một câu hỏi (nêu lại tùy chọn, hoặc ngăn cách bằng dấu phẩy, để chọn nhiều câu)",
        "every question of an element": "mọi câu hỏi của một yếu tố",
        "every question (the default)": "mọi câu hỏi (mặc định)",
    ]
}
