/** The one-line help ("Hướng dẫn") of each panel, and where the full guide is. */
export const helpText = {
  summary: 'Hướng dẫn',
  /** The pane is served without the repository: the guide is named where it ships. */
  guide:
    'Hướng dẫn đầy đủ theo vai trò: tệp docs/huong-dan.md kèm phần mềm (README, mục "Hướng dẫn sử dụng").',
  panels: {
    sheet:
      'Chọn khối/cụm rồi "Mở bảng điểm": bảng điểm hiện trong sổ tính. Gõ điểm vào cột "Điểm tự chấm", "Kiểm tra" để xem ô cần sửa, "Lưu nháp" để lưu, "Nộp" khi đủ điểm mọi tiêu chí trước hạn.',
    lead: 'Đơn vị trưởng khối/cụm: xem bảng điểm các thành viên, mở từng bảng để thẩm định (ghi lý do khi đổi điểm), rồi "Gửi thẩm định"; sau đó ghi kết quả bỏ phiếu.',
    'my-sheet':
      'Sau hạn nộp, "Xem hạng và xếp loại" cho biết hạng của đơn vị trong khối/cụm. "Lịch sử" liệt kê mọi phiên bản đã lưu. "Rút lại bảng điểm" đưa bảng về "Chưa nộp" (điểm giữ nguyên) để sửa rồi nộp lại trước hạn.',
    nominations:
      'Tạo bảng đề nghị khen thưởng trong sổ tính, điền mỗi dòng một hồ sơ, rồi gửi; mỗi dòng cho biết trong hay vượt chỉ tiêu và lý do nếu không đủ điều kiện.',
    secretariat:
      'Thường trực: "Tải bảng xếp hạng" ghi xếp hạng và chỉ tiêu vào sổ tính; "Chốt số liệu" lưu một bản không sửa được (có mã SHA-256) cho Hội đồng; mở lại một bảng điểm hoặc gia hạn nộp luôn phải ghi lý do.',
    staff:
      'Danh sách cán bộ của đơn vị trong năm của kế hoạch: "Mở / tải lại danh sách" ghi danh sách đã lưu vào sổ tính (dòng 1 là tiêu đề); dán hoặc gõ mỗi người một dòng, người có nhiều kỷ luật hay sáng kiến/đề tài thêm dòng ngay dưới với cùng mã cán bộ. "Kiểm tra danh sách" tô đỏ ô sai và ghi lý do ở cột cuối; "Gửi danh sách" thay cả danh sách trên máy chủ.',
    registration:
      'Đăng ký thi đua đầu năm: mỗi dòng một đối tượng và một danh hiệu — chọn "Tập thể đơn vị" hoặc một cán bộ trong danh sách cán bộ đã gửi, rồi chọn danh hiệu, hình thức. "Gửi đăng ký" thay cả bản đăng ký trên máy chủ. Thường trực kéo được bảng đăng ký của mọi đơn vị và lịch các mốc với trạng thái từng mốc.',

    register:
      'Thường trực: "Mở bảng nhập" tạo bảng nhập sổ khen thưởng các năm trước, mỗi dòng một người/tập thể được khen, các dòng cùng số và ngày quyết định là một quyết định. "Kiểm tra bảng nhập" nêu từng dòng sai; "Nhập vào sổ" chỉ lưu khi mọi dòng đều đúng. "Xem sổ" ghi các quyết định của một năm thành tích thành bảng.',
    audit:
      'Lọc nhật ký theo người thực hiện (nhãn mã), thao tác (vd. "sheet." cho mọi thao tác trên bảng điểm) và khoảng ngày; mỗi dòng cho biết lúc nào, ai, làm gì, trên đối tượng nào.',
    council:
      'Hội đồng: chọn kế hoạch, "Xem các bản chốt", chọn một bản rồi "Mở bản chốt": mỗi khối/cụm một trang chỉ đọc, sẵn để in; mã SHA-256 được kiểm tra với nội dung nhận được.',
    compat:
      'Tự kiểm tra: chạy thử các thao tác Excel mà phần mềm cần trên một trang nháp, rồi báo bước nào không chạy được trên máy này.',
  } as Record<string, string>,
} as const;
