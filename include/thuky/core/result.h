#pragma once
// Result<T>: the value of a core call or the Error that stopped it (shaped like std::expected).

#include <QString>

#include <cassert>
#include <utility>
#include <variant>

namespace thuky {

/// The language of user-facing messages. Vietnamese is the default everywhere.
enum class Lang { Vi, En };

/// A message in both languages the product speaks. Core builds these; callers pick one.
struct Message
{
    QString vi;
    QString en;

    QString text(Lang lang = Lang::Vi) const { return lang == Lang::En && !en.isEmpty() ? en : vi; }
};

/// Why a call failed. The category decides the CLI exit code (see exitCodeFor()).
enum class ErrorCode {
    InvalidInput,     ///< bad value from the user or a file (exit 1)
    NotFound,         ///< the record named does not exist (exit 1)
    Duplicate,        ///< a unique value is taken (exit 1)
    PermissionDenied, ///< the acting user may not do this (exit 1)
    Conflict,         ///< the record's state forbids this change (exit 1)
    Storage,          ///< SQLite failed (exit 3)
    Locked,           ///< the database is busy in another process (exit 3)
    Corrupt,          ///< the file is not a healthy Thuky database (exit 3)
    SchemaTooNew,     ///< written by a newer Thuky; left untouched (exit 3)
    Io,               ///< a file could not be read or written (exit 3)
};

struct Error
{
    ErrorCode code = ErrorCode::Storage;
    Message message;
    QString detail; ///< technical detail for logs (never a secret); may be empty

    QString text(Lang lang = Lang::Vi) const { return message.text(lang); }
};

/// 1 for rejected input, 3 for storage trouble: the CLI contract of DESIGN.md.
inline int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Storage:
    case ErrorCode::Locked:
    case ErrorCode::Corrupt:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::Io:
        return 3;
    default:
        return 1;
    }
}

inline Error makeError(ErrorCode code, QString vi, QString en, QString detail = {})
{
    return Error{code, Message{std::move(vi), std::move(en)}, std::move(detail)};
}

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() &
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    const T &value() const &
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    T &&value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_data));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const
    {
        assert(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const
    {
        assert(!m_ok);
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

/// Returns early from the enclosing function with the error of a failed Result.
#define THUKY_TRY(expr)                                                                            \
    do {                                                                                           \
        if (auto thukyTryResult_ = (expr); !thukyTryResult_.ok())                                  \
            return thukyTryResult_.error();                                                        \
    } while (false)

} // namespace thuky
