#include "demo_words.h"

#include "thuky/domain/vietnamese.h"

#include <array>

namespace thuky::services::demo {

namespace {

constexpr std::array kLawMaking{
    TaskTemplate{"Tổng hợp ý kiến đại biểu Quốc hội về dự án {law}", "Báo cáo tổng hợp"},
    TaskTemplate{"Chuẩn bị hồ sơ trình Quốc hội dự án {law}", "Tờ trình"},
    TaskTemplate{"Phối hợp thẩm tra dự án {law}", "Báo cáo thẩm tra"},
    TaskTemplate{"Xây dựng báo cáo tiếp thu, giải trình, chỉnh lý dự thảo {law}",
                 "Báo cáo tiếp thu, giải trình"},
    TaskTemplate{"Tổ chức hội thảo lấy ý kiến chuyên gia về dự án {law}", "Kỷ yếu hội thảo"},
    TaskTemplate{"Rà soát kỹ thuật văn bản dự thảo {law} trước khi trình Quốc hội thông qua",
                 "Dự thảo Luật"},
    TaskTemplate{"Xây dựng dự kiến Chương trình lập pháp năm {nextYear}", "Dự thảo Nghị quyết"},
};

constexpr std::array kSupervision{
    TaskTemplate{"Xây dựng báo cáo kết quả giám sát chuyên đề về {topic}",
                 "Báo cáo kết quả giám sát"},
    TaskTemplate{"Xây dựng kế hoạch giám sát chuyên đề về {topic}", "Kế hoạch giám sát"},
    TaskTemplate{"Tổ chức phiên chất vấn và trả lời chất vấn về {topic}", "Báo cáo"},
    TaskTemplate{"Theo dõi việc thực hiện nghị quyết giám sát chuyên đề về {topic}", "Báo cáo"},
    TaskTemplate{"Xây dựng dự thảo Nghị quyết về kết quả giám sát chuyên đề về {topic}",
                 "Dự thảo Nghị quyết"},
};

constexpr std::array kImportantMatters{
    TaskTemplate{"Chuẩn bị nội dung về {matter} trình Quốc hội", "Tờ trình"},
    TaskTemplate{"Tổng hợp ý kiến đại biểu Quốc hội về {matter}", "Báo cáo tổng hợp"},
    TaskTemplate{"Phối hợp thẩm tra báo cáo của Chính phủ về {matter}", "Báo cáo thẩm tra"},
    TaskTemplate{"Xây dựng dự thảo Nghị quyết của Quốc hội về {matter}", "Dự thảo Nghị quyết"},
};

constexpr std::array kSecretariat{
    TaskTemplate{"Chuẩn bị nội dung phiên họp thứ {meeting} của Ủy ban Thường vụ Quốc hội",
                 "Chương trình phiên họp"},
    TaskTemplate{"Ra thông báo kết luận của Ủy ban Thường vụ Quốc hội về dự án {law}",
                 "Thông báo kết luận"},
    TaskTemplate{"Ra thông báo kết luận của Ủy ban Thường vụ Quốc hội về {matter}",
                 "Thông báo kết luận"},
    TaskTemplate{"Tổng hợp kiến nghị của cử tri gửi tới kỳ họp thứ {session}, Quốc hội khóa {term}",
                 "Báo cáo tổng hợp"},
    TaskTemplate{"Xây dựng dự kiến chương trình kỳ họp thứ {session}, Quốc hội khóa {term}",
                 "Dự kiến chương trình"},
    TaskTemplate{"Xây dựng báo cáo công tác tháng {month} của Văn phòng Quốc hội", "Báo cáo"},
    TaskTemplate{"Theo dõi, đôn đốc việc thực hiện các thông báo kết luận của Ủy ban Thường vụ "
                 "Quốc hội",
                 "Báo cáo"},
    TaskTemplate{"Xây dựng báo cáo tổng kết công tác năm {year} của Ban Thư ký", "Báo cáo"},
};

constexpr std::array kAdministration{
    TaskTemplate{"Bảo đảm điều kiện phục vụ kỳ họp thứ {session}, Quốc hội khóa {term}",
                 "Kế hoạch phục vụ"},
    TaskTemplate{"Số hóa tài liệu lưu trữ các kỳ họp Quốc hội khóa {term}", "Cơ sở dữ liệu"},
    TaskTemplate{"Tổ chức tập huấn nghiệp vụ thư ký, tổng hợp cho công chức năm {year}",
                 "Tài liệu tập huấn"},
    TaskTemplate{"Kiểm kê tài sản, quyết toán kinh phí hoạt động năm {year}", "Báo cáo quyết toán"},
    TaskTemplate{"Rà soát, sửa đổi Quy chế làm việc của Văn phòng Quốc hội", "Dự thảo Quy chế"},
    TaskTemplate{"Nâng cấp hệ thống quản lý văn bản và điều hành phục vụ đại biểu Quốc hội",
                 "Hệ thống phần mềm"},
};

constexpr std::array kForeignAffairs{
    TaskTemplate{"Chuẩn bị đón đoàn đại biểu Quốc hội {country} thăm chính thức Việt Nam",
                 "Kế hoạch đón đoàn"},
    TaskTemplate{"Chuẩn bị nội dung tham dự Đại hội đồng Liên minh Nghị viện thế giới (IPU)",
                 "Báo cáo"},
    TaskTemplate{"Chuẩn bị nội dung Đại hội đồng Liên nghị viện ASEAN (AIPA) năm {year}",
                 "Đề án"},
    TaskTemplate{"Xây dựng báo cáo kết quả chuyến thăm chính thức {country} của Lãnh đạo Quốc hội",
                 "Báo cáo"},
};

constexpr std::array kFields{
    Field{"Công tác lập pháp", 30, kLawMaking},
    Field{"Công tác giám sát", 18, kSupervision},
    Field{"Quyết định các vấn đề quan trọng của đất nước", 12, kImportantMatters},
    Field{"Công tác tổng hợp, thư ký", 22, kSecretariat},
    Field{"Công tác hành chính, quản trị", 10, kAdministration},
    Field{"Công tác đối ngoại", 8, kForeignAffairs},
};

constexpr std::array kSubtasks{
    TaskTemplate{"Xây dựng đề cương, kế hoạch triển khai", "Đề cương"},
    TaskTemplate{"Tổ chức họp lấy ý kiến các đơn vị liên quan", "Biên bản họp"},
    TaskTemplate{"Hoàn thiện dự thảo, trình Lãnh đạo Văn phòng Quốc hội", "Dự thảo"},
    TaskTemplate{"Gửi xin ý kiến các cơ quan của Quốc hội", "Công văn"},
    TaskTemplate{"Tổng hợp, tiếp thu ý kiến góp ý", "Báo cáo tổng hợp"},
};

constexpr std::array kLaws{
    "Luật Đất đai (sửa đổi)",
    "Luật Bảo hiểm xã hội (sửa đổi)",
    "Luật Thủ đô (sửa đổi)",
    "Luật Lưu trữ (sửa đổi)",
    "Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp",
    "Luật Di sản văn hóa (sửa đổi)",
    "Luật Các tổ chức tín dụng (sửa đổi)",
    "Luật Kinh doanh bất động sản (sửa đổi)",
    "Luật Nhà ở (sửa đổi)",
    "Luật Giao dịch điện tử (sửa đổi)",
    "Luật Viễn thông (sửa đổi)",
    "Luật Tài nguyên nước (sửa đổi)",
    "Luật Đường bộ",
    "Luật Trật tự, an toàn giao thông đường bộ",
    "Luật Căn cước",
    "Luật Phòng thủ dân sự",
    "Luật Thực hiện dân chủ ở cơ sở",
    "Luật Khám bệnh, chữa bệnh (sửa đổi)",
    "Luật Đấu thầu (sửa đổi)",
    "Luật Giá (sửa đổi)",
    "Luật Thanh tra (sửa đổi)",
    "Luật Công đoàn (sửa đổi)",
    "Luật Địa chất và khoáng sản",
    "Luật Phòng, chống mua bán người (sửa đổi)",
    "Luật Tổ chức Tòa án nhân dân (sửa đổi)",
    "Luật Bảo vệ quyền lợi người tiêu dùng (sửa đổi)",
    "Luật Điện lực (sửa đổi)",
    "Luật Công chứng (sửa đổi)",
    "Luật Dữ liệu",
    "Luật Nhà giáo",
};

constexpr std::array kTopics{
    "việc thực hiện chính sách, pháp luật về thực hành tiết kiệm, chống lãng phí",
    "việc thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
    "công tác phòng, chống tham nhũng, tiêu cực",
    "việc thực hiện chính sách, pháp luật về quản lý thị trường bất động sản và phát triển nhà "
    "ở xã hội",
    "việc thực hiện chính sách, pháp luật về bảo đảm trật tự, an toàn giao thông",
    "việc thực hiện chính sách, pháp luật về bảo vệ môi trường",
    "việc thực hiện chính sách, pháp luật về công tác quy hoạch",
    "việc thực hiện đổi mới chương trình, sách giáo khoa giáo dục phổ thông",
    "việc thực hiện chính sách, pháp luật về an toàn thực phẩm",
    "công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    "việc thực hiện chính sách, pháp luật về phát triển năng lượng",
    "việc thực hiện chính sách, pháp luật về phòng, chống ma túy",
};

constexpr std::array kMatters{
    "kế hoạch phát triển kinh tế - xã hội năm {nextYear}",
    "dự toán ngân sách nhà nước năm {nextYear}",
    "phương án phân bổ ngân sách trung ương năm {nextYear}",
    "quyết toán ngân sách nhà nước năm {lastYear}",
    "kế hoạch đầu tư công trung hạn",
    "chủ trương đầu tư Dự án đường sắt tốc độ cao trên trục Bắc - Nam",
    "chủ trương đầu tư Dự án đường Vành đai 4 - Vùng Thủ đô Hà Nội",
    "điều chỉnh Quy hoạch sử dụng đất quốc gia",
    "kế hoạch tài chính quốc gia 5 năm",
    "thí điểm một số cơ chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh",
};

constexpr std::array kCountries{
    "Lào", "Cam-pu-chia", "Nhật Bản", "Hàn Quốc", "Cu-ba", "Ô-xtrây-li-a",
    "Hung-ga-ri", "Pháp", "Ấn Độ", "In-đô-nê-xi-a", "Xin-ga-po", "Mông Cổ",
};

constexpr std::array kFamilyNames{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
                                  "Võ",     "Đặng", "Bùi", "Đỗ",   "Hồ",    "Ngô",   "Dương", "Lý"};
constexpr std::array kMiddleNames{"Thị", "Văn", "Đức", "Minh", "Thu", "Hữu", "Quang",
                                  "Thanh", "Ngọc", "Xuân", "Thị Thu", "Thị Minh", "Văn Quốc"};
constexpr std::array kGivenNames{"Hà",   "Hương", "Lan",  "Hùng", "Dũng",  "Tuấn", "Hải",
                                 "Phương", "Linh", "Trang", "Thảo", "Nam",  "Sơn",  "Long",
                                 "Hòa",  "Bình",  "Yến",  "Khánh", "Quyên", "Thắng", "Việt"};
constexpr std::array kPositions{"Vụ trưởng", "Phó Vụ trưởng", "Phó Vụ trưởng",
                                "Chuyên viên cao cấp", "Chuyên viên chính", "Chuyên viên chính",
                                "Chuyên viên"};

constexpr std::array kProgressNotes{
    "Đã xây dựng đề cương, xin ý kiến Lãnh đạo Vụ",
    "Đang tổng hợp ý kiến của các đơn vị",
    "Đã gửi dự thảo xin ý kiến các cơ quan của Quốc hội",
    "Đã trình Lãnh đạo Văn phòng Quốc hội",
    "Đang hoàn thiện theo ý kiến chỉ đạo",
    "Đã hoàn thành, gửi sản phẩm đến các cơ quan liên quan",
};

QString pickText(std::span<const char *const> items, DemoRandom &rng)
{
    return QString::fromUtf8(rng.pick(items));
}

/// The first year of the term sitting in `year`.
int termStart(int year)
{
    return 2021 + 5 * ((year - 2021) >= 0 ? (year - 2021) / 5 : (year - 2025) / 5);
}

QString placeholderValue(const QString &name, int year, DemoRandom &rng)
{
    if (name == QLatin1String("law"))
        return pickText(kLaws, rng);
    if (name == QLatin1String("topic"))
        return pickText(kTopics, rng);
    if (name == QLatin1String("matter"))
        return fillTemplate(rng.pick(std::span<const char *const>(kMatters)), year, rng);
    if (name == QLatin1String("country"))
        return pickText(kCountries, rng);
    if (name == QLatin1String("meeting")) // about 15 meetings a year, numbered through the term
        return QString::number((year - termStart(year)) * 15 + rng.between(1, 15));
    if (name == QLatin1String("session")) // two regular sessions a year
        return QString::number(2 * (year - termStart(year)) + rng.between(1, 2));
    if (name == QLatin1String("term"))
        return domain::toRoman(termOf(year));
    if (name == QLatin1String("month"))
        return QString::number(rng.between(1, 12));
    if (name == QLatin1String("nextYear"))
        return QString::number(year + 1);
    if (name == QLatin1String("lastYear"))
        return QString::number(year - 2);
    return QString::number(year);
}

} // namespace

std::span<const Field> fields()
{
    return kFields;
}

std::span<const TaskTemplate> subtaskTemplates()
{
    return kSubtasks;
}

std::span<const char *const> progressNotes()
{
    return kProgressNotes;
}

QString personName(DemoRandom &rng)
{
    return pickText(kFamilyNames, rng) + QLatin1Char(' ') + pickText(kMiddleNames, rng) +
           QLatin1Char(' ') + pickText(kGivenNames, rng);
}

QString positionFor(int indexInUnit)
{
    const auto last = static_cast<int>(kPositions.size()) - 1;
    return QString::fromUtf8(kPositions[static_cast<size_t>(std::min(indexInUnit, last))]);
}

QString fillTemplate(const char *text, int year, DemoRandom &rng)
{
    QString result = QString::fromUtf8(text);
    for (qsizetype open = result.indexOf(QLatin1Char('{')); open >= 0;
         open = result.indexOf(QLatin1Char('{'), open)) {
        const qsizetype close = result.indexOf(QLatin1Char('}'), open);
        const QString value = placeholderValue(result.mid(open + 1, close - open - 1), year, rng);
        result.replace(open, close - open + 1, value);
        open += value.size();
    }
    return result;
}

QString sourceReference(int year, DemoRandom &rng)
{
    const QString number = QStringLiteral("%1").arg(rng.between(1, 320), 2, 10, QLatin1Char('0'));
    if (rng.chance(75))
        return number + QStringLiteral("/TB-UBTVQH") + QString::number(termOf(year));
    if (rng.chance(50))
        return number + QStringLiteral("/KH-VPQH");
    return number + QStringLiteral("/NQ-UBTVQH") + QString::number(termOf(year));
}

int termOf(int year)
{
    return 15 + (termStart(year) - 2021) / 5;
}

} // namespace thuky::services::demo
