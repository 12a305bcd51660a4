#pragma once
// The demo's random source. std::uniform_int_distribution and friends differ between
// standard libraries, so the demo maps mt19937_64's output (which the standard fixes) to
// ranges itself: the same seed gives the same data with any compiler.

#include <QList>

#include <cstdint>
#include <random>
#include <span>

namespace thuky::services::demo {

class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    /// 0 <= r < n (n > 0), unbiased: draws past the last whole multiple of n are redrawn.
    int below(int n)
    {
        const auto range = static_cast<std::uint64_t>(n);
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % range;
        std::uint64_t x = m_engine();
        while (x >= limit)
            x = m_engine();
        return static_cast<int>(x % range);
    }
    /// lo <= r <= hi.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    /// true with the given percentage.
    bool chance(int percent) { return below(100) < percent; }

    template <typename T>
    const T &pick(std::span<const T> items)
    {
        return items[static_cast<size_t>(below(static_cast<int>(items.size())))];
    }
    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(static_cast<int>(items.size())));
    }
    /// Index chosen with probability proportional to its weight.
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return static_cast<int>(i);
            r -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace thuky::services::demo
