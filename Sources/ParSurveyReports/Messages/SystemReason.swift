import Foundation

/// Why a file could not be read or written, in Vietnamese: the reasons the readers and
/// writers give (`InputFile.ReadFailure.reason`, `OutputFile.Failure.cannotCreate`) are
/// English text built from fixed phrases and the system's error text (`strerror`). The
/// English message keeps them as they are; the Vietnamese one replaces each known phrase,
/// and the system texts of the common errors (no such file, permission denied, is a
/// directory, no space left, read-only file system, …) with Vietnamese words. A system text
/// without a Vietnamese wording stays in English with its error number (`errno 75`), so that
/// it can still be looked up; text the catalogue does not know (a file name) is kept.
public enum SystemReason {
    /// The common `errno` values and their Vietnamese wording (the English is the system's).
    static let errnoVietnamese: [(code: Int32, vi: String)] = [
        (ENOENT, "không có tệp hoặc thư mục này"),
        (EACCES, "không có quyền truy cập"),
        (EPERM, "thao tác không được phép"),
        (EISDIR, "đây là một thư mục"),
        (ENOTDIR, "một phần của đường dẫn không phải là thư mục"),
        (ENOSPC, "ổ đĩa đã hết chỗ trống"),
        (EDQUOT, "đã vượt hạn mức dung lượng đĩa"),
        (EROFS, "hệ thống tệp chỉ cho phép đọc"),
        (EEXIST, "tệp đã tồn tại"),
        (EIO, "lỗi đọc/ghi của thiết bị"),
        (EMFILE, "có quá nhiều tệp đang mở"),
        (ENFILE, "hệ thống có quá nhiều tệp đang mở"),
        (ENAMETOOLONG, "tên tệp quá dài"),
        (EFBIG, "tệp quá lớn"),
        (ELOOP, "đường dẫn có quá nhiều liên kết tượng trưng lồng nhau"),
        (EPIPE, "đầu đọc của ống dẫn (pipe) đã đóng"),
        (ENXIO, "không có thiết bị hoặc địa chỉ này"),
        (ETXTBSY, "tệp đang được dùng"),
        (EBUSY, "thiết bị hoặc tài nguyên đang bận"),
        (EINVAL, "tham số không hợp lệ"),
        (ENOMEM, "không đủ bộ nhớ"),
        (EXDEV, "không thể chuyển tệp sang hệ thống tệp khác"),
    ]

    /// The fixed phrases of the readers and writers, English → Vietnamese, longest first
    /// where one contains another.
    static let phrases: [(en: String, vi: String)] = [
        ("permission denied or unreadable", "không có quyền đọc, hoặc tệp không đọc được"),
        ("no such file", "không có tệp này"),
        ("is a directory, not a file", "đây là một thư mục, không phải một tệp"),
        (
            ", not a file: give a regular file, a FIFO or a pipe",
            ", không phải một tệp: hãy chỉ một tệp thông thường, một FIFO hoặc một ống dẫn (pipe)"
        ),
        ("is not a regular file, a FIFO or a pipe", "không phải một tệp thông thường, một FIFO hay một ống dẫn (pipe)"),
        ("; refusing to write to it", "; không ghi vào đó"),
        ("is a directory", "đây là một thư mục"),
        ("is a character device", "đây là một thiết bị ký tự"),
        ("is a block device", "đây là một thiết bị khối"),
        ("is a socket", "đây là một socket"),
        ("is a symbolic link", "đây là một liên kết tượng trưng"),
        ("is a special file", "đây là một tệp đặc biệt"),
        ("is a FIFO or pipe, read once", "đây là một FIFO hoặc ống dẫn, chỉ đọc được một lần"),
        ("read error: ", "lỗi khi đọc: "),
        ("no process is reading the FIFO", "không có tiến trình nào đọc FIFO này"),
        ("cannot create a temporary file in ", "không tạo được tệp tạm trong thư mục "),
        ("a file of that name is in the way of the output folder", "đã có một tệp trùng tên với thư mục kết quả"),
        ("cannot create the output folder", "không tạo được thư mục kết quả"),
        ("the file would lie outside the output folder ", "tệp sẽ nằm ngoài thư mục kết quả "),
        ("nothing was written to the FIFO or pipe within ", "không có dữ liệu nào được ghi vào FIFO hoặc ống dẫn trong vòng "),
        (" s (is a writer running?)", " giây (chương trình ghi dữ liệu có đang chạy không?)"),
        ("the FIFO or pipe stopped sending data for ", "FIFO hoặc ống dẫn ngừng gửi dữ liệu trong "),
        (" s after ", " giây, sau "),
        ("the stream is longer than the limit of ", "luồng dữ liệu dài hơn giới hạn "),
        (" bytes; split it into smaller batches", " byte; hãy chia thành các tệp nhỏ hơn"),
    ]

    /// The English text of `errno` `code`, as the system gives it.
    static func systemText(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// `reason` in Vietnamese: known phrases and system texts translated, an unknown system
    /// text followed by its number.
    public static func vietnamese(_ reason: String) -> String {
        var s = reason
        // system texts first: "Is a directory" must not be read as the phrase "is a directory"
        var known = Set<Int32>()
        for (code, vi) in errnoVietnamese {
            known.insert(code)
            let en = systemText(code)
            if s.contains(en) { s = s.replacingOccurrences(of: en, with: vi) }
        }
        for (en, vi) in phrases where s.contains(en) { s = s.replacingOccurrences(of: en, with: vi) }
        // "folder D does not exist"
        if s.hasPrefix("folder "), s.hasSuffix(" does not exist") {
            s = "thư mục " + String(s.dropFirst(7).dropLast(15)) + " không tồn tại"
        }
        // any other system text: kept, with its number
        for code in Int32(1)...Int32(133) where !known.contains(code) {
            let en = systemText(code)
            guard !en.hasPrefix("Unknown error"), s.contains(en) else { continue }
            s = s.replacingOccurrences(of: en, with: "\(en) (lỗi hệ thống, errno \(code))")
            break
        }
        return s
    }
}
