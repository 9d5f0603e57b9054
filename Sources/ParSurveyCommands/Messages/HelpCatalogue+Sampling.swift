/// Vietnamese help of the sampling commands: sample-size, draw, fieldwork. Their option help
/// starts at column 21; `HelpCatalogue.cuts(_:)` finds it.
extension HelpCatalogue {
    /// Whole lines: usage lines, descriptions, headings and notes.
    static let samplingLines: [String: String] = [
        // sample-size
        "Usage: par-survey sample-size (--frame FILE --unit COLUMN | --population FILE) [rule] [options]":
            "Cách dùng: par-survey sample-size (--frame TỆP --unit CỘT | --population TỆP) [quy_tắc] [tùy chọn]",
        "Forms to send per unit. N per unit comes from a frame (CSV or .xlsx, one row per":
            "Số phiếu cần phát cho từng đơn vị. N của từng đơn vị lấy từ danh sách chọn mẫu (CSV hoặc .xlsx, mỗi dòng",
        "transaction or household; rows counted per --unit) or a table with columns unit,N.":
            "là một hồ sơ giao dịch hoặc một hộ; đếm số dòng theo --unit) hoặc từ bảng có các cột unit,N.",
        "Rules (one; default --error 0.05):": "Quy tắc (chọn một; mặc định --error 0.05):",
        "  --format table|csv|json|markdown|xlsx, --output FILE, --lang vi|en":
            "  --format table|csv|json|markdown|xlsx, --output TỆP, --lang vi|en",
        "Sizes round up to whole forms (285.71 → 286). The CSV's unit and n columns feed":
            "Cỡ mẫu được làm tròn lên thành số phiếu nguyên (285,71 → 286). Các cột unit và n của tệp CSV",
        "'par-survey draw --sizes'. See docs/SAMPLING.md.": "dùng cho 'par-survey draw --sizes'. Xem docs/SAMPLING.md.",
        // draw
        "Usage: par-survey draw FRAME --id COLUMN --unit COLUMN (--size N | --sizes FILE) --seed N --output FILE [options]":
            "Cách dùng: par-survey draw DANH_SÁCH --id CỘT --unit CỘT (--size N | --sizes TỆP) --seed N --output TỆP [tùy chọn]",
        "Draws a stratified simple random sample without replacement from FRAME (CSV or .xlsx, one":
            "Chọn mẫu ngẫu nhiên đơn giản phân tầng, không hoàn lại, từ DANH_SÁCH (CSV hoặc .xlsx, mỗi dòng",
        "row per completed transaction or household) and writes it to FILE (CSV): the frame's":
            "là một hồ sơ đã giải quyết xong hoặc một hộ) và ghi mẫu vào TỆP (CSV): các cột của danh sách",
        "columns as they are, then reserve (0 = sample, 1, 2, … = replacements in order of use),":
            "giữ nguyên, sau đó là cột reserve (0 = mẫu chính, 1, 2, … = mẫu dự phòng theo thứ tự thay thế),",
        "inclusionProbability (n_h/N_h) and designWeight (N_h/n_h; a weighting plan reads it with":
            "inclusionProbability (xác suất chọn n_h/N_h) và designWeight (trọng số N_h/n_h; phương án gia quyền",
        "\"designWeights\": \"designWeight\"). FILE.draw.json records the seed, the frame's SHA-256,":
            "đọc cột này bằng \"designWeights\": \"designWeight\"). Tệp TỆP.draw.json ghi hạt giống, mã SHA-256",
        "the sizes and the counts. The same frame and seed give the same bytes on every machine.":
            "của danh sách, cỡ mẫu và các số đếm. Cùng danh sách và hạt giống cho cùng một tệp trên mọi máy.",
        // fieldwork
        "Usage: par-survey fieldwork FOLDER [options]": "Cách dùng: par-survey fieldwork THƯ_MỤC [tùy chọn]",
        "Compares the batches of each component whose manifest entry names a drawn sample":
            "So sánh các tệp phiếu của từng thành phần có mẫu đã rút được nêu trong survey.json",
        "(\"sample\": {\"file\": \"draw.csv\", \"id\": COLUMN, \"unit\": COLUMN, \"batchColumn\": COLUMN};":
            "(\"sample\": {\"file\": \"draw.csv\", \"id\": CỘT, \"unit\": CỘT, \"batchColumn\": CỘT};",
        "see docs/SAMPLING.md) with that sample, per unit: forms planned (drawn, reserve":
            "xem docs/SAMPLING.md) với mẫu đó, theo từng đơn vị: số phiếu theo kế hoạch (đã rút, không",
        "excluded), received, accepted, rejected; forms from the sample, from the reserve and not":
            "tính mẫu dự phòng), đã nhận, hợp lệ, bị loại; số phiếu thuộc mẫu chính, thuộc mẫu dự phòng và không",
        "in the sample; the response rate (from the sample ÷ planned); the margin of error the":
            "thuộc mẫu; tỷ lệ trả lời (thuộc mẫu chính ÷ kế hoạch); sai số của tỷ lệ hài lòng ứng với số phiếu",
        "accepted forms buy on the satisfied share; units below --min or above --target flagged.":
            "hợp lệ đã có; đánh dấu đơn vị chưa đạt --min hoặc có sai số lớn hơn --target.",
    ]

    /// Option help from the help column (21 here) on.
    static let samplingFragments: [String: String] = [
        // sample-size
        "Yamane / the ministry: n = N / (1 + N·e²), 0 < E < 1":
            "công thức Yamane / hướng dẫn của Bộ Nội vụ: n = N / (1 + N·e²), 0 < E < 1",
        "margin of error M on the satisfied share (0 < M < 1):": "sai số M của tỷ lệ hài lòng (0 < M < 1):",
        "n₀ = z²·p(1−p)·deff / M², n = n₀ / (1 + (n₀ − 1)/N)": "n₀ = z²·p(1−p)·deff / M², n = n₀ / (1 + (n₀ − 1)/N)",
        "the inverse: the margin of error (share and 30-point score)":
            "tính ngược lại: sai số (của tỷ lệ hài lòng và của điểm 30)",
        "that N forms (or the table's unit,n) buy": "ứng với N phiếu (hoặc với cột unit,n của bảng)",
        "confidence level of z (default 0.95 → z = 1.960)": "độ tin cậy dùng để tính z (mặc định 0,95 → z = 1,960)",
        "the share planned for: 0.5 (worst case, default) or last year's":
            "tỷ lệ hài lòng dự kiến: 0,5 (trường hợp bất lợi nhất, mặc định) hoặc tỷ lệ",
        "share, one number or a table unit,p": "của năm trước, một số hoặc một bảng unit,p",
        "anticipated design effect (default 1), e.g. last year's Kish deff":
            "hệ số thiết kế dự kiến (mặc định 1), ví dụ hệ số thiết kế (Kish deff) năm trước",
        "from 'par-survey weight --format json'; a number or a table unit,deff":
            "lấy từ 'par-survey weight --format json'; một số hoặc một bảng unit,deff",
        "expected share of forms returned (0 < R ≤ 1): respondents ÷ R":
            "tỷ lệ phiếu thu về dự kiến (0 < R ≤ 1): số người trả lời ÷ R",
        "forms per unit at least / at most (never more than N: census)":
            "số phiếu tối thiểu / tối đa của mỗi đơn vị (không quá N: khi đó là khảo sát toàn bộ)",
        "the unit column of the frame or tables (default unit)":
            "cột đơn vị của danh sách chọn mẫu hoặc của các bảng (mặc định unit)",
        // draw
        "the frame's id column (ids must be unique)": "cột mã của danh sách (mã không được trùng)",
        "the unit (commune, ward, department) column": "cột đơn vị (xã, phường, sở, ngành)",
        "forms per unit, or": "số phiếu của mỗi đơn vị, hoặc",
        "a table unit,n (e.g. 'par-survey sample-size --format csv'); with":
            "bảng unit,n (ví dụ từ 'par-survey sample-size --format csv'); khi",
        "--allocation given: unit,STRATA,n, one row per stratum": "--allocation given: unit,STRATA,n, mỗi tầng một dòng",
        "strata within units (e.g. procedure field); default: the unit":
            "tầng trong từng đơn vị (ví dụ lĩnh vực thủ tục); mặc định: chính đơn vị",
        "sharing a unit's n among strata (default proportional)":
            "cách chia n của đơn vị cho các tầng (mặc định proportional: theo tỷ lệ)",
        "reserve per stratum: K rows, or a fraction F of n_h (rounded up)":
            "mẫu dự phòng của mỗi tầng: K dòng, hoặc tỷ lệ F của n_h (làm tròn lên)",
        "the seed (a whole number, required; printed and recorded)": "hạt giống (số nguyên, bắt buộc; được in ra và ghi lại)",
        "the frame's sheet when it is a workbook": "trang tính của danh sách khi danh sách là sổ Excel",
        "the summary on standard output; --lang vi|en": "dạng bảng tóm tắt in ra đầu ra chuẩn; --lang vi|en",
        // fieldwork
        "satisfaction or leadership (default: every component with a sample)":
            "satisfaction hoặc leadership (mặc định: mọi thành phần có mẫu)",
        "margin of error aimed at (0 < M < 1), e.g. 0.05": "sai số mục tiêu (0 < M < 1), ví dụ 0.05",
        "accepted forms a unit needs at least": "số phiếu hợp lệ tối thiểu mỗi đơn vị cần có",
        "the share for the margin (default 0.5, the worst case)":
            "tỷ lệ dùng để tính sai số (mặc định 0,5, trường hợp bất lợi nhất)",
        "anticipated design effect (default 1)": "hệ số thiết kế dự kiến (mặc định 1)",
        "confidence level (default 0.95)": "độ tin cậy (mặc định 0,95)",
    ]
}
