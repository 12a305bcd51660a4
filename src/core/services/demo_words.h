#pragma once
// Word lists of the demo data: fields of work, task templates, law titles, names.

#include "demo_random.h"

#include <QString>

#include <span>

namespace thuky::services::demo {

/// A task as programmes word it: content with {placeholders} and its usual deliverable.
struct TaskTemplate
{
    const char *content;
    const char *product;
};

/// A field of work: a section heading (STT I, II…) and the tasks usually under it.
struct Field
{
    const char *title;
    int weight; ///< share of the programme's tasks
    std::span<const TaskTemplate> templates;
};

std::span<const Field> fields();
/// Steps of a larger task (its "1.1", "1.2" subtasks).
std::span<const TaskTemplate> subtaskTemplates();
std::span<const char *const> progressNotes();

/// "Nguyễn Thị Thu Hà": family, middle and given name drawn from common ones.
QString personName(DemoRandom &rng);
/// "Vụ trưởng" for the first of a unit, then deputies, then experts.
QString positionFor(int indexInUnit);

/// Fills {law}, {topic}, {matter}, {meeting}, {session}, {term}, {month}, {year},
/// {nextYear}, {country} with values that fit the programme's year.
QString fillTemplate(const char *text, int year, DemoRandom &rng);

/// "12/TB-UBTVQH15", "45/KH-VPQH"…: a plausible source document for the year.
QString sourceReference(int year, DemoRandom &rng);

/// The legislature term (khóa) sitting in that year: 14 for 2016-2020, 15 for 2021-2025…
int termOf(int year);

} // namespace thuky::services::demo
