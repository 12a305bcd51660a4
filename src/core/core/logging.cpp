#include "thuky/core/logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

namespace thuky {

namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
spdlog::level::level_enum g_level = spdlog::level::warn;

void reconfigure(std::vector<spdlog::sink_ptr> sinks, spdlog::level::level_enum level)
{
    std::lock_guard lock(g_mutex);
    g_sinks = std::move(sinks);
    g_level = level;
    // Loggers created earlier get the new sinks too.
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger> &l) {
        l->sinks() = g_sinks;
        l->set_level(g_level);
    });
}

} // namespace

void initFileLogging(const QString &dir)
{
    QDir().mkpath(dir);
    const std::string file = QDir(dir).filePath(QStringLiteral("thuky.log")).toStdString();
    std::vector<spdlog::sink_ptr> sinks;
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 2 * 1024 * 1024, 5));
    } catch (const spdlog::spdlog_ex &) {
        // An unwritable log folder must not stop the program: fall back to stderr.
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    }
    reconfigure(std::move(sinks), spdlog::level::info);
    spdlog::flush_every(std::chrono::seconds(2));
}

void initStderrLogging(bool verbose)
{
    reconfigure({std::make_shared<spdlog::sinks::stderr_color_sink_mt>()},
                verbose ? spdlog::level::debug : spdlog::level::warn);
}

std::shared_ptr<spdlog::logger> logger(const char *name)
{
    if (auto existing = spdlog::get(name))
        return existing;
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto created = std::make_shared<spdlog::logger>(name, g_sinks.begin(), g_sinks.end());
    created->set_level(g_sinks.empty() ? spdlog::level::off : g_level);
    created->flush_on(spdlog::level::warn);
    spdlog::register_logger(created);
    return created;
}

} // namespace thuky
