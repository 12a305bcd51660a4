#pragma once
// The errors services return for bad input and missing records (private to services).

#include "thuky/core/result.h"

#include <optional>

namespace thuky::services {

/// InvalidInput naming the field (the GUI marks it).
inline Error invalid(const QString &vi, const QString &en, const char *field)
{
    return makeError(ErrorCode::InvalidInput, vi, en, QString::fromLatin1(field));
}

inline Error notFound(const QString &vi, const QString &en)
{
    return makeError(ErrorCode::NotFound, vi, en);
}

/// The record a repository looked up, or NotFound with the message.
template <typename T>
Result<T> found(Result<std::optional<T>> lookup, const QString &vi, const QString &en)
{
    if (!lookup)
        return lookup.error();
    if (!*lookup)
        return notFound(vi, en);
    return std::move(**lookup);
}

} // namespace thuky::services
