#include "common/table_files.h"

#include "common/file_dialogs.h"
#include "common/settings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace thuky::ui {

namespace {

bool isXlsx(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

struct TableFilesText
{
    Q_DECLARE_TR_FUNCTIONS(TableFiles)
};

} // namespace

Result<documents::Table> readTableFile(const QString &path)
{
    return isXlsx(path) ? documents::readXlsx(path) : documents::readCsv(path);
}

Result<void> writeTableFile(const documents::Table &table, const QString &path,
                            const QString &sheetName, const QString &title)
{
    if (!isXlsx(path))
        return documents::writeCsv(table, path);
    documents::XlsxOptions options;
    options.sheetName = sheetName;
    options.title = title;
    return documents::writeXlsx(table, path, options);
}

QString chooseTableToOpen(QWidget *parent, Settings &settings, const QString &title)
{
    const QString path =
        chooseOpenFile(parent, title, settings.lastImportFolder(),
                       TableFilesText::tr("Bảng tính (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;Mọi tệp (*)"));
    if (!path.isEmpty())
        settings.setLastImportFolder(QFileInfo(path).absolutePath());
    return path;
}

QString chooseTableToSave(QWidget *parent, Settings &settings, const QString &title,
                          const QString &baseName)
{
    const QString xlsxFilter = TableFilesText::tr("Bảng tính Excel (*.xlsx)");
    const QString csvFilter = TableFilesText::tr("Tệp CSV (*.csv)");
    QString filter = xlsxFilter;
    QString path = chooseSaveFile(
        parent, title, settings.lastExportFolder() + u'/' + baseName + QStringLiteral(".xlsx"),
        xlsxFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += filter == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    settings.setLastExportFolder(QFileInfo(path).absolutePath());
    return path;
}

} // namespace thuky::ui
