#include "io/jsonlocator.h"

#include <vector>

namespace Anchorline::Model {

namespace {

struct Frame
{
    bool isObject = false;
    int index = -1;      // arrays: index of the current element
    QString key;         // objects: key of the current member
    QString basePointer; // pointer of the container itself
};

QString escapeToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0"));
    escaped.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return escaped;
}

// Reads a JSON string starting at the opening quote; returns the offset after the closing quote.
qsizetype readString(const QByteArray &json, qsizetype i, QString *out)
{
    QByteArray raw;
    ++i;
    while (i < json.size()) {
        const char c = json.at(i);
        if (c == '\\' && i + 1 < json.size()) {
            const char e = json.at(i + 1);
            switch (e) {
            case 'n':
                raw += '\n';
                break;
            case 't':
                raw += '\t';
                break;
            case 'r':
                raw += '\r';
                break;
            case 'b':
                raw += '\b';
                break;
            case 'f':
                raw += '\f';
                break;
            case 'u':
                if (i + 5 < json.size()) {
                    bool ok = false;
                    const ushort unit = json.mid(i + 2, 4).toUShort(&ok, 16);
                    if (ok)
                        raw += QString(QChar(unit)).toUtf8();
                    i += 4;
                }
                break;
            default:
                raw += e;
                break;
            }
            i += 2;
            continue;
        }
        if (c == '"') {
            if (out)
                *out = QString::fromUtf8(raw);
            return i + 1;
        }
        raw += c;
        ++i;
    }
    if (out)
        *out = QString::fromUtf8(raw);
    return i;
}

} // namespace

QHash<QString, qsizetype> locateJsonPointers(const QByteArray &json, qsizetype begin,
                                             const QSet<QString> &pointers)
{
    QHash<QString, qsizetype> found;
    if (pointers.isEmpty())
        return found;
    std::vector<Frame> stack;
    auto currentPointer = [&]() -> QString {
        if (stack.empty())
            return QString();
        const Frame &top = stack.back();
        return top.basePointer + QLatin1Char('/') +
               (top.isObject ? escapeToken(top.key) : QString::number(top.index));
    };
    auto valueStarts = [&](qsizetype offset) -> QString {
        const QString pointer = currentPointer();
        if (pointers.contains(pointer) && !found.contains(pointer))
            found.insert(pointer, offset);
        return pointer;
    };
    bool expectKey = false;
    qsizetype i = begin;
    while (i < json.size() && found.size() < pointers.size()) {
        const char c = json.at(i);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == ':') {
            if (c == ',' && !stack.empty()) {
                if (stack.back().isObject)
                    expectKey = true;
                else
                    ++stack.back().index;
            }
            ++i;
            continue;
        }
        if (expectKey && c == '"') {
            i = readString(json, i, &stack.back().key);
            expectKey = false;
            continue;
        }
        if (c == '{' || c == '[') {
            const QString pointer = valueStarts(i);
            Frame frame;
            frame.isObject = c == '{';
            frame.index = frame.isObject ? -1 : 0;
            frame.basePointer = pointer;
            stack.push_back(frame);
            expectKey = frame.isObject;
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            expectKey = false;
            ++i;
            continue;
        }
        valueStarts(i);
        if (c == '"') {
            i = readString(json, i, nullptr);
        } else {
            while (i < json.size() && !QByteArrayView(",}] \n\r\t").contains(json.at(i)))
                ++i;
        }
    }
    return found;
}

std::vector<DuplicateKey> findDuplicateKeys(const QByteArray &json, qsizetype begin)
{
    struct Container
    {
        bool isObject = false;
        int index = 0;
        QString key;
        QString basePointer;
        QHash<QString, qsizetype> keys; // objects: key -> offset of its first occurrence
    };
    std::vector<DuplicateKey> found;
    std::vector<Container> stack;
    auto currentPointer = [&]() -> QString {
        if (stack.empty())
            return QString();
        const Container &top = stack.back();
        return top.basePointer + QLatin1Char('/') +
               (top.isObject ? escapeToken(top.key) : QString::number(top.index));
    };
    bool expectKey = false;
    qsizetype i = begin;
    const qsizetype size = json.size();
    while (i < size) {
        const char c = json.at(i);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':') {
            ++i;
            continue;
        }
        if (c == ',') {
            if (!stack.empty()) {
                if (stack.back().isObject)
                    expectKey = true;
                else
                    ++stack.back().index;
            }
            ++i;
            continue;
        }
        if (expectKey && c == '"') {
            Container &top = stack.back();
            const qsizetype at = i;
            i = readString(json, i, &top.key);
            expectKey = false;
            const auto it = top.keys.constFind(top.key);
            if (it != top.keys.constEnd())
                found.push_back(DuplicateKey{currentPointer(), it.value(), at});
            else
                top.keys.insert(top.key, at);
            continue;
        }
        if (c == '{' || c == '[') {
            Container frame;
            frame.basePointer = currentPointer();
            frame.isObject = c == '{';
            stack.push_back(std::move(frame));
            expectKey = c == '{';
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            expectKey = false;
            ++i;
            continue;
        }
        if (c == '"') {
            i = readString(json, i, nullptr);
        } else {
            while (i < size && !QByteArrayView(",}] \n\r\t").contains(json.at(i)))
                ++i;
        }
    }
    return found;
}

} // namespace Anchorline::Model
