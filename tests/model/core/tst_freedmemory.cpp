#include "core/freedmemory.h"

#include <QTest>
#include <cstring>
#include <memory>
#include <vector>

using namespace Anchorline::Model;

class TestFreedMemory final : public QObject
{
    Q_OBJECT

private slots:
    void residentMemory_isReportedAndBelowItsPeak();
    void returnFreedMemory_givesFreedBlocksBackToTheSystem();
};

void TestFreedMemory::residentMemory_isReportedAndBelowItsPeak()
{
    const ResidentMemory memory = residentMemory();
    QVERIFY(memory.residentKiB > 0);
    QVERIFY(memory.peakKiB >= memory.residentKiB);
}

void TestFreedMemory::returnFreedMemory_givesFreedBlocksBackToTheSystem()
{
#if defined(__SANITIZE_ADDRESS__) || !defined(__GLIBC__)
    QSKIP("glibc's allocator only: AddressSanitizer brings its own");
#else
    // Given 96 MB in blocks of 64 kB (below the size glibc maps on its own), written to so that
    // they are resident, and every other one freed: a freed block lies between two in use,
    // where free() cannot give its pages back whatever else the heap holds
    constexpr std::size_t blockSize = 64 * 1000;
    constexpr std::size_t blocks = 1500;
    std::vector<std::unique_ptr<char[]>> held(blocks);
    for (std::size_t i = 0; i < blocks; ++i) {
        held[i].reset(new char[blockSize]);
        std::memset(held[i].get(), int(i), blockSize);
    }
    const qint64 before = residentMemory().residentKiB;
    for (std::size_t i = 0; i < blocks; i += 2)
        held[i].reset();
    const qint64 freed = residentMemory().residentKiB;
    QVERIFY2(before - freed < 16 * 1000, "free() gave the pages back by itself: nothing to test");

    // When the freed memory is returned
    returnFreedMemory().waitForFinished();

    // Then most of the 48 MB freed has left the process
    const qint64 after = residentMemory().residentKiB;
    QVERIFY2(
        freed - after > 32 * 1000,
        qPrintable(QStringLiteral("resident %1 KiB before, %2 KiB after").arg(freed).arg(after)));
#endif
}

QTEST_GUILESS_MAIN(TestFreedMemory)
#include "tst_freedmemory.moc"
