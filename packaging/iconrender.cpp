// ferry_iconrender SVG OUTDIR SIZE... — a build-time tool: renders the app icon to the PNG sizes
// of the hicolor theme, OUTDIR/<SIZE>/<name>.png. It uses Qt's own SVG image plugin (Debian:
// libqt6svg6, which the app needs at run time anyway), so the PNGs look exactly like the icon
// the running app draws, and no SVG converter or development package is needed to build.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "ferry_iconrender: %s\n", qPrintable(message));
    return 1;
}

// Renders the SVG at size x size and writes it as OUTDIR/<size>/<name>.png; an error message, or
// a null string on success.
QString render(const QString &svg, int size, const QString &outPath)
{
    QImageReader reader(svg, "svg");
    if (!reader.canRead())
        return QStringLiteral("cannot read %1 as SVG (%2); is Qt's SVG plugin (libqt6svg6) "
                              "installed?")
            .arg(svg, reader.errorString());
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull())
        return QStringLiteral("rendering %1 at %2 px failed: %3")
            .arg(svg)
            .arg(size)
            .arg(reader.errorString());
    image = image.convertToFormat(QImage::Format_ARGB32);
    if (!QDir().mkpath(QFileInfo(outPath).path()))
        return QStringLiteral("cannot create the folder of %1").arg(outPath);
    QImageWriter writer(outPath, "png");
    if (!writer.write(image))
        return QStringLiteral("cannot write %1: %2").arg(outPath, writer.errorString());
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3)
        return fail(QStringLiteral("usage: ferry_iconrender SVG OUTDIR SIZE..."));
    const QString svg = args.at(0);
    const QString name = QFileInfo(svg).completeBaseName();
    const QDir out(args.at(1));
    for (const QString &text : args.mid(2)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("not an icon size: %1").arg(text));
        const QString path = out.filePath(QStringLiteral("%1/%2.png").arg(size).arg(name));
        if (const QString error = render(svg, size, path); !error.isNull())
            return fail(error);
    }
    return 0;
}
