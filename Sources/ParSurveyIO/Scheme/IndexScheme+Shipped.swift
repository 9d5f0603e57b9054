import ParSurveyScoring
extension IndexScheme {
    /// The text of `Schemes/binh-dinh-2021-district.json` (a test checks they are the same):
    /// the scheme of a manifest that names none, so that manifests written before schemes
    /// existed keep their meaning.
    public static let binhDinh2021DistrictJSON = #"""
        {
          "schemaVersion": 1,
          "id": "binh-dinh-2021-district",
          "title": {
            "vi": "Chỉ số CCHC cấp huyện, tỉnh Bình Định, năm 2021",
            "en": "District PAR Index, Bình Định province, 2021"
          },
          "totalPoints": 100,
          "components": [
            {
              "id": "selfAssessment",
              "title": { "vi": "Kết quả thực hiện CCHC (tự đánh giá, thẩm định)", "en": "Appraised self-assessment" },
              "maxPoints": 60,
              "source": "selfAssessment"
            },
            {
              "id": "satisfaction",
              "title": { "vi": "Mức độ hài lòng của người dân, tổ chức", "en": "Citizen and organisation satisfaction" },
              "maxPoints": 30,
              "source": "satisfaction"
            },
            {
              "id": "leadership",
              "title": { "vi": "Đánh giá của cán bộ lãnh đạo, quản lý và đại biểu HĐND tỉnh", "en": "Leaders' and officials' assessment" },
              "maxPoints": 10,
              "source": "leadership"
            }
          ],
          "criteria": [
            { "id": "1.1", "title": { "vi": "Chỉ đạo, điều hành", "en": "Direction and administration" }, "maxPoints": 10 },
            { "id": "1.2", "title": { "vi": "Văn bản quy phạm pháp luật", "en": "Legal documents" }, "maxPoints": 5 },
            {
              "id": "1.3",
              "title": { "vi": "Cải cách thủ tục hành chính", "en": "Administrative procedures" },
              "maxPoints": 10,
              "criteria": [
                { "id": "1.3.1", "title": { "vi": "Rà soát, đánh giá thủ tục hành chính", "en": "Review of procedures" }, "maxPoints": 2 },
                { "id": "1.3.2", "title": { "vi": "Công khai thủ tục hành chính", "en": "Publicity of procedures" }, "maxPoints": 1.5 },
                { "id": "1.3.3", "title": { "vi": "Kết quả giải quyết thủ tục hành chính", "en": "Results of handling procedures" }, "maxPoints": 3 },
                { "id": "1.3.4", "title": { "vi": "Các nội dung còn lại (phần dư của 1.3)", "en": "Remaining items (remainder of 1.3)" }, "maxPoints": 3.5 }
              ]
            },
            { "id": "1.4", "title": { "vi": "Cải cách bộ máy", "en": "Organisation" }, "maxPoints": 7 },
            { "id": "1.5", "title": { "vi": "Cải cách chế độ công vụ", "en": "Civil service" }, "maxPoints": 11 },
            { "id": "1.6", "title": { "vi": "Tài chính công", "en": "Public finance" }, "maxPoints": 5 },
            { "id": "1.7", "title": { "vi": "Chính quyền điện tử", "en": "E-government" }, "maxPoints": 12 }
          ],
          "missingComponent": "refuse",
          "rounding": { "places": 2, "mode": "halfUp" },
          "annex": {
            "agency": ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH"],
            "decisionLine": {
              "vi": "(Kèm theo Quyết định số {decisionNumber} ngày {decisionDate} của Chủ tịch Ủy ban nhân dân tỉnh Bình Định)",
              "en": "(Attached to Decision No. {decisionNumber} of {decisionDate} of the Chairman of Bình Định Provincial People's Committee)"
            },
            "unitNames": {
              "district": {"vi": "UBND huyện {name}", "en": "{name} District People's Committee"},
              "town": {"vi": "UBND thị xã {name}", "en": "{name} Town People's Committee"},
              "city": {"vi": "UBND thành phố {name}", "en": "{name} City People's Committee"}
            },
            "averageRow": {"vi": "Bình quân chung toàn tỉnh", "en": "Province average"}
          }
        }
        """#

    /// The shipped Bình Định 2021 district scheme (60 + 30 + 10, criteria 1.1–1.7).
    public static let binhDinh2021District: IndexScheme = {
        do { return try parse(Array(binhDinh2021DistrictJSON.utf8), file: "Schemes/binh-dinh-2021-district.json") } catch {
            fatalError("the shipped scheme does not load: \(error)")
        }
    }()
}
