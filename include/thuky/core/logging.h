#pragma once
// Logging set-up. Subsystems log through named spdlog loggers: "storage", "services",
// "documents", "ui", "cli". Never log passwords or document bodies.

#include <QString>

#include <memory>

namespace spdlog {
class logger;
}

namespace thuky {

/// GUI: a rotating file (thuky.log, 5 x 2 MB) in `dir`.
void initFileLogging(const QString &dir);
/// CLI and tools: stderr, warnings and worse unless `verbose`.
void initStderrLogging(bool verbose);
/// The named logger, created on first use (sharing the configured sinks).
std::shared_ptr<spdlog::logger> logger(const char *name);

} // namespace thuky
