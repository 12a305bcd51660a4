// The date field of every form: an impossible typed date is refused with a word, never
// turned silently into another date.

#include "gui_fixtures.h"

#include "common/date_field.h"
#include "programme/task_dialog.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace thuky;

namespace {

struct Form
{
    QWidget window;
    ui::DateField *field = new ui::DateField(&window);
    QLineEdit *other = new QLineEdit(&window);

    explicit Form(const QDate &date)
    {
        field->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        field->setDate(date);
        other->move(0, 40);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        field->setFocus();
        field->setSelectedSection(QDateTimeEdit::DaySection);
    }
};

} // namespace

TEST_CASE("Typing 31 into a February date is refused with a message, the date stays", "[ui][date]")
{
    Form form(QDate(2025, 2, 10));
    QSignalSpy said(form.field, &ui::DateField::impossibleDateTyped);
    QTest::keyClicks(form.field, QStringLiteral("31"));

    REQUIRE(said.count() == 1);
    CHECK(form.field->date() == QDate(2025, 2, 10)); // not 03/01/2025, as a bare QDateEdit makes it
    CHECK(form.field->problem().contains(QStringLiteral("31/02/2025")));
    CHECK(form.field->problem().contains(QStringLiteral("28 ngày")));
    CHECK(form.field->currentSection() == QDateTimeEdit::DaySection);

    // The user types a day that exists: the message goes.
    QTest::keyClicks(form.field, QStringLiteral("28"));
    CHECK(form.field->date() == QDate(2025, 2, 28));
    CHECK(form.field->problem().isEmpty());
}

TEST_CASE("Possible dates are typed as before, without a message", "[ui][date]")
{
    Form form(QDate(2025, 1, 10));
    QSignalSpy said(form.field, &ui::DateField::impossibleDateTyped);
    QTest::keyClicks(form.field, QStringLiteral("31"));
    CHECK(form.field->date() == QDate(2025, 1, 31));
    QTest::keyClicks(form.field, QStringLiteral("3/5/2025"));
    CHECK(said.isEmpty());

    Form april(QDate(2025, 4, 1));
    QSignalSpy saidApril(april.field, &ui::DateField::impossibleDateTyped);
    QTest::keyClicks(april.field, QStringLiteral("30"));
    CHECK(april.field->date() == QDate(2025, 4, 30));
    QTest::keyClicks(april.field, QStringLiteral("3"));
    CHECK(saidApril.isEmpty());
}

TEST_CASE("A month change that shortens the day says so", "[ui][date]")
{
    Form form(QDate(2025, 1, 31));
    QSignalSpy said(form.field, &ui::DateField::impossibleDateTyped);
    form.field->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(form.field, QStringLiteral("02"));
    if (form.field->date() == QDate(2025, 2, 28)) { // Qt cut the day short
        REQUIRE(said.count() == 1);
        CHECK(form.field->problem().contains(QStringLiteral("28/02/2025")));
    } else {
        CHECK(said.isEmpty()); // Qt refused the month instead: nothing changed silently
        CHECK(form.field->date().month() == 1);
    }
}
