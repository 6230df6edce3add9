#include "subcommandparser.h"

namespace Anchorline::App {

SubcommandParser::SubcommandParser(const QString &name, const char *usage)
    : m_name(name)
    , m_usage(usage)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addHelpOption();
}

std::optional<int> SubcommandParser::parse(const QStringList &args, QTextStream &out,
                                           QTextStream &err)
{
    // QCommandLineParser skips the first argument, the program's name.
    const QStringList all = QStringList{QStringLiteral("anchorline ") + m_name} + args;
    if (!m_parser.parse(all))
        return usageError(m_parser.errorText(), err);
    // addHelpOption() also accepts --help-all (Qt's own options too): a subcommand has none of
    // those to show, so both print the subcommand's help.
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))) {
        out << m_usage;
        const QString help = m_parser.helpText();
        // The option list of QCommandLineParser, without its own "Usage:" line.
        const qsizetype options = help.indexOf(QLatin1String("Options:"));
        out << '\n' << (options >= 0 ? help.mid(options) : help);
        return 0;
    }
    return std::nullopt;
}

int SubcommandParser::usageError(const QString &message, QTextStream &err) const
{
    err << m_name << ": " << message << '\n' << m_usage;
    return 2;
}

} // namespace Anchorline::App
