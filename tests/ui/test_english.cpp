// Thuky in English: the translation is complete and in step with the code, the main window,
// the programme page and the dialogs read in English under --lang en, every mnemonic of a menu
// or a dialog is its own, and the chosen language is kept in the settings.

#include "gui_fixtures.h"

#include "admin/user_dialog.h"
#include "common/app_options.h"
#include "common/display_text.h"
#include "common/language_menu.h"
#include "common/translations.h"
#include "programme/import_dialog.h"
#include "programme/programme_dialog.h"
#include "programme/progress_dialog.h"
#include "programme/task_dialog.h"
#include "programme/task_list_model.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <map>

using namespace thuky;

namespace {

/// Sets the GUI's language for the length of a test, and back to Vietnamese after it.
struct LanguageScope
{
    explicit LanguageScope(Lang language)
    {
        REQUIRE(ui::setUiLanguage(*QCoreApplication::instance(), language));
    }
    ~LanguageScope() { ui::setUiLanguage(*QCoreApplication::instance(), Lang::Vi); }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;
};

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; ///< one, or one per plural form
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            TsMessage message{context, {}, {}, false};
            const bool plural =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    const auto type = xml.attributes().value(QLatin1String("type"));
                    message.unfinished = type == QLatin1String("unfinished") ||
                                         type == QLatin1String("vanished") ||
                                         type == QLatin1String("obsolete");
                    if (plural) {
                        while (xml.readNextStartElement())
                            message.translations.append(xml.readElementText());
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

/// The placeholders of a text: %1, %2…, %n.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

/// The mnemonic letter of a text ("&Lưu" → 'l'), or a null character when it has none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

/// Fails when two of the visible texts share a mnemonic; `where` names the menu or dialog.
void checkMnemonics(const QStringList &texts, const QString &where)
{
    std::map<QChar, QString> seen;
    for (const QString &text : texts) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            continue;
        INFO(where.toStdString() << ": \"" << text.toStdString() << "\" and \""
                                 << seen[key].toStdString() << '"');
        CHECK(seen[key].isEmpty());
        seen[key] = text;
    }
}

void checkMenuMnemonics(QMenu *menu)
{
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        texts.append(action->text());
        if (action->menu())
            checkMenuMnemonics(action->menu());
    }
    checkMnemonics(texts, menu->title());
}

/// The labels (with a buddy) and buttons of a dialog that the user can reach.
void checkDialogMnemonics(QWidget &dialog)
{
    QStringList texts;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(&dialog))
            texts.append(label->text());
    }
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(&dialog))
            texts.append(button->text());
    }
    checkMnemonics(texts, dialog.windowTitle());
}

QStringList buttonTexts(QWidget &dialog)
{
    QStringList texts;
    for (QDialogButtonBox *box : dialog.findChildren<QDialogButtonBox *>()) {
        for (QAbstractButton *button : box->buttons())
            texts.append(button->text().remove(u'&'));
    }
    return texts;
}

} // namespace

TEST_CASE("Every text of the English translation is finished and keeps its placeholders",
          "[ui][translations]")
{
    const QList<TsMessage> messages = readTs(QStringLiteral(THUKY_EN_TS));
    REQUIRE(messages.size() > 500);
    for (const TsMessage &m : messages) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK_FALSE(m.unfinished);
        REQUIRE_FALSE(m.translations.isEmpty());
        for (const QString &t : m.translations) {
            INFO(t.toStdString());
            CHECK_FALSE(t.trimmed().isEmpty());
            CHECK(placeholders(t) == placeholders(m.source));
            // A text with a mnemonic keeps one, and only one.
            CHECK(mnemonic(t).isNull() == mnemonic(m.source).isNull());
            CHECK(t.count(u'&') - 2 * t.count(QStringLiteral("&&")) <= 1);
        }
    }
}

TEST_CASE("The English translation lists every text of the code (see docs/translation.md)",
          "[ui][translations]")
{
    // lupdate run on a copy, as `cmake --build … --target update_translations` runs it: a text
    // added or changed in the code arrives unfinished, one taken out disappears.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("thuky_en.ts"));
    REQUIRE(QFile::copy(QStringLiteral(THUKY_EN_TS), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.setWorkingDirectory(QStringLiteral(THUKY_SOURCE_DIR));
    lupdate.start(QStringLiteral(THUKY_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("src/ui"), QStringLiteral("src/app"),
                   QStringLiteral("-ts"), copy});
    REQUIRE(lupdate.waitForFinished(60000));
    const QString said = QString::fromUtf8(lupdate.readAll());
    INFO(said.toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    // A warning means texts lupdate could not file, or filed in a context the program never
    // looks up ("lacks Q_OBJECT macro": a tr() outside a class; see docs/translation.md).
    QStringList warnings;
    for (const QString &line : said.split(u'\n', Qt::SkipEmptyParts)) {
        const QString l = line.trimmed();
        if (!l.startsWith(QLatin1String("Scanning ")) &&
            !l.startsWith(QLatin1String("Updating ")) && !l.startsWith(QLatin1String("Found ")) &&
            !l.startsWith(QLatin1String("Removed ")))
            warnings.append(l);
    }
    CHECK(warnings.isEmpty());

    QStringList missing;
    for (const TsMessage &m : readTs(copy)) {
        if (m.unfinished)
            missing.append(m.context + u": " + m.source);
    }
    INFO("Texts without an English translation — refresh thuky_en.ts with the target "
         "update_translations and translate them:\n"
         << missing.join(u'\n').toStdString());
    CHECK(missing.isEmpty());
    CHECK(readTs(copy).size() == readTs(QStringLiteral(THUKY_EN_TS)).size());
}

TEST_CASE("The English translation loads, and Vietnamese comes back", "[ui][translations]")
{
    {
        LanguageScope english(Lang::En);
        CHECK(ui::uiLanguage() == Lang::En);
        CHECK(QCoreApplication::translate("thuky::ui::MainWindow", "Hoàn tác") ==
              QStringLiteral("Undo"));
        CHECK(QLocale().language() == QLocale::English);
        CHECK(QLocale().toString(12345) == QStringLiteral("12,345"));
        // Labels from the core follow the GUI's language.
        CHECK(ui::timelinessText(domain::Timeliness::Overdue) == QStringLiteral("Overdue"));
        CHECK(ui::timelinessText(domain::Timeliness::DoneLate) == QStringLiteral("Done late"));
        CHECK(ui::taskStatusText(domain::TaskStatus::InProgress) == QStringLiteral("In progress"));
        CHECK(ui::roleText(domain::Role::Drafter) == QStringLiteral("Drafter"));
        CHECK(ui::programmeStatusText(domain::ProgrammeStatus::Adopted) ==
              QStringLiteral("Adopted"));
        CHECK(ui::periodText(domain::Period::ofMonth(2025, 3)) == QStringLiteral("March 2025"));
        CHECK(ui::periodText(domain::Period::ofQuarter(2025, 2)) == QStringLiteral("Q2 2025"));
        CHECK(ui::periodText(domain::Period::ofYear(2025)) == QStringLiteral("Year 2025"));
        CHECK(ui::periodText(domain::Period::ofDate(QDate(2025, 3, 15))) ==
              QStringLiteral("15/03/2025"));
    }
    CHECK(ui::uiLanguage() == Lang::Vi);
    CHECK(QCoreApplication::translate("thuky::ui::MainWindow", "Hoàn tác") ==
          QStringLiteral("Hoàn tác"));
    CHECK(QLocale().language() == QLocale::Vietnamese);
    CHECK(ui::timelinessText(domain::Timeliness::Overdue) == QStringLiteral("Quá hạn"));
    CHECK(ui::periodText(domain::Period::ofMonth(2025, 3)) == QStringLiteral("Tháng 3/2025"));
    // Qt's own texts are back in Vietnamese too.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&') == QStringLiteral("Hủy"));
}

TEST_CASE("The main window and the programme page read in English", "[ui][translations]")
{
    LanguageScope english(Lang::En);
    test::WindowFixture fx;
    ui::MainWindow window(*fx.ws, QStringLiteral("/tmp/thuky-test.sqlite"), test::actor(),
                          fx.settings);
    ui::ProgrammePage *page = test::showWindow(window);

    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    CHECK(menus == QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                               QStringLiteral("&View"), QStringLiteral("&Account"),
                               QStringLiteral("&Help")});
    CHECK(window.moduleTitles() == QStringList{QStringLiteral("Today"),
                                               QStringLiteral("Work programme"),
                                               QStringLiteral("Dashboard"),
                                               QStringLiteral("Standing Committee meetings"),
                                               QStringLiteral("Conclusion notices"),
                                               QStringLiteral("Session agendas"),
                                               QStringLiteral("Catalogues"),
                                               QStringLiteral("Audit trail"),
                                               QStringLiteral("Administration")});
    CHECK(page->addTaskAction()->text() == QStringLiteral("&Add task…"));
    CHECK(window.statusText().contains(QStringLiteral("· 13 rows")));

    QStringList columns;
    for (int c = 0; c < page->model()->columnCount(); ++c)
        columns.append(page->model()->headerData(c, Qt::Horizontal).toString());
    CHECK(columns.contains(QStringLiteral("No.")));
    CHECK(columns.contains(QStringLiteral("Content")));
    CHECK(columns.contains(QStringLiteral("Lead unit")));
    CHECK(columns.contains(QStringLiteral("Deadline")));
    CHECK(columns.contains(QStringLiteral("Timeliness")));

    // The cells that come from the core: a task's status and timeliness.
    QStringList cells;
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        for (int c = 0; c < page->model()->columnCount(); ++c)
            cells.append(page->model()->index(r, c).data().toString());
    }
    CHECK(cells.contains(QStringLiteral("Not started")));
    CHECK(cells.contains(QStringLiteral("Overdue")));
    for (const QString &cell : cells) {
        CHECK_FALSE(cell.contains(QStringLiteral("Quá hạn")));
        CHECK_FALSE(cell.contains(QStringLiteral("Chưa triển khai")));
    }

    // Every page's menus, with no two entries of a menu on the same letter.
    for (int i = 0; i < window.pages().size(); ++i) {
        window.findChild<QListWidget *>(QStringLiteral("navigationList"))->setCurrentRow(i);
        for (QAction *action : window.menuBar()->actions())
            checkMenuMnemonics(action->menu());
    }
    QMenu *language = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    REQUIRE(language);
    CHECK(language->title() == QStringLiteral("&Language / Ngôn ngữ"));
}

TEST_CASE("The dialogs read in English, each mnemonic on its own letter", "[ui][translations]")
{
    LanguageScope english(Lang::En);
    test::ProgrammeFixture fx(2);

    const ui::TaskDialogChoices c = test::taskDialogChoices(fx);
    ui::TaskDialog task(c);
    CHECK(buttonTexts(task).contains(QStringLiteral("Save")));
    CHECK(buttonTexts(task).contains(QStringLiteral("Cancel")));
    checkDialogMnemonics(task);

    ui::ProgressDialog progress(fx.tasks[0], {}, test::kToday);
    CHECK(buttonTexts(progress).contains(QStringLiteral("Record")));
    checkDialogMnemonics(progress);

    ui::UserDialog user(c.agencies);
    CHECK(buttonTexts(user).contains(QStringLiteral("Cancel")));
    checkDialogMnemonics(user);

    ui::ProgrammeDialog programme(c.agencies);
    CHECK(programme.windowTitle() == QStringLiteral("New work programme"));
    checkDialogMnemonics(programme);

    ui::ImportDialog import(QString(), 2026, {{QStringLiteral("Vụ Thư ký"), 1}}, 1);
    CHECK(import.windowTitle() == QStringLiteral("Import tasks from file"));
    checkDialogMnemonics(import);
}

TEST_CASE("The language is chosen on the command line or kept in the settings",
          "[ui][translations][options]")
{
    const QString program = QStringLiteral("thuky");
    auto options = ui::parseAppOptions({program, QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(options);
    CHECK(options->language == Lang::En);
    options = ui::parseAppOptions({program, QStringLiteral("--lang=VI")});
    REQUIRE(options);
    CHECK(options->language == Lang::Vi);
    options = ui::parseAppOptions({program});
    REQUIRE(options);
    CHECK_FALSE(options->language);
    ui::AppOptionsError error;
    CHECK_FALSE(
        ui::parseAppOptions({program, QStringLiteral("--lang"), QStringLiteral("fr")}, &error));
    CHECK(error.message.contains(QStringLiteral("fr")));

    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("thuky.ini"));
    {
        ui::Settings settings(ini);
        CHECK(settings.language() == Lang::Vi); // Vietnamese unless chosen
        QWidget parent;
        QMenu *menu = ui::createLanguageMenu(settings, &parent);
        auto *en = menu->findChild<QAction *>(QStringLiteral("language_en"));
        auto *vi = menu->findChild<QAction *>(QStringLiteral("language_vi"));
        REQUIRE(en);
        REQUIRE(vi);
        CHECK(en->text() == QStringLiteral("English"));
        CHECK(vi->text() == QStringLiteral("Tiếng Việt"));
        CHECK(vi->isChecked());
        // Choosing says when it applies, in the current language.
        QString said;
        test::answerNextMessageBox(QStringLiteral("Đóng"), &said);
        en->trigger();
        CHECK(said.contains(QStringLiteral("English")));
        CHECK(en->isChecked());
    }
    ui::Settings reopened(ini);
    CHECK(reopened.language() == Lang::En);
}
