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
    // Given 96 MB in small blocks, written to so that they are resident, then freed but for one
    // block after them: the freed pages lie below a block in use, where free() leaves them.
    constexpr std::size_t blockSize = 4000;
    constexpr std::size_t blocks = 96 * 1000 * 1000 / blockSize;
    std::vector<std::unique_ptr<char[]>> held;
    held.reserve(blocks);
    for (std::size_t i = 0; i < blocks; ++i) {
        held.emplace_back(new char[blockSize]);
        std::memset(held.back().get(), int(i), blockSize);
    }
    auto pin = std::make_unique<char[]>(64);
    std::memset(pin.get(), 1, 64);
    const qint64 before = residentMemory().residentKiB;
    held.clear();
    held.shrink_to_fit();
    const qint64 freed = residentMemory().residentKiB;
    QVERIFY2(before - freed < 48 * 1000, "free() gave the pages back by itself: nothing to test");

    // When the freed memory is returned
    returnFreedMemory().waitForFinished();

    // Then most of it has left the process
    const qint64 after = residentMemory().residentKiB;
    QVERIFY2(freed - after > 64 * 1000,
             qPrintable(QStringLiteral("resident %1 KiB before, %2 KiB after")
                            .arg(freed)
                            .arg(after)));
#endif
}

QTEST_GUILESS_MAIN(TestFreedMemory)
#include "tst_freedmemory.moc"
