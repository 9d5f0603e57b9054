import ParSurvey

/// The tool's overview (`par-survey --help`) in Vietnamese; the English text is
/// `ParSurveyCommand.usage`, built from the same command list and option table.
enum UsageText {
    /// One line per command, Vietnamese, in the order of `ParSurveyCommand.subcommands`.
    static let summariesVi: [String: String] = [
        "run": "tính toàn bộ những gì survey.json của thư mục liệt kê và in bảng xếp hạng Chỉ số CCHC",
        "validate": "kiểm tra các tệp phiếu theo bảng hỏi; đối chiếu số phiếu và phiếu bị loại",
        "score": "một thành phần khảo sát (hài lòng 30 hoặc lãnh đạo 10) theo đơn vị hoặc theo cột --by",
        "merge": "điểm thẩm định + kết quả các thành phần → bảng chỉ số 100 điểm",
        "import-xlsform": "biểu mẫu XLSForm (KoBoToolbox/ODK, .xlsx hoặc các trang CSV) → bảng hỏi JSON",
        "export-xlsform": "bảng hỏi JSON → sổ XLSForm để nạp vào KoBoToolbox/ODK",
        "export-spss": "phiếu trả lời dạng CSV + cú pháp SPSS (.sps) có nhãn biến và nhãn giá trị",
        "weight": "áp dụng phương án gia quyền: trọng số của từng người trả lời và các chỉ số kiểm tra",
        "compare": "so sánh câu trả lời giữa các xã (hoặc theo cột --by): tỷ lệ, khoảng tin cậy, kiểm định",
        "report": "kết quả dưới dạng một trang HTML có biểu đồ (hoặc Markdown) để in và đính kèm",
        "sample-size": "số phiếu cần cho mỗi đơn vị, hoặc sai số ứng với một số phiếu cho trước",
        "draw": "chọn mẫu ngẫu nhiên phân tầng lặp lại được từ danh sách, có mẫu dự phòng và trọng số",
        "fieldwork": "số phiếu đã nhận của mỗi đơn vị so với mẫu đã rút: tỷ lệ trả lời, sai số hiện có",
        "audit": "kiểm tra chất lượng dữ liệu: phiếu trùng, trả lời một kiểu, thời gian, điều tra viên",
    ]

    /// `par-survey --help` in `language`.
    static func usage(_ language: Language) -> String {
        guard language == .vi else { return ParSurveyCommand.usage }
        var s = """
            par-survey \(ParSurveyCommand.version) — tính điểm điều tra xã hội học Chỉ số CCHC

            Cách dùng: par-survey <lệnh> [tham số] [tùy chọn]

            Các lệnh:

            """
        for c in ParSurveyCommand.subcommands { s += "  " + c.name.padding(16) + (summariesVi[c.name] ?? c.summary) + "\n" }
        s += """

            Tùy chọn chung cho mọi lệnh:
              --format table|csv|json|markdown   dạng kết quả (mặc định: bảng)
              --format xlsx --output TỆP.xlsx    bảng CSV dưới dạng sổ Excel (số giữ nguyên là số)
              --format html                      report và run: một trang HTML có biểu đồ
              --excel [--delimiter ;|,]          CSV cho Excel: UTF-8 có BOM, dấu ';' và dấu phẩy thập phân
              --output TỆP                       ghi kết quả vào TỆP (ghi trọn vẹn hoặc không ghi)
              --lang vi|en                       ngôn ngữ của nhãn và số (mặc định vi: 84,11)
              --help                             hướng dẫn của một lệnh
              (có thể đặt trước tên lệnh: par-survey --lang en run THƯ_MỤC)
            Mã thoát: 0 thành công, 64 sai cách dùng, 65 dữ liệu lỗi, 66 thiếu tệp đầu vào,
            73 không tạo được tệp kết quả, 74 lỗi đọc/ghi.
            Chạy 'par-survey <lệnh> --help' để xem các tùy chọn của một lệnh.

            """
        return s
    }

    /// The language `args` ask for with `--lang` (Vietnamese when they do not).
    static func language(_ args: [String]) -> Language {
        for (i, a) in args.enumerated() {
            if a == "--lang=en" || (a == "--lang" && i + 1 < args.count && args[i + 1] == "en") { return .en }
        }
        return .vi
    }
}
