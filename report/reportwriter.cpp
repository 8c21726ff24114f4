#include "reportwriter.h"

#include "advice/advicehtml.h"
#include "advice/advicetext.h"
#include "common/outputfile.h"
#include "common/usertext.h"
#include "exchange/scenariofile.h"
#include "matrixpainter.h"
#include "progresspainter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace akkoord {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// At most limit characters of a user's text: a report lays out what a file may hold, and a
// database can hold more (10 MB of notes took minutes to lay out).
QString bounded(const QString &text, int limit)
{
    if (text.size() <= limit) {
        return text;
    }
    const int cut = text.at(limit - 1).isHighSurrogate() ? limit - 1 : limit;
    return text.left(cut) + QStringLiteral(" […]");
}

const char *ReportStyle =
    "body { font-family: sans-serif; font-size: 10pt; } "
    "h1 { font-size: 17pt; margin-bottom: 2px; } h2 { font-size: 14pt; } "
    "h3 { font-size: 12pt; margin-top: 14px; } "
    "table.answers { border-collapse: collapse; } "
    "table.answers td, table.answers th { border: 1px solid #999; padding: 3px; } "
    "td.differs { font-weight: bold; background-color: #dbe9f7; } "
    "p.line { margin-top: 0px; margin-bottom: 3px; }";

// The chart's SVG rebuilt element by element from what QSvgGenerator wrote: only drawing
// elements and their plain attributes survive, and every text is written escaped, so nothing in
// a label (from a knowledge-base variant, a title, a name) can become markup or script.
// QSvgGenerator writes its document title unescaped, so the title is added here instead.
QString safeSvg(const QByteArray &generated, const QString &title)
{
    static const QSet<QString> drawing{QStringLiteral("svg"),
                                       QStringLiteral("g"),
                                       QStringLiteral("defs"),
                                       QStringLiteral("desc"),
                                       QStringLiteral("path"),
                                       QStringLiteral("rect"),
                                       QStringLiteral("circle"),
                                       QStringLiteral("ellipse"),
                                       QStringLiteral("line"),
                                       QStringLiteral("polyline"),
                                       QStringLiteral("polygon"),
                                       QStringLiteral("text"),
                                       QStringLiteral("tspan"),
                                       QStringLiteral("linearGradient"),
                                       QStringLiteral("radialGradient"),
                                       QStringLiteral("stop"),
                                       QStringLiteral("clipPath"),
                                       QStringLiteral("image")};
    QXmlStreamReader in(generated);
    QString out;
    QXmlStreamWriter w(&out);
    int skipped = 0; // depth inside an element that is left out, with everything in it
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartElement()) {
            const QString name = in.name().toString();
            if (skipped > 0 || !drawing.contains(name)) {
                ++skipped;
                continue;
            }
            w.writeStartElement(name);
            if (name == QLatin1String("svg")) {
                w.writeAttribute(QStringLiteral("xmlns"),
                                 QStringLiteral("http://www.w3.org/2000/svg"));
                w.writeAttribute(QStringLiteral("xmlns:xlink"),
                                 QStringLiteral("http://www.w3.org/1999/xlink"));
            }
            for (const QXmlStreamAttribute &a : in.attributes()) {
                const QString attribute = a.qualifiedName().toString();
                const QString value = a.value().toString();
                const bool handler = attribute.startsWith(QLatin1String("on"), Qt::CaseInsensitive);
                const bool link = attribute == QLatin1String("href") ||
                                  attribute.endsWith(QLatin1String(":href"));
                if (handler || attribute.startsWith(QLatin1String("xmlns")) ||
                    (link && !value.startsWith(QLatin1Char('#')) &&
                     !value.startsWith(QLatin1String("data:image/png")) &&
                     !value.startsWith(QLatin1String("data:image/jpeg")))) {
                    continue;
                }
                w.writeAttribute(attribute, value);
            }
            if (name == QLatin1String("svg")) {
                w.writeTextElement(QStringLiteral("title"), title);
            }
        } else if (in.isEndElement()) {
            if (skipped > 0) {
                --skipped;
            } else {
                w.writeEndElement();
            }
        } else if (in.isCharacters() && skipped == 0) {
            w.writeCharacters(in.text().toString());
        }
    }
    // Something that does not parse is left out whole rather than passed on in part.
    return in.hasError() ? QString() : out;
}

// A picture drawn as SVG, cleaned (safeSvg), in a figure with its caption.
QString svgFigure(const QSize &size, const QString &caption,
                  const std::function<void(QPainter *, const QSize &)> &draw)
{
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    QPainter painter(&svg);
    draw(&painter, size);
    painter.end();
    return QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>\n")
        .arg(safeSvg(buffer.data(), caption), esc(caption));
}

} // namespace

QString ReportWriter::answersTable(const Scenario &scenario, const Advice &advice) const
{
    const KnowledgeBase &kb = m_advisor.knowledge();
    const AdviceText words(kb, m_language);
    QString h = QStringLiteral(
        "<table class='answers' cellpadding='3' cellspacing='0' border='1' width='100%'>");
    h += QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th></tr>")
             .arg(esc(tr("Question")), esc(tr("Answer")));
    for (const Question &q : kb.questions()) {
        const QString answer =
            words.answerText(scenario.answers, q.id, !advice.notApplicable.contains(q.id));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(esc(q.label.in(m_language)), esc(answer));
    }
    return h + QStringLiteral("</table>");
}

QString ReportWriter::header(const QString &municipality, const QString &title) const
{
    return title.isEmpty() ? isolated(municipality)
                           : QStringLiteral("%1 — %2").arg(isolated(municipality), isolated(title));
}

Report ReportWriter::scenarioReport(const Scenario &scenario) const
{
    const KnowledgeBase &kb = m_advisor.knowledge();
    const Advice advice = m_advisor.advise(scenario.answers);
    Report r;
    r.language = m_language;
    r.title = header(bounded(scenario.municipality, ScenarioFile::MaxNameLength),
                     bounded(scenario.title, ScenarioFile::MaxTitleLength));
    r.subtitle =
        tr("Advice on effective agreements with employers · %1 · knowledge base %2")
            .arg(QLocale().toString(m_date, QLocale::LongFormat), advice.knowledgeBaseVersion);
    QString body;
    body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Advice")));
    body += AdviceHtml(kb, m_language, false).render(advice);
    body += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Answers")));
    body += answersTable(scenario, advice);
    body += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Notes")));
    const QString notes = bounded(scenario.notes, ScenarioFile::MaxNotesLength);
    if (notes.trimmed().isEmpty()) {
        body += QStringLiteral("<p>%1</p>").arg(esc(tr("No notes.")));
    }
    if (notes.size() < scenario.notes.size()) {
        body += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("The notes are longer than %1 characters; the report shows the "
                                "beginning, the program shows them whole.")
                                 .arg(ScenarioFile::MaxNotesLength)));
    }
    for (const QString &line : notes.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            body += QStringLiteral("<p>%1</p>").arg(esc(isolated(line)));
        }
    }
    body +=
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(
                esc(tr("Source")),
                esc(tr("“%1”, programme of administrative round-table talks. The knowledge base "
                       "cites "
                       "each rule by section; the advice is a starting point for the conversation, "
                       "not a verdict.")
                        .arg(kb.sourceTitle().in(m_language))));
    r.body = body;
    for (const Matrix &m : kb.matrices()) {
        r.charts << MatrixChartState::build(
            m_advisor, m.id, m_language,
            {{withoutBidiControls(scenario.title.isEmpty() ? scenario.municipality
                                                           : scenario.title),
              advice}});
    }
    return r;
}

Report ReportWriter::comparisonReport(const QVector<QPair<QString, Scenario>> &scenarios) const
{
    const KnowledgeBase &kb = m_advisor.knowledge();
    const AdviceText words(kb, m_language);
    const Comparison c = Comparison::build(scenarios.mid(0, Comparison::MaxScenarios), m_advisor);
    Report r;
    r.language = m_language;
    QStringList names;
    for (const ComparedScenario &item : c.items) {
        names << isolated(
            bounded(item.label, ScenarioFile::MaxNameLength + ScenarioFile::MaxTitleLength + 3));
    }
    r.title = tr("Comparison of %1 scenarios").arg(c.items.size());
    r.subtitle = tr("%1 · knowledge base %2")
                     .arg(QLocale().toString(m_date, QLocale::LongFormat), kb.version());
    QString body = QStringLiteral("<h2>%1</h2><ol>").arg(esc(tr("Scenarios")));
    if (scenarios.size() > Comparison::MaxScenarios) {
        body.prepend(QStringLiteral("<p><i>%1</i></p>")
                         .arg(esc(tr("Only the first %1 of the %2 scenarios are compared.")
                                      .arg(Comparison::MaxScenarios)
                                      .arg(scenarios.size()))));
    }
    for (const QString &n : names) {
        body += QStringLiteral("<li>%1</li>").arg(esc(n));
    }
    body +=
        QStringLiteral("</ol><p>%1</p>")
            .arg(esc(tr(
                "Answers that differ from the first scenario are marked ≠ and printed in bold.")));
    body += QStringLiteral("<table class='answers' cellpadding='3' cellspacing='0' border='1' "
                           "width='100%'><tr><th></th>");
    for (int i = 0; i < c.items.size(); ++i) {
        body += QStringLiteral("<th align='left'>%1. %2</th>")
                    .arg(i + 1)
                    .arg(esc(isolated(
                        bounded(c.items[i].scenario.title, ScenarioFile::MaxTitleLength))));
    }
    body += QStringLiteral("</tr><tr><td><b>%1</b></td>").arg(esc(tr("Advice")));
    for (const ComparedScenario &item : c.items) {
        const bool differs =
            words.outcomeLabel(item.advice) != words.outcomeLabel(c.items.first().advice);
        body += QStringLiteral("<td%1><b>%2</b></td>")
                    .arg(differs ? QStringLiteral(" class='differs'") : QString(),
                         esc(words.outcomeLabel(item.advice)));
    }
    body += QStringLiteral("</tr><tr><td>%1</td>")
                .arg(esc(AdviceText(m_advisor.knowledge(), m_language).strengthHeading()));
    for (const ComparedScenario &item : c.items) {
        body += QStringLiteral("<td>%1</td>").arg(esc(words.strengthLabel(item.advice.strength)));
    }
    body += QStringLiteral("</tr>");
    for (const ComparisonRow &row : c.rows) {
        body += QStringLiteral("<tr><td>%1%2</td>")
                    .arg(row.differs ? QStringLiteral("≠ ") : QString(),
                         esc(kb.question(row.question)->label.in(m_language)));
        for (int i = 0; i < row.values.size(); ++i) {
            const ComparedScenario &item = c.items[i];
            const QString shown =
                words.answerText(item.scenario.answers, row.question,
                                 !item.advice.notApplicable.contains(row.question));
            const bool differs = row.differs && row.values[i] != row.values.first();
            body += QStringLiteral("<td%1>%2</td>")
                        .arg(differs ? QStringLiteral(" class='differs'") : QString(), esc(shown));
        }
        body += QStringLiteral("</tr>");
    }
    body += QStringLiteral("</table>");
    for (int i = 0; i < c.items.size(); ++i) {
        body += QStringLiteral("<h2>%1. %2</h2>").arg(i + 1).arg(esc(names[i]));
        body += AdviceHtml(kb, m_language, false).render(c.items[i].advice);
    }
    r.body = body;
    QVector<QPair<QString, Advice>> positions;
    for (const ComparedScenario &item : c.items) {
        positions.append({withoutBidiControls(item.scenario.title), item.advice});
    }
    for (const Matrix &m : kb.matrices()) {
        r.charts << MatrixChartState::build(m_advisor, m.id, m_language, positions, true);
    }
    return r;
}

bool ReportWriter::paint(const Report &report, QPagedPaintDevice *device) const
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    QPainter painter(device);
    if (!painter.isActive()) {
        return false;
    }
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const double mm = device->logicalDpiX() / 25.4;
    const QFont small(QStringLiteral("sans-serif"), 8);
    const double headerHeight = 9 * mm;
    const double footerHeight = 8 * mm;
    const QRectF content(0, headerHeight, page.width(),
                         page.height() - headerHeight - footerHeight);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultStyleSheet(QString::fromLatin1(ReportStyle));
    QFont base(QStringLiteral("sans-serif"), 10);
    doc.setDefaultFont(base);
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(report.body));
    doc.setPageSize(content.size());
    const int textPages = doc.pageCount();
    const int pages = 1 + textPages;

    const auto frame = [&](int number) {
        painter.setFont(small);
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(0, 0, page.width(), headerHeight - 2 * mm),
                         Qt::AlignLeft | Qt::AlignBottom,
                         QStringLiteral("Akkoord — %1").arg(report.title));
        painter.drawLine(QPointF(0, headerHeight - mm), QPointF(page.width(), headerHeight - mm));
        painter.drawText(
            QRectF(0, page.height() - footerHeight + 2 * mm, page.width(), footerHeight - 2 * mm),
            Qt::AlignLeft | Qt::AlignTop, QLocale().toString(m_date, QLocale::ShortFormat));
        painter.drawText(
            QRectF(0, page.height() - footerHeight + 2 * mm, page.width(), footerHeight - 2 * mm),
            Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(number).arg(pages));
        painter.setPen(Qt::black);
    };

    // Page 1: the title and the matrices, drawn as vector graphics.
    frame(1);
    QTextDocument title;
    title.documentLayout()->setPaintDevice(device);
    title.setDefaultFont(base);
    title.setHtml(
        QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(report.title), esc(report.subtitle)));
    title.setTextWidth(content.width());
    painter.save();
    painter.translate(content.topLeft());
    title.drawContents(&painter);
    painter.restore();
    double y = content.top() + title.size().height() + 2 * mm;
    const int pictures = int(report.charts.size()) + (report.progress ? 1 : 0);
    const double chartHeight = (content.bottom() - y) / qMax(1, pictures) - 2 * mm;
    for (const MatrixChartState &state : report.charts) {
        // Lay the chart out at screen size, then scale it onto the page.
        const QSizeF layoutSize(1000, 1000 * chartHeight / content.width());
        MatrixPainter(state).paint(
            &painter, QRectF(content.left(), y, content.width(), chartHeight), layoutSize);
        y += chartHeight + 2 * mm;
    }
    if (report.progress) {
        const QSizeF layoutSize(1000, 1000 * chartHeight / content.width());
        ProgressPainter(*report.progress)
            .paint(&painter, QRectF(content.left(), y, content.width(), chartHeight), layoutSize);
    }

    // The text, page by page; QTextDocument breaks between lines, never through them.
    for (int i = 0; i < textPages; ++i) {
        device->newPage();
        frame(i + 2);
        painter.save();
        painter.translate(content.left(), content.top() - i * content.height());
        doc.drawContents(&painter,
                         QRectF(0, i * content.height(), content.width(), content.height()));
        painter.restore();
    }
    return painter.end();
}

Error ReportWriter::writePdf(const Report &report, const QString &path) const
{
    OutputFile file(path);
    const Error opened = file.open();
    if (opened.isError()) {
        return opened;
    }
    bool painted = false;
    {
        QPdfWriter pdf(file.device());
        pdf.setResolution(300);
        // The names are isolated on the page; a viewer's title bar shows the marks as boxes.
        pdf.setTitle(withoutBidiControls(report.title));
        pdf.setCreator(QStringLiteral("Akkoord"));
        painted = paint(report, &pdf);
    }
    if (!painted) {
        Error e;
        e.kind = ErrorKind::StorageFailed;
        e.file = path;
        e.message = tr("the PDF could not be drawn; nothing was written");
        return e;
    }
    return file.commit();
}

QString ReportWriter::html(const Report &report) const
{
    QString charts;
    for (const MatrixChartState &state : report.charts) {
        charts +=
            svgFigure(QSize(1000, 720), state.title, [&state](QPainter *p, const QSize &size) {
                MatrixPainter(state).paint(p, QRectF(QPoint(0, 0), size), size);
            });
    }
    if (report.progress) {
        charts += svgFigure(
            QSize(1000, 420), tr("Committed (dashed) and realised (solid) per target group"),
            [&report](QPainter *p, const QSize &size) {
                ProgressPainter(*report.progress).paint(p, QRectF(QPoint(0, 0), size), size);
            });
    }
    return QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                          "lang=\"%1\">\n<head>\n"
                          "<meta charset=\"utf-8\"/>\n<title>%2</title>\n<style>%3 figure { "
                          "margin: 0 0 1em 0; } "
                          "figure svg { width: 100%; height: auto; max-width: 900px; "
                          "}</style>\n</head>\n<body>\n"
                          "<h1>%2</h1>\n<p>%4</p>\n%5\n%6\n</body>\n</html>\n")
        .arg(languageCode(report.language), esc(report.title), QString::fromLatin1(ReportStyle),
             esc(report.subtitle), charts, report.body);
}

Error ReportWriter::writeHtml(const Report &report, const QString &path) const
{
    return OutputFile::write(path, html(report).toUtf8());
}

} // namespace akkoord
