/// Vietnamese help of the data-quality audit (`par-survey audit`).
extension HelpCatalogue {
    /// Whole lines: usage lines, description and the exit-status note.
    static let auditLines: [String: String] = [
        "Usage: par-survey audit FOLDER [--component satisfaction|leadership] [options]":
            "Cách dùng: par-survey audit THƯ_MỤC [--component satisfaction|leadership] [tùy chọn]",
        "       par-survey audit --questionnaire FILE BATCH... [options]":
            "           par-survey audit --questionnaire TỆP TỆP_PHIẾU... [tùy chọn]",
        "Checks the accepted forms before anything is weighted, by the rules of docs/AUDIT.md:":
            "Kiểm tra chất lượng các phiếu hợp lệ trước khi gia quyền, theo các quy tắc tại docs/AUDIT.md:",
        "duplicate and near-duplicate answer vectors (with the number of pairs expected by":
            "phiếu trùng và gần trùng câu trả lời (kèm số cặp trùng kỳ vọng do ngẫu nhiên),",
        "chance), straight-lining, timing (fast forms, bursts from one device, interviewer or":
            "trả lời một kiểu, thời gian (phiếu quá nhanh, phiếu dồn dập từ một thiết bị, điều tra viên hoặc",
        "unit, forms outside --period) where the batches have times, interviewer effects":
            "đơn vị, phiếu ngoài thời gian --period) khi tệp phiếu có ghi thời gian, ảnh hưởng của điều tra viên",
        "(Rao–Scott test against the rest of the unit, Holm-corrected; intra-interviewer":
            "(kiểm định Rao–Scott so với phần còn lại của đơn vị, hiệu chỉnh Holm; tương quan nội bộ",
        "correlation) where an interviewer or device column exists, respondents missing from":
            "điều tra viên) khi có cột điều tra viên hoặc thiết bị, người trả lời không có trong",
        "--frame, and units with an implausible satisfied share or spread. Each flag has a rule":
            "--frame, và đơn vị có tỷ lệ hài lòng hoặc độ phân tán bất thường. Mỗi cảnh báo có mã quy tắc,",
        "id, a severity (low, medium, high) and its evidence; JSON and CSV name every flagged form":
            "mức độ (low: thấp, medium: trung bình, high: cao) và căn cứ; JSON và CSV nêu từng phiếu bị đánh dấu",
        "by respondent id, batch file and line.": "theo mã người trả lời, tệp phiếu và dòng.",
        "Exit status 0 whatever is flagged (read the flags); 64 usage, 65 bad data, 66 no input.":
            "Mã thoát 0 dù có cảnh báo hay không (cần đọc các cảnh báo); 64 sai cách dùng, 65 dữ liệu lỗi, 66 thiếu tệp đầu vào.",
    ]

    /// Option help from the help column on.
    static let auditFragments: [String: String] = [
        "leave out forms flagged by these rules (comma-separated rule ids,":
            "bỏ các phiếu bị đánh dấu theo các quy tắc này (mã quy tắc cách nhau bằng dấu phẩy,",
        "families such as duplicate or timing, or all) and show how each":
            "nhóm quy tắc như duplicate hoặc timing, hoặc all) và in thay đổi về điểm",
        "unit's points and rank move": "và thứ hạng của từng đơn vị",
        "near-duplicates differ in at most K answers (default: from the data)":
            "phiếu gần trùng khác nhau không quá K câu trả lời (mặc định: xác định từ dữ liệu)",
        "largest K the data-driven choice considers (default 3)": "giá trị K lớn nhất được xét khi xác định K từ dữ liệu (mặc định 3)",
        "duplicate checks skip forms with fewer than N answers off their":
            "kiểm tra trùng bỏ qua phiếu có ít hơn N câu trả lời khác với",
        "own most common code (default 3)": "mã thường gặp nhất của chính phiếu đó (mặc định 3)",
        "straight-lining needs N answered questions (default 10)":
            "chỉ xét trả lời một kiểu khi phiếu có ít nhất N câu đã trả lời (mặc định 10)",
        "fast form: under S seconds per answered question (default 4)":
            "phiếu quá nhanh: dưới S giây cho mỗi câu đã trả lời (mặc định 4)",
        "burst: N forms from one device or interviewer (default 10) ...":
            "dồn dập: N phiếu từ một thiết bị hoặc điều tra viên (mặc định 10) ...",
        "... or N from one unit (default 30) ...": "... hoặc N phiếu từ một đơn vị (mặc định 30) ...",
        "... within W minutes (default 5)": "... trong vòng W phút (mặc định 5)",
        "survey period (dates or times, TO inclusive): forms outside are flagged":
            "thời gian khảo sát (ngày hoặc giờ, tính cả TO): phiếu ngoài khoảng này bị đánh dấu",
        "zone of times written without one (default +00:00, as KoBo's _submission_time)":
            "múi giờ của thời điểm ghi không kèm múi giờ (mặc định +00:00, như _submission_time của KoBo)",
        "interviewer test: Holm-adjusted p below A (default 0.01)":
            "kiểm định điều tra viên: p đã hiệu chỉnh Holm nhỏ hơn A (mặc định 0,01)",
        "interviewer column (default: interviewer, enumerator, _submitted_by, SubmitterName)":
            "cột điều tra viên (mặc định: interviewer, enumerator, _submitted_by, SubmitterName)",
        "device column (default: deviceid, DeviceID, device)": "cột thiết bị (mặc định: deviceid, DeviceID, device)",
        "time columns (default: start, end, _submission_time / SubmissionDate)":
            "các cột thời gian (mặc định: start, end, _submission_time / SubmissionDate)",
        "sample frame or drawn sample (CSV): respondents not in it are flagged":
            "danh sách chọn mẫu hoặc mẫu đã rút (CSV): người trả lời không có trong đó bị đánh dấu",
        "its respondent id column (default id)": "cột mã người trả lời của danh sách đó (mặc định id)",
        "its transaction date column: transactions outside --period are flagged":
            "cột ngày giao dịch của danh sách đó: giao dịch ngoài --period bị đánh dấu",
        "unit anomaly: satisfied share at least S (default 0.98) ...":
            "đơn vị bất thường: tỷ lệ hài lòng từ S trở lên (mặc định 0,98) ...",
        "... and robust z-score above Z (default 3)": "... và điểm z vững (robust z-score) lớn hơn Z (mặc định 3)",
    ]
}
