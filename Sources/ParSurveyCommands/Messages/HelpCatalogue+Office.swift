/// Vietnamese help of the commands that write what the office publishes: report, annex, and
/// the options of merge that no other command shares.
extension HelpCatalogue {
    /// Whole lines: usage lines, descriptions and notes.
    static let officeLines: [String: String] = [
        // report
        "Usage: par-survey report FOLDER [--format html|markdown] [--output FILE] [--lang vi|en] [options]":
            "Cách dùng: par-survey report THƯ_MỤC [--format html|markdown] [--output TỆP] [--lang vi|en] [tùy chọn]",
        "Runs FOLDER/survey.json as 'run' does and writes a report people can read, print on A4":
            "Tính toàn bộ THƯ_MỤC/survey.json như lệnh 'run' và ghi báo cáo để đọc, in khổ A4",
        "and attach to a decision: the ranked index table (with intervals and rank ranges), a bar":
            "và đính kèm quyết định: bảng xếp hạng chỉ số (có khoảng tin cậy và khoảng thứ hạng), biểu đồ thanh",
        "per unit split into its three components, each unit's criteria and elements with":
            "của từng đơn vị chia theo ba thành phần, các tiêu chí và yếu tố của từng đơn vị kèm",
        "confidence intervals (lowest first), diverging stacked bars of the answers across units":
            "khoảng tin cậy (thấp nhất xếp trước), biểu đồ thanh xếp chồng hai phía về câu trả lời giữa các đơn vị",
        "and across each unit's communes with Rao–Scott tests and Holm-flagged communes, row":
            "và giữa các xã của từng đơn vị, kèm kiểm định Rao–Scott và các xã được đánh dấu (hiệu chỉnh Holm),",
        "accounting, weighting diagnostics, and every input file with its size and SHA-256.":
            "đối chiếu số phiếu, các chỉ số kiểm tra gia quyền, và mọi tệp đầu vào kèm kích thước và mã SHA-256.",
        "HTML (default): one file, inline CSS and SVG, no scripts, nothing fetched. Markdown: the":
            "HTML (mặc định): một tệp duy nhất, CSS và SVG nằm trong tệp, không có mã lệnh, không tải gì từ mạng.",
        "same tables, charts as tables. No clock time appears unless given, so the same input":
            "Markdown: các bảng như trên, biểu đồ thể hiện bằng bảng. Không ghi giờ trừ khi được nêu, nên cùng dữ liệu",
        "gives the same bytes. 'run FOLDER --format html' does the same.":
            "đầu vào cho ra đúng cùng một tệp (từng byte). Lệnh 'run THƯ_MỤC --format html' cho kết quả như vậy.",
        "  --format html|markdown, --output FILE, --lang vi|en": "  --format html|markdown, --output TỆP, --lang vi|en",
        // annex
        "Usage: par-survey annex FOLDER [--format html|markdown|docx|xlsx] [--output FILE]":
            "Cách dùng: par-survey annex THƯ_MỤC [--format html|markdown|docx|xlsx] [--output TỆP]",
        "                        [--decision-number N] [--decision-date YYYY-MM-DD] [--lang vi|en]":
            "                            [--decision-number N] [--decision-date NNNN-TT-NN] [--lang vi|en]",
        "Runs FOLDER/survey.json as 'run' does and writes the annex a decision attaches: the":
            "Tính toàn bộ THƯ_MỤC/survey.json như lệnh 'run' và ghi phụ lục kèm theo quyết định:",
        "heading (agency, national motto), the title and the decision line, then the tables":
            "phần đầu (cơ quan ban hành, quốc hiệu, tiêu ngữ), tên phụ lục và dòng trích quyết định, sau đó là các bảng",
        "the scheme's \"annex\" block lists (default: the index with grade and rank; the":
            "mà mục \"annex\" của bộ tiêu chí liệt kê (mặc định: chỉ số kèm xếp loại và thứ hạng;",
        "self-assessment by field; each survey by element), units under their official names":
            "điểm tự đánh giá theo lĩnh vực; từng cuộc khảo sát theo yếu tố), đơn vị ghi theo tên chính thức",
        "(\"UBND huyện Tây Sơn\", by register type), STT, and an average row. Published figures":
            "(\"UBND huyện Tây Sơn\", theo loại đơn vị trong danh mục), cột STT và dòng bình quân. Chỉ gồm số liệu",
        "only: no ±, no rank ranges, no P(rank) (they are in 'par-survey report').":
            "công bố: không có ±, khoảng thứ hạng, P(hạng) (các số này có trong 'par-survey report').",
        "HTML (default) prints on A4 landscape; docx and xlsx need --output. See docs/ANNEX.md.":
            "HTML (mặc định) in trên khổ A4 nằm ngang; docx và xlsx cần có --output. Xem docs/ANNEX.md.",
        "  --decision-date YYYY-MM-DD the decision's date (default: dots)":
            "  --decision-date YYYY-MM-DD ngày ban hành quyết định (mặc định: để dấu chấm)",
    ]

    /// Option help from the help column on.
    static let officeFragments: [String: String] = [
        // report
        "date printed on the report (default: SOURCE_DATE_EPOCH if set,":
            "ngày in trên báo cáo (mặc định: SOURCE_DATE_EPOCH nếu có,",
        "else today, UTC)": "nếu không thì ngày hôm nay, giờ UTC)",
        "column compared within each unit (default commune)": "cột dùng để so sánh trong từng đơn vị (mặc định commune, tức xã)",
        "show this unit's communes question by question": "trình bày các xã của đơn vị này theo từng câu hỏi",
        "leave out forms the audit flags (as 'run'; see 'par-survey audit --help')":
            "bỏ các phiếu bị kiểm tra chất lượng đánh dấu (như lệnh 'run'; xem 'par-survey audit --help')",
        "workbook of the report's tables / the annex in Word": "sổ Excel các bảng của báo cáo / phụ lục dạng tệp Word",
        // annex
        "the decision's number, e.g. 123/QĐ-UBND (default: dots)": "số quyết định, ví dụ 123/QĐ-UBND (mặc định: để dấu chấm)",
        "the annex as a print-ready page (default html) or Markdown":
            "phụ lục dạng trang sẵn sàng để in (mặc định html) hoặc Markdown",
        "the same annex in Word / one sheet per table": "cùng phụ lục đó dạng tệp Word / mỗi bảng một trang tính",
        // merge
        "index scheme (JSON, docs/SCHEMES.md; default: the shipped Bình Định 2021":
            "bộ tiêu chí (JSON, docs/SCHEMES.md; mặc định: bộ tiêu chí cấp huyện Bình Định 2021",
        "district scheme, 60 + 30 + 10)": "có sẵn trong chương trình, 60 + 30 + 10)",
        "unit register (CSV or .xlsx: id,name,type,parent,validFrom,validTo):":
            "danh mục đơn vị (CSV hoặc .xlsx: id,name,type,parent,validFrom,validTo):",
        "units may be named by id or name and must be valid in --year;":
            "đơn vị được nêu theo mã hoặc tên và phải còn hiệu lực trong năm --year;",
        "needed when the scheme ranks by unit type": "bắt buộc khi bộ tiêu chí xếp hạng theo loại đơn vị",
        "(unit,selfAssessment,satisfaction,leadership,total,rank)":
            "(các cột unit,selfAssessment,satisfaction,leadership,total,rank)",
        "seed of the rank simulation (default 20211231); rank": "hạt giống của mô phỏng thứ hạng (mặc định 20211231); khoảng",
        "intervals need pointsStandardError in both score files": "thứ hạng cần có pointsStandardError trong cả hai tệp điểm",
    ]
}
