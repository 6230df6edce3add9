#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace Anchorline::App {

// The options of one subcommand (`anchorline export ...`), parsed by QCommandLineParser as
// main() parses the application's: `--help` per subcommand, `--` ends the options, an unknown
// option or a value given to a flag (`--no-title=x`) is a usage error (exit code 2).
class SubcommandParser final
{
public:
    // `name`: "export"; `usage`: the usage lines printed with every usage error.
    SubcommandParser(const QString &name, const char *usage);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }

    // Parses the arguments after the subcommand's name. Empty: the command runs. Otherwise the
    // command is over and returns this exit code: 0 when help was printed on `out`, 2 (a usage
    // error) when the reason and the usage were printed on `err`. So every subcommand starts with
    //     if (const auto exitCode = cli.parse(args, out, err))
    //         return *exitCode;
    [[nodiscard]] std::optional<int> parse(const QStringList &args, QTextStream &out,
                                           QTextStream &err);

    // Reports a usage error found after parsing (a missing argument, a bad value); returns 2.
    int usageError(const QString &message, QTextStream &err) const;

private:
    QString m_name;
    const char *m_usage;
    QCommandLineParser m_parser;
};

} // namespace Anchorline::App
